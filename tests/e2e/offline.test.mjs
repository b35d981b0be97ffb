// Installable and fully offline: the service worker precaches everything on the first visit, every
// route then loads with the network off and the server stopped, updates wait for the parent's
// consent, a window left open on the version before still opens its screens from that version's
// copy, and the manifest passes Chromium's installability check.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import {
  appearances,
  CHROMIUM_ARGS,
  controlled,
  DIST,
  guard,
  launch,
  open,
  PHONE,
  recordWasmAsked,
  startApp,
  teardown,
} from "./harness.mjs";

// Every screen: all but Today are split-off files (scripts/split.mjs), each from the phone's copy.
const ROUTES = [
  "/",
  "/timer",
  "/log",
  "/plan",
  "/progress",
  "/guide",
  "/settings",
  "/join",
  "/server-help",
  "/receive",
];

let browser;
before(async () => {
  browser = await launch();
});
after(() => teardown(browser));

test('after one visit, every route opens offline with the server stopped, a session can be saved, and "Ready to work offline" was said once', async () => {
  const app = await startApp();
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const g = guard(page, app.url);
  // Every time the message comes up, over every load of this visit.
  const saidOffline = await appearances(page, "Ready to work offline");
  await open(page, app.url, "/");
  await controlled(page);
  await page.getByText("Ready to work offline").waitFor();
  // The header follows the network with no reload: the mark comes with `offline` and goes with
  // `online`.
  const offlineMark = page.getByText("Offline", { exact: true });
  await context.setOffline(true);
  await offlineMark.waitFor();
  await context.setOffline(false);
  await offlineMark.waitFor({ state: "hidden" });

  await app.stop();
  await context.setOffline(true);
  for (const path of ROUTES) {
    await open(page, app.url, path);
    await page.locator("main h1:visible").first().waitFor();
  }
  await page.getByText("Offline", { exact: true }).waitFor();
  // Printing needs nothing from the network either.
  await open(page, app.url, "/guide");
  const pdf = join(tmpdir(), `relact-offline-${process.pid}.pdf`);
  await page.pdf({ path: pdf, format: "A4" });
  assert.match(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }), /Stimulating your breasts/);
  rmSync(pdf, { force: true });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timer" }).click();
  await page.getByRole("button", { name: "Comfort nurse" }).click();
  await page.getByRole("heading", { level: 1, name: "Comfort nursing" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Comfort nursing" }).waitFor();
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByText(/^Comfort nursing · \d+ min/).waitFor();
  // "Ready to work offline" was said once only: not again on any of the offline starts above.
  assert.equal(saidOffline.length, 1, `said ${saidOffline.length} times`);
  g.assertClean();
  await context.close();
});

/** Copies dist/ with the service worker's VERSION changed: a new release of the same app. */
function release(tag) {
  const dir = mkdtempSync(join(tmpdir(), `relact-${tag}-`));
  cpSync(DIST, dir, { recursive: true });
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  writeFileSync(join(dir, "sw.js"), sw.replace(/const VERSION = "([^"]+)"/, `const VERSION = "$1-${tag}"`));
  return dir;
}

const waitingWorker = (page) =>
  page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);

/** The update is installed and waiting, and the page is still controlled by the worker it had. */
const installedAndWaiting = (page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg.waiting?.state === "installed" && navigator.serviceWorker.controller !== reg.waiting;
  });

/** The release before an update, served, and a phone with `path` open on it and its worker's
 * copy made: `{ v1, port, context, page }` (the next release is served on the same port). Each
 * page of the phone keeps the wasm files it asks for (`recordWasmAsked`). */
async function firstRelease(path) {
  const v1 = await startApp();
  const context = await browser.newContext(PHONE);
  try {
    await recordWasmAsked(context);
    const page = await context.newPage();
    await open(page, v1.url, path);
    await controlled(page);
    return { v1, port: Number(new URL(v1.url).port), context, page };
  } catch (e) {
    await context.close();
    await v1.stop();
    throw e;
  }
}

/** The name of the cache of the release in dist/ (`relact-<VERSION>`; `release(tag)` adds `-tag`). */
const distCache = () =>
  `relact-${readFileSync(join(DIST, "sw.js"), "utf8").match(/const VERSION = "([^"]+)"/)[1]}`;

test("an update waits while a session is timed, then reloads only on the parent's tap; data survives", async () => {
  const { v1, port, context, page } = await firstRelease("/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  // The phone's language, fetched before the worker existed, is kept once the app asks.
  await page.waitForFunction(async () => !!(await caches.match("/i18n/en.ftl")));
  const v1Caches = await page.evaluate(() => caches.keys());

  const dirs = [release("v2"), release("v3")];
  await v1.stop();
  let server = await startApp(dirs[0], port);
  try {
    let navigations = 0;
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame()) navigations++;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await waitingWorker(page);
    // Installed, before it takes over or serves a request: it kept the language this phone had.
    const keptLanguage = await page.evaluate(async (old) => {
      const reg = await navigator.serviceWorker.getRegistration();
      const worker = reg.waiting || reg.installing;
      if (worker?.state === "installing") {
        await new Promise((ok) => worker.addEventListener("statechange", ok, { once: true }));
      }
      const fresh = (await caches.keys()).filter((n) => !old.includes(n));
      return fresh.length === 1 && !!(await (await caches.open(fresh[0])).match("/i18n/en.ftl"));
    }, v1Caches);
    assert.ok(keptLanguage, "the update keeps the phone's language for offline use");
    // The page has seen the new worker reach "installed" (the app is told in that same task, and
    // its screen follows before the next): had it meant to show the banner now, it would be here.
    assert.equal(await installedAndWaiting(page), true, "the page has seen the update installed");
    assert.equal(await page.getByText("Update available").count(), 0, "no banner while timing");
    assert.equal(navigations, 0, "nothing reloads by itself");

    // The session ends: now the banner shows, and still nothing reloads until the tap.
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Update available").waitFor();
    // A reload could only follow the new worker taking over; it is still waiting, untouched.
    assert.equal(await installedAndWaiting(page), true, "the update still waits for the tap");
    assert.equal(navigations, 0);
    await Promise.all([
      page
        .waitForEvent("framenavigated", { predicate: (f) => f === page.mainFrame(), timeout: 15_000 })
        .catch(() => {}),
      page.getByRole("button", { name: "Reload" }).click(),
    ]);
    await page.waitForFunction(() => !!document.querySelector("nav.bottom a"));
    assert.ok(navigations >= 1, "the tap reloads onto the new version");
    const v2Caches = await page.evaluate(() => caches.keys());
    // The version before stays, for a window still open on it; any older one is deleted.
    assert.deepEqual(
      v2Caches.filter((n) => n.startsWith("relact-")),
      [...v1Caches, v2Caches.find((n) => !v1Caches.includes(n))],
    );
    assert.equal(v2Caches.length, 2);

    // A timer running while another release arrives keeps its time when the app is reopened.
    await open(page, server.url, "/timer");
    await page.getByRole("button", { name: "Hand express" }).click();
    await server.stop();
    server = await startApp(dirs[1], port);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await waitingWorker(page);
    await page.close();
    const again = await context.newPage();
    await open(again, server.url, "/timer");
    await again.getByRole("heading", { level: 1, name: "Hand expressing" }).waitFor();
    await open(again, server.url, "/log");
    await again.getByText(/^Pumping · \d+ min/).waitFor();
    await again.getByText(/^Nursing · \d+ min/).waitFor();
  } finally {
    await server.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await context.close();
  }
});

test("a window left open on the version before an update opens, offline, a screen whose file only that version had, though a version that never ran came after it", async () => {
  // The window left open: the app drawn, its worker's copy made, and the Guide's file (off the
  // bottom bar, read only when a screen off the bar first opens) not yet asked for.
  const { v1, port, context, page: old } = await firstRelease("/");
  let server = v1;
  let next;
  try {
    await old.evaluate(() => {
      self.leftOpen = true;
    });
    // The next release names its files anew, so the Guide's file of this version is on no host
    // and in no newer copy: only this version's cache holds it.
    next = release("v2");
    const sw = readFileSync(join(next, "sw.js"), "utf8");
    const listed = sw.match(/"(\/split_more-[0-9a-f]{16}\.wasm)",?/);
    assert.ok(listed, "the service worker lists the file of the screens off the bar");
    const guideFile = listed[1];
    writeFileSync(join(next, "sw.js"), sw.replace(listed[0], ""));
    rmSync(join(next, guideFile));
    const asked = () => old.evaluate(() => self.wasmAsked.map((a) => a.path));
    assert.ok(!(await asked()).includes(guideFile), "not asked for yet");
    // A version that never ran left its cache behind, newer than this version's: its install
    // failed, or a newer update took its place before the parent's tap.
    const v1Cache = distCache();
    const [neverRan, v2Cache] = [`${v1Cache}-never-ran`, `${v1Cache}-v2`];
    await old.evaluate(
      async (name) => (await caches.open(name)).put("/index.html", new Response("")),
      neverRan,
    );
    await server.stop();
    server = await startApp(next, port);
    // Another window finds the update and the parent takes it there: that window reloads onto
    // it, and the new worker takes over every window, the old one too, which stays on its version.
    const other = await context.newPage();
    await open(other, server.url, "/");
    await other.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await waitingWorker(other);
    await other.getByText("Update available").waitFor();
    await Promise.all([
      other.waitForEvent("framenavigated", { predicate: (f) => f === other.mainFrame(), timeout: 15_000 }),
      other.getByRole("button", { name: "Reload" }).click(),
    ]);
    await old.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return (
        !reg.waiting && reg.active?.state === "activated" && navigator.serviceWorker.controller === reg.active
      );
    });
    // The version that ran before is kept, the one that never ran is not, and only the first
    // holds the Guide's file.
    const holding = await old.evaluate(async (path) => {
      const names = (await caches.keys()).filter((n) => n.startsWith("relact-"));
      const held = [];
      for (const n of names) if (await (await caches.open(n)).match(path)) held.push(n);
      return { names, held };
    }, guideFile);
    assert.deepEqual(holding, { names: [v1Cache, v2Cache], held: [v1Cache] });
    await server.stop();
    server = null;
    // With the server stopped, the old window opens the Guide from its own version's copy.
    await old.getByRole("navigation", { name: "More" }).getByRole("link", { name: "Guide" }).click();
    await old.getByRole("heading", { level: 1, name: "Guide" }).waitFor({ timeout: 15_000 });
    assert.ok((await asked()).includes(guideFile), "read from the cache");
    assert.equal(await old.evaluate(() => self.leftOpen), true, "the old window did not reload");
  } finally {
    await server?.stop();
    if (next) rmSync(next, { recursive: true, force: true });
    await context.close();
  }
});

test("the manifest makes Relact installable (no installability errors)", async () => {
  const app = await startApp();
  const dir = mkdtempSync(join(tmpdir(), "relact-install-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    await open(page, app.url, "/");
    await controlled(page);
    const cdp = await ctx.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await page.request.get(app.url + "/manifest.webmanifest")).json();
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.shortcuts.some((s) => s.url === "/timer?start=pump"));
    assert.ok(manifest.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512"));
  } finally {
    await ctx.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
