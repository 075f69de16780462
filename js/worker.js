// A module worker that annotates: post {id, text, options}, receive {id, annotation, ms} or
// {id, error}. Used through AnnotatorWorker (worker-client.js); any page may use it directly.
import { init, annotateSync } from "./core.js";

self.addEventListener("message", async (event) => {
  const { id, text, options } = event.data || {};
  try {
    await init();
    const started = performance.now();
    const annotation = annotateSync(text, options);
    self.postMessage({ id, annotation, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
});
