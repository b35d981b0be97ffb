// The app shell: every route loads by URL and on reload, navigation by accessible names, Back and
// Forward, themes, and nothing is ever requested from another origin.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  controlled,
  guard,
  launch,
  open,
  PHONE,
  recordWasmAsked,
  screenshots,
  startApp,
  teardown,
} from "./harness.mjs";

const ROUTES = [
  ["/", "Today"],
  ["/timer", "Timer"],
  ["/log", "Log"],
  ["/plan", "Plan"],
  ["/progress", "Progress"],
  ["/guide", "Guide"],
  ["/settings", "Settings"],
];

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

test("every route loads directly by URL and on reload, with its heading", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  for (const [path, heading] of ROUTES) {
    await open(page, app.url, path);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    assert.equal(new URL(page.url()).pathname, path);
  }
  g.assertClean();
  await page.close();
});

test("navigation works by accessible names and marks the current screen", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  const main = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Timer", "Log", "Plan", "Progress", "Today"]) {
    await main.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    assert.equal(await main.getByRole("link", { name }).getAttribute("aria-current"), "page");
  }
  const more = page.getByRole("navigation", { name: "More" });
  await more.getByRole("link", { name: "Guide" }).click();
  await page.getByRole("heading", { level: 1, name: "Guide" }).waitFor();
  await more.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  g.assertClean();
  await page.close();
});

test("Back and Forward change the screen; a link is a real link a modified click leaves to the browser", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  const main = page.getByRole("navigation", { name: "Main" });
  const path = () => new URL(page.url()).pathname;
  const focusOnHeading = () => page.waitForFunction(() => document.activeElement?.matches("main h1"));
  assert.equal(await main.getByRole("link", { name: "Log" }).getAttribute("href"), "/log");
  await main.getByRole("link", { name: "Log" }).click();
  await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
  await main.getByRole("link", { name: "Plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
  assert.equal(path(), "/plan");
  // The screen already shown adds no entry to go back through.
  const entries = await page.evaluate(() => history.length);
  await main.getByRole("link", { name: "Plan" }).click();
  assert.equal(await page.evaluate(() => history.length), entries);

  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
  assert.equal(path(), "/log");
  assert.equal(await main.getByRole("link", { name: "Log" }).getAttribute("aria-current"), "page");
  assert.equal(await main.getByRole("link", { name: "Plan" }).getAttribute("aria-current"), null);
  await focusOnHeading();
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
  assert.equal(path(), "/plan");
  await focusOnHeading();

  // Ctrl+click opens the screen in a new tab and leaves this one where it is.
  const opened = page.context().waitForEvent("page");
  await main.getByRole("link", { name: "Progress" }).click({ modifiers: ["Control"] });
  const tab = await opened;
  await tab.waitForURL((url) => url.pathname === "/progress");
  assert.equal(path(), "/plan");
  await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
  g.assertClean();
  await tab.close();
  await page.close();
});

test("Back to a screen left far down shows its top, where focus goes", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  const main = page.getByRole("navigation", { name: "Main" });
  await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, "the plan is longer than the phone");
  // The app puts every screen at its top itself: a position the browser restored on Back would
  // leave the focused heading off screen.
  assert.equal(await page.evaluate(() => history.scrollRestoration), "manual");
  await main.getByRole("link", { name: "Log" }).click();
  await page.getByRole("heading", { level: 1, name: "Log" }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.matches("main h1"));
  assert.equal(await page.evaluate(() => window.scrollY), 0, "Back shows the plan from its top");
  g.assertClean();
  await page.close();
});

test("an unknown address says so and offers the way home", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/no-such-screen");
  await page.getByRole("heading", { name: "There is no page here." }).waitFor();
  await page.getByRole("link", { name: "Go to Today" }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.close();
});

test("a first visit fetches the wasm once the shell has painted; once the phone keeps its own copy, the wasm is fetched while the shell paints, and the app still runs only after that paint", async () => {
  const context = await browser.newContext(PHONE);
  await recordWasmAsked(context);
  // The browser's report of the shell's paint never comes, so the loader waits its longest (3 s)
  // for it: whatever was fetched before then was fetched before the paint.
  await context.addInitScript(() => {
    self.controlledAtStart = !!navigator.serviceWorker.controller;
    const observe = PerformanceObserver.prototype.observe;
    PerformanceObserver.prototype.observe = function (options) {
      if (options?.type !== "largest-contentful-paint") observe.call(this, options);
    };
  });
  const page = await context.newPage();
  const g = guard(page, app.url);
  const timings = () =>
    page.evaluate(() => ({
      controlled: self.controlledAtStart,
      // Fetched, or (from the phone's copy) read from the service worker's cache by the page.
      wasm: self.wasmAsked.find((a) => /\/relact-[0-9a-f]{16}_bg\.wasm$/.test(a.path))?.at,
      started: performance.getEntriesByName("relact:state")[0]?.startTime,
    }));
  await open(page, app.url, "/");
  const first = await timings();
  assert.equal(first.controlled, false);
  assert.ok(first.wasm >= 3000, `first visit: the wasm was asked for at ${first.wasm} ms, before the paint`);
  await controlled(page);
  // A page's start reaches the boot script in tens of milliseconds; 3 s leaves room for a busy
  // machine.
  await page.reload();
  await page.locator("nav.bottom a").first().waitFor();
  const later = await timings();
  assert.equal(later.controlled, true);
  assert.ok(
    later.wasm < 3000,
    `from the phone's copy: the wasm was asked for at ${later.wasm} ms, after the paint`,
  );
  assert.ok(later.started >= 3000, `the app ran at ${later.started} ms, before the shell's paint`);
  g.assertClean();
  await context.close();
});

test("the night theme is chosen in Settings, kept after reload, and applied before the wasm loads", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  await open(page, app.url, "/settings");
  await page.getByRole("radio", { name: "Night (dim)" }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "night");
  await page.reload();
  await page.getByRole("radio", { name: "Night (dim)" }).waitFor();
  assert.ok(await page.getByRole("radio", { name: "Night (dim)" }).isChecked());
  // With the wasm blocked, only theme.js can have set the theme: no white flash at night.
  const bare = await browser.newPage(PHONE);
  await bare.route(/\.wasm$/, (r) => r.abort());
  await bare.goto(app.url + "/");
  await bare.evaluate(() => localStorage.setItem("relact.settings.v1", '{"theme":"night"}'));
  await bare.reload();
  assert.equal(await bare.evaluate(() => document.documentElement.dataset.theme), "night");
  assert.match(await bare.getByRole("status").innerText(), /Opening/);
  await page.getByRole("radio", { name: "Light" }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  g.assertClean();
  await bare.close();
  await page.close();
});

test("blocked or corrupted settings give a message and are not overwritten", async () => {
  const page = await browser.newPage(PHONE);
  await page.goto(app.url + "/");
  await page.evaluate(() => localStorage.setItem("relact.settings.v1", "{broken"));
  await open(page, app.url, "/settings");
  await page.getByText("Your saved settings could not be read").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("relact.settings.v1.unreadable")), "{broken");
  await page.close();

  const blocked = await browser.newPage(PHONE);
  await blocked.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  await open(blocked, app.url, "/settings");
  await blocked.getByText("This browser is not letting Relact save anything").waitFor();
  await blocked.getByRole("radio", { name: "Night (dim)" }).check();
  assert.equal(await blocked.evaluate(() => document.documentElement.dataset.theme), "night");
  await blocked.close();
});

test("every screen at 390x844 draws the theme asked for, fits the width, and keeps heading and bottom bar on screen, light and night (screenshots kept)", async () => {
  const page = await browser.newPage(PHONE);
  const g = guard(page, app.url);
  for (const [path, name] of ROUTES) await screenshots(page, app.url, path, name.toLowerCase());
  g.assertClean();
  await page.close();
});

test("every screen at 320x568, 375x667 and in landscape 844x390 fits the width and keeps heading and bottom bar on screen, light and night (screenshots kept)", async () => {
  for (const [width, height] of [
    [320, 568],
    [375, 667],
    [844, 390],
  ]) {
    const page = await browser.newPage({ ...PHONE, viewport: { width, height } });
    const g = guard(page, app.url);
    for (const [path, name] of ROUTES)
      await screenshots(page, app.url, path, `size-${width}x${height}-${name.toLowerCase()}`);
    g.assertClean();
    await page.close();
  }
});
