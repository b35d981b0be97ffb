// A supplement from Today in one tap, and ounces that are ounces (issue #24, items 1 and 2).
// Taps are counted from the page's own click events, not by the test. Times are checked against a
// clock fixed at 09:22 (London is on GMT in November, so local times are UTC times); amounts
// against numbers worked by hand (1.5 oz + 0.25 oz = 1.75 oz; 2.25 oz is 66.54 ml).

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  csvRows,
  guard,
  launch,
  nav,
  open,
  PHONE,
  SHOTS,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
const MIN = 60_000;
/** Saturday 28 November 2026, 09:22 in London. */
const NOW = Date.parse("2026-11-28T09:22:00Z");
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

let seq = 0;
const entry = (at, record) => ({ id: `ts-${++seq}`, created: at, updated: at, deleted: false, at, record });
const feed = (start, minutes = 15) =>
  entry(start, {
    type: "session",
    kind: "nursing",
    start,
    end: start + minutes * MIN,
    segments: [],
    notes: "",
  });
const given = (at, ml, milk, method) => entry(at, { type: "supplement", at, ml, milk, method, notes: "" });

/** A phone at 09:22 (or `now`) whose clicks the page itself counts (`window.__taps`, trusted
 *  clicks only). */
async function phone(viewport = PHONE.viewport, settings = null, now = NOW) {
  const context = await browser.newContext({ ...CONTEXT, viewport });
  await context.clock.install({ time: now });
  await context.clock.setFixedTime(now);
  await context.addInitScript(() => {
    window.__taps = 0;
    addEventListener("click", (e) => e.isTrusted && window.__taps++, true);
  });
  const page = await context.newPage();
  await open(page, app.url, "/");
  if (settings)
    await page.evaluate((s) => {
      const old = JSON.parse(localStorage.getItem("relact.settings.v1") ?? "{}");
      localStorage.setItem("relact.settings.v1", JSON.stringify({ ...old, ...s }));
    }, settings);
  return { context, page };
}

const live = async (page) =>
  (await storedRecords(page)).filter((r) => !r.deleted).map((r) => JSON.parse(r.data));
/** The diaper card's supplement row: the supplement given in the last 24 hours. */
const supplementRow = (page) => page.locator(".supplement-row .count");
/** A tile's figure, found by its whole label ("since 07:00" is not "since 07:00 yesterday"). */
const tile = (page, name) =>
  page
    .locator("dl.stats > div")
    .filter({ has: page.locator("dt").getByText(name, { exact: true }) })
    .locator("dd");

test("at 3 a.m. the tiles count from yesterday's waking and say so; at 09:22 from this morning's", async () => {
  // Worked by hand: the plan day begins at 07:00. At 03:00 on the 28th it began at 07:00 on the
  // 27th, so yesterday's 15:00 cup (45 ml) and the 02:00 pump (30 ml) both count; at 09:22 neither.
  const seeds = () => [
    given(Date.parse("2026-11-27T15:00:00Z"), 45, "formula", "cup"),
    entry(Date.parse("2026-11-28T02:00:00Z"), {
      type: "session",
      kind: "pumping",
      start: Date.parse("2026-11-28T02:00:00Z"),
      end: Date.parse("2026-11-28T02:20:00Z"),
      segments: [],
      left_ml: 30,
      notes: "",
    }),
  ];
  for (const [now, since, expressed, supplement] of [
    [Date.parse("2026-11-28T03:00:00Z"), "07:00 yesterday", "30 ml", "45 ml"],
    [NOW, "07:00", "0 ml", "0 ml"],
  ]) {
    const { context, page } = await phone(PHONE.viewport, null, now);
    const g = guard(page, app.url);
    await seedEntries(page, seeds());
    await open(page, app.url, "/");
    await tile(page, `Milk expressed since ${since}`).filter({ hasText: expressed }).waitFor();
    await tile(page, `Supplement since ${since}`).filter({ hasText: supplement }).waitFor();
    assert.equal(await page.locator("dl.stats dt").filter({ hasText: /today/i }).count(), 0);
    g.assertClean();
    await context.close();
  }
});

test("a repeat supplement from Today is 2 taps: given now, as last time, with the feed, counted at once, with Undo", async () => {
  const { context, page } = await phone();
  const g = guard(page, app.url);
  const nursing = feed(Date.parse("2026-11-28T09:00:00Z"));
  await seedEntries(page, [given(Date.parse("2026-11-27T15:00:00Z"), 45, "formula", "cup"), nursing]);
  await open(page, app.url, "/");
  // Yesterday's 15:00 cup is before today's 07:00 waking but within the 24 hours the diaper card
  // counts, beside its diapers: the tile, which says it counts from 07:00, reads 0 ml, the card's
  // row 45 ml.
  await tile(page, "Supplement since 07:00").filter({ hasText: "0 ml" }).waitFor();
  await supplementRow(page)
    .filter({ hasText: /^45 ml$/ })
    .waitFor();
  await page.evaluate(() => {
    window.__taps = 0;
  });

  await page.getByRole("button", { name: "Add a supplement" }).click();
  const sheet = page.getByRole("dialog", { name: "Supplement given" });
  await sheet.waitFor();
  // Prefilled from the last one: 45 ml of formula by cup, now, with the 09:00 nursing.
  assert.equal(await sheet.getByLabel("Amount").inputValue(), "45");
  assert.ok(await sheet.getByRole("radio", { name: "Formula" }).isChecked());
  assert.ok(await sheet.getByRole("radio", { name: "Cup" }).isChecked());
  assert.equal(await sheet.getByRole("button", { name: "Now" }).getAttribute("aria-pressed"), "true");
  await sheet.getByText("Saved with the nursing at 09:00.").waitFor();
  await sheet.getByText("A cup or an at-breast supplementer is often suggested").waitFor();
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Supplement saved.").waitFor();

  assert.equal(await page.evaluate(() => window.__taps), 2, "open and Save: two taps the page received");
  const sup = (await live(page)).find((e) => e.record.type === "supplement" && e.at > NOW - MIN);
  assert.deepEqual(
    [sup.record.at, sup.record.ml, sup.record.milk, sup.record.method, sup.record.after_session],
    [NOW, 45, "formula", "cup", nursing.id],
    "09:22 (not 08:52), as last time, with the feed it followed",
  );
  await tile(page, "Supplement since 07:00").filter({ hasText: "45 ml" }).waitFor();
  await supplementRow(page)
    .filter({ hasText: /^90 ml$/ })
    .waitFor();

  await page.getByRole("button", { name: "Undo" }).click();
  await tile(page, "Supplement since 07:00").filter({ hasText: "0 ml" }).waitFor();
  await supplementRow(page)
    .filter({ hasText: /^45 ml$/ })
    .waitFor();
  assert.equal(
    (await live(page)).filter((e) => e.record.type === "supplement").length,
    1,
    "only yesterday's",
  );
  g.assertClean();
  await context.close();
});

test("an earlier supplement: 30 min ago is saved then, a time still to come is refused with a reason", async () => {
  const { context, page } = await phone();
  const g = guard(page, app.url);
  const nursing = feed(Date.parse("2026-11-28T09:00:00Z"));
  await seedEntries(page, [nursing]);
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Add a supplement" }).click();
  const sheet = page.getByRole("dialog", { name: "Supplement given" });
  // First time: the guidance's 30 ml by cup.
  assert.equal(await sheet.getByLabel("Amount").inputValue(), "30");
  await sheet.getByLabel("Or at this time today").fill("09:40");
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await sheet.getByText("That time is in the future. Please check the clock.").waitFor();
  await sheet.getByRole("button", { name: "30 min ago" }).click();
  assert.equal(
    await sheet.getByLabel("Or at this time today").inputValue(),
    "",
    "the chip clears the typed time",
  );
  // 08:52 is before the 09:00 feed began: it goes with no feed.
  assert.equal(await sheet.locator(".supplement-sheet-feed").innerText(), "");
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Supplement saved.").waitFor();
  const sups = (await live(page)).filter((e) => e.record.type === "supplement");
  assert.equal(sups.length, 1, "the refused one was not saved");
  assert.deepEqual([sups[0].record.at, sups[0].record.after_session ?? null], [NOW - 30 * MIN, null]);
  g.assertClean();
  await context.close();
});

test("an entry added from paper starts at now and a future time is refused with a reason", async () => {
  const { context, page } = await phone();
  const g = guard(page, app.url);
  await open(page, app.url, "/log");
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  // A session ends now; a supplement is given now.
  assert.equal(await page.getByLabel("Started").inputValue(), "2026-11-28T09:02");
  await page.getByLabel("What happened").selectOption("supplement");
  assert.equal(await page.getByLabel("Time").inputValue(), "2026-11-28T09:22");
  await page.getByLabel("Amount (ml)").fill("40");
  await page.getByLabel("Time").fill("2026-11-28T10:15");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("That time is in the future. Please check the clock.").waitFor();
  assert.equal((await live(page)).length, 0, "nothing saved");
  await page.getByLabel("Time").fill("2026-11-28T09:22");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Entry saved.").waitFor();
  assert.equal((await live(page))[0].record.at, NOW);
  g.assertClean();
  await context.close();
});

test("ounces: ¼ oz steps, 2.25 oz stored and read back, rows and the CSV add up as shown", async () => {
  const { context, page } = await phone(PHONE.viewport, { volume: "oz" });
  const g = guard(page, app.url);
  // The timer's save panel: + from 0 goes 0.25, 0.5, 0.75, 1; − back to 0.75.
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump", exact: true }).click();
  await page.getByRole("button", { name: "Stop" }).click();
  const left = page.getByLabel("Milk from left", { exact: true });
  const more = page.getByRole("button", { name: "More Milk from left" });
  const seen = [];
  for (let i = 0; i < 4; i++) {
    await more.click();
    seen.push(await left.inputValue());
  }
  await page.getByRole("button", { name: "Less Milk from left" }).click();
  seen.push(await left.inputValue());
  assert.deepEqual(seen, ["0.25", "0.5", "0.75", "1", "0.75"]);
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("button", { name: "Yes, discard" }).click();

  // From paper: 1.5 oz and 0.25 oz, then a supplement of 2.25 oz.
  await nav(page, "Log");
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  await page.getByLabel("Milk from left (oz)").fill("1.5");
  await page.getByLabel("Milk from right (oz)").fill("0.25");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Pumping · 20 min · 1.75 oz (L 1.5 oz, R 0.25 oz)").waitFor();
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  await page.getByLabel("What happened").selectOption("supplement");
  await page.getByLabel("Amount (oz)").fill("2.25");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Supplement · 2.25 oz").waitFor();
  await page.getByText("1 session · 20 min · 1.75 oz expressed · 2.25 oz supplement").waitFor();
  const log = await live(page);
  const pumped = log.find((e) => e.record.type === "session").record;
  assert.deepEqual([pumped.left_ml, pumped.right_ml], [44.36, 7.39], "hundredths of a millilitre");
  assert.equal(log.find((e) => e.record.type === "supplement").record.ml, 66.54);
  // Read back after a reload, and in the edit form, exactly as typed.
  await open(page, app.url, "/log");
  await page.getByRole("button", { name: /^Edit Supplement · 2.25 oz/ }).click();
  assert.equal(await page.getByLabel("Amount (oz)").inputValue(), "2.25");
  await page.getByRole("button", { name: "Cancel" }).click();

  await open(page, app.url, "/settings");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).click(),
  ]);
  const [header, ...rows] = await csvRows(csv);
  const col = (name) => header.indexOf(name);
  const session = rows.find((r) => r[0] === "session");
  assert.deepEqual(
    [session[col("left_oz")], session[col("right_oz")], session[col("total_oz")]],
    ["1.5", "0.25", "1.75"],
  );
  assert.equal(rows.find((r) => r[0] === "supplement")[col("supplement_oz")], "2.25");
  g.assertClean();
  await context.close();
});

test("+ Supplement sits beside the diapers without moving Start or +1 Wet; its Save is in reach; screenshots", async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [320, 568],
    [390, 844],
    [844, 390],
  ]) {
    const { context, page } = await phone({ width: w, height: h });
    await seedEntries(page, [
      given(Date.parse("2026-11-28T08:00:00Z"), 60, "donor", "at_breast_supplementer"),
    ]);
    for (const theme of ["light", "night"]) {
      await setTheme(page, theme);
      await open(page, app.url, "/");
      const start = page.getByRole("button", { name: /^Start / });
      const wet = page.getByRole("button", { name: "Add a wet diaper" });
      await wet.waitFor();
      // Where they are on the page (closing the sheet may scroll its button into view).
      const onPage = async (l) => {
        const b = await l.boundingBox();
        return { ...b, y: b.y + (await page.evaluate(() => scrollY)) };
      };
      const before = [await start.boundingBox(), await wet.boundingBox()];
      for (const box of before)
        assert.ok(box.y >= 0 && box.y + box.height <= h, `${w}x${h}: on screen ${JSON.stringify(box)}`);
      await page.screenshot({ path: join(SHOTS, `today-supplement-${w}x${h}-${theme}.png`) });
      await page.getByRole("button", { name: "Add a supplement" }).click();
      const sheet = page.getByRole("dialog", { name: "Supplement given" });
      const save = sheet.getByRole("button", { name: "Save", exact: true });
      await save.waitFor();
      const box = await save.boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= h, `${w}x${h}: Save in reach ${JSON.stringify(box)}`);
      await page.screenshot({ path: join(SHOTS, `supplement-sheet-${w}x${h}-${theme}.png`) });
      await sheet.getByRole("button", { name: "Cancel" }).click();
      await sheet.waitFor({ state: "detached" });
      assert.deepEqual([await onPage(start), await onPage(wet)], before, "nothing moved");
    }
    await context.close();
  }
});

test("landscape 844×390: the save panel's volume buttons sit above its Save bar", async () => {
  for (const theme of ["light", "night"]) {
    const { context, page } = await phone({ width: 844, height: 390 });
    await setTheme(page, theme);
    await open(page, app.url, "/timer");
    await page.getByRole("button", { name: "Pump", exact: true }).click();
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("heading", { level: 1, name: "Save this session" }).waitFor();
    await page.screenshot({ path: join(SHOTS, `save-panel-844x390-${theme}.png`) });
    const bar = await page.locator(".sticky-actions").boundingBox();
    for (const name of [
      "Less Milk from left",
      "More Milk from left",
      "Less Milk from right",
      "More Milk from right",
    ]) {
      const box = await page.getByRole("button", { name }).boundingBox();
      assert.ok(
        box.y >= 0 && box.y + box.height <= bar.y + 0.5,
        `${name} ${JSON.stringify(box)} behind the bar at ${bar.y}`,
      );
    }
    await context.close();
  }
});

test("the reminder banner floats: Start does not move as it appears, and the page's layout shift is 0", async () => {
  const context = await browser.newContext({ ...CONTEXT, viewport: { width: 320, height: 568 } });
  await context.clock.install({ time: Date.parse("2026-11-28T12:18:00Z") });
  await context.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await seedEntries(page, [feed(Date.parse("2026-11-28T09:40:00Z"))]);
  await open(page, app.url, "/");
  const start = page.getByRole("button", { name: /^Start / });
  await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
  const before = await start.boundingBox();
  const shiftBefore = await page.evaluate(() => window.shift);
  await page.clock.fastForward("02:30");
  await page.getByRole("alert").getByText("Time for your 12:20 session.").waitFor();
  assert.deepEqual(await start.boundingBox(), before, "Start stays where the thumb is");
  assert.equal(
    await page.evaluate(() => window.shift),
    shiftBefore,
    "no layout shift as the reminder appears",
  );
  // Floating over the foot of the screen, it leaves +1 Wet uncovered.
  const banner = await page.getByRole("alert").boundingBox();
  const wet = await page.getByRole("button", { name: "Add a wet diaper" }).boundingBox();
  assert.ok(
    banner.y >= wet.y + wet.height,
    `the reminder ${JSON.stringify(banner)} covers +1 Wet ${JSON.stringify(wet)}`,
  );
  await page.screenshot({ path: join(SHOTS, "reminder-320x568.png") });
  g.assertClean();
  await context.close();
});
