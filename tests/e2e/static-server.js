// A tiny static server for the page and the package: www/ at "/", pkg/ at "/pkg/", with the
// page's strict Content-Security-Policy on every response. No dependencies. Used by the
// browser tests and by scripts/serve.sh.
//
//   node tests/e2e/static-server.js [port]    (port 0 or none: a free port)

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".d.ts": "text/plain; charset=utf-8",
};

/**
 * Starts the server on 127.0.0.1. `mounts` maps URL prefixes to directories (longest first);
 * `csp` may be replaced (a test page with another policy) or set to null.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function startServer({ port = 0, mounts = defaultMounts(), csp = CSP, headers = {} } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (!prefix || (req.method !== "GET" && req.method !== "HEAD")) return send(res, 404, "not found");
      const base = resolve(mounts[prefix]);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (file !== base && !file.startsWith(base + sep)) return send(res, 403, "forbidden");
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info) return send(res, 404, "not found");
      const body = await readFile(file);
      const type = file.endsWith(".d.ts") ? TYPES[".d.ts"] : TYPES[extname(file)] || "application/octet-stream";
      res.writeHead(200, {
        "content-type": type,
        "content-length": body.length,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        ...(csp ? { "content-security-policy": csp } : {}),
        ...headers,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export function defaultMounts() {
  return { "/pkg/": join(REPO, "pkg"), "/": join(REPO, "www") };
}

function send(res, status, message) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-security-policy": CSP });
  res.end(message);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.argv[2] || 0) });
  console.log(`serving the page at ${url}`);
}
