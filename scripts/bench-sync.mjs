// Sharing figures (prints, passes or fails nothing): the first sync of 25,000 entries from one phone
// to the server and from the server to an empty phone (time, bytes), an incremental sync of one
// entry, how long a partner's entry takes to arrive on a phone that only listens, the time to heal
// (no tap) after the server returns, and the wasm's size. Needs a release build in dist/
// (./scripts/bench builds one; or `trunk build --release`).
// Run: node scripts/bench-sync.mjs   (N=5000 for a quicker pass)

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, launch, open, PHONE, seedEntries, startApp } from "../tests/e2e/harness.mjs";
import { startCouch } from "./couch-server.mjs";

const N = Number(process.env.N || 25_000);
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const wasm = readdirSync(DIST).find((n) => n.endsWith(".wasm"));
const body = readFileSync(join(DIST, wasm));
console.log(`== sharing (N=${N})`);
console.log(`${"wasm".padEnd(44)} ${kb(body.length)} raw, ${kb(gzipSync(body, { level: 9 }).length)} gzip`);

const browser = await launch();
const app = await startApp();
const couch = await startCouch();
const phone = async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await open(page, app.url, "/settings");
  return page;
};
const synced = (page) =>
  page
    .locator(".share-status")
    .filter({ hasText: /Shared · synced/ })
    .waitFor({ timeout: 600_000 });
async function measure(label, page, act) {
  const before = { ...couch.bytes };
  const t0 = Date.now();
  await act();
  await synced(page);
  const ms = Date.now() - t0;
  const up = couch.bytes.received - before.received;
  const down = couch.bytes.sent - before.sent;
  console.log(
    `${label.padEnd(44)} ${String(ms).padStart(7)} ms   up ${kb(up).padStart(10)}   down ${kb(down).padStart(10)}`,
  );
}

const a = await phone();
const start = Date.now() - 420 * 86_400_000;
const entries = Array.from({ length: N }, (_, i) => {
  const at = start + i * 1_380_000;
  return {
    id: `bench-${i}`,
    created: at,
    updated: at,
    deleted: false,
    at,
    record: {
      type: "session",
      kind: "pumping",
      start: at,
      end: at + 1_200_000,
      segments: [],
      left_ml: 30,
      right_ml: 35,
      notes: i % 10 ? "" : "a short note",
    },
  };
});
await seedEntries(a, entries);
await measure(`first push of ${N} entries (start sharing)`, a, async () => {
  await a.getByLabel("Server address").fill(couch.url);
  await a.getByRole("button", { name: "Start sharing" }).click();
});
const code = await a.getByLabel("Pairing link", { exact: true }).inputValue();
const b = await phone();
await measure(`first sync of ${N} entries to an empty phone`, b, async () => {
  const f = b.locator("form").filter({ has: b.getByRole("heading", { name: "Join a partner's log" }) });
  await f.getByLabel("Pairing code").fill(code);
  await f.getByRole("button", { name: "Join a partner's log" }).click();
});
const count = await b.evaluate(
  () =>
    new Promise((ok) => {
      const r = indexedDB.open("relact");
      r.onsuccess = () => {
        const q = r.result.transaction("entries").objectStore("entries").count();
        q.onsuccess = () => ok(q.result);
      };
    }),
);
console.log(`${"entries on the empty phone afterwards".padEnd(44)} ${count}`);
const now = Date.now();
await seedEntries(a, [
  {
    id: "bench-one",
    created: now,
    updated: now,
    deleted: false,
    at: now - 60_000,
    record: { type: "diaper", at: now - 60_000, wet: true, dirty: false },
  },
]);
await measure("incremental: push one entry", a, () => a.getByRole("button", { name: "Sync now" }).click());
await measure("incremental: pull one entry", b, () => b.getByRole("button", { name: "Sync now" }).click());
await measure("nothing new (a quiet sync)", b, () => b.getByRole("button", { name: "Sync now" }).click());

// A partner's entry on a phone that only listens (its long-poll waits on the server).
const has = (page, id) =>
  page.waitForFunction(
    (id) =>
      new Promise((ok) => {
        const r = indexedDB.open("relact");
        r.onsuccess = () => {
          const q = r.result.transaction("entries").objectStore("entries").get(id);
          q.onsuccess = () => {
            r.result.close();
            ok(Boolean(q.result));
          };
        };
      }),
    id,
    { polling: 50, timeout: 120_000 },
  );
const heard = Date.now();
await seedEntries(a, [
  {
    id: "bench-heard",
    created: heard,
    updated: heard,
    deleted: false,
    at: heard - 60_000,
    record: { type: "diaper", at: heard - 60_000, wet: true, dirty: false },
  },
]);
await a.getByRole("button", { name: "Sync now" }).click();
await has(b, "bench-heard");
console.log(
  `${"a partner's entry arrives (no tap on it)".padEnd(44)} ${String(Date.now() - heard).padStart(7)} ms`,
);

// The server goes away (the listening phone notices and fails once) and comes back at once: no
// taps at all. The phone heals at its first retry, 5 s after the failure (30 s after a second).
await couch.stop();
await b
  .locator(".share-status")
  .filter({ hasText: /Waiting for a connection/ })
  .waitFor();
const back = Date.now();
await couch.restart();
await synced(b);
console.log(
  `${"healed after the server returned (no tap)".padEnd(44)} ${String(Date.now() - back).padStart(7)} ms   (the first retry is due 5 s after the failure)`,
);

await browser.close();
await app.stop();
await couch.stop();
