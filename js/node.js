// Node's entry point: loads the WebAssembly module from disk synchronously, then offers the same
// API as the browser entry (the DOM functions need a DOM, which Node does not have).

import { readFileSync } from "node:fs";
import { initFromBytes } from "./core.js";

initFromBytes(readFileSync(new URL("./article_annotator_bg.wasm", import.meta.url)));

export * from "./index.js";
