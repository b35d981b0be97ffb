// A tiny static server for the built app: correct MIME types, and every path without a file
// extension answered with index.html so each route loads directly by URL and on reload.
// Used by ./scripts/serve and by the end-to-end tests (which start and stop it themselves).

import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  // The translations (public/i18n/*.ftl).
  ".ftl": "text/plain; charset=utf-8",
};

/** Compressed files by path, kept while the file's time and size are unchanged. */
const gzipped = new Map();
const COMPRESS = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".wasm",
  ".json",
  ".webmanifest",
  ".svg",
  ".txt",
  ".ftl",
]);

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to {server, url}. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith("/") || !extname(path)) file = join(base, "index.html");
    try {
      const headers = {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        // The service worker does the caching; the server never lets the browser keep stale files.
        "cache-control": "no-cache",
        vary: "accept-encoding",
      };
      // Compressed as any real host would (the wasm shrinks to 40%), so what the tests and the
      // benchmarks measure is what a parent downloads.
      let body;
      if (COMPRESS.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        const { mtimeMs, size } = await stat(file);
        const kept = gzipped.get(file);
        if (kept?.mtimeMs === mtimeMs && kept.size === size) body = kept.body;
        else {
          body = gzipSync(await readFile(file));
          gzipped.set(file, { mtimeMs, size, body });
        }
        headers["content-encoding"] = "gzip";
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`Relact is being served at ${url}/  (Ctrl+C to stop)`);
}
