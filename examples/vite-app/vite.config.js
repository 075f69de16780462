// The package loads its .wasm and its worker with `new URL(..., import.meta.url)`, which Vite
// bundles as they are; pre-bundling (dev server only) would break those URLs.
export default {
  optimizeDeps: { exclude: ["article-annotator"] },
  worker: { format: "es" },
  build: { target: "es2022" },
};
