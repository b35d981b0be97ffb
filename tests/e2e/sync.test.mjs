// Two phones, one log: pairing, syncing through a local CouchDB-protocol server (scripts/couch-server.mjs),
// conflicts, deletions, a server that fails in every way we know, wrong codes, stopping and joining
// again — and, without sharing, not one request leaves the app's origin.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { crc32 } from "node:zlib";
import { startCouch } from "../../scripts/couch-server.mjs";
import {
  guard,
  launch,
  open,
  PHONE,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
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
async function phone(options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
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

async function startSharing(page, db, name = "Ana's phone") {
  const f = form(page, "Start sharing");
  await f.getByLabel("Server address").fill(couch.url);
  await f.getByLabel("Database").fill(db);
  await f.getByLabel("This phone's name").fill(name);
  await f.getByRole("button", { name: "Start sharing" }).click();
  await waitStatus(page, /Shared · synced/);
  return page.getByLabel("Pairing code", { exact: true }).inputValue();
}

async function join(page, code, name = "Ben's phone") {
  const f = form(page, "Join a partner's log");
  await f.getByLabel("Pairing code").fill(code);
  await f.getByLabel("This phone's name").fill(name);
  await f.getByRole("button", { name: "Join a partner's log" }).click();
}

async function family() {
  const db = `family-${++dbCount}`;
  const a = await phone();
  const b = await phone();
  const code = await startSharing(a.page, db);
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

function keyOf(code) {
  const bytes = Buffer.from(code.slice("RELACT1-".length), "base64url");
  return bytes.subarray(1, 33);
}

/** The same code with another key (another family's), checksum recomputed so only the key differs. */
function withOtherKey(code) {
  const bytes = Buffer.from(code.slice("RELACT1-".length), "base64url");
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

async function unseal(keyBytes, id, doc) {
  const key = await crypto.subtle.importKey("raw", keyBytes, "AES-GCM", false, ["decrypt"]);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: Buffer.from(doc.iv, "base64"), additionalData: new TextEncoder().encode(id) },
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

test("without sharing, a whole session sends nothing to any other origin", async () => {
  const context = await browser.newContext(PHONE);
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
  await page.waitForTimeout(2500); // past the save debounce: a sync would have started by now
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
  for (let i = 0; i < 50 && Object.keys(await log(b.page)).length < 2; i++) await b.page.waitForTimeout(100);
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

test("a server that fails — 401, 500, HTML, a cut-off answer, garbage, another key, a moved document — gets a clear message, nothing is written, and syncing resumes once it is sane", async () => {
  const { db, a, b } = await family();
  await seedEntries(a.page, [diaper("x-1", T0), diaper("x-2", T0 + 1000)]);
  await syncNow(a.page);
  const before = await log(b.page);
  const cases = [
    ["401", /did not accept the user name or password/],
    ["500", /the server had a problem/],
    ["html", /not as a CouchDB server/],
    ["truncated", /answer was cut off/],
  ];
  for (const [kind, message] of cases) {
    couch.fault(kind, `/${db}/_changes`);
    await syncNow(b.page, message);
    assert.deepEqual(await log(b.page), before, `${kind} wrote something`);
  }
  couch.fault(null);

  const x1 = await couchJson("GET", `/${db}/x-1`);
  const x2 = await couchJson("GET", `/${db}/x-2`);
  const foreign = await seal(
    crypto.getRandomValues(new Uint8Array(32)),
    "x-1",
    JSON.stringify(diaper("x-1", T0)),
  );
  const bad = [
    ["garbage", { v: 1, iv: "AAAAAAAAAAAAAAAA", ct: "bm90IGEgY2lwaGVydGV4dA==" }],
    ["another key", foreign],
    ["moved from x-2", { v: 1, iv: x2.iv, ct: x2.ct }],
  ];
  let rev = x1._rev;
  for (const [what, body] of bad) {
    const r = await couchJson("PUT", `/${db}/x-1`, { ...body, _rev: rev });
    rev = r.rev;
    await syncNow(b.page, /cannot be opened with your family's key/);
    assert.deepEqual(await log(b.page), before, `${what} wrote something`);
  }
  await couchJson("PUT", `/${db}/x-1`, { v: 1, iv: x1.iv, ct: x1.ct, _rev: rev });
  await syncNow(b.page);
  const lb = await log(b.page);
  assert.equal(lb["x-1"].id, "x-1");
  assert.equal(lb["x-2"].id, "x-2");
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
  assert.equal(
    (await couchJson("GET", `/${db}/c-2`))._rev,
    "1-" + "f".repeat(32),
    "CouchDB's winner is the older copy",
  );
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

test("the server stopped in the middle of a push and of a pull: nothing lost or duplicated once it returns", async () => {
  const { db, a, b, code } = await family();
  const many = Array.from({ length: 40 }, (_, i) =>
    diaper(`m-${String(i).padStart(2, "0")}`, T0 + i * 60_000),
  );
  await seedEntries(a.page, many);
  couch.fault("cut", `/${db}/_bulk_docs`); // the server writes, the answer dies on the way
  await syncNow(a.page, /Waiting for a connection/);
  couch.fault(null);
  await syncNow(a.page);
  couch.fault("cut", `/${db}/_changes`);
  await syncNow(b.page, /Waiting for a connection/);
  assert.equal(Object.keys(await log(b.page)).length, 0);
  couch.fault(null);
  // The whole server goes away and comes back.
  await couch.stop();
  await syncNow(b.page, /Waiting for a connection/);
  await couch.restart();
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
});

test("a wrong pairing code is refused and nothing is written; stop sharing keeps the log, and joining again syncs", async () => {
  const { a, b, code } = await family();
  const c = await phone();
  const typo = code.slice(0, 20) + (code[20] === "A" ? "B" : "A") + code.slice(21);
  const cases = [
    ["hello", /not a Relact pairing code/],
    [typo, /has a mistake in it/],
    [withOtherKey(code), /does not open the log on that server: it belongs to another family/],
  ];
  for (const [wrong, message] of cases) {
    await join(c.page, wrong, "Stranger");
    await c.page.getByRole("alert").filter({ hasText: message }).waitFor();
    assert.equal(await c.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
    assert.equal(Object.keys(await log(c.page)).length, 0);
  }
  // Starting again in a database that already holds a family's log is refused too.
  const f = form(c.page, "Start sharing");
  await f.getByLabel("Server address").fill(couch.url);
  await f.getByLabel("Database").fill(`family-${dbCount}`);
  await f.getByRole("button", { name: "Start sharing" }).click();
  await c.page
    .getByRole("alert")
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
      .getByRole("alert")
      .filter({ hasText: /did not accept the user name or password/ })
      .waitFor();
    assert.equal(await a.page.evaluate(() => localStorage.getItem("relact.sharing.v1")), null);
    await f.getByLabel("Password (if the server asks for one)").fill("s3cret");
    await f.getByRole("button", { name: "Start sharing" }).click();
    await waitStatus(a.page, /Shared · synced/);
    const code = await a.page.getByLabel("Pairing code", { exact: true }).inputValue();
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
  await startSharing(a.page, `family-${++dbCount}`);
  assert.equal(await a.page.evaluate(() => document.activeElement?.textContent), "Share with a partner");
  await a.page.getByRole("img", { name: "QR code of the pairing code" }).waitFor();
  await axe("shared, code shown, light");
  await a.page.getByRole("button", { name: "Stop sharing" }).click();
  await a.page.getByRole("alertdialog").waitFor();
  await axe("stop sharing asked, light");
  await setTheme(a.page, app.url, "night");
  await open(a.page, app.url, "/settings");
  await a.page.getByRole("button", { name: "Show pairing code" }).click();
  await a.page.getByRole("img", { name: "QR code of the pairing code" }).waitFor();
  await axe("shared, code shown, night");
  a.clean();
  await a.context.close();
});
