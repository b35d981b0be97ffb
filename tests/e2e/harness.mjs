// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, the release
// build served by our own static server on 127.0.0.1, and guards that fail a test on any console
// error, failed request, request to another origin, or CSP violation.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/static-server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, "..", "..", "dist");
export const SHOTS = join(here, "screenshots");

export { CHROMIUM_ARGS };

// A British English phone unless a test says otherwise, so units and clocks are the same everywhere.
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  hasTouch: true,
  locale: "en-GB",
};

/** Waits for `promise`, but never longer than `ms`: a teardown must not hang a test run. */
export function within(promise, ms = 15_000) {
  return Promise.race([
    Promise.resolve(promise).catch(() => {}),
    new Promise((ok) => setTimeout(ok, ms).unref()),
  ]);
}

/** Closes the browser and stops the server, each given at most 15 seconds. */
export async function teardown(browser, app) {
  await within(browser?.close());
  await within(app?.stop());
}

/** A fresh phone (a new browser context) whose clock starts at `time` and is controlled by the
 * test: `{ context, page }`. */
export async function phoneAt(browser, context, time) {
  const ctx = await browser.newContext(context);
  await ctx.clock.install({ time: new Date(time) });
  return { context: ctx, page: await ctx.newPage() };
}

/** Taps a tab of the bottom bar by its name. */
export const nav = (page, name) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();

/** Starts the browser. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves the release build; `stop()` closes the server (used to prove offline start). */
export async function startApp(dir = DIST, port = 0) {
  const { server, url } = await serve(dir, port);
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/**
 * Watches a page for anything that must never happen: console errors, page errors, failed requests,
 * requests to another origin, CSP violations. `problems` collects them; `assertClean()` throws.
 */
export function guard(page, origin) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // Navigations aborted by the test itself (reload, goto) are not failures of the app.
    const why = r.failure()?.errorText || "";
    if (!why.includes("ERR_ABORTED")) problems.push(`failed request: ${r.url()} ${why}`);
  });
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) {
      problems.push(`request to another origin: ${u}`);
    }
  });
  page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    problems,
    assertClean() {
      if (problems.length) throw new Error("page problems:\n" + problems.join("\n"));
    },
  };
}

/**
 * Opens `path` and waits until the app has mounted (the loading shell is replaced) and drawn the
 * screen: a screen kept out of the first download (ui/widgets/lazy_view.rs) arrives a moment
 * after the bars, and every screen has a heading.
 */
export async function open(page, base, path = "/") {
  await page.goto(base + path);
  await page.locator("nav.bottom a").first().waitFor();
  await page.locator("#main h1").first().waitFor({ state: "attached" });
}

/** Waits until the screen has read its data: no "Loading…" line left visible in `main`. */
export function loaded(page) {
  return page.waitForFunction(
    () => ![...document.querySelectorAll("main .loading")].some((el) => el.checkVisibility()),
  );
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the page (or on the first element matching `selector`) and returns its
 * violations, one readable line each. axe is put in the page through the DevTools protocol, which
 * the app's CSP does not govern, so no test has to turn the CSP off for it.
 */
export async function axe(page, selector = null) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ?? document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  }, selector);
}

/** Makes each page of `context` keep in `self.wasmAsked` every wasm file it asks for, as
 * `{ path, at }` (`performance.now()`): fetched, or read from the service worker's cache by the
 * page itself (which it does once a worker controls it), so a test sees both ways alike. */
export function recordWasmAsked(context) {
  return context.addInitScript(() => {
    self.wasmAsked = [];
    const note = (what) => {
      const path = new URL(what instanceof Request ? what.url : String(what), location.href).pathname;
      if (path.endsWith(".wasm")) self.wasmAsked.push({ path, at: performance.now() });
    };
    const match = CacheStorage.prototype.match;
    CacheStorage.prototype.match = function (what, ...rest) {
      note(what);
      return match.call(this, what, ...rest);
    };
    const fetched = self.fetch;
    self.fetch = (what, ...rest) => {
      note(what);
      return fetched(what, ...rest);
    };
  });
}

/** Waits until the service worker is ready and controls the page (after a first visit). The page
 * must be one the worker claims as it activates: one open before then. A page whose navigation
 * began while a worker another page registered was still installing, and whose document came
 * after that claim, is never controlled until it navigates again (seen: a 15-minute hang). */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) =>
        navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }),
      );
    }
  });
}

/** Stores the theme as Settings does (the page must be open on the app's origin); the next load applies it. */
export async function setTheme(page, theme /* "light" | "night" */) {
  await page.evaluate((t) => {
    const raw = localStorage.getItem("relact.settings.v1");
    const s = raw ? JSON.parse(raw) : {};
    s.theme = t;
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  }, theme);
}

let watchers = 0;
/**
 * Records every moment `text` appears on the page (absent, then present), across reloads and
 * navigations, with the page clock's time. Call before the first `goto`. An absence checked with
 * this cannot pass merely because the app had not yet done the work that would show the text.
 */
export async function appearances(page, text) {
  const name = `__relactAppeared${++watchers}`;
  const seen = [];
  await page.exposeFunction(name, (at) => seen.push(at));
  await page.addInitScript(
    ([name, text]) => {
      let shown = false;
      const look = () => {
        const now = (document.documentElement?.textContent ?? "").includes(text);
        if (now && !shown) window[name](Date.now());
        shown = now;
      };
      new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
    },
    [name, text],
  );
  return seen;
}

/**
 * Saves a phone-size screenshot in light and night themes to tests/e2e/screenshots/ (ignored by
 * git), and asserts what a glance at it would: the theme asked for is the one drawn (and the two
 * differ in colour), nothing is wider than the phone, and the screen's heading and the bottom bar
 * are inside the viewport.
 */
export async function screenshots(page, base, path, name) {
  mkdirSync(SHOTS, { recursive: true });
  const backgrounds = {};
  for (const theme of ["light", "night"]) {
    if (!page.url().startsWith(base)) await open(page, base, "/");
    await setTheme(page, theme);
    await open(page, base, path);
    await page.locator("main h1:visible").first().waitFor();
    const look = await page.evaluate(() => {
      const box = (el) => el?.getBoundingClientRect().toJSON();
      return {
        theme: document.documentElement.dataset.theme,
        // The page's colour: the body's, or the root's where the body is transparent.
        background: [document.body, document.documentElement]
          .map((el) => getComputedStyle(el).backgroundColor)
          .find((c) => c !== "rgba(0, 0, 0, 0)"),
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
        height: window.innerHeight,
        heading: box([...document.querySelectorAll("main h1")].find((h) => h.checkVisibility())),
        bar: box(document.querySelector("nav.bottom")),
      };
    });
    const where = `${name} (${theme})`;
    assert.equal(look.theme, theme, `${where}: data-theme`);
    assert.ok(
      look.scrollWidth <= look.width,
      `${where}: ${look.scrollWidth} px wide on a ${look.width} px screen`,
    );
    const inside = (b) => b && b.left >= 0 && b.right <= look.width && b.top >= 0 && b.bottom <= look.height;
    assert.ok(inside(look.heading), `${where}: heading outside the screen ${JSON.stringify(look.heading)}`);
    assert.ok(inside(look.bar), `${where}: bottom bar outside the screen ${JSON.stringify(look.bar)}`);
    backgrounds[theme] = look.background;
    await page.screenshot({ path: join(SHOTS, `${name}-${theme}.png`), fullPage: false });
  }
  assert.notEqual(backgrounds.light, backgrounds.night, `${name}: light and night draw the same background`);
}

// The stored entry's shape, kept equal to the Rust types by a native test
// (domain::entry::tests::the_e2e_seed_shape_matches_the_rust_types).
const SHAPE = JSON.parse(readFileSync(join(here, "entry-shape.json"), "utf8"));

/**
 * Throws unless every seed has exactly the shape the app stores: serde would silently drop a
 * misspelt or made-up field (or default a missing optional one), and the test would pass on data
 * it never meant. Checks field names (required and allowed), the record type, enum values, that
 * numbers are whole (volumes: millilitres to the hundredth) and that `at` is the record's own instant.
 */
export function checkSeeds(entries) {
  const fields = (what, obj, { required, optional }) => {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj))
      throw new Error(`${what} is not an object`);
    const allowed = new Set([...required, ...optional]);
    for (const k of Object.keys(obj)) {
      if (!allowed.has(k))
        throw new Error(`${what}: unknown field "${k}" (allowed: ${[...allowed].join(", ")})`);
    }
    for (const k of required) if (!(k in obj)) throw new Error(`${what}: missing field "${k}"`);
  };
  const whole = (what, v, nullable = false) => {
    if (nullable && v === null) return;
    if (!Number.isSafeInteger(v)) throw new Error(`${what} is not a whole number: ${JSON.stringify(v)}`);
  };
  // A volume is millilitres to the hundredth (`66.54`), never negative (`domain::units::Ml`).
  const volume = (what, v, nullable = false) => {
    if (nullable && v === null) return;
    if (typeof v !== "number" || v < 0 || Math.abs(v * 100 - Math.round(v * 100)) > 1e-6)
      throw new Error(`${what} is not millilitres to the hundredth: ${JSON.stringify(v)}`);
  };
  const oneOf = (what, v, values) => {
    if (!values.includes(v))
      throw new Error(`${what} is ${JSON.stringify(v)}, not one of ${values.join(", ")}`);
  };
  for (const e of entries) {
    const name = `seed ${JSON.stringify(e?.id)}`;
    fields(name, e, SHAPE.entry);
    if (typeof e.id !== "string" || !e.id) throw new Error(`${name}: id must be a non-empty string`);
    for (const k of ["created", "updated", "at"]) whole(`${name}.${k}`, e[k]);
    const r = e.record;
    const kind = SHAPE.records[r?.type];
    if (!kind) throw new Error(`${name}: unknown record type ${JSON.stringify(r?.type)}`);
    fields(`${name}.record (${r.type})`, r, kind);
    // A listed medicine is filed under its start day's midnight in UTC; its dates are "YYYY-MM-DD".
    const medicine = r.type === "medicine";
    const at = r.type === "session" ? r.start : medicine ? Date.parse(`${r.start}T00:00:00Z`) : r.at;
    if (e.at !== at) throw new Error(`${name}: at ${e.at} is not the record's instant ${at}`);
    if (!medicine)
      for (const k of ["start", "end", "at", "grams"]) if (k in r) whole(`${name}.record.${k}`, r[k]);
    if (!medicine && "ml" in r) volume(`${name}.record.ml`, r.ml);
    for (const k of ["left_ml", "right_ml"]) if (k in r) volume(`${name}.record.${k}`, r[k], true);
    for (const k of ["kind", "milk", "method"])
      if (k in r && r.type !== "milestone") oneOf(`${name}.record.${k}`, r[k], SHAPE.values[k]);
    // A marked milestone: one of the kinds this build knows, on a "YYYY-MM-DD" day.
    if (r.type === "milestone") {
      oneOf(`${name}.record.kind`, r.kind, SHAPE.values.milestone_kind);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) throw new Error(`${name}.record.date is not a day: ${r.date}`);
    }
    for (const seg of r.segments ?? []) {
      fields(`${name}.record.segments[]`, seg, SHAPE.segment);
      oneOf(`${name}.record.segments[].side`, seg.side, SHAPE.values.side);
    }
  }
}

/** `n` entries, the benchmarks' scale (25,000 is two years of heavy use): a pumping session or a
 * diaper about 34 times a day, going back from now. */
export function benchEntries(n) {
  const out = [];
  const end = Date.now();
  for (let i = 0; i < n; i++) {
    const at = end - i * 2_500_000; // about 34 a day, going back two years
    const id = `bench-${i}`;
    const record =
      i % 3 === 2
        ? { type: "diaper", at, wet: true, dirty: i % 2 === 0 }
        : {
            type: "session",
            kind: "pumping",
            start: at,
            end: at + 1_200_000,
            segments: [],
            left_ml: 20,
            right_ml: 15,
            notes: "",
          };
    out.push({ id, created: at, updated: at, deleted: false, at, record });
  }
  return out;
}

/**
 * Writes entries straight into IndexedDB the way the app stores them, after `checkSeeds` (so a
 * seed the app would read differently throws instead), and gives the log a new write stamp as the
 * app does after a write (so what the app kept of its last whole read is not used for this log).
 * The app opens (and creates) the database on first use, so call this after a screen that reads
 * the log has loaded, then reload.
 */
export async function seedEntries(page, entries) {
  checkSeeds(entries);
  return page.evaluate(
    (entries) =>
      new Promise((ok, fail) => {
        const r = indexedDB.open("relact");
        r.onsuccess = () => {
          const tx = r.result.transaction("entries", "readwrite");
          for (const e of entries)
            tx.objectStore("entries").put({
              id: e.id,
              at: e.at,
              updated: e.updated,
              deleted: false,
              data: JSON.stringify(e),
            });
          tx.oncomplete = () => {
            r.result.close();
            localStorage.setItem("relact.log-stamp.v1", JSON.stringify(crypto.randomUUID()));
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
        r.onerror = () => fail(r.error);
      }),
    entries,
  );
}

/**
 * Waits until `check()` (async, run here in Node: it may read the page's IndexedDB or localStorage)
 * returns something truthy, and returns that; fails naming `what` after `ms`. It polls on Node's own
 * clock, so a page on a controlled clock does not hold it up.
 */
export async function until(check, what, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

/** Every record exactly as IndexedDB holds it (`{id, at, updated, deleted, data}`), in key order. */
export function storedRecords(page) {
  return page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const r = indexedDB.open("relact");
        r.onerror = () => fail(r.error);
        r.onsuccess = () => {
          const q = r.result.transaction("entries").objectStore("entries").getAll();
          q.onsuccess = () => {
            r.result.close();
            ok(q.result);
          };
          q.onerror = () => fail(q.error);
        };
      }),
  );
}

/** A small seeded random generator (mulberry32): tests that pick random moments or damage print
 * their seed, so a failure can be replayed exactly. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lets a test hold the app's log reads (IndexedDB `getAll` on an index: every range read) and
 * answer them when it chooses, as a slow phone would: `page.evaluate(() => window.__relactReads
 * .hold = true)`, then `window.__relactRelease()` answers every held read at once. Install on the
 * context before the page opens. `held` lists reads waiting; `answered` counts those answered late.
 */
export function holdableReads(context) {
  return context.addInitScript(() => {
    const state = { hold: false, held: [], answered: 0 };
    window.__relactReads = state;
    const getAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (...args) {
      const req = getAll.apply(this, args);
      if (!state.hold) return req;
      let handler = null;
      Object.defineProperty(req, "onsuccess", {
        configurable: true,
        get: () => handler,
        set: (f) => {
          handler = f;
        },
      });
      req.addEventListener("success", (ev) => {
        const answer = () => {
          state.answered++;
          handler?.call(req, ev);
        };
        if (state.hold) state.held.push(answer);
        else answer();
      });
      return req;
    };
    window.__relactRelease = () => {
      state.hold = false;
      for (const answer of state.held.splice(0)) answer();
    };
  });
}

/** The rows of a downloaded CSV file (Playwright's `download`), each split at its commas. */
export async function csvRows(download) {
  return readFileSync(await download.path(), "utf8")
    .split("\r\n")
    .filter(Boolean)
    .map((l) => l.split(","));
}
