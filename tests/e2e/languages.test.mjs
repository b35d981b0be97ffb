// Each language in full: a parent whose phone speaks Spanish, French, Brazilian Portuguese or
// Arabic, with a week of log behind them (sessions, a supplement, diapers, a weight), opens every
// screen, the supplement sheet, a running session and its save panel, and prints the fridge plan,
// the consultant summary and the Guide, and meets no English word from the app's common
// vocabulary: not on screen, not in what a screen reader says (aria-label, title, placeholder,
// alt), not in the PDFs' text (pdftotext).

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  axe,
  guard,
  launch,
  loaded,
  open,
  PHONE,
  phoneAt,
  seedEntries,
  setTheme,
  startApp,
  teardown,
} from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });
const ROUTES = ["/", "/timer", "/log", "/plan", "/progress", "/guide", "/settings"];
const LOCALES = { es: "es-ES", fr: "fr-FR", "pt-BR": "pt-BR", ar: "ar-EG" };

/** English words the app uses everywhere, none of which is a word of the other four languages. */
const ENGLISH = [
  "the",
  "and",
  "your",
  "you",
  "with",
  "this",
  "that",
  "what",
  "when",
  "how",
  "from",
  "today",
  "baby",
  "save",
  "saved",
  "undo",
  "dismiss",
  "delete",
  "print",
  "share",
  "add",
  "start",
  "stop",
  "diaper",
  "diapers",
  "wet",
  "dirty",
  "supplement",
  "supplements",
  "nursing",
  "pumping",
  "milk",
  "breast",
  "chest",
  "feed",
  "feeds",
  "hours",
  "week",
  "weeks",
  "days",
  "settings",
  "progress",
  "timer",
  "log",
  "sessions",
  "weight",
  "doctor",
  "help",
  "next",
  "night",
  "left",
  "right",
  "both",
];

/** Names kept as they are in every language (products and organisations). */
const NAMES = ["Nearby Share", "AirDrop", "Bluetooth", "La Leche League", "CouchDB", "Relact"];

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const MIN = 60_000;
const DAY = 86_400_000;
/** Saturday 28 November 2026, 10:30 in London. */
const NOW = Date.parse("2026-11-28T10:30:00Z");
let seq = 0;
const entry = (at, record) => ({ id: `lg-${++seq}`, created: at, updated: at, deleted: false, at, record });

/** A week of a relactating parent's log: pumps, a nursing with notes left empty, a cup
 *  supplement, diapers and a weight. */
function week() {
  const out = [];
  for (let d = 7; d >= 0; d--) {
    const day = NOW - d * DAY;
    for (const h of [-3, -1]) {
      const start = day + h * 60 * MIN;
      out.push(
        entry(start, {
          type: "session",
          kind: d % 2 ? "pumping" : "nursing",
          start,
          end: start + 20 * MIN,
          segments: [],
          left_ml: d % 2 ? 20 : null,
          right_ml: d % 2 ? 15 : null,
          notes: "",
        }),
      );
    }
    const at = day - 2 * 60 * MIN;
    out.push(entry(at, { type: "supplement", at, ml: 60, milk: "formula", method: "cup", notes: "" }));
    for (const h of [-5, -4, -2, -1]) {
      const t = day + h * 60 * MIN;
      out.push(entry(t, { type: "diaper", at: t, wet: true, dirty: h === -4 }));
    }
  }
  const w = NOW - 2 * DAY;
  out.push(entry(w, { type: "weight", at: w, grams: 5200 }));
  return out;
}

/** Waits until keyboard focus is on the element `id`. */
const focused = (page, id) => page.waitForFunction((id) => document.activeElement?.id === id, id);

/** Every English word of the list in `text`, product names aside. */
function englishIn(text) {
  const plain = NAMES.reduce((t, name) => t.split(name).join(" "), text);
  return [
    ...new Set(
      plain
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => ENGLISH.includes(w)),
    ),
  ];
}

/** Every English word of the list that the page shows or says, with where. */
function englishOn(page) {
  return page.evaluate(
    ([words, names]) => {
      const said = [document.body.innerText];
      for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]"))
        for (const a of ["aria-label", "title", "placeholder", "alt"])
          if (el.hasAttribute(a)) said.push(el.getAttribute(a));
      said.push(document.title);
      const found = new Set();
      for (const text of said) {
        const plain = names.reduce((t, name) => t.split(name).join(" "), text);
        for (const w of plain.toLowerCase().split(/[^\p{L}]+/u)) if (words.includes(w)) found.add(w);
      }
      return [...found];
    },
    [ENGLISH, NAMES],
  );
}

/** The languages checked with axe-core too, in both themes: one of each direction. */
const AXE_IN = ["es", "ar"];

for (const [language, locale] of Object.entries(LOCALES)) {
  const themes = AXE_IN.includes(language) ? ["light", "night"] : [null];
  const title = themes[0]
    ? `${language}: every screen and dialog, with a week of log, has no English word and no axe-core violation, light and night`
    : `${language}: every screen and dialog, with a week of log, has no English word`;
  test(title, async () => {
    const { context, page } = await phoneAt(browser, { ...PHONE, locale, timezoneId: "Europe/London" }, NOW);
    await context.addInitScript(() => {
      if (localStorage.getItem("relact.settings.v1")) return;
      localStorage.setItem(
        "relact.settings.v1",
        JSON.stringify({ journey: { path: "relactating", birth_date: "2026-09-01", birth_weight_g: 3400 } }),
      );
      localStorage.setItem(
        "relact.first-use.v1",
        JSON.stringify({ at: Date.now() - 30 * 86_400_000, set_up: true }),
      );
    });
    const g = guard(page, app.url);
    await open(page, app.url, "/");
    await page.locator("main h1:visible").first().waitFor();
    await seedEntries(page, week());
    const leaks = {};
    const violations = [];
    for (const theme of themes) {
      /** What the screen shows and says now: English words, and (in a theme) axe's violations. */
      const look = async (where) => {
        const key = theme ? `${theme} ${where}` : where;
        leaks[key] = await englishOn(page);
        if (theme) for (const v of await axe(page)) violations.push(`${key}: ${v}`);
      };
      if (theme) await setTheme(page, theme);
      for (const path of ROUTES) {
        await open(page, app.url, path);
        await page.locator("main h1:visible").first().waitFor();
        await loaded(page);
        if (theme) assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        assert.equal(await page.evaluate(() => document.documentElement.lang), language, path);
        await look(path);
      }
      // The main dialogs and states: Today's supplement sheet, a running session, its save panel
      // and the question before discarding it.
      const dialog = page.locator("main [role=dialog]:visible, main [role=alertdialog]:visible");
      await open(page, app.url, "/");
      await page.locator("#add-supplement").click();
      await dialog.first().waitFor();
      await look("/ supplement sheet");
      await page.keyboard.press("Escape");
      await dialog.first().waitFor({ state: "detached" });
      await open(page, app.url, "/timer");
      await page.locator("main button.big.start").first().click();
      await page.locator("main .controls button.primary").waitFor();
      await look("/timer running");
      await page.locator("main .controls button.primary").click();
      await page.locator("main .sticky-actions button.primary").waitFor();
      await look("/timer save panel");
      await page.locator("main .sticky-actions button:not(.primary)").click();
      await dialog.first().waitFor();
      await look("/timer discard question");
      await dialog.locator("button.danger").click();
      await page.locator("main button.big.start").first().waitFor();
      // A log entry deleted, with its Undo line; then undone.
      await open(page, app.url, "/log");
      await loaded(page);
      const rows = await page.locator("main li.entry").count();
      await page.locator("main li.entry button.icon-button").last().click();
      const undo = page.locator("main .undo-bar");
      await undo.waitFor();
      // The pressed bin went with its row: focus is on Undo, and Undo is on screen.
      await page.waitForFunction(() => document.activeElement?.closest(".undo-bar"));
      const bar = await undo.evaluate((e) => e.getBoundingClientRect().toJSON());
      assert.ok(bar.top >= 0 && bar.bottom <= PHONE.viewport.height, `Undo on screen: ${bar.top}`);
      await look("/log deleted, with Undo");
      await undo.locator("button").click();
      await undo.waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.matches("main h1"));
      assert.equal(await page.locator("main li.entry").count(), rows, "the deleted entry is back");
      // The question before deleting everything, left with its second button.
      await open(page, app.url, "/settings");
      await page.locator("main .data button.danger").click();
      await dialog.first().waitFor();
      // Focus follows the pressed button's place: the question's safe answer, then back.
      await focused(page, "clear-cancel");
      await look("/settings delete question");
      await dialog.locator(".actions button:not(.danger)").click();
      await dialog.first().waitFor({ state: "detached" });
      await focused(page, "clear-start");
      // "Baby is here": the path turned to getting ready shows it on Today; its form, then the
      // welcome with Undo; undone, and the path put back.
      const paths = page.locator("main input[name=path]");
      await paths.nth(2).check();
      await open(page, app.url, "/");
      await page.locator("main .card.preparing").waitFor();
      await look("/ getting ready");
      await page.locator("main .card.preparing button.big").click();
      await page.locator("main form.baby-here").waitFor();
      await focused(page, "born");
      await look("/ baby is here");
      await page.locator("main form.baby-here button.primary").click();
      // The notice with two buttons: Undo, then Dismiss.
      const welcome = page.locator(".notice:has(.notice-actions button + button)");
      await welcome.waitFor();
      await page.waitForFunction(() => document.activeElement?.matches("main h1"));
      await look("/ baby is here, saved, with Undo");
      await welcome.locator("button").first().click();
      await page.locator("main .card.preparing").waitFor();
      await open(page, app.url, "/settings");
      await paths.nth(0).check();
      await page.waitForFunction(
        () => JSON.parse(localStorage.getItem("relact.settings.v1")).journey.path === "relactating",
      );
    }
    // The printouts: the fridge plan with its day sheet, the consultant summary, the Guide.
    for (const [path, ready, name] of [
      ["/plan", ".plan-print", "plan"],
      ["/progress", ".consultant", "summary"],
      ["/guide", "main h1:visible", "guide"],
    ]) {
      await open(page, app.url, path);
      await page.locator(ready).first().waitFor({ state: "attached" });
      await loaded(page);
      const file = join(OUT, `languages-${language}-${name}.pdf`);
      await page.pdf({ path: file, format: "A4", printBackground: true });
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      assert.ok(text.trim().length > 200, `${language} ${name}: printed`);
      leaks[`${name} printed`] = englishIn(text);
    }
    for (const [where, found] of Object.entries(leaks)) if (!found.length) delete leaks[where];
    assert.deepEqual(leaks, {}, `${language}: English words on screen`);
    assert.deepEqual(violations, [], violations.join("\n"));
    g.assertClean();
    await context.close();
  });
}

test("on a 320 px phone every tab's label stays inside its tab and the screen, in every language", async () => {
  const crowded = [];
  for (const locale of ["en-GB", ...Object.values(LOCALES)]) {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 568 }, locale });
    const page = await context.newPage();
    // The Timer and Progress tabs in bold (the current screen's), the widest they get.
    for (const path of ["/timer", "/progress"]) {
      await open(page, app.url, path);
      const tabs = await page.locator("nav.bottom a").evaluateAll((links) =>
        links.map((a) => {
          const words = document.createRange();
          words.selectNodeContents(a);
          const text = words.getBoundingClientRect();
          const tab = a.getBoundingClientRect();
          return { label: a.textContent.trim(), text: [text.left, text.right], tab: [tab.left, tab.right] };
        }),
      );
      for (const { label, text, tab } of tabs)
        if (text[0] < Math.max(tab[0], 0) || text[1] > Math.min(tab[1], 320))
          crowded.push(`${locale} ${path}: ${label} ${text.map(Math.round)} in ${tab.map(Math.round)}`);
    }
    await context.close();
  }
  assert.deepEqual(crowded, []);
});

test("on a 320 px phone the top bar is one height on every screen, the Guide's and Settings' own too, in every language", async () => {
  const heights = {};
  for (const locale of ["en-GB", ...Object.values(LOCALES)]) {
    const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 568 }, locale });
    const page = await context.newPage();
    heights[locale] = [];
    // Today with neither link current; the Guide and Settings each with its own link marked.
    for (const path of ["/", "/guide", "/settings"]) {
      await open(page, app.url, path);
      await page.locator("main h1:visible").first().waitFor();
      if (path !== "/")
        assert.equal(
          await page.locator(`#app header.top a[href="${path}"]`).getAttribute("aria-current"),
          "page",
        );
      const bar = await page.locator("#app header.top").boundingBox();
      heights[locale].push(Math.round(bar.height));
    }
    await context.close();
  }
  const uneven = Object.entries(heights).filter(([, h]) => new Set(h).size > 1);
  assert.deepEqual(uneven, [], "Today, the Guide and Settings, in order");
  // And one line on all three: the English bar is the brand's and the links' one row (65 px).
  assert.ok(
    heights["en-GB"].every((h) => h < 96),
    `English: ${heights["en-GB"]}`,
  );
});
