// The parent's language: the first start follows the phone's languages, only the chosen
// language's file is loaded, a switch in Settings applies at once and works offline for a
// language the phone has kept, and is refused kindly for one it never had; Arabic reads right to
// left without overflowing a small phone. (axe-core in Arabic and Spanish, in both themes, on every
// screen and dialog: languages.test.mjs.)

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { controlled, guard, launch, open, PHONE, screenshots, startApp, teardown } from "./harness.mjs";

const ROUTES = ["/", "/timer", "/log", "/plan", "/progress", "/guide", "/settings"];

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** The language files this page fetched. */
function translationsFetched(page) {
  const files = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/i18n/")) files.push(path);
  });
  return files;
}

/** What the page says about its language once the app has mounted. */
async function language(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    heading: document.querySelector("main h1")?.textContent,
    tabs: [...document.querySelectorAll("nav.bottom a")].map((a) => a.textContent.trim()),
  }));
}

test("the first start follows the phone's language, and loads only that language's words", async () => {
  const cases = [
    // [phone, lang, dir, Today's tabs (hand-checked against the files)]
    ["es-MX", "es", "ltr", ["Hoy", "Cronómetro", "Registro", "Plan", "Avances"]],
    ["pt-PT", "pt-BR", "ltr", ["Hoje", "Cronômetro", "Registro", "Plano", "Progresso"]],
    ["ar-EG", "ar", "rtl", ["اليوم", "المؤقّت", "السجلّ", "الخطة", "التقدّم"]],
    ["de", "en", "ltr", ["Today", "Timer", "Log", "Plan", "Progress"]],
  ];
  for (const [phone, lang, dir, tabs] of cases) {
    const context = await browser.newContext({ ...PHONE, locale: phone });
    const page = await context.newPage();
    const g = guard(page, app.url);
    const fetched = translationsFetched(page);
    await open(page, app.url, "/settings");
    const said = await language(page);
    assert.deepEqual([said.lang, said.dir, said.tabs], [lang, dir, tabs], phone);
    assert.deepEqual(fetched, [`/i18n/${lang}.ftl`], `${phone}: only the chosen language's file`);
    // The phone's language is followed, not saved: Settings shows it chosen.
    const chosen = await page.locator('input[name="language"]:checked + span').getAttribute("lang");
    assert.equal(chosen, lang, phone);
    // Portugal's Portuguese is told that the translation is Brazil's; nobody else is.
    const note = page.getByText("O português do Relact é o do Brasil.");
    assert.equal(await note.count(), phone === "pt-PT" ? 1 : 0, `${phone}: the Brazilian note`);
    g.assertClean();
    await context.close();
  }
});

test("the loading screen speaks the chosen language and direction before the app mounts", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "ar-EG" });
  const page = await context.newPage();
  // Hold the wasm back, so the loading screen is what is on screen.
  let release;
  const held = new Promise((ok) => {
    release = ok;
  });
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url + "/");
  await page.locator("#shell .loading").waitFor();
  const shell = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    opening: document.querySelector("#shell .loading").textContent,
    tabs: [...document.querySelectorAll("#shell nav.bottom span")].map((s) => s.textContent),
  }));
  assert.deepEqual(shell, {
    dir: "rtl",
    opening: "جارٍ الفتح…",
    tabs: ["اليوم", "المؤقّت", "السجلّ", "الخطة", "التقدّم"],
  });
  release();
  await page.locator("nav.bottom a").first().waitFor();
  await context.close();
});

/** Whether this version's cache holds a language file. */
const kept = (page, path) =>
  page.evaluate(async (p) => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(p)) return true;
    return false;
  }, path);

/** Picks a language in Settings by its own name. */
const pick = (page, name) => page.getByRole("radio", { name }).check();

test("a switch applies at once, keeps a running timer, works offline for a kept language and is refused kindly for one never loaded", async () => {
  const local = await startApp();
  const context = await browser.newContext({ ...PHONE, locale: "en-GB" });
  const page = await context.newPage();
  await open(page, local.url, "/timer?start=pump");
  await page.getByRole("button", { name: "Stop" }).waitFor();
  await controlled(page);
  // The first visit's file was fetched before the worker existed: the app asks it to keep it.
  await page.waitForFunction(async () => {
    for (const name of await caches.keys())
      if (await (await caches.open(name)).match("/i18n/en.ftl")) return true;
    return false;
  });

  // Online: Spanish, at once; the session keeps running.
  await open(page, local.url, "/settings");
  await pick(page, "Español");
  await page.waitForFunction(
    () => document.documentElement.lang === "es" && document.querySelector("main h1"),
  );
  await page.getByRole("heading", { level: 1, name: "Ajustes" }).waitFor();
  assert.ok(await kept(page, "/i18n/es.ftl"), "Spanish is kept for offline use");
  await page.getByRole("link", { name: "Cronómetro" }).click();
  await page.locator(".running").waitFor();
  // Back to English, still online.
  await page.getByRole("link", { name: "Ajustes" }).click();
  await pick(page, "English");
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  assert.equal(await kept(page, "/i18n/fr.ftl"), false, "French was never loaded");

  // Offline, server stopped: Spanish opens from the phone's copy.
  await local.stop();
  await context.setOffline(true);
  await pick(page, "Español");
  await page.getByRole("heading", { level: 1, name: "Ajustes" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  // French was never on this phone: said kindly, in Spanish, and Spanish stays (the tap's tick
  // goes back to Spanish at once, so it is a click, not a check).
  await page.getByRole("radio", { name: "Français" }).click();
  await page.getByRole("status").filter({ hasText: "Français todavía no está en este teléfono" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.ok(
    await page.getByRole("radio", { name: "Español" }).isChecked(),
    "the current language stays chosen",
  );
  assert.equal(await page.getByRole("radio", { name: "Français" }).isChecked(), false);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")).language);
  assert.equal(saved, "es");
  // The session started in English is still running.
  await page.getByRole("link", { name: "Cronómetro" }).click();
  await page.locator(".running").waitFor();
  await context.close();
});

/** Whether any element sticks out of the screen sideways. */
const overflow = (page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));

test("Arabic pages are right to left and never wider than a 320 px phone", async () => {
  const context = await browser.newContext({
    ...PHONE,
    locale: "ar-EG",
    viewport: { width: 320, height: 568 },
  });
  const page = await context.newPage();
  const g = guard(page, app.url);
  for (const path of ROUTES) {
    await open(page, app.url, path);
    await page.locator("main h1:visible").first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl", path);
    const { scroll, width } = await overflow(page);
    assert.ok(scroll <= width, `${path}: ${scroll} px wide on a ${width} px screen`);
  }
  g.assertClean();
  await context.close();
});

test("the Timer's side buttons, and the save panel's amounts on a phone on its side, keep the parent's left on the left in Arabic", async () => {
  const context = await browser.newContext({ ...PHONE, locale: "ar-EG" });
  const page = await context.newPage();
  await open(page, app.url, "/timer?start=pump");
  await page.locator(".sides .side").first().waitFor();
  const xs = await page
    .locator(".sides .side")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
  assert.ok(xs[0] < xs[1] && xs[1] < xs[2], `Left, Both, Right from left to right: ${xs}`);
  // Landscape puts the two amounts side by side: the left side's on the left, as on the timer.
  await page.setViewportSize({ width: 844, height: 390 });
  await page.locator("main .controls button.primary").click();
  await page.locator("#ml-left").waitFor();
  const [left, right] = await Promise.all(
    ["#ml-left", "#ml-right"].map((id) => page.locator(id).evaluate((e) => e.getBoundingClientRect())),
  );
  assert.ok(left.right <= right.left, `the left amount left of the right one: ${left.x}, ${right.x}`);
  await context.close();
});

test("Today, Timer and Settings in Arabic fit 320×568, 390×844 and 844×390 in both themes (screenshots: language-ar-*)", async () => {
  for (const [w, h] of [
    [320, 568],
    [390, 844],
    [844, 390],
  ]) {
    const context = await browser.newContext({
      ...PHONE,
      locale: "ar-EG",
      viewport: { width: w, height: h },
    });
    const page = await context.newPage();
    for (const [path, name] of [
      ["/", "today"],
      ["/timer?start=pump", "timer"],
      ["/settings", "settings"],
    ]) {
      await screenshots(page, app.url, path, `language-ar-${name}-${w}x${h}`);
    }
    await context.close();
  }
});
