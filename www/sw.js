// Offline support: every file the page needs is cached on first visit. Requests go to the
// network first (so a new build is picked up at once) and fall back to the cache offline.
const CACHE = "article-annotator-v1";
const FILES = [
  "./",
  "index.html",
  "style.css",
  "app.js",
  "sample.txt",
  "pkg/index.js",
  "pkg/core.js",
  "pkg/article_annotator.js",
  "pkg/article_annotator_bg.wasm",
  "pkg/article_annotator_inline0.js",
  "pkg/layout.js",
  "pkg/render.js",
  "pkg/highlight.js",
  "pkg/labels.js",
  "pkg/card.js",
  "pkg/export.js",
  "pkg/element.js",
  "pkg/worker.js",
  "pkg/worker-client.js",
  "pkg/viewer.js",
  "pkg/styles.js",
  "pkg/html-paste.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
