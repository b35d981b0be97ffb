// A local server that speaks CouchDB's HTTP API, for tests and for trying sharing out: PouchDB's
// memory adapter behind express-pouchdb 4.2.0, mounted on Express 4 (its `_changes` route fails on
// Express 5), on 127.0.0.1 only, with CORS for any origin (a real CouchDB needs `enable_cors` for
// the Relact address) and optional Basic auth. Everything is lost when it stops.
//
//   node scripts/couch-server.mjs [port]        prints "couch http://127.0.0.1:<port>"
//
// Tests import `startCouch()` and steer faults: `fault(kind, match)` makes requests whose URL
// contains `match` meet "500", "html", "truncated", "cut" (the server does the work, then the
// connection dies mid-answer) or "401"; `fault(null)` heals. `stop()`/`restart()` keep the data.

import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import express from "express";
import expressPouchDB from "express-pouchdb";
import http from "pouchdb-adapter-http";
import memory from "pouchdb-adapter-memory";
import PouchDBCore from "pouchdb-core";
import mapreduce from "pouchdb-mapreduce";
import replication from "pouchdb-replication";

// Plugins can be added once per process; each server gets its own name prefix (its own data).
const Base = PouchDBCore.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication);
let servers = 0;

export async function startCouch({ port = 0, user = null, password = null } = {}) {
  const PouchDB = Base.defaults({ adapter: "memory", prefix: `couch${++servers}-` });
  const app = express();
  let broken = null; // { kind, match }
  const log = [];
  // Bytes received and sent (bodies only), for the benchmark.
  const bytes = { received: 0, sent: 0 };
  app.use((req, res, next) => {
    bytes.received += Number(req.headers["content-length"] || 0); // (reading the body here would starve the parser)
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (c, ...rest) => {
      if (c && typeof c !== "function") bytes.sent += Buffer.byteLength(c);
      return write(c, ...rest);
    };
    res.end = (c, ...rest) => {
      if (c && typeof c !== "function") bytes.sent += Buffer.byteLength(c);
      return end(c, ...rest);
    };
    next();
  });
  app.use((req, res, next) => {
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*");
    res.setHeader("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE, HEAD, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, Accept");
    res.setHeader("Access-Control-Max-Age", "600");
    if (req.method === "OPTIONS") return res.status(204).end();
    log.push(`${req.method} ${req.url}`);
    const auth = user ? "Basic " + Buffer.from(`${user}:${password}`).toString("base64") : null;
    const fault = broken && req.url.includes(broken.match) ? broken.kind : null;
    if ((auth && req.headers.authorization !== auth) || fault === "401") {
      return res.status(401).json({ error: "unauthorized", reason: "Name or password is incorrect." });
    }
    if (fault === "500") return res.status(500).json({ error: "internal_server_error" });
    if (fault === "html")
      return res.status(200).type("html").send("<!doctype html><title>Sign in</title><p>Please sign in");
    if (fault === "truncated" || fault === "cut") {
      // Let the server do the work, then send half of its answer: "truncated" as a complete (short)
      // answer, "cut" as a connection that dies part-way.
      const chunks = [];
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      const setHeader = res.setHeader.bind(res);
      // No length: the short answer then ends cleanly instead of breaking the connection.
      res.setHeader = (k, v) => (String(k).toLowerCase() === "content-length" ? res : setHeader(k, v));
      res.write = (c) => {
        if (c && typeof c !== "function") chunks.push(Buffer.from(c));
        return true;
      };
      res.end = (c) => {
        if (c && typeof c !== "function") chunks.push(Buffer.from(c));
        const body = Buffer.concat(chunks);
        const half = body.subarray(0, Math.floor(body.length / 2));
        if (fault === "cut") {
          write(half);
          setTimeout(() => req.socket.destroy(), 20);
        } else {
          end(half);
        }
        return res;
      };
    }
    next();
  });
  app.use(
    "/",
    expressPouchDB(PouchDB, { mode: "minimumForPouchDB", inMemoryConfig: true, logPath: "/dev/null" }),
  );
  const server = createServer(app);
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const actual = server.address().port;
  const url = `http://127.0.0.1:${actual}`;
  return {
    url,
    log,
    bytes,
    PouchDB,
    fault(kind, match = "") {
      broken = kind ? { kind, match } : null;
    },
    stop() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
    restart() {
      return new Promise((ok) => server.listen(actual, "127.0.0.1", ok));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const couch = await startCouch({ port: Number(process.argv[2] || 0) });
  console.log(`couch ${couch.url}`);
}
