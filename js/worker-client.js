// Runs annotation in a Web Worker so a huge paste never blocks the page. cancel() terminates the
// worker when long work is in flight (the only way to stop WebAssembly mid-call) and the next
// request starts a fresh one; short work is left to finish and its answer dropped, because
// starting a worker and its WebAssembly module again costs more than a short article.

// Work on more code units than this is stopped by terminating the worker (about 100 ms of
// annotation at this writing); shorter work finishes sooner than a fresh worker could start.
const SHORT = 50_000;

export class AnnotatorWorker {
  /** @param {{url?: string|URL}} [options] the worker script; defaults to the package's worker.js */
  constructor({ url } = {}) {
    this.url = url;
    this.worker = null;
    this.pending = new Map();
    this.next = 0;
    this.keepWarm = false;
  }

  /**
   * Starts the worker and loads its WebAssembly module now, so that the first request does not
   * wait for them; after a cancel() that terminated it, a warm worker is started again.
   */
  warm() {
    this.keepWarm = true;
    if (!this.worker) {
      this.worker = this.spawn();
      this.worker.postMessage({ warm: true });
    }
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
      this.pending.set(id, { resolve, reject, size: String(text).length });
      this.worker.postMessage({ id, text, options });
    });
  }

  /** Stops all work in flight; its promises reject with an AbortError. */
  cancel() {
    if (!this.pending.size) return;
    let long = false;
    for (const job of this.pending.values()) {
      long ||= job.size > SHORT;
      job.reject(new DOMException("annotation cancelled", "AbortError"));
    }
    this.pending.clear();
    // Short work finishes soon; its answer finds no job and is dropped.
    if (!long) return;
    this.terminate();
    if (this.keepWarm) this.warm();
  }

  terminate() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }
}
