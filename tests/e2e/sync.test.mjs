// Two phones (and a third), one log: pairing (pasted, or by the QR code's link), syncing through a
// local CouchDB-protocol server (scripts/couch-server.mjs) and, where a test takes the server away
// or cuts answers, through a fault proxy of our own (fault-proxy.mjs); conflicts, deletions, a
// server that fails in every way we know, a damaged document among good ones, healing with no
// taps, wrong codes, stopping and joining again, removing a phone, getting and checking a server,
// and a log sent hand to hand with no server — and, without sharing, not one request leaves the
// app's origin.

import assert from "node:assert/strict";
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { after, before, test } from "node:test";
import { crc32 } from "node:zlib";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { startCouch } from "../../scripts/couch-server.mjs";
import { startProxy } from "./fault-proxy.mjs";
import {
  guard,
  launch,
  open,
  PHONE,
  SHOTS,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
  until,
} from "./harness.mjs";

let browser, app, couch;
let dbCount = 0;
before(async () => {
  browser = await launch();
  app = await startApp();
  couch = await startCouch();
});
after(async () => {
  await teardown(browser, app);
  await couch?.stop();
});

const DAY = 86_400_000;
const T0 = Date.now() - 2 * DAY; // entries filed two days ago, stamped now (so they are "new")

function diaper(id, at, updated = Date.now(), extra = {}) {
  return {
    id,
    created: at,
    updated,
    deleted: false,
    at,
    record: { type: "diaper", at, wet: true, dirty: false },
    ...extra,
  };
}
function pumping(id, at, notes, left, updated = Date.now()) {
  return {
    id,
    created: at,
    updated,
    deleted: false,
    at,
    record: {
      type: "session",
      kind: "pumping",
      start: at,
      end: at + 1_200_000,
      segments: [],
      left_ml: left,
      right_ml: 35,
      notes,
    },
  };
}

/** A phone: its own browser context; page errors and CSP violations fail the test (requests to
 * the family's server are expected here, and some of them fail on purpose). */
async function phone(options = {}, { clock = false } = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  // Before the first page: timers set under the real clock must not be cleared under the fake one.
  if (clock) await context.clock.install({ time: Date.now() });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (/CSP violation|panicked/.test(m.text())) problems.push(m.text());
  });
  page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await open(page, app.url, "/settings");
  return { context, page, problems, clean: () => assert.deepEqual(problems, []) };
}

const status = (page) => page.locator(".share-status");
/** Waits until the element with `id` has focus: it moves there a task after the message is drawn. */
const focusLandsOn = (page, id) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id, { polling: 50 });
async function waitStatus(page, pattern) {
  try {
    await status(page).filter({ hasText: pattern }).waitFor({ timeout: 15_000 });
  } catch (_e) {
    const shown = await status(page)
      .textContent()
      .catch(() => "?");
    const alert = await page
      .locator(".share .error")
      .textContent()
      .catch(() => "?");
    throw new Error(
      `waited for ${pattern}; the status says "${shown}" ${alert ? `and the alert "${alert}"` : ""}`,
    );
  }
}
const form = (page, heading) =>
  page.locator("form").filter({ has: page.getByRole("heading", { name: heading }) });

/** Starts sharing on `page`; returns the pairing link it shows. */
async function startSharing(page, db, name = "Ana's phone", server = couch.url) {
  const f = form(page, "Start sharing");
  await f.getByLabel("Server address").fill(server);
  await f.getByLabel("Database").fill(db);
  await f.getByLabel("This phone's name").fill(name);
  await f.getByRole("button", { name: "Start sharing" }).click();
  await waitStatus(page, /Shared · synced/);
  return page.getByLabel("Pairing link", { exact: true }).inputValue();
}

async function join(page, code, name = "Ben's phone") {
  const f = form(page, "Join a partner's log");
  await f.getByLabel("Pairing code").fill(code);
  await f.getByLabel("This phone's name").fill(name);
  await f.getByRole("button", { name: "Join a partner's log" }).click();
}

/** Two paired phones (through `server`, the couch or a proxy in front of it); `code` is the link. */
async function family({ server = couch.url, options = {} } = {}) {
  const db = `family-${++dbCount}`;
  const a = await phone(options);
  const b = await phone(options);
  const code = await startSharing(a.page, db, "Ana's phone", server);
  await join(b.page, code);
  await waitStatus(b.page, /Shared · synced/);
  return { db, a, b, code };
}

async function syncNow(page, pattern = /Shared · synced/) {
  await page.getByRole("button", { name: "Sync now" }).click();
  await waitStatus(page, pattern);
}

/** The log as IndexedDB holds it: id → entry. */
async function log(page) {
  const out = {};
  for (const r of await storedRecords(page)) out[r.id] = JSON.parse(r.data);
  return out;
}

async function couchJson(method, path, body) {
  const r = await fetch(couch.url + path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body && JSON.stringify(body),
  });
  return r.json();
}

/** The bare code in a pairing link (or the code itself). */
const codeOf = (link) => link.slice(link.indexOf("RELACT1-"));

function keyOf(code) {
  const bytes = Buffer.from(codeOf(code).slice("RELACT1-".length), "base64url");
  return bytes.subarray(1, 33);
}

/** The same code with another key (another family's), checksum recomputed so only the key differs. */
function withOtherKey(code) {
  const bytes = Buffer.from(codeOf(code).slice("RELACT1-".length), "base64url");
  const payload = Buffer.from(bytes.subarray(0, bytes.length - 4));
  crypto.getRandomValues(payload.subarray(1, 33));
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(payload));
  return "RELACT1-" + Buffer.concat([payload, sum]).toString("base64url");
}

async function seal(keyBytes, id, plain) {
  const key = await crypto.subtle.importKey("raw", keyBytes, "AES-GCM", false, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(id) },
    key,
    new TextEncoder().encode(plain),
  );
  return { v: 1, iv: Buffer.from(iv).toString("base64"), ct: Buffer.from(ct).toString("base64") };
}

/** Opens a document with a raw key: generation 1's associated data is the id, later ones add the
 * generation (domain::sync::aad). */
async function unseal(keyBytes, id, doc) {
  const key = await crypto.subtle.importKey("raw", keyBytes, "AES-GCM", false, ["decrypt"]);
  const aad = doc.k > 1 ? `${id}\u0000${doc.k}` : id;
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: Buffer.from(doc.iv, "base64"), additionalData: new TextEncoder().encode(aad) },
    key,
    Buffer.from(doc.ct, "base64"),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

/** Every entry on the server, opened with the family key; also checks no document has conflicts. */
async function serverLog(db, code) {
  const all = await couchJson("GET", `/${db}/_all_docs?include_docs=true&conflicts=true`);
  const out = {};
  for (const row of all.rows) {
    assert.equal(row.doc._conflicts, undefined, `${row.id} still has conflicts`);
    if (row.id.startsWith("relact:")) continue;
    out[row.id] = await unseal(keyOf(code), row.id, row.doc);
  }
  return out;
}

/** How long the app waits after a save before it syncs (`DEBOUNCE_MS` in src/state/sharing.rs). */
const SAVE_DEBOUNCE_MS = 2_000;

test("without sharing, a whole session sends nothing to any other origin", async () => {
  const context = await browser.newContext(PHONE);
  // On a controlled clock, so the save debounce can be run past rather than slept through.
  await context.clock.install({ time: Date.now() });
  const page = await context.newPage();
  const g = guard(page, app.url);
  const before = couch.log.length;
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  for (const path of ["/timer", "/log", "/plan", "/progress", "/guide", "/settings"]) {
    await open(page, app.url, path);
    if (path === "/log") {
      await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
      assert.equal(
        await status(page).count(),
        0,
        "the Log shows no sharing line to a parent who never shares",
      );
    }
  }
  await status(page).filter({ hasText: "Not shared. Nothing leaves this phone." }).waitFor();
  // Past the save debounce after the last save: its timer has fired, so a sync would have been
  // asked for; a round trip through the page lets whatever it started run on.
  await page.clock.runFor(SAVE_DEBOUNCE_MS + 1_000);
  await status(page).filter({ hasText: "Not shared. Nothing leaves this phone." }).waitFor();
  await context.close();
  g.assertClean();
  assert.equal(couch.log.length, before, "the server heard nothing");
});

test("pair two phones, log offline on both, both see both; the same edit on both ends the same everywhere; a deletion travels; the server cannot read any of it", async () => {
  const { db, a, b, code } = await family();
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await seedEntries(a.page, [
    pumping("a-1", T0, "left side sore, tried warm compress", 45),
    diaper("a-2", T0 + 60_000),
  ]);
  await seedEntries(b.page, [pumping("b-1", T0 + 120_000, "night feed went well", 55)]);
  await syncNow(a.page, /Waiting for a connection — your entries are safe on this phone/);
  await open(b.page, app.url, "/"); // a save through the app while offline
  await b.page.getByRole("button", { name: "Add a wet diaper" }).click();
  await until(async () => Object.keys(await log(b.page)).length >= 2, "the diaper saved on b");
  await open(b.page, app.url, "/settings");
  await waitStatus(b.page, /Waiting for a connection/); // the sync on opening found no network
  await a.context.setOffline(false); // the `online` event starts a sync
  await b.context.setOffline(false);
  await waitStatus(a.page, /Shared · synced/);
  await waitStatus(b.page, /Shared · synced/);
  await open(b.page, app.url, "/log"); // where a partner's entries appear, the status is there too
  await waitStatus(b.page, /Shared · synced/);
  await open(b.page, app.url, "/settings");
  await syncNow(a.page); // both ran at once: each may have pulled before the other pushed
  await syncNow(b.page);
  const [la, lb] = [await log(a.page), await log(b.page)];
  assert.equal(
    Object.keys(la).length,
    4,
    `A: ${Object.keys(la)} B: ${Object.keys(lb)} server: ${couch.log
      .filter((l) => l.includes(db))
      .slice(-12)
      .join(" | ")}`,
  );
  assert.deepEqual(la, lb);
  // Each phone lists both phones' names.
  for (const p of [a, b])
    await p.page
      .locator(".phones")
      .filter({ hasText: "Ana's phone" })
      .filter({ hasText: "Ben's phone" })
      .waitFor();

  // Both edit a-1 offline; A's edit is the newer one.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  const now = Date.now();
  await seedEntries(a.page, [pumping("a-1", T0, "edited on A (newer)", 60, now + 5000)]);
  await seedEntries(b.page, [pumping("a-1", T0, "edited on B (older)", 50, now + 1000)]);
  await syncNow(a.page, /Waiting for a connection/);
  await syncNow(b.page, /Waiting for a connection/);
  await a.context.setOffline(false);
  await waitStatus(a.page, /Shared · synced/);
  await b.context.setOffline(false); // B pushes last, over A's newer copy
  await waitStatus(b.page, /Shared · synced/);
  await syncNow(a.page);
  await syncNow(b.page);
  const [ea, eb] = [(await log(a.page))["a-1"], (await log(b.page))["a-1"]];
  const server = await serverLog(db, code);
  assert.equal(ea.record.notes, "edited on A (newer)");
  assert.deepEqual(eb, ea);
  assert.deepEqual(server["a-1"], ea);

  // Deleting on A.
  await seedEntries(a.page, [{ ...diaper("a-2", T0 + 60_000), deleted: true, updated: Date.now() + 6000 }]);
  await syncNow(a.page);
  await syncNow(b.page);
  assert.equal((await log(b.page))["a-2"].deleted, true);

  // What the server holds: nothing readable.
  const dump = JSON.stringify(await couchJson("GET", `/${db}/_all_docs?include_docs=true`));
  for (const secret of [
    "sore",
    "compress",
    "night feed",
    "edited",
    "pumping",
    "diaper",
    "Ana's",
    "Ben's",
    String(T0),
    "left_ml",
    "notes",
  ]) {
    assert.ok(!dump.includes(secret), `the server's database contains ${secret}`);
  }
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

test("a milestone marked on one phone is on the other phone's timeline, and taken back on both", async () => {
  const { db, a, b, code } = await family();
  await open(a.page, app.url, "/progress");
  await a.page.getByText("Mark a milestone").click();
  await a.page.getByRole("combobox", { name: /^Milestone/ }).selectOption({ label: "Your own milestone" });
  await a.page.getByLabel("Your own words").fill("First feed without the shield");
  await a.page.getByRole("button", { name: "Add", exact: true }).click();
  await a.page.getByText("Milestone marked. Well done.").waitFor();
  await open(a.page, app.url, "/settings");
  await syncNow(a.page);
  await syncNow(b.page);
  await open(b.page, app.url, "/progress");
  const line = b.page.locator("ol.journey-line");
  await line.getByText("First feed without the shield").waitFor();
  const [id] = Object.keys(await log(b.page)).filter((k) => k.startsWith("milestone-own-"));
  assert.ok(id, "B holds the mark as a log entry");
  assert.equal((await serverLog(db, code))[id].record.words, "First feed without the shield");
  // Taken back on B: gone from A's timeline after the next runs.
  await line.getByRole("button", { name: /^Remove the milestone First feed without the shield/ }).click();
  await b.page.getByText("Milestone removed.").waitFor();
  await open(b.page, app.url, "/settings");
  await syncNow(b.page);
  await syncNow(a.page);
  assert.equal((await log(a.page))[id].deleted, true);
  await open(a.page, app.url, "/progress");
  await a.page.getByRole("heading", { name: "Your milestones" }).waitFor();
  await a.page.getByText(/Milestones appear here as you reach them/).waitFor();
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

test("a server that fails — 401, 500, HTML, a cut-off answer — gets a clear message and nothing is written; damaged documents among good ones cost themselves only (the good ones arrive, with no tap), can be removed from the server, and a good copy goes back up", async () => {
  const db = `family-${++dbCount}`;
  const a = await phone();
  const code = await startSharing(a.page, db);
  await seedEntries(a.page, [diaper("x-1", T0), diaper("x-2", T0 + 1000), diaper("x-3", T0 + 2000)]);
  await syncNow(a.page);
  const b = await phone();
  const cases = [
    ["401", /The server did not accept the user name or password/],
    ["500", /The server had a problem/],
    ["html", /not as a CouchDB server/],
    ["truncated", /answer was cut off\. Nothing was changed on this phone\./],
  ];
  let joined = false;
  for (const [kind, message] of cases) {
    couch.fault(kind, `/${db}/_changes`);
    if (joined) await syncNow(b.page, message);
    else {
      await join(b.page, code); // the pairing checks pass; the first run meets the fault
      await waitStatus(b.page, message);
      joined = true;
    }
    // Manual runs that fail count too: the wait grows (5 s, 30 s, 2 min, …).
    await waitStatus(b.page, /Relact will try again (in less than a minute|at \d\d:\d\d)\./);
    assert.deepEqual(await log(b.page), {}, `${kind} wrote something`);
  }
  couch.fault(null);
  await syncNow(b.page);
  assert.deepEqual(Object.keys(await log(b.page)).sort(), ["x-1", "x-2", "x-3"]);

  // Someone (anyone with the server's password) writes damaged documents beside good ones.
  const key = keyOf(code);
  const good = (id) => seal(key, id, JSON.stringify(diaper(id, T0 + 5000)));
  const x1 = await couchJson("GET", `/${db}/x-1`);
  const bad = [
    ["garbage", async () => ({ v: 1, iv: "AAAAAAAAAAAAAAAA", ct: "bm90IGEgY2lwaGVydGV4dA==" })],
    ["another family's key", () => seal(crypto.getRandomValues(new Uint8Array(32)), "bad-1", "{}")],
    ["moved from another id", () => good("elsewhere")],
    [
      "an entry a backup would refuse",
      () => seal(key, "bad-3", JSON.stringify(diaper("bad-3", T0, Date.now() + 9 * DAY))),
    ],
  ];
  for (const [i, [what, make]] of bad.entries()) {
    const docs = [
      { _id: `bad-${i}`, ...(await make()) },
      { _id: `good-${i}`, ...(await good(`good-${i}`)) },
    ];
    await couchJson("POST", `/${db}/_bulk_docs`, { docs });
    // B is only listening: the good one arrives, the bad one is counted.
    const n = i + 1;
    await b.page
      .getByText(
        n === 1
          ? /^1 item on the server could not be opened and was skipped\./
          : new RegExp(`^${n} items on the server could not be opened and were skipped\\.`),
      )
      .waitFor();
    const lb = await log(b.page);
    assert.ok(lb[`good-${i}`], `${what}: the good one beside it arrived`);
    assert.equal(lb[`bad-${i}`], undefined, `${what}: nothing of it was written`);
  }
  // x-1, which both phones hold, damaged on the server too.
  await couchJson("PUT", `/${db}/x-1`, { v: 1, iv: "AAAAAAAAAAAAAAAA", ct: "Z2FyYmFnZQ==", _rev: x1._rev });
  await b.page.getByText(/^5 items on the server could not be opened and were skipped\./).waitFor();
  await b.page.locator(".unreadable").scrollIntoViewIfNeeded();
  await shoot(
    b.page,
    "unreadable-390x844",
    await b.page.evaluate(() => document.documentElement.dataset.theme),
  );
  assert.deepEqual((await log(b.page))["x-1"], (await log(a.page))["x-1"], "B's own x-1 is untouched");
  await b.page.getByRole("button", { name: "Remove them from the server" }).click();
  await b.page.getByText("5 items were removed from the server.").waitFor();
  for (let i = 0; i < bad.length; i++)
    assert.equal((await couchJson("GET", `/${db}/bad-${i}`)).error, "not_found");
  await b.page.getByText(/could not be opened/).waitFor({ state: "detached" });
  // A good copy of x-1 goes back up (in the run after the removal), and it opens as A's.
  await syncNow(b.page);
  const server = await serverLog(db, code);
  assert.deepEqual(server["x-1"], (await log(a.page))["x-1"]);
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

test("a conflict made by CouchDB replication is resolved by the merge rule: the newer copy wins everywhere and the losing revision is removed", async () => {
  const { db, a, b, code } = await family();
  await seedEntries(a.page, [pumping("c-1", T0, "first version", 40)]);
  await syncNow(a.page);
  await syncNow(b.page);
  // Another server replicates in a newer copy on a branch of its own (new_edits=false), as CouchDB
  // does when two servers sync: the document now has two live revisions.
  const newer = pumping("c-1", T0, "newer, via replication", 70, Date.now() + 10_000);
  const body = await seal(keyOf(code), "c-1", JSON.stringify(newer));
  await couchJson("POST", `/${db}/_bulk_docs`, {
    new_edits: false,
    docs: [{ ...body, _id: "c-1", _rev: "1-" + "f".repeat(32) }],
  });
  const doc = await couchJson("GET", `/${db}/c-1?conflicts=true`);
  assert.equal(doc._conflicts?.length, 1, "the server holds a conflict");
  await syncNow(b.page);
  await syncNow(a.page);
  assert.equal((await log(b.page))["c-1"].record.notes, "newer, via replication");
  assert.equal((await log(a.page))["c-1"].record.notes, "newer, via replication");
  let server = await serverLog(db, code); // fails if any conflict is left
  assert.equal(server["c-1"].record.notes, "newer, via replication");

  // The other way round: CouchDB picks the replicated branch (highest revision id) although its
  // copy is older; the merge rule still keeps the newer one, on every phone and on the server.
  await seedEntries(a.page, [pumping("c-2", T0 + 5000, "newer, made on A", 80, Date.now() + 20_000)]);
  await syncNow(a.page);
  await syncNow(b.page);
  const older = pumping("c-2", T0 + 5000, "older, via replication", 10, Date.now() - 60_000);
  const oldBody = await seal(keyOf(code), "c-2", JSON.stringify(older));
  await couchJson("POST", `/${db}/_bulk_docs`, {
    new_edits: false,
    docs: [{ ...oldBody, _id: "c-2", _rev: "1-" + "f".repeat(32) }],
  });
  // CouchDB's winner is now the older copy (the replicated branch's revision id is the highest);
  // the listening phones may already be fixing it.
  await syncNow(b.page);
  await syncNow(a.page);
  await syncNow(b.page);
  server = await serverLog(db, code);
  assert.equal(server["c-2"].record.notes, "newer, made on A");
  assert.equal((await log(a.page))["c-2"].record.notes, "newer, made on A");
  assert.equal((await log(b.page))["c-2"].record.notes, "newer, made on A");
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

/** The same pairing code with another server address (a proxy of this phone's own), checksum
 * recomputed: each phone can then meet its own network faults. */
function withServer(code, server) {
  const bytes = Buffer.from(codeOf(code).slice("RELACT1-".length), "base64url");
  const payload = bytes.subarray(0, bytes.length - 4);
  const fields = [];
  let at = 33;
  while (at < payload.length) {
    const len = payload.readUInt16BE(at);
    fields.push(payload.subarray(at + 2, at + 2 + len).toString("utf8"));
    at += 2 + len;
  }
  fields[0] = server;
  const parts = [payload.subarray(0, 33)];
  for (const f of fields) {
    const b = Buffer.from(f, "utf8");
    const len = Buffer.alloc(2);
    len.writeUInt16BE(b.length);
    parts.push(len, b);
  }
  const body = Buffer.concat(parts);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(body));
  return "RELACT1-" + Buffer.concat([body, sum]).toString("base64url");
}

test("the proxy cuts a _bulk_docs answer and a _changes answer part-way, then the server goes away: each is said as it is, and nothing is lost or duplicated once it returns", async () => {
  // Each phone reaches the server through a proxy of its own.
  const [pa, pb] = [await startProxy(couch.url), await startProxy(couch.url)];
  try {
    const db = `family-${++dbCount}`;
    const a = await phone();
    const b = await phone();
    const code = await startSharing(a.page, db, "Ana's phone", pa.url);
    await join(b.page, withServer(code, pb.url));
    await waitStatus(b.page, /Shared · synced/);
    const many = Array.from({ length: 40 }, (_, i) =>
      diaper(`m-${String(i).padStart(2, "0")}`, T0 + i * 60_000),
    );
    await seedEntries(a.page, many);
    // B's answers from _changes die part-way: its listening request hears A's push, and the run
    // that follows (no tap) is cut too.
    pb.cut("/_changes");
    pa.cut("/_bulk_docs"); // the server writes, the answer dies on the way
    await syncNow(a.page, /the server may have received them\. Relact will check on the next sync\./);
    assert.doesNotMatch(await status(a.page).textContent(), /Nothing was changed/);
    assert.equal((await couchJson("GET", `/${db}`)).doc_count, 40 + 1 + 2, "the server did receive them");
    await waitStatus(
      b.page,
      /The connection dropped part-way through the server's answer\. Nothing was changed on this phone\./,
    );
    assert.equal(Object.keys(await log(b.page)).length, 0);
    pa.cut(null);
    await syncNow(a.page); // checks: nothing sent twice
    pb.cut(null);
    // The whole server goes away for B (its network stays up) and comes back.
    await pb.down();
    await syncNow(
      b.page,
      /Waiting for a connection — your entries are safe on this phone\. Relact will try again/,
    );
    await pb.up();
    await syncNow(b.page);
    const [la, lb, server] = [await log(a.page), await log(b.page), await serverLog(db, code)];
    assert.equal(Object.keys(lb).length, 40);
    assert.deepEqual(lb, la);
    assert.deepEqual(server, la);
    const info = await couchJson("GET", `/${db}`);
    assert.equal(info.doc_count, 40 + 1 + 2, "40 entries, the family document, two phones' names");
    a.clean();
    b.clean();
    await a.context.close();
    await b.context.close();
  } finally {
    await pa.stop();
    await pb.stop();
  }
});

test("heals by itself: the server goes away and comes back, and with no tap on either phone each has the other's entry within 90 seconds (on the phones' controlled clocks)", async () => {
  const proxy = await startProxy(couch.url);
  try {
    const db = `family-${++dbCount}`;
    const a = await phone({}, { clock: true });
    const b = await phone({}, { clock: true });
    const code = await startSharing(a.page, db, "Ana's phone", proxy.url);
    await join(b.page, code);
    await waitStatus(b.page, /Shared · synced/);
    await proxy.down();
    // Both phones were listening: they notice, fail, and say when they try again.
    for (const p of [a, b])
      await waitStatus(p.page, /Waiting for a connection.*Relact will try again in less than a minute\./);
    const at = (p) => p.page.evaluate(() => Date.now());
    await seedEntries(a.page, [diaper("heal-a", T0, (await at(a)) + 1000)]);
    await seedEntries(b.page, [diaper("heal-b", T0 + 1000, (await at(b)) + 1000)]);
    // Still away at the first retry (5 s later): it fails again and waits longer.
    for (const p of [a, b]) await p.context.clock.fastForward(6_000);
    for (const p of [a, b]) await waitStatus(p.page, /Waiting for a connection.*Relact will try again/);
    await proxy.up();
    const has = async (p, id) => Boolean((await log(p.page))[id]);
    let waited = 0;
    while (!((await has(a, "heal-b")) && (await has(b, "heal-a")))) {
      assert.ok(waited < 90_000, `not healed ${waited / 1000} s after the server returned`);
      for (const p of [a, b]) await p.context.clock.fastForward(5_000);
      waited += 5_000;
      // The runs the timers started finish (real network), then the phones are looked at again.
      for (const p of [a, b])
        await p.page
          .waitForFunction(
            () => !document.querySelector(".share-status")?.textContent.includes("syncing"),
            null,
            {
              timeout: 5_000,
            },
          )
          .catch(() => {});
    }
    console.log(`# healed ${waited / 1000} s (phone clock) after the server returned`);
    for (const p of [a, b]) await waitStatus(p.page, /Shared · synced/);
    assert.equal(
      proxy.requests.filter((r) => r.startsWith("POST") && r.includes("_bulk_docs")).length > 0,
      true,
    );
    a.clean();
    b.clean();
    await a.context.close();
    await b.context.close();
  } finally {
    await proxy.stop();
  }
});

test("hears the partner with no tap: an entry pushed by one phone arrives on the other, which never failed and was not touched", async () => {
  const { a, b } = await family();
  await seedEntries(a.page, [diaper("heard-1", T0)]);
  await syncNow(a.page);
  // B is only listening (its long-poll waits on the server): the entry arrives by itself.
  await b.page.waitForFunction(
    () =>
      new Promise((ok) => {
        const r = indexedDB.open("relact");
        r.onsuccess = () => {
          const q = r.result.transaction("entries").objectStore("entries").get("heard-1");
          q.onsuccess = () => {
            r.result.close();
            ok(Boolean(q.result));
          };
        };
      }),
    null,
    { polling: 200, timeout: 30_000 },
  );
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

test("a wrong pairing code is refused and nothing is written; stop sharing keeps the log, and joining again syncs", async () => {
  const { a, b, code } = await family();
  const c = await phone();
  const bare = codeOf(code);
  const typo = bare.slice(0, 20) + (bare[20] === "A" ? "B" : "A") + bare.slice(21);
  const cases = [
    ["hello", /not a Relact pairing code/],
    [typo, /has a mistake in it/],
    [withOtherKey(code), /does not open the log on that server: it belongs to another family/],
  ];
  for (const [wrong, message] of cases) {
    await join(c.page, wrong, "Stranger");
    const error = c.page.locator("#share-join-code-error");
    await error.filter({ hasText: message }).waitFor();
    // Next to the field it is about, which has focus.
    await focusLandsOn(c.page, "share-join-code");
    assert.equal(await c.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
    assert.equal(Object.keys(await log(c.page)).length, 0);
  }
  // Starting again in a database that already holds a family's log is refused too.
  const f = form(c.page, "Start sharing");
  await f.getByLabel("Server address").fill(couch.url);
  await f.getByLabel("Database").fill(`family-${dbCount}`);
  await f.getByRole("button", { name: "Start sharing" }).click();
  await c.page
    .locator("#share-database-error")
    .filter({ hasText: /already holds a family's log/ })
    .waitFor();

  await seedEntries(a.page, [diaper("s-1", T0)]);
  await syncNow(a.page);
  await syncNow(b.page);
  await b.page.getByRole("button", { name: "Stop sharing" }).click();
  await b.page.getByRole("button", { name: "Yes, stop sharing" }).click();
  await waitStatus(b.page, "Not shared. Nothing leaves this phone.");
  assert.equal(await b.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
  assert.ok((await log(b.page))["s-1"], "the log stays");
  // A keeps logging; B joins again and catches up.
  await seedEntries(a.page, [diaper("s-2", T0 + 1000)]);
  await syncNow(a.page);
  await join(b.page, code, "Ben again");
  await waitStatus(b.page, /Shared · synced/);
  await syncNow(b.page);
  assert.deepEqual(await log(b.page), await log(a.page));
  a.clean();
  b.clean();
  c.clean();
  for (const p of [a, b, c]) await p.context.close();
});

test("'Delete everything' on a sharing phone says so, stops sharing there, and the other phones and the server keep the log", async () => {
  const { db, a, b, code } = await family();
  await seedEntries(a.page, [diaper("d-1", T0), diaper("d-2", T0 + 1000)]);
  await syncNow(a.page);
  await syncNow(b.page);
  assert.equal(Object.keys(await log(b.page)).length, 2);
  await b.page.getByRole("button", { name: "Delete everything on this device" }).click();
  const ask = b.page.getByRole("alertdialog");
  await ask.getByText(/also stops sharing on this phone\. The other phones keep their copy/).waitFor();
  await ask.getByRole("button", { name: "Yes, delete everything" }).click();
  await b.page.getByText(/The log was deleted from this phone and sharing stopped here/).waitFor();
  await waitStatus(b.page, "Not shared. Nothing leaves this phone.");
  assert.equal(await b.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
  assert.deepEqual(await log(b.page), {});
  // Nothing was deleted anywhere else: A still has both, so does the server, and A's next sync
  // brings nothing back to B (B no longer shares).
  await syncNow(a.page);
  assert.deepEqual(Object.keys(await log(a.page)).sort(), ["d-1", "d-2"]);
  assert.deepEqual(Object.keys(await serverLog(db, code)).sort(), ["d-1", "d-2"]);
  await b.page.reload();
  await b.page.getByRole("heading", { level: 1 }).waitFor();
  assert.deepEqual(await log(b.page), {});
  // Without sharing the dialog does not mention it.
  await a.page.getByRole("button", { name: "Stop sharing" }).click();
  await a.page.getByRole("button", { name: "Yes, stop sharing" }).click();
  await a.page.getByRole("button", { name: "Delete everything on this device" }).click();
  assert.equal(
    await a.page
      .getByRole("alertdialog")
      .getByText(/shares its log/)
      .count(),
    0,
  );
  a.clean();
  b.clean();
  for (const p of [a, b]) await p.context.close();
});

test("a server with a login: the code carries it to the second phone, and a wrong password is refused in plain words", async () => {
  const locked = await startCouch({ user: "family", password: "s3cret" });
  try {
    const a = await phone();
    const b = await phone();
    const f = form(a.page, "Start sharing");
    await f.getByLabel("Server address").fill(locked.url);
    await f.getByLabel("Database").fill("locked");
    await f.getByLabel("User name (if the server asks for one)").fill("family");
    await f.getByLabel("Password (if the server asks for one)").fill("wrong");
    await f.getByRole("button", { name: "Start sharing" }).click();
    await a.page
      .locator("#share-password-error")
      .filter({ hasText: /did not accept the user name or password/ })
      .waitFor();
    await focusLandsOn(a.page, "share-password");
    assert.equal(await a.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
    await f.getByLabel("Password (if the server asks for one)").fill("s3cret");
    await f.getByRole("button", { name: "Start sharing" }).click();
    await waitStatus(a.page, /Shared · synced/);
    const code = await a.page.getByLabel("Pairing link", { exact: true }).inputValue();
    await seedEntries(a.page, [diaper("l-1", T0)]);
    await syncNow(a.page);
    await join(b.page, code);
    await waitStatus(b.page, /Shared · synced/);
    assert.ok((await log(b.page))["l-1"]);
    a.clean();
    b.clean();
    await a.context.close();
    await b.context.close();
  } finally {
    await locked.stop();
  }
});

test("the sharing screens pass axe-core in both themes, and focus lands on the section after starting", async () => {
  const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // bypassCSP only so that axe can be injected; every other test runs under the real CSP.
  const a = await phone({ bypassCSP: true });
  const axe = async (where) => {
    if (!(await a.page.evaluate(() => "axe" in window))) await a.page.addScriptTag({ content: AXE });
    const found = await a.page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    );
    assert.deepEqual(found, [], where);
  };
  const theme = () => a.page.evaluate(() => document.documentElement.dataset.theme);
  for (const path of ["/settings", "/server-help", "/receive", "/join"]) {
    await open(a.page, app.url, path);
    await a.page.locator("main h1:visible").first().waitFor();
    await axe(`${path}, not shared, light`);
  }
  await open(a.page, app.url, "/settings");
  await form(a.page, "Start sharing").getByRole("button", { name: "Start sharing" }).click();
  await a.page
    .locator("#share-server-error")
    .filter({ hasText: /https:\/\// })
    .waitFor();
  await axe("an error next to its field, light");
  await startSharing(a.page, `family-${++dbCount}`);
  await a.page.waitForFunction(() => document.activeElement?.textContent === "Share with a partner", null, {
    polling: 50,
  });
  await a.page.getByRole("img", { name: "QR code of the pairing link" }).waitFor();
  await axe("shared, code shown, light");
  await a.page.getByRole("button", { name: "Stop sharing" }).click();
  await a.page.getByRole("alertdialog").waitFor();
  await axe("stop sharing asked, light");
  await setTheme(a.page, "night");
  await open(a.page, app.url, "/settings");
  assert.equal(await theme(), "night", "the night-mode check runs in night mode");
  await a.page.getByRole("button", { name: "Show pairing code" }).click();
  await a.page.getByRole("img", { name: "QR code of the pairing link" }).waitFor();
  await axe("shared, code shown, night");
  for (const path of ["/server-help", "/receive"]) {
    await open(a.page, app.url, path);
    await a.page.locator("main h1:visible").first().waitFor();
    assert.equal(await theme(), "night");
    await axe(`${path}, night`);
  }
  a.clean();
  await a.context.close();
});

/** A screenshot of the whole page at this size and theme, after checking nothing is wider than
 * the screen. */
async function shoot(page, name, theme) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 0, `${name} (${theme}) is ${wide} px wider than the screen`);
  await page.screenshot({ path: joinPath(SHOTS, `share-${name}-${theme}.png`), fullPage: true });
}

test("the sharing screens at 320×568 and 390×844 in light and night (screenshots share-*.png)", async () => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 390, height: 844 },
  ]) {
    for (const theme of ["light", "night"]) {
      const size = `${viewport.width}x${viewport.height}`;
      const a = await phone({ viewport });
      await setTheme(a.page, theme);
      await open(a.page, app.url, "/settings");
      assert.equal(await a.page.evaluate(() => document.documentElement.dataset.theme), theme);
      await a.page.locator("#share-title").scrollIntoViewIfNeeded();
      await shoot(a.page, `setup-${size}`, theme);
      await open(a.page, app.url, "/server-help");
      await shoot(a.page, `server-help-${size}`, theme);
      await open(a.page, app.url, "/receive");
      await shoot(a.page, `receive-${size}`, theme);
      await open(a.page, app.url, "/settings");
      const link = await startSharing(a.page, `family-${++dbCount}`);
      await shoot(a.page, `shared-${size}`, theme);
      const b = await phone({ viewport });
      await setTheme(b.page, theme);
      await b.page.goto(link);
      await b.page.getByRole("heading", { name: "Join your family's log" }).waitFor();
      await shoot(b.page, `join-${size}`, theme);
      a.clean();
      b.clean();
      await a.context.close();
      await b.context.close();
    }
  }
});

test("pair with the camera: the QR code decodes (jsQR) to Relact's own /join link with the code in the fragment; following it asks before joining, then joins; nothing reaches the server before the yes", async () => {
  const db = `family-${++dbCount}`;
  const a = await phone();
  const link = await startSharing(a.page, db);
  await seedEntries(a.page, [diaper("qr-1", T0)]);
  await syncNow(a.page);
  const png = PNG.sync.read(
    await a.page.getByRole("img", { name: "QR code of the pairing link" }).screenshot(),
  );
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, "the QR code decodes");
  assert.equal(found.data, link, "the QR code holds the link shown as text");
  assert.match(found.data, new RegExp(`^${app.url}/join#RELACT1-[A-Za-z0-9_-]+$`));

  const b = await phone();
  const heard = () => couch.log.filter((l) => l.includes(`/${db}`)).length;
  const before = heard();
  const requests = [];
  b.page.on("request", (r) => requests.push(r.url()));
  await b.page.goto(found.data);
  await b.page.getByRole("heading", { name: "Join your family's log" }).waitFor();
  await b.page.getByText(`on the server ${new URL(couch.url).host} (database ${db})`).waitFor();
  assert.equal(heard(), before, "nothing was sent to the family's server before the parent said yes");
  assert.ok(
    requests.every((u) => !u.includes("RELACT1-")),
    "the code (in the fragment) is in no request",
  );
  assert.equal(new URL(b.page.url()).hash, "", "the code left the address bar");
  await b.page.getByLabel("This phone's name").fill("Ben's phone");
  await b.page.getByRole("button", { name: "Join", exact: true }).click();
  await b.page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  await waitStatus(b.page, /Shared · synced/);
  assert.ok((await log(b.page))["qr-1"], "A's entry arrived");
  // A link that was damaged on the way is refused in words, with no server asked.
  const c = await phone();
  await c.page.goto(`${app.url}/join#${codeOf(link).slice(0, -3)}xyz`);
  await c.page
    .getByRole("alert")
    .filter({ hasText: /has a mistake in it/ })
    .waitFor();
  a.clean();
  b.clean();
  c.clean();
  for (const p of [a, b, c]) await p.context.close();
});

test("getting a server in plain words, 'Check this server' in one sentence, and every error next to its field, scrolled into view and focused on a 320×568 phone", async () => {
  const a = await phone({ viewport: { width: 320, height: 568 } });
  await a.page.getByRole("link", { name: "What is a server, and how do we get one?" }).click();
  await a.page.getByRole("heading", { level: 1, name: "Getting a server" }).waitFor();
  for (const h of [
    "A hosted CouchDB service",
    "A home server or NAS",
    "A friend who runs one",
    "What the server sees",
  ])
    await a.page.getByRole("heading", { name: h }).waitFor();
  await a.page.getByText(`allow cross-origin requests (CORS) from ${app.url}`).waitFor();
  await a.page.getByRole("link", { name: "Back to sharing" }).click();
  const f = form(a.page, "Start sharing");
  const inView = async (selector) =>
    a.page.evaluate((sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, selector);

  // A wrong address, with the page scrolled so the field is far above the button.
  await f.getByLabel("Server address").fill("http://couch.example.org");
  await f.getByRole("button", { name: "Start sharing" }).scrollIntoViewIfNeeded();
  await f.getByRole("button", { name: "Start sharing" }).click();
  await a.page
    .locator("#share-server-error")
    .filter({ hasText: "The server address must start with https://" })
    .waitFor();
  await focusLandsOn(a.page, "share-server");
  await a.page.waitForFunction(() => {
    const r = document.querySelector("#share-server-error").getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(await inView("#share-server"), "the field is on screen");
  assert.equal(await f.getByLabel("Server address").getAttribute("aria-invalid"), "true");

  // A good address: the check says in one sentence what works, writing nothing.
  const db = `family-${++dbCount}`;
  await f.getByLabel("Server address").fill(couch.url);
  await f.getByLabel("Database").fill(db);
  await f.getByRole("button", { name: "Check this server" }).click();
  await a.page
    .getByText(
      "This server works and accepts the login; Relact will create the database when you start sharing.",
    )
    .waitFor();
  assert.equal((await couchJson("GET", `/${db}`)).error, "not_found", "the check created nothing");
  await a.page
    .locator("#share-server-error")
    .filter({ hasText: /./ })
    .waitFor({ state: "detached" })
    .catch(() => {});
  assert.equal(await a.page.locator("#share-server-error").textContent(), "");

  // No server at this address.
  await f.getByLabel("Server address").fill("http://127.0.0.1:9");
  await f.getByRole("button", { name: "Check this server" }).click();
  await a.page
    .locator("#share-server-error")
    .filter({ hasText: /No server answered at this address/ })
    .waitFor();
  await focusLandsOn(a.page, "share-server");
  // A bad database name, said next to the database field.
  await f.getByLabel("Server address").fill(couch.url);
  await f.getByLabel("Database").fill("Family Log");
  await f.getByRole("button", { name: "Start sharing" }).click();
  await a.page
    .locator("#share-database-error")
    .filter({ hasText: /starts with a lowercase letter/ })
    .waitFor();
  await focusLandsOn(a.page, "share-database");
  assert.ok(await inView("#share-database-error"));
  // A wrong password on a server with a login, said next to the password.
  const locked = await startCouch({ user: "family", password: "s3cret" });
  try {
    await f.getByLabel("Server address").fill(locked.url);
    await f.getByLabel("Database").fill("locked");
    await f.getByLabel("User name (if the server asks for one)").fill("family");
    await f.getByLabel("Password (if the server asks for one)").fill("nope");
    await f.getByRole("button", { name: "Check this server" }).click();
    await a.page
      .locator("#share-password-error")
      .filter({ hasText: /refused the user name or password/ })
      .waitFor();
    await focusLandsOn(a.page, "share-password");
    assert.ok(await inView("#share-password-error"));
    await f.getByLabel("Password (if the server asks for one)").fill("s3cret");
    await f.getByRole("button", { name: "Check this server" }).click();
    await a.page.getByText(/This server works/).waitFor();
  } finally {
    await locked.stop();
  }
  a.clean();
  await a.context.close();
});

/** Waits for the download a click starts and returns its text. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = joinPath(tmpdir(), `relact-${process.pid}-${Date.now()}.txt`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8"), path };
}

/** Chooses a file on the receiving screen. */
async function chooseFile(page, path) {
  await open(page, app.url, "/receive");
  await page.locator('input[type="file"]').setInputFiles(path);
}

test("hand to hand with no server: the log locked with a passphrase said aloud goes to a file; the other phone opens it with the passphrase (however it is spaced), sees the backup's summary and merges by the same rule; a wrong passphrase, a damaged file or another file write nothing", async () => {
  const a = await phone();
  const b = await phone();
  await seedEntries(a.page, [pumping("h-1", T0, "from A", 45), diaper("h-2", T0 + 60_000)]);
  await seedEntries(b.page, [diaper("h-b", T0 + 120_000)]);
  await open(a.page, app.url, "/settings");
  const passphrase = await a.page.getByLabel("Passphrase for this file").inputValue();
  assert.match(passphrase, /^\d{4} \d{4} \d{4}$/);
  const file = await downloaded(a.page, () =>
    a.page.getByRole("button", { name: "Send my log to another phone" }).click(),
  );
  await a.page.getByText(/The locked file was saved to this phone's downloads/).waitFor();
  assert.match(file.name, /^relact-log-\d{4}-\d{2}-\d{2}\.txt$/);
  const sealed = JSON.parse(file.text);
  assert.equal(sealed.app, "relact-sealed");
  assert.equal(sealed.lock, "passphrase");
  assert.equal(sealed.iterations, 600_000);
  for (const secret of ["from A", "pumping", "diaper", "h-1"]) assert.ok(!file.text.includes(secret), secret);

  const before = await log(b.page);
  await chooseFile(b.page, file.path);
  await b.page
    .getByText("This file is locked with a passphrase. Type the passphrase the other parent said.")
    .waitFor();
  await b.page.getByLabel("Passphrase for this file").fill("1234 5678 9999");
  await b.page.getByRole("button", { name: "Open the file" }).click();
  await b.page
    .getByRole("alert")
    .filter({ hasText: /That passphrase does not open this file/ })
    .waitFor();
  await focusLandsOn(b.page, "receive-passphrase");
  assert.deepEqual(await log(b.page), before, "a wrong passphrase wrote nothing");
  await b.page.getByLabel("Passphrase for this file").fill(` ${passphrase.replaceAll(" ", "-")} `);
  await b.page.getByRole("button", { name: "Open the file" }).click();
  await b.page.getByText("2 new, 0 updated, 0 unchanged, 0 left out.").waitFor();
  assert.deepEqual(await log(b.page), before, "nothing is written before the yes");
  await b.page.getByRole("button", { name: "Add these to my log" }).click();
  await b.page.getByText("Backup imported.").waitFor();
  const lb = await log(b.page);
  assert.deepEqual(Object.keys(lb).sort(), ["h-1", "h-2", "h-b"]);
  assert.deepEqual(lb["h-1"], (await log(a.page))["h-1"]);
  // The same file again changes nothing.
  await chooseFile(b.page, file.path);
  await b.page.getByLabel("Passphrase for this file").fill(passphrase);
  await b.page.getByRole("button", { name: "Open the file" }).click();
  await b.page.getByText("0 new, 0 updated, 2 unchanged, 0 left out.").waitFor();

  // Damaged on the way: one character of the sealed part changed.
  const ct = sealed.ct.slice(0, 10) + (sealed.ct[10] === "A" ? "B" : "A") + sealed.ct.slice(11);
  const damaged = { ...sealed, ct };
  const damagedPath = `${file.path}.damaged.txt`;
  writeFileSync(damagedPath, JSON.stringify(damaged));
  await chooseFile(b.page, damagedPath);
  await b.page.getByLabel("Passphrase for this file").fill(passphrase);
  await b.page.getByRole("button", { name: "Open the file" }).click();
  await b.page
    .getByRole("alert")
    .filter({ hasText: /or the file was damaged on the way\. Nothing was written\./ })
    .waitFor();
  // Larger than any sent log: a clear message, nothing written (that it is refused unread, the
  // point of the size bound, is memory this test does not see).
  const hugePath = `${file.path}.huge.txt`;
  writeFileSync(hugePath, "");
  truncateSync(hugePath, 41 * 1024 * 1024);
  await chooseFile(b.page, hugePath);
  await b.page
    .getByRole("alert")
    .filter({ hasText: /This file is damaged, so it cannot be opened\. Nothing was written\./ })
    .waitFor();
  // Not one of ours at all (a backup file).
  const otherPath = `${file.path}.backup.txt`;
  writeFileSync(otherPath, JSON.stringify({ app: "relact", schema: 3, exported_at: 0, entries: [] }));
  await chooseFile(b.page, otherPath);
  await b.page
    .getByRole("alert")
    .filter({ hasText: /This is not a file from "Send my log to another phone"/ })
    .waitFor();
  assert.deepEqual(Object.keys(await log(b.page)).sort(), ["h-1", "h-2", "h-b"]);
  a.clean();
  b.clean();
  await a.context.close();
  await b.context.close();
});

test("hand to hand between paired phones needs no passphrase (the family key), and a file shared to Relact (Web Share Target: the service worker takes the POST) opens on /receive", async () => {
  const { a, b } = await family();
  await seedEntries(a.page, [diaper("f-1", T0)]);
  await open(a.page, app.url, "/settings");
  await a.page.getByText(/locked with your family's key/).waitFor();
  assert.equal(await a.page.getByLabel("Passphrase for this file").count(), 0);
  const file = await downloaded(a.page, () =>
    a.page.getByRole("button", { name: "Send my log to another phone" }).click(),
  );
  assert.equal(JSON.parse(file.text).lock, "family");
  // B receives it as the share sheet would hand it over: a POST to /receive that the service
  // worker answers.
  await open(b.page, app.url, "/");
  await b.page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await b.page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await b.page.reload();
    await b.page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
  const status = await b.page.evaluate(async (text) => {
    const form = new FormData();
    form.append("file", new File([text], "relact-log.txt", { type: "text/plain" }));
    const r = await fetch("/receive", { method: "POST", body: form, redirect: "manual" });
    return r.type === "opaqueredirect" ? 303 : r.status;
  }, file.text);
  assert.equal(status, 303, "the service worker took the file and sent the page on");
  await open(b.page, app.url, "/receive?shared=1");
  await b.page.getByText("A log file from another phone is here.").waitFor();
  // Read once: the address no longer asks for the inbox this visit emptied.
  await b.page.waitForFunction(() => location.pathname === "/receive" && location.search === "");
  await b.page.getByText(/^\d+ new, 0 updated, \d+ unchanged, 0 left out\.$/).waitFor();
  await b.page.getByRole("button", { name: "Add these to my log" }).click();
  await b.page.getByText(/Backup imported\.|Everything in this file is already in your log\./).waitFor();
  assert.ok((await log(b.page))["f-1"]);
  // Taken from the inbox: opening the screen again finds nothing waiting.
  await open(b.page, app.url, "/receive?shared=1");
  await b.page.getByRole("heading", { name: "Open a log from another phone" }).waitFor();
  await b.page.waitForFunction(() => location.pathname === "/receive" && location.search === "");
  assert.equal(await b.page.getByText("A log file from another phone is here.").count(), 0);
  // A phone of another family cannot open it.
  const c = await phone();
  await startSharing(c.page, `family-${++dbCount}`, "Cleo's phone");
  await chooseFile(c.page, file.path);
  await c.page
    .getByRole("alert")
    .filter({ hasText: /locked with a family key this phone does not hold/ })
    .waitFor();
  a.clean();
  b.clean();
  c.clean();
  for (const p of [a, b, c]) await p.context.close();
});

test("more than two phones: a third joins the same way; removing it gives the others a new family key, its key opens nothing new, it is told, and its old code no longer joins", async () => {
  const { db, a, b, code } = await family();
  const c = await phone();
  await join(c.page, code, "Cleo's phone");
  await waitStatus(c.page, /Shared · synced/);
  await seedEntries(a.page, [diaper("t-1", T0)]);
  for (const p of [a, b, c]) await syncNow(p.page);
  await syncNow(a.page);
  for (const p of [a, b, c])
    await p.page
      .locator(".phones")
      .filter({ hasText: "Ana's phone" })
      .filter({ hasText: "Ben's phone" })
      .filter({ hasText: "Cleo's phone" })
      .waitFor();
  assert.ok((await log(c.page))["t-1"]);

  await a.page.getByRole("button", { name: "Remove Cleo's phone from sharing" }).click();
  await shoot(
    a.page,
    "remove-phone-390x844",
    await a.page.evaluate(() => document.documentElement.dataset.theme),
  );
  await a.page
    .getByRole("alertdialog")
    .getByText(/Remove Cleo's phone from sharing\? This phone makes a new family key/)
    .waitFor();
  await a.page.getByRole("button", { name: "Yes, remove it" }).click();
  await a.page
    .getByText("Cleo's phone was removed from sharing. The other phones take the new key on their next sync.")
    .waitFor();
  await a.page.locator(".phones").filter({ hasText: "Cleo's phone" }).waitFor({ state: "detached" });

  // B takes the new key and keeps sharing with A.
  await seedEntries(b.page, [diaper("t-2", T0 + 1000)]);
  await syncNow(b.page);
  await syncNow(a.page);
  assert.ok((await log(a.page))["t-2"], "B's entry after the change reaches A");
  const doc = await couchJson("GET", `/${db}/t-2`);
  assert.equal(doc.k, 2, "sealed with the new key");
  // The old key (Cleo's) opens nothing written since.
  await assert.rejects(unseal(keyOf(code), "t-2", doc));
  await assert.rejects(unseal(keyOf(code), "t-2", { ...doc, k: 1 }));
  // Cleo's phone is told, and keeps its log.
  await syncNow(c.page, /Another phone removed this phone from sharing/);
  assert.ok((await log(c.page))["t-1"]);
  assert.equal((await log(c.page))["t-2"], undefined);
  // The old link no longer joins.
  const d = await phone();
  await join(d.page, code, "Old code");
  await d.page
    .locator("#share-join-code-error")
    .filter({ hasText: /does not open the log on that server/ })
    .waitFor();
  // The new code does (shown on A, still open since it started sharing).
  const fresh = await a.page.getByLabel("Pairing link", { exact: true }).inputValue();
  assert.notEqual(codeOf(fresh), codeOf(code));
  await join(d.page, fresh, "Dan's phone");
  await waitStatus(d.page, /Shared · synced/);
  await syncNow(d.page);
  assert.ok((await log(d.page))["t-2"]);
  a.clean();
  b.clean();
  c.clean();
  d.clean();
  for (const p of [a, b, c, d]) await p.context.close();
});
