// Runs annotation in a Web Worker so a huge paste never blocks the page. cancel() terminates the
// worker (the only way to stop WebAssembly mid-call) and the next request starts a fresh one.

export class AnnotatorWorker {
  /** @param {{url?: string|URL}} [options] the worker script; defaults to the package's worker.js */
  constructor({ url } = {}) {
    this.url = url;
    this.worker = null;
    this.pending = new Map();
    this.next = 0;
  }

  spawn() {
    // Written out literally so that bundlers (Vite, webpack) see and bundle the worker.
    const worker = this.url
      ? new Worker(this.url, { type: "module" })
      : new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event) => {
      const { id, json, ms, error } = event.data;
      const job = this.pending.get(id);
      if (!job) return;
      this.pending.delete(id);
      if (error) job.reject(new Error(error));
      else job.resolve({ annotation: json === undefined ? event.data.annotation : JSON.parse(json), ms });
    });
    worker.addEventListener("error", (event) => {
      const message = event.message || "worker failed to start";
      for (const job of this.pending.values()) job.reject(new Error(message));
      this.pending.clear();
      this.terminate();
    });
    return worker;
  }

  /** Whether a request is in flight. */
  get busy() {
    return this.pending.size > 0;
  }

  /** Annotates `text` in the worker; resolves to {annotation, ms}. */
  annotate(text, options) {
    if (!this.worker) this.worker = this.spawn();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }

  /** Stops all work in flight; its promises reject with an AbortError. */
  cancel() {
    if (!this.pending.size) return;
    for (const job of this.pending.values()) job.reject(new DOMException("annotation cancelled", "AbortError"));
    this.pending.clear();
    this.terminate();
  }

  terminate() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }
}
