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

const CHROME_WORDS = [
  "Settings",
  "Progress",
  "Print the guide",
  "Print my plan",
  "Skip to content",
  "Ready to work offline",
];

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
    const flatGuide = text.replace(/\s+/g, " ");
    assert.equal(flatGuide.split("For advice about you and your baby").length - 1, 1, `${format}: said once`);
    for (const chrome of CHROME_WORDS)
      assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await page.close();
});

test("the plan prints as a plan with a day log sheet, left and right milk and the fridge reminders, on one or two pages", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/plan");
  await page.getByLabel("Sessions per 24 hours").selectOption("12");
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "plan", format);
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
    const flat = text.replace(/\s+/g, " ");
    for (const words of [
      "My Relact plan",
      "Day log sheet (24 hours, night included)",
      "Sessions a day: 12",
      "03:00 (night)",
      "Milk left (ml)",
      "Milk right (ml)",
      "Diapers (wet / dirty)",
      // The guide's fridge reminders.
      "Remember",
      "8 to 12 times in 24 hours, night included",
      "with a cup or an at-breast supplementer",
      "skin to skin",
      "your baby's doctor, a lactation consultant or a La Leche League Leader",
    ]) {
      assert.ok(flat.includes(words), `${format}: missing "${words}"`);
    }
    assert.ok(!flat.includes("Night log sheet"), "the sheet is for the whole day, and says so");
    assert.ok(!flat.includes("Milk (ml)"), "milk is written per side");
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
      "Path: Bringing my milk back. My baby is here.",
      // The same milestones as Progress, from the whole log: drops and supplementer feeds from
      // the 9th, before the 14 days printed.
      "Your milestones",
      "Mon 9 Nov · First drops",
      "Mon 9 Nov · First feed at the breast with a supplementer",
      "Day by day (per day, midnight to midnight)",
      "Night sessions in these days: 0. Longest break: 9 h 40 min.",
    ]) {
      assert.ok(flat.includes(words), `${format}: missing "${words}"`);
    }
    assert.ok(!flat.includes("24-hour"), "calendar days are not called 24-hour tallies");
    // The notes for the consultant are on the first page, with the table, never alone.
    const first = execFileSync(
      "pdftotext",
      ["-f", "1", "-l", "1", join(OUT, `consultant-${format.toLowerCase()}.pdf`), "-"],
      {
        encoding: "utf8",
      },
    ).replace(/\s+/g, " ");
    assert.ok(first.includes("Baby latches better in the morning.") && first.includes("Day by day"), format);
    assert.ok(!flat.includes("Sat 14 Nov"), "only the 14 days asked for");
    // Today (the 28th) is not over: its row says so and is in no total. Totals of the 13 whole
    // days: 13 x 8 sessions of 20 minutes, 13 x 80 ml, 13 x 60 ml by cup, 13 x 40 ml at the breast.
    assert.ok(flat.includes("Sat 28 Nov, so far"), `${format}: today apart`);
    assert.match(flat, /Total, 13 whole days 104 2080 1040 780 520 0/);
    for (const chrome of CHROME_WORDS)
      assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  // Preparing: the path in the words of Settings, and the due date as of the print day.
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1"));
    s.journey = { path: "preparing", due_date: "2026-12-20" };
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  });
  await page.reload();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  const { text, pages } = await printed(page, "consultant-preparing", "A4");
  assert.ok(pages >= 1 && pages <= 3, `preparing: ${pages} pages`);
  assert.ok(
    text
      .replace(/\s+/g, " ")
      .includes(
        "Path: Making milk before my baby arrives (for example adoption, surrogacy, or my partner carrying our baby). Baby due 20 December 2026, in 22 days.",
      ),
    text,
  );
  await context.close();
});

test("the consultant summary draws each day's own planned supplement, dates its axes, and shows night sessions, breaks, feeds and the log's notes", async () => {
  const context = await browser.newContext({ ...PHONE, timezoneId: "Europe/London", locale: "en-GB" });
  await context.clock.install({ time: new Date("2026-11-28T20:00:00Z") });
  const page = await context.newPage();
  await open(page, app.url, "/progress");
  await page.getByText("Your charts will grow here").waitFor();
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1"));
    s.journey = { path: "inducing_baby_here", birth_date: "2026-10-17" };
    s.plan.goal = "induced_lactation";
    // Typed on the Plan screen weeks ago: the birth date, which keeps the age current, wins.
    s.plan.baby_age_weeks = 2;
    s.plan.step_down = { started_on: "2026-11-16", start_ml: 300, step_ml: 30, hold_days: 2 };
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  });
  const entries = [];
  for (let d = 0; d < 14; d++) {
    const midnight = Date.UTC(2026, 10, 15) + d * 86_400_000;
    for (let w = 0; w < 6; w++) {
      const at = midnight + (8 + w * 2) * 3_600_000;
      entries.push({
        id: `w${d}-${w}`,
        created: at,
        updated: at,
        deleted: false,
        at,
        // Under 6 weeks a step needs 3 or more stools a day too.
        record: { type: "diaper", at, wet: true, dirty: w < 3 },
      });
    }
    // A night feed at 03:00 with a supplement given by supplementer, linked to it.
    const start = midnight + 3 * 3_600_000;
    const feed = `n${d}`;
    entries.push({
      id: feed,
      created: start,
      updated: start,
      deleted: false,
      at: start,
      record: {
        type: "session",
        kind: "nursing",
        start,
        end: start + 1_200_000,
        segments: [],
        left_ml: null,
        right_ml: null,
        notes: "",
      },
    });
    const at = start + 1_200_000;
    entries.push({
      id: `p${d}`,
      created: at,
      updated: at,
      deleted: false,
      at,
      record: {
        type: "supplement",
        at,
        ml: 30,
        milk: "donor",
        method: "at_breast_supplementer",
        after_session: feed,
        notes: d === 13 ? "tube slipped, gave the rest by cup" : "",
      },
    });
  }
  await seedEntries(page, entries);
  await page.reload();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page.emulateMedia({ media: "print" });
  // Each day's planned amount: a stepped line at more than one height, not one flat line.
  const heights = await page.evaluate(() => {
    const ys = [...document.querySelectorAll(".consultant polyline.planned")].flatMap((p) =>
      p
        .getAttribute("points")
        .split(" ")
        .map((xy) => xy.split(",")[1]),
    );
    return [...new Set(ys)];
  });
  assert.ok(heights.length > 1, `planned amounts drawn at ${heights.length} height(s)`);
  await page.emulateMedia({ media: null });
  const { text } = await printed(page, "consultant-step-down", "A4");
  const flat = text.replace(/\s+/g, " ");
  for (const words of [
    "Path: Making milk for the first time. My baby is here. Baby's age on 28 November 2026: 6 weeks.",
    "Sun 15 Nov · First feed at the breast with a supplementer",
    // The share's baseline is what supplements were at the start (30 ml a day from the 15th),
    // not the step-down's 300 ml typed on the Plan: nothing is halved.
    "Measured against 30 ml of supplement a day at the start: the average of the 7 days with supplements logged in the first week (15 November to 21 November).",
    "Began on Mon 16 Nov at 300 ml a day, an amount set on the Plan.",
    // The 13 whole days (the 28th is printed apart, so far): a 03:00 feed and 30 ml each.
    "Night sessions in these days: 13.",
    "Supplement given with a feed (during it, with an at-breast supplementer, or right after): 390 ml of 390 ml.",
    "planned that day (a guide, not a limit)",
    "15 Nov",
    "Notes from the log",
    "Supplement: tube slipped, gave the rest by cup",
  ]) {
    assert.ok(flat.includes(words), `missing "${words}"`);
  }
  assert.ok(!flat.includes("Supplements halved"), "30 ml a day is not half of 30 ml");
  assert.ok(!/ 1 3 5 7 9 11 /.test(flat), "no bare day numbers on the axes");
  assert.ok(flat.split("For advice about").length <= 2, "the advice line once at most");
  await context.close();
});
