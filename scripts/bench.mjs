// Relact's benchmark: prints figures, passes or fails nothing. Run with ./scripts/bench after a
// release build (the script builds one). Each timing is taken several times in headless Chromium;
// min / median / max are printed.

import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { benchEntries, DIST, launch, PHONE, seedEntries, startApp } from "../tests/e2e/harness.mjs";

const RUNS = Number(process.env.RUNS || 5);
// ONLY=data,memory runs just those sections (bundle, startup, screens, progress, data, idle, write,
// memory); every section runs by default.
const ONLY = (process.env.ONLY || "").split(",").filter(Boolean);
const want = (section) => !ONLY.length || ONLY.includes(section);
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const show = (label, xs, unit = "ms") => {
  const { min, median, max } = stats(xs);
  console.log(
    `${label.padEnd(44)} min ${min.toFixed(0)} ${unit}  median ${median.toFixed(0)} ${unit}  max ${max.toFixed(0)} ${unit}`,
  );
  return median;
};

// 1. Bundle
console.log("== bundle (dist/)");
let firstRaw = 0,
  firstGz = 0,
  laterRaw = 0,
  laterGz = 0;
// What a first visit loads: index.html, what it names, and what its scripts name (the boot
// script names the wasm, which is no longer preloaded from <head>; wasm-bindgen's glue names the
// loader of split-off files). Not the split-off wasm files themselves (scripts/split.mjs), which
// that loader names: each is fetched when its screen first opens, or ahead (the bottom bar's once
// Today is drawn, a screen's opened by its address beside the main wasm), and the service worker
// keeps them all for offline.
const splitOff = (name) => /^(split|chunk)_[a-z_0-9]+-[0-9a-f]{16}\.wasm$/.test(name);
const html = readFileSync(join(DIST, "index.html"), "utf8");
const scripts = readdirSync(DIST).filter((n) => n.endsWith(".js") && html.includes(`/${n}`));
const named = html + scripts.map((n) => readFileSync(join(DIST, n), "utf8")).join("\n");
// The translations sit in i18n/: a first visit loads one, English on an English phone.
const i18n = readdirSync(join(DIST, "i18n"))
  .sort()
  .map((n) => `i18n/${n}`);
for (const name of [...readdirSync(DIST).sort(), ...i18n]) {
  const p = join(DIST, name);
  if (statSync(p).isDirectory()) continue;
  const body = readFileSync(p);
  const gz = gzipSync(body, { level: 9 }).length;
  const loaded =
    !splitOff(name) && (name === "index.html" || name === "i18n/en.ftl" || named.includes(`/${name}`));
  if (loaded) {
    firstRaw += body.length;
    firstGz += gz;
  }
  if (splitOff(name)) {
    laterRaw += body.length;
    laterGz += gz;
    continue;
  }
  console.log(
    `${name.padEnd(40)} ${kb(body.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip${loaded ? "  (first load)" : ""}`,
  );
}
console.log(
  `${"split-off wasm files (fetched later)".padEnd(40)} ${kb(laterRaw).padStart(10)} raw ${kb(laterGz).padStart(10)} gzip (./scripts/size lists them)`,
);
console.log(
  `${"first load total".padEnd(40)} ${kb(firstRaw).padStart(10)} raw ${kb(firstGz).padStart(10)} gzip (target 150 KB)`,
);

const browser = await launch();
const app = await startApp();

// A static page of similar size, served the same way (gzipped): the floor for start-up. Random
// text, so that it downloads as many bytes as the app's first load does (about its gzip size).
const floorDir = mkdtempSync(join(tmpdir(), "relact-floor-"));
writeFileSync(
  join(floorDir, "index.html"),
  `<!doctype html><html lang="en"><title>floor</title><body><nav class="bottom"><a href="/">x</a></nav><p>${randomBytes(Math.ceil(firstGz)).toString("base64")}</p></body></html>`,
);
const floor = await startApp(floorDir);

async function timeNav(page, url, ready) {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector(ready);
  return Date.now() - t0;
}

if (want("startup")) {
  console.log(`\n== start-up, navigation to interactive (${RUNS} runs each)`);
  const floorTimes = [],
    online = [],
    onlinePage = [],
    offline = [];
  // The same moment seen from inside the page: from the navigation's start to the first frame
  // drawn with the app's bar. Measured from Node, a first visit also waits for this process,
  // which serves the files the service worker fetches for the phone's copy once the app is shown.
  const barPainted = () => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector("nav.bottom a")) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => (self.relactBarPainted = performance.now())));
    });
    seen.observe(document, { childList: true, subtree: true });
  };
  for (let i = 0; i < RUNS; i++) {
    const c1 = await browser.newContext(PHONE);
    const p1 = await c1.newPage();
    floorTimes.push(await timeNav(p1, floor.url + "/", "nav.bottom a"));
    await c1.close();
    const c2 = await browser.newContext(PHONE);
    await c2.addInitScript(barPainted);
    const p2 = await c2.newPage();
    online.push(await timeNav(p2, app.url + "/", "nav.bottom a"));
    onlinePage.push(await p2.waitForFunction(() => self.relactBarPainted).then((h) => h.jsonValue()));
    await p2.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await p2.waitForFunction(() => !!navigator.serviceWorker.controller);
    await c2.setOffline(true);
    offline.push(await timeNav(p2, app.url + "/", "nav.bottom a"));
    await c2.close();
  }
  const f = show("static page of similar size (floor)", floorTimes);
  show(`online first visit (ratio ${(stats(online).median / f).toFixed(2)}x floor)`, online);
  show("online first visit, in the page", onlinePage);
  show(`offline from the service worker (ratio ${(stats(offline).median / f).toFixed(2)}x)`, offline);
}

// 3. Scale: 25,000 entries (two years of heavy use).
const big = benchEntries(25_000);

async function seeded(n) {
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  // Today opens the database (it is opened on first use), so the seed finds its object store.
  await page.goto(app.url + "/");
  await page.waitForSelector(".timeline .slot");
  if (n) await seedEntries(page, big.slice(0, n));
  return { ctx, page };
}

if (want("screens")) {
  console.log(`\n== screens with an empty store vs 25,000 entries (${RUNS} runs each)`);
  const screens = [
    ["start-up (Today)", "/", ".timeline .slot"],
    ["Log", "/log", ".day, .empty"],
    ["Progress, 7 days", "/progress", "section.chart, .empty"],
  ];
  for (const [name, path, ready] of screens) {
    const med = {};
    for (const n of [0, 25_000]) {
      const { ctx, page } = await seeded(n);
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeNav(page, app.url + path, ready));
      med[n] = show(`${name}, ${n ? "25,000 entries" : "empty store"}`, times);
      await ctx.close();
    }
    console.log(`${"".padEnd(44)} ratio ${(med[25_000] / med[0]).toFixed(2)} (target ≤ 1.3)`);
  }
  // The usual way to Progress: the app opens on Today, which reads the whole log once after its
  // first paint (for the next milestone), and Progress, a tap later, reuses that read.
  const med = {};
  for (const n of [0, 25_000]) {
    const { ctx, page } = await seeded(n);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(app.url + "/");
      await page.waitForFunction(() => document.querySelector(".next-milestone")?.textContent.trim(), null, {
        polling: 10,
        timeout: 120_000,
      });
      const t0 = Date.now();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
      await page.waitForSelector("section.chart, .empty");
      times.push(Date.now() - t0);
    }
    med[n] = show(`Progress after Today (a tap), ${n ? "25,000 entries" : "empty store"}`, times);
    await ctx.close();
  }
  console.log(`${"".padEnd(44)} ratio ${(med[25_000] / med[0]).toFixed(2)} (target ≤ 1.3)`);
}

if (want("progress")) {
  console.log(`\n== Progress with 25,000 entries: 30 days vs all data (${RUNS} runs each)`);
  const { ctx, page } = await seeded(25_000);
  const med = {};
  for (const [range, minBars] of [
    ["30 days", 30],
    ["All", 100],
  ]) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(app.url + "/progress");
      await page.waitForSelector("section.chart");
      const t0 = Date.now();
      await page.getByRole("button", { name: range, exact: true }).click();
      await page.waitForFunction(
        (n) => document.querySelector("section.chart")?.querySelectorAll("rect.bar").length >= n,
        minBars,
        { polling: 10, timeout: 120_000 },
      );
      times.push(Date.now() - t0);
    }
    med[range] = show(`Progress, ${range}`, times);
  }
  console.log(`${"".padEnd(44)} ratio all / 30 days ${(med.All / med["30 days"]).toFixed(2)}`);
  await ctx.close();
}

if (want("data")) {
  console.log("\n== data, 25,000 entries");
  const { ctx, page } = await seeded(25_000);
  await page.goto(app.url + "/settings");
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = Date.now();
    const [d] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save a backup file (.json)" }).click(),
    ]);
    const path = await d.path();
    times.push(Date.now() - t0);
    size = statSync(path).size;
  }
  show("export (read all + write the file)", times);
  console.log(`${"export file size".padEnd(44)} ${kb(size)}`);
  const file = readFileSync(
    await (
      await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Save a backup file (.json)" }).click(),
      ])
    )[0].path(),
  );
  // Timed inside the page, from the file input's change event: handing a 5 MB file to the page
  // through the test driver takes longer than the import itself and is not what a parent waits for.
  await page.evaluate(() =>
    document.addEventListener(
      "change",
      () => {
        window.importStart = performance.now();
      },
      true,
    ),
  );
  const since = (pattern) =>
    page
      .waitForFunction(
        (p) => new RegExp(p).test(document.body.innerText) && performance.now() - window.importStart,
        pattern,
        { polling: 5, timeout: 120_000 },
      )
      .then((h) => h.jsonValue());
  const checks = [],
    imports = [];
  for (let i = 0; i < RUNS; i++) {
    await page
      .getByLabel("Restore or merge a backup file")
      .setInputFiles({ name: "b.json", mimeType: "application/json", buffer: file });
    checks.push(await since("\\d+ new, \\d+ updated, \\d+ unchanged"));
    const confirm = page.getByRole("button", { name: "Add these to my log" });
    const shownAt = await page.evaluate(() => performance.now());
    await confirm.click();
    const done = await page
      .waitForFunction(
        () => /Backup imported|already in your log/.test(document.body.innerText) && performance.now(),
        null,
        { polling: 5, timeout: 120_000 },
      )
      .then((h) => h.jsonValue());
    imports.push(checks[i] + (done - shownAt));
  }
  show("import: read + validate + merge → summary", checks);
  show("import: … + confirm → stored (driver latency incl.)", imports);
  await ctx.close();
}

if (want("idle")) {
  console.log("\n== an idle running timer (10 s, then a minute; screen visible)");
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  // A phone that has opened Relact before: the first visit's one-time message ("Ready to work
  // offline", which leaves after 5 s) is not the timer's work.
  await page.goto(app.url + "/timer");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => localStorage.getItem("relact.offline-ready"));
  await page.reload();
  await page.getByRole("button", { name: "Pump" }).click();
  await page.evaluate(() => {
    window.__batches = [];
    new MutationObserver(() => {
      window.__batches.push(performance.now());
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Performance.enable");
  const metric = async (name) =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === name).value;
  const [task0, t0] = [await metric("TaskDuration"), Date.now()];
  await page.waitForTimeout(10_000);
  const [task1, t1] = [await metric("TaskDuration"), Date.now()];
  const batches = await page.evaluate(() => window.__batches);
  console.log(
    `${"main-thread busy".padEnd(44)} ${((((task1 - task0) * 1000) / (t1 - t0)) * 100).toFixed(2)} % of one core`,
  );
  // The rate between the first and the last batch: counting over a fixed 10 s window would see
  // 11 one-a-second redraws whenever the window happens to hold 11 second boundaries.
  const span = (batches.at(-1) - batches[0]) / 1000;
  console.log(
    `${"DOM update batches per second".padEnd(44)} ${((batches.length - 1) / span).toFixed(2)} (target ≤ 1; ${batches.length} in ${span.toFixed(1)} s)`,
  );
  // The same page a minute long, from 30 s after the tap: what a session of half an hour costs.
  // The first seconds after a load can hold one major garbage collection of the page's heap
  // (V8's own timing), which a 10 s window may or may not catch.
  await page.waitForTimeout(Math.max(0, 30_000 - (Date.now() - t0)));
  const [task2, t2] = [await metric("TaskDuration"), Date.now()];
  await page.waitForTimeout(60_000);
  const [task3, t3] = [await metric("TaskDuration"), Date.now()];
  console.log(
    `${"main-thread busy, a minute from 30 s in".padEnd(44)} ${((((task3 - task2) * 1000) / (t3 - t2)) * 100).toFixed(2)} % of one core`,
  );
  await ctx.close();
}

if (want("write")) {
  console.log(`\n== saving one entry (tap on Today → stored in IndexedDB → shown), ${RUNS * 4} taps`);
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  await page.goto(app.url + "/");
  const add = page.getByRole("button", { name: "Add a wet diaper" });
  await add.waitFor();
  const count = page.locator(".diaper-row .count").first();
  const times = [];
  for (let i = 1; i <= RUNS * 4; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await add.click();
    await count.filter({ hasText: new RegExp(`^${i}$`) }).waitFor();
    times.push((await page.evaluate(() => performance.now())) - t0);
  }
  show("write latency per saved entry", times);
  await ctx.close();
}

if (want("memory")) {
  console.log("\n== memory: JS heap after a one-hour running timer (controlled clock, every tick run)");
  const ctx = await browser.newContext(PHONE);
  await ctx.clock.install({ time: new Date("2026-11-28T03:00:00Z") });
  const page = await ctx.newPage();
  await page.goto(app.url + "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  const start = await heap();
  // Every one-second tick of the hour runs, one simulated minute at a time.
  for (let m = 0; m < 60; m++) await page.clock.runFor(60_000);
  const end = await heap();
  console.log(`${"JS heap at start".padEnd(44)} ${kb(start)}`);
  console.log(
    `${"JS heap after one hour".padEnd(44)} ${kb(end)}  (${end >= start ? "+" : ""}${kb(end - start)})`,
  );
  console.log(`${"elapsed shown".padEnd(44)} ${await page.locator(".elapsed").innerText()}`);
  await ctx.close();
}

await browser.close();
await app.stop();
await floor.stop();
rmSync(floorDir, { recursive: true, force: true });
