// A fault proxy for the sharing tests: an HTTP proxy on 127.0.0.1 in front of the test CouchDB
// (scripts/couch-server.mjs) that the phones are paired through, so a test can take "the server"
// away and bring it back (the phones' own network stays up: no `online` event), or cut one kind of
// answer part-way.
//
//   const proxy = await startProxy(couch.url);   // proxy.url is what the phones use
//   await proxy.down();    // refuses connections and drops those open (long-polls included)
//   await proxy.up();      // listens again on the same port
//   proxy.cut("/_bulk_docs");   // the next answers to matching requests stop after half their
//                               // body (the server did the work); proxy.cut(null) heals
//   proxy.requests         // "METHOD /path" of every request passed on, in order

import { createServer, request } from "node:http";

export async function startProxy(target) {
  const to = new URL(target);
  const sockets = new Set();
  const requests = [];
  let cutting = null;
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    // A CORS preflight passes untouched: the cut is for the answer a phone reads.
    const cut = cutting && req.method !== "OPTIONS" && req.url.includes(cutting);
    const upstream = request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (answer) => {
        if (!cut) {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
          return;
        }
        // Headers and half of the body, then the connection dies: as a phone on a failing
        // network sees an answer that never finishes.
        const chunks = [];
        answer.on("data", (c) => chunks.push(c));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          const headers = { ...answer.headers };
          delete headers["content-length"];
          headers["transfer-encoding"] = "chunked";
          res.writeHead(answer.statusCode, headers);
          res.write(body.subarray(0, Math.floor(body.length / 2)), () =>
            setTimeout(() => req.socket.destroy(), 20),
          );
        });
      },
    );
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cut(match) {
      cutting = match;
    },
    down() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
    up() {
      return new Promise((ok) => server.listen(port, "127.0.0.1", ok));
    },
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => (server.listening ? server.close(() => ok()) : ok()));
    },
  };
}
