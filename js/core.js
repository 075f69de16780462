// Loading the WebAssembly module and annotating text: the data-only half of the package, with no
// DOM, so it runs in browsers, workers, bundlers and Node.

import wasmInit, { initSync, annotate as annotateRaw, Annotator } from "./article_annotator.js";

let loading = null;
let loaded = false;

/**
 * Loads the WebAssembly module once. Without an argument it is fetched from next to this file
 * (bundlers rewrite that URL); pass a URL, Response, bytes or a WebAssembly.Module to load it
 * from elsewhere. Node's entry point loads it synchronously, so there this resolves at once.
 */
export function init(source) {
  if (!loading) {
    loading = wasmInit(source === undefined ? undefined : { module_or_path: source }).then(() => {
      loaded = true;
    });
  }
  return loading;
}

/** Loads the module synchronously from bytes or a WebAssembly.Module (Node, workers). */
export function initFromBytes(bytes) {
  if (!loaded) {
    initSync({ module: bytes });
    loaded = true;
    loading = Promise.resolve();
  }
}

/** Whether the module is loaded, so that annotateSync can be called. */
export function isReady() {
  return loaded;
}

/**
 * Annotates `text`, loading the module first if needed. Resolves to the JSON contract.
 *
 * @param {string} text
 * @param {{labels?: string[]}} [options]
 */
export async function annotate(text, options) {
  await init();
  return annotateSync(text, options);
}

/** Annotates `text` once the module is loaded (see init); throws before. */
export function annotateSync(text, options = {}) {
  if (!loaded) throw new Error("article-annotator: call `await init()` before annotateSync()");
  return restrict(annotateRaw(String(text)), options);
}

// Keeps only the mentions (and the entities of the mentions) with the requested labels.
function restrict(annotation, { labels } = {}) {
  if (!labels) return annotation;
  const keep = new Set(labels);
  annotation.mentions = annotation.mentions.filter((m) => keep.has(m.label));
  const ids = new Set(annotation.mentions.map((m) => m.id));
  annotation.entities = annotation.entities
    .filter((e) => keep.has(e.label))
    .map((e) => ({ ...e, mentions: e.mentions.filter((id) => ids.has(id)) }));
  return annotation;
}

export { Annotator };
