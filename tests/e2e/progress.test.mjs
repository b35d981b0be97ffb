// Progress with a generated 60-day history: each chart draws one bar per whole day for the range
// shown (today, unfinished, is said apart), the summary sentence matches the data, and the table
// alternative lists the same numbers.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { guard, launch, open, PHONE, screenshots, seedEntries, startApp, teardown } from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const NOW = new Date("2026-11-28T20:00:00Z").getTime();
const DAY = 86_400_000;
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** Day d (0 = 59 days ago): 8 pumping sessions of 20 min; milk grows by 2 ml a day per session. */
function history() {
  const out = [];
  for (let d = 0; d < 60; d++) {
    const midnight = Date.UTC(2026, 8, 30) + d * DAY; // 30 Sept .. 28 Nov (London is UTC+0/+1)
    for (let s = 0; s < 8; s++) {
      const start = midnight + (7 + s * 2) * 3_600_000;
      const ml = d;
      const record = {
        type: "session",
        kind: "pumping",
        start,
        end: start + 20 * 60_000,
        segments: [],
        left_ml: ml,
        right_ml: ml,
        notes: "",
      };
      out.push({ id: `s-${d}-${s}`, created: start, updated: start, deleted: false, at: start, record });
    }
    for (let w = 0; w < 6; w++) {
      const at = midnight + (8 + w * 2) * 3_600_000 + 600_000;
      out.push({
        id: `w-${d}-${w}`,
        created: at,
        updated: at,
        deleted: false,
        at,
        record: { type: "diaper", at, wet: true, dirty: w === 0 },
      });
    }
  }
  return out;
}

test("charts follow the range, summaries match the data, tables list the same numbers", async () => {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.clock.install({ time: new Date(NOW) });
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/progress");
  await page.getByText("Your charts will grow here").waitFor();
  await seedEntries(page, history());
  await page.reload();
  const chart = (title) =>
    page.locator("section.chart", { has: page.getByRole("heading", { name: title, exact: true }) });
  await chart("Sessions per day").waitFor();
  for (const [range, bars] of [
    ["7 days", 7],
    ["30 days", 30],
    ["All", 59],
    ["7 days", 7],
  ]) {
    await page.getByRole("button", { name: range, exact: true }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll("section.chart")[0]?.querySelectorAll("rect.bar").length === n,
      bars,
      { polling: 50 },
    );
    assert.equal(await chart("Milk expressed per day").locator("rect.bar.layer-0").count(), bars);
    assert.equal(await chart("Wet and dirty diapers per day").locator("rect.bar.layer-1").count(), bars);
  }
  // The 7 whole days before today: days 52..58, 16*d ml a day; first three average 16*53, last
  // three 16*57. Today (day 59, 8 sessions by 20:00) is said apart.
  await chart("Milk expressed per day")
    .getByText("Milk expressed per day is up from 848 ml to 912 ml a day over the last 7 days. Keep going.")
    .waitFor();
  await chart("Milk expressed per day").getByText("Today so far, since midnight: 944 ml.").waitFor();
  await chart("Sessions per day").getByText("Sessions per day has stayed at about 8 a day").waitFor();
  await page.getByRole("img", { name: /Milk expressed per day is up/ }).waitFor();

  const table = chart("Milk expressed per day").locator("table");
  assert.equal(await table.isVisible(), false);
  await chart("Milk expressed per day").getByRole("button", { name: "Show as a table" }).click();
  assert.equal(await table.isVisible(), true);
  const rows = await table.locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 7);
  assert.match(rows[6].replace(/\s+/g, " "), /^27 464 464$/);
  // Milestones are firsts over the whole log, whatever range the charts show.
  await page.locator("ol.journey-line").getByText("1 October · First drops (from your log)").waitFor();
  g.assertClean();
  await screenshots(page, app.url, "/progress", "progress");
  await ctx.close();
});
