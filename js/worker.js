// A module worker that annotates: post {id, text, options}, receive {id, annotation, ms} or
// {id, error}; {warm: true} only loads the WebAssembly module. Used through AnnotatorWorker
// (worker-client.js); any page may use it directly.
import { init, annotateSync } from "./core.js";

self.addEventListener("message", async (event) => {
  const { id, text, options, warm } = event.data || {};
  try {
    await init();
    if (warm) return; // only loads the module, ahead of the first request
    const started = performance.now();
    const annotation = annotateSync(text, options);
    const ms = performance.now() - started;
    // A big result travels as JSON text: one string is copied at once, and JSON.parse on the
    // page is faster than rebuilding a structured clone of a huge object graph.
    if (text.length > 200_000) self.postMessage({ id, json: JSON.stringify(annotation), ms });
    else self.postMessage({ id, annotation, ms });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
});
