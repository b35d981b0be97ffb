// Printouts: the guide and the plan with its night log sheet, rendered to PDF by Chromium in A4
// and US Letter, read back with pdftotext, counted with pdfinfo, and turned into PNGs with pdftoppm
// (in tests/e2e/output/, ignored by git) for a person to look at.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { launch, open, PHONE, seedEntries, startApp, teardown } from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const CHROME_WORDS = ["Settings", "Progress", "Print the guide", "Print my plan", "Skip to content"];

async function printed(page, name, format) {
  const file = join(OUT, `${name}-${format.toLowerCase()}.pdf`);
  await page.pdf({ path: file, format, printBackground: true });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
  execFileSync("pdftoppm", ["-png", "-r", "50", file, join(OUT, `${name}-${format.toLowerCase()}`)]);
  return { text, pages };
}

test("the guide prints on 2 to 4 pages in A4 and Letter, with its content and no app chrome", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/guide");
  await page.getByRole("button", { name: "Print the guide" }).waitFor();
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "guide", format);
    assert.ok(pages >= 2 && pages <= 4, `${format}: ${pages} pages`);
    for (const words of [
      "Stimulating your breasts",
      "8 to 12 times a day",
      "20 to 30 minutes",
      "at-breast supplementer",
      "skin-to-skin",
      "Herbs and medicines",
      "La Leche League",
      "llli.org",
      "Further reading",
      "Breastfeeding Without Giving Birth",
    ]) {
      assert.ok(text.replace(/\s+/g, " ").includes(words), `${format}: missing "${words}"`);
    }
    for (const chrome of CHROME_WORDS)
      assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await page.close();
});

test("the plan prints as a plan with a night log sheet on one or two pages", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/plan");
  await page.getByLabel("Sessions per 24 hours").selectOption("12");
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "plan", format);
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "My Relact plan",
      "Night log sheet",
      "Sessions a day: 12",
      "03:00 (night)",
      "Milk (ml)",
      "Diapers (wet / dirty)",
    ]) {
      assert.ok(flat.includes(words), `${format}: missing "${words}"`);
    }
    assert.ok(!flat.includes("Set up your plan"), "the form is not printed");
    for (const chrome of CHROME_WORDS)
      assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await page.close();
});

test("the print stylesheet hides navigation and lets the page run on", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/guide");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false);
  assert.equal(await page.locator("#app header.top").isVisible(), false);
  const style = await page.evaluate(() => {
    const m = getComputedStyle(document.getElementById("main"));
    return { overflow: m.overflowY, height: m.height, bg: getComputedStyle(document.body).backgroundColor };
  });
  assert.equal(style.overflow, "visible");
  assert.equal(style.bg, "rgb(255, 255, 255)");
  await page.close();
});

test("the consultant summary prints 14 days of tallies, the plan and notes on at most 3 pages", async () => {
  const context = await browser.newContext({ ...PHONE, timezoneId: "Europe/London", locale: "en-GB" });
  await context.clock.install({ time: new Date("2026-11-28T20:00:00Z") });
  const page = await context.newPage();
  await open(page, app.url, "/progress");
  await page.getByText("Your charts will grow here").waitFor();
  const entries = [];
  const put = (e) => entries.push(e);
  for (let d = 0; d < 20; d++) {
    const midnight = Date.UTC(2026, 10, 9) + d * 86_400_000;
    for (let s = 0; s < 8; s++) {
      const start = midnight + (7 + s * 2) * 3_600_000;
      put({
        id: `s${d}-${s}`,
        created: start,
        updated: start,
        deleted: false,
        at: start,
        record: {
          type: "session",
          kind: "pumping",
          start,
          end: start + 1_200_000,
          segments: [],
          left_ml: 5,
          right_ml: 5,
          notes: "",
        },
      });
    }
    const at = midnight + 13 * 3_600_000;
    put({
      id: `c${d}`,
      created: at,
      updated: at,
      deleted: false,
      at,
      record: { type: "supplement", at, ml: 60, milk: "donor", method: "cup" },
    });
    put({
      id: `b${d}`,
      created: at + 1,
      updated: at + 1,
      deleted: false,
      at: at + 1,
      record: { type: "supplement", at: at + 1, ml: 40, milk: "formula", method: "at_breast_supplementer" },
    });
  }
  await seedEntries(page, entries);
  await page.reload();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page
    .getByLabel("Notes for your consultant (optional, printed, not saved)")
    .fill("Baby latches better in the morning.");
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "consultant", format);
    assert.ok(pages >= 1 && pages <= 3, `${format}: ${pages} pages`);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "Summary for my lactation consultant",
      "15 November 2026 to 28 November 2026",
      "Plan in force",
      "8 sessions a day of 20 minutes, 1 of them at night.",
      "Day by day",
      "Sat 28 Nov",
      "Sun 15 Nov",
      "Baby latches better in the morning.",
      "La Leche League",
    ]) {
      assert.ok(flat.includes(words), `${format}: missing "${words}"`);
    }
    assert.ok(!flat.includes("Sat 14 Nov"), "only the 14 days asked for");
    // Totals row: 14 days x 8 sessions, 14 x 80 ml, 14 x 60 ml by cup, 14 x 40 ml at the breast.
    assert.match(flat, /Total 112 2240 1120 840 560 0/);
    for (const chrome of CHROME_WORDS)
      assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await context.close();
});
