// One share from the breast, and a consultant summary a consultant can act on, on the
// walk-through's ten days (2 to 11 November 2026, Europe/London, on GMT all month): supplements by
// cup falling from 360 to 180 ml a day, 8 pumpings a day, 7 wet diapers a day but 5 on the 8th;
// the parent said 360 ml a day at the start (Settings → Your journey); a step-down began on the 8th
// at 210 ml (the 5th to the 7th: 240 + 210 + 180 = 630 / 3), 30 ml after 2 good days. Printed on
// Thursday 12 November at 09:00, with two pumpings, 60 ml and two wet diapers so far.
//
// Every expected value is worked by hand from those numbers, never by a copy of the app's rule:
// 180 ml against 360 ml is 50% from the breast; 210 is 150/360 = 42%; 240 is 120/360 = 33%;
// 330 is 30/360 = 8%; 300 is 60/360 = 17%; 360 itself is "not lower yet".

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  guard,
  launch,
  open,
  PHONE,
  phoneAt,
  SHOTS,
  screenshots,
  seedEntries,
  setTheme,
  startApp,
  teardown,
} from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const MIN = 60_000;
/** `h:m` on `d` November 2026, local time (GMT). */
const at = (d, h, m = 0) => Date.UTC(2026, 10, d, h, m);
const NOW = at(12, 9);
const GIVEN = [360, 330, 300, 240, 210, 180, 210, 210, 210, 180]; // the 2nd to the 11th

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

let seq = 0;
const entry = (when, record) => ({
  id: `share-${++seq}`,
  created: when,
  updated: when,
  deleted: false,
  at: when,
  record,
});
const pump = (start) =>
  entry(start, {
    type: "session",
    kind: "pumping",
    start,
    end: start + 20 * MIN,
    segments: [],
    left_ml: 5,
    right_ml: 5,
    notes: "",
  });
const cup = (when, ml) => entry(when, { type: "supplement", at: when, ml, milk: "formula", method: "cup" });
const wet = (when) => entry(when, { type: "diaper", at: when, wet: true, dirty: false });

function walkThrough() {
  const log = [];
  GIVEN.forEach((ml, i) => {
    const d = 2 + i;
    for (let n = 0; n < 8; n++) log.push(pump(at(d, 6 + 2 * n)));
    log.push(cup(at(d, 13), ml));
    for (let w = 0; w < (d === 8 ? 5 : 7); w++) log.push(wet(at(d, 7 + 2 * w, 30)));
  });
  log.push(pump(at(12, 1)), pump(at(12, 5)), cup(at(12, 8), 60), wet(at(12, 2)), wet(at(12, 6)));
  return log;
}

/** A phone on the walk-through's morning, with its log and settings. */
async function walkThroughPhone() {
  const { context, page } = await phoneAt(browser, CONTEXT, NOW);
  // The page's marks, as the app makes them (the controlled clock keeps no timeline of its own).
  await page.addInitScript(() => {
    window.__marks = [];
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      window.__marks.push(name);
      return mark(name, ...rest);
    };
  });
  await open(page, app.url, "/progress");
  await page.getByText("Your charts will grow here").waitFor();
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1"));
    s.journey = { path: "relactating", birth_date: "2026-09-07", supplement_ml_per_day: 360 };
    s.plan.step_down = { started_on: "2026-11-08", start_ml: 210, step_ml: 30, hold_days: 2 };
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  });
  await seedEntries(page, walkThrough());
  return { context, page };
}

const BASELINE =
  "Measured against 360 ml of supplement a day at the start, the amount given in Settings → Your journey.";
const flat = (s) => s.replace(/\s+/g, " ").trim();

/** A printed PDF as pdftotext reads it (flowing text, and the table rows line by line, as laid
 * out), its page count, and PNG pages to look at. */
function printed(file) {
  const text = flat(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
  const rows = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\n").map(flat);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
  execFileSync("pdftoppm", ["-png", "-r", "60", file, file.replace(/\.pdf$/, "")]);
  return { text, rows, pages };
}

test("the walk-through's ten days read about half from the breast on Progress, the Plan and the summary, the same days in the chart and its table", async () => {
  const { context, page } = await walkThroughPhone();
  const g = guard(page, app.url);
  await page.reload();

  // Progress: the last whole day's share, and what it is measured against.
  const card = page.locator(".card.share");
  await card.waitFor();
  assert.equal(
    flat(await card.locator("p").first().innerText()),
    "11 November · Supplements 180 ml against 360 ml a day at the start: about 50% of the milk may now come from the breast, if your baby drinks as much as then.",
  );
  assert.ok(flat(await card.locator("p.hint").innerText()).startsWith(BASELINE));

  // The chart over the week's finished days (the 5th to the 11th): a point for every day, the
  // same days and numbers as its table.
  const chart = page
    .locator("section.chart")
    .filter({ has: page.getByRole("heading", { name: "From the breast, about (%)" }) });
  await chart.waitFor();
  assert.ok(
    flat(await chart.locator(".chart-summary").innerText()).startsWith(
      `From about 33% to about 50% of the milk from the breast. ${BASELINE}`,
    ),
  );
  const table = await chart
    .locator("table.chart-table tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
  assert.deepEqual(table, [
    ["5", "about 33%"],
    ["6", "about 42%"],
    ["7", "about 50%"],
    ["8", "about 42%"],
    ["9", "about 42%"],
    ["10", "about 42%"],
    ["11", "about 50%"],
  ]);
  assert.equal(await chart.locator("circle.point").count(), 7, "a point for every day of the table");

  // The Plan: each recent day's planned amount beside the same share.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  const history = page.getByRole("table", { name: "Recent days" });
  await history.getByText("about 50%").waitFor();
  const rows = await history
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent.replace(/\s+/g, " ").trim())),
    );
  assert.deepEqual(rows, [
    ["Thursday 12 November", "180 ml", ""],
    ["Wednesday 11 November", "180 ml (stepped down)", "about 50%"],
    ["Tuesday 10 November", "210 ml", "about 42%"],
    ["Monday 9 November", "210 ml (held: fewer than 6 wet diapers logged yesterday)", "about 42%"],
    ["Sunday 8 November", "210 ml", "about 42%"],
  ]);
  assert.equal(flat(await page.locator(".share-baseline").innerText()), BASELINE);

  // The summary on paper, A4 and Letter: the same shares and words, the step-down with its
  // reasons, and today apart, "so far", out of the totals and the average.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page.locator(".consultant .print-shares").waitFor({ state: "attached" });
  for (const format of ["A4", "Letter"]) {
    const file = join(OUT, `share-consultant-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: file, format, printBackground: true });
    const { text, rows, pages } = printed(file);
    assert.ok(pages >= 1 && pages <= 3, `${format}: ${pages} pages`);
    // The table's rows, as laid out: date, sessions, minutes, expressed, by cup, at the breast,
    // other, wet, dirty, night sessions, longest break.
    for (const row of [
      // Today so far: 2 pumpings, 40 minutes, 20 ml expressed, 60 ml by cup, 2 wet diapers, both
      // pumpings at night, 20:20 to 01:00 the longest break.
      "Thu 12 Nov, so far 2 40 20 60 0 0 2 0 2 4 h 40",
      "Average a day 8 160 80 243 0 0 6.8 0 1",
    ]) {
      assert.ok(rows.includes(row), `${format}: no row "${row}"\n${rows.join("\n")}`);
    }
    // Ten whole days: 80 pumpings of 20 minutes, 800 ml, 2430 ml by cup, 9 × 7 + 5 = 68 wet,
    // one pumping a night (06:00, before waking at 07:00), 20:20 to 06:00 the longest break (the
    // row's heading may wrap, so it is read from the flowing text).
    assert.ok(text.includes("Total, 10 whole days 80 1600 800 2430 0 0 68 0 10 9 h 40"), `${format}: totals`);
    for (const words of [
      'Today (Thursday 12 November) is not over: its row says "so far" and it is left out of the totals, the averages and the charts.',
      // The step-down, read from its own history.
      "Supplement step-down",
      "Began on Sun 8 Nov at 210 ml a day: the average of the 3 days before it in the log.",
      "Planned for today, Thu 12 Nov: 180 ml (a guide, not a limit).",
      "Mon 9 Nov: 210 ml, held: fewer than 6 wet diapers logged yesterday",
      "Wed 11 Nov: 180 ml, stepped down",
      // The share from the breast, against 360 ml said at the start.
      BASELINE,
      "Mon 2 Nov 360 not lower yet –",
      "Tue 3 Nov 330 about 8% –",
      "Wed 4 Nov 300 about 17% –",
      "Sat 7 Nov 180 about 50% –",
      "Wed 11 Nov 180 about 50% –",
      "Sat 7 Nov · Supplements halved",
    ]) {
      assert.ok(text.includes(words), `${format}: missing "${words}"\n${text}`);
    }
    assert.ok(!text.includes("Thu 12 Nov 60"), `${format}: today's supplement is no share`);
  }

  // The planned line reads in black and white: black dashes over a white band where it crosses
  // the black bars.
  await page.emulateMedia({ media: "print" });
  const lines = await page.evaluate(() =>
    [...document.querySelectorAll(".consultant polyline.planned")].map((p) => {
      const band = p.previousElementSibling;
      const [line, under] = [getComputedStyle(p), band && getComputedStyle(band)];
      return {
        band: band?.getAttribute("class"),
        same: band?.getAttribute("points") === p.getAttribute("points"),
        colours: [line.stroke, under?.stroke],
        widths: [Number.parseFloat(line.strokeWidth), Number.parseFloat(under?.strokeWidth)],
        dashed: line.strokeDasharray !== "none",
      };
    }),
  );
  assert.ok(lines.length > 0, "the planned amount is drawn");
  for (const l of lines) {
    assert.deepEqual(
      [l.band, l.same, l.colours, l.dashed],
      ["halo", true, ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], true],
    );
    assert.ok(l.widths[1] >= 3 * l.widths[0], `a band wider than the line: ${l.widths}`);
  }
  await page.emulateMedia({ media: null });
  g.assertClean();
  await context.close();
});

test("typing in the notes box updates the printed notes only: the summary is not rebuilt", async () => {
  const { context, page } = await walkThroughPhone();
  await page.reload();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page.locator(".consultant .print-shares").waitFor({ state: "attached" });
  // Each build of the summary's model leaves a mark; every element the summary loses from now
  // on is counted.
  const builds = () =>
    page.evaluate(() => window.__marks.filter((m) => m === "relact:consultant-summary").length);
  const before = await builds();
  assert.ok(before >= 1, `the summary was built (${before} marks)`);
  await page.evaluate(() => {
    const summary = document.querySelector(".consultant");
    window.__summary = summary;
    window.__table = summary.querySelector("table.tallies");
    window.__removed = 0;
    new MutationObserver((list) => {
      for (const m of list) for (const n of m.removedNodes) if (n.nodeType === 1) window.__removed++;
    }).observe(summary.parentElement, { childList: true, subtree: true });
  });
  const box = page.getByLabel("Notes for your consultant (optional, printed, not saved)");
  await box.click();
  const words = "Latch better on the left since Tuesday.";
  await page.keyboard.type(words);
  await page.waitForFunction(
    (w) => document.querySelector(".consultant .print-notes")?.textContent === w,
    words,
  );
  const kept = await page.evaluate(() => ({
    summary: window.__summary.isConnected,
    table: window.__table.isConnected,
    removed: window.__removed,
  }));
  assert.deepEqual(kept, { summary: true, table: true, removed: 0 }, `${words.length} keys typed`);
  assert.equal(await builds(), before, `${words.length} keys typed, no build`);
  // The notes are printed; emptied, their heading goes too.
  await box.fill("");
  await page.locator(".consultant .print-notes").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => window.__table.isConnected), true);
  assert.equal(await builds(), before);
  // A change of what the summary shows builds it again: 7 days instead of 14.
  await page.getByLabel("Days in the printed summary").selectOption("7");
  await page.waitForFunction(
    (n) => window.__marks.filter((m) => m === "relact:consultant-summary").length > n,
    before,
  );
  await page.getByText("6 November 2026 to 12 November 2026").waitFor({ state: "attached" });
  await context.close();
});

test("the fridge plan dates its planned supplement, and its day sheet, a page of its own, has room for 12 sessions and 4 supplements", async () => {
  const { context, page } = await walkThroughPhone();
  await open(page, app.url, "/plan");
  await page.getByText("Planned supplement today: 180 ml — a guide, not a limit.").waitFor();
  // Eight planned sessions, then eight spare rows.
  const rows = page.locator("table.day-sheet tbody tr");
  assert.equal(await rows.count(), 16);
  assert.equal(await page.locator("table.day-sheet tbody tr.spare").count(), 8);
  for (const format of ["A4", "Letter"]) {
    const file = join(OUT, `share-plan-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: file, format, printBackground: true });
    const { text, pages } = printed(file);
    assert.equal(pages, 2, `${format}: the fridge page, then the day sheet`);
    const pageText = (n) =>
      flat(execFileSync("pdftotext", ["-f", n, "-l", n, file, "-"], { encoding: "utf8" }));
    const [fridge, sheet] = [pageText("1"), pageText("2")];
    for (const words of [
      "Planned supplement for Thursday 12 November (a guide, not a limit): 180 ml",
      "Call your baby's doctor today if",
      "Remember",
    ]) {
      assert.ok(fridge.includes(words), `${format}, page 1: missing "${words}"\n${fridge}`);
    }
    for (const words of [
      "Day log sheet (24 hours, night included)",
      "The rows after the planned times are spare: for extra feeds and for supplements given by cup, spoon or bottle.",
      "07:00 09:40",
    ]) {
      assert.ok(sheet.includes(words), `${format}, page 2: missing "${words}"\n${sheet}`);
    }
    assert.ok(!text.includes("Planned supplement today"), `${format}: the amount says its day`);
  }
  await context.close();
});

test("Progress's share and the Plan's step-down at 320×568, 390×844 and 844×390, light and night", async () => {
  const { context, page } = await walkThroughPhone();
  for (const [width, height] of [
    [320, 568],
    [390, 844],
    [844, 390],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshots(page, app.url, "/progress", `share-progress-${width}x${height}`);
    await screenshots(page, app.url, "/plan", `share-plan-${width}x${height}`);
    for (const theme of ["light", "night"]) {
      await setTheme(page, theme);
      // The share card and chart, and the Plan's recent days, scrolled into view.
      await open(page, app.url, "/progress");
      const chart = page.locator("section.chart").filter({ hasText: "From the breast, about (%)" });
      await chart.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `share-chart-${width}x${height}-${theme}.png`) });
      await page.locator(".card.share").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `share-card-${width}x${height}-${theme}.png`) });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `Progress ${width}px (${theme}): ${wide} px wide`);
      await open(page, app.url, "/plan");
      const history = page.getByRole("table", { name: "Recent days" });
      await history.getByText("about 50%").waitFor();
      await history.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `share-plan-days-${width}x${height}-${theme}.png`) });
      const planWide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(planWide <= width, `Plan ${width}px (${theme}): ${planWide} px wide`);
    }
  }
  await context.close();
});
