// How much comes from the breast: a feed with an at-breast supplementer saved in three taps, test
// weighing saved (and refused when the weight after is smaller), and the milestone timeline on
// Progress. Time is Playwright's controlled clock.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  guard,
  launch,
  open,
  PHONE,
  screenshots,
  seedEntries,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const START = new Date("2026-11-28T10:00:00+00:00");
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

async function freshPage() {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: START });
  const page = await context.newPage();
  return { context, page };
}

test("nursing with a supplementer: Start, Stop, Save (3 taps) saves a nursing session and the linked supplement", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/timer");
  // The taps the parent makes, each a real click on a control found by its name.
  const taps = [
    page.getByRole("button", { name: "Nurse with supplementer" }),
    page.getByRole("button", { name: "Stop" }),
    page.getByRole("button", { name: "Save", exact: true }),
  ];
  await taps[0].click();
  await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await page.clock.fastForward(15 * 60_000);
  await taps[1].click();
  // The supplement is asked at once, through the supplementer.
  assert.equal(await page.getByRole("checkbox", { name: /supplement/i }).isChecked(), true);
  assert.equal(await page.getByRole("radio", { name: /supplementer/i }).isChecked(), true);
  await taps[2].click();
  await page.getByText("Session saved.").waitFor();
  const records = (await storedRecords(page)).map((r) => JSON.parse(r.data));
  const session = records.find((r) => r.record.type === "session");
  const sup = records.find((r) => r.record.type === "supplement");
  assert.equal(session.record.kind, "nursing");
  assert.equal(sup.record.method, "at_breast_supplementer");
  assert.equal(sup.record.after_session, session.id);
  assert.equal(taps.length, 3);

  // Back on Today, its one Start button begins what was logged last: 3 taps from the home screen.
  await page.clock.fastForward(2 * 3_600_000);
  await open(page, app.url, "/");
  const fromToday = [
    page.getByRole("button", { name: "Start nursing with supplementer" }),
    page.getByRole("button", { name: "Stop" }),
    page.getByRole("button", { name: "Save", exact: true }),
  ];
  await fromToday[0].click();
  await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await page.clock.fastForward(15 * 60_000);
  await fromToday[1].click();
  await fromToday[2].click();
  await page.getByText("Session saved.").waitFor();
  const after = (await storedRecords(page)).map((r) => JSON.parse(r.data));
  const feeds = after.filter((r) => r.record.type === "session");
  const given = after.filter((r) => r.record.type === "supplement");
  assert.equal(feeds.length, 2);
  assert.deepEqual(given.map((r) => r.record.after_session).sort(), feeds.map((r) => r.id).sort());
  // A pumping session logged after it makes Start pump again.
  await page.getByRole("link", { name: "Timer" }).first().click();
  await page.getByRole("button", { name: "Pump", exact: true }).click();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Start pumping" }).waitFor();
  g.assertClean();
  await context.close();
});

test("test weighing: saved with the feed, and an after smaller than before is refused", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  await page.clock.fastForward(10 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("checkbox", { name: "Weighed before and after" }).check();
  await page.getByText(/accurate to 2 g/).waitFor();
  await page.getByLabel("Baby's weight before (g)").fill("4300");
  await page.getByLabel("Baby's weight after (g)").fill("4250");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText(/less than before it/).waitFor();
  assert.equal((await storedRecords(page)).length, 0, "nothing saved");
  await page.getByLabel("Baby's weight after (g)").fill("4360");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  const [s] = (await storedRecords(page)).map((r) => JSON.parse(r.data));
  assert.deepEqual(s.record.test_weight, { before_g: 4300, after_g: 4360 });
  // Progress says what was weighed at the breast once the day is over (not before).
  await open(page, app.url, "/progress");
  await page.getByRole("heading", { name: "Your milestones" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "From the breast" }).count(), 0);
  await page.clock.fastForward("24:00:00");
  await open(page, app.url, "/progress");
  await page
    .locator(".card.share")
    .getByText("Test weighing: 60 ml at the breast over 1 weighed feed, and no supplement logged.")
    .waitFor();
  g.assertClean();
  await context.close();
});

test("milestones: a timeline on Progress, celebrated once, and one ticked by hand", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/progress");
  await page.getByText(/Milestones appear here as you reach them/).waitFor();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "More" }).first().click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/progress");
  // Said once, at the top of the milestones card (and to screen readers through the message line).
  await page
    .locator(".card.milestones")
    .getByText("Milestone: your first drops. Every drop counts.")
    .waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: "Milestone: your first drops. Every drop counts." })
    .first()
    .waitFor({ state: "attached" });
  const timeline = page.locator("ol.journey-line");
  await timeline.getByText(/First drops/).waitFor();
  // Marked by hand: the parent's own words.
  await page.getByText("Mark a milestone").click();
  await page.getByRole("combobox", { name: /^Milestone/ }).selectOption({ label: "Your own milestone" });
  await page.getByLabel("Your own words").fill("Baby stayed latched");
  await page.getByRole("button", { name: "Add" }).click();
  await timeline.getByText(/Baby stayed latched/).waitFor();
  // Celebrated once only: a reload does not say it again.
  await page.reload();
  await timeline.getByText(/First drops/).waitFor();
  assert.equal(await page.getByText("Milestone: your first drops. Every drop counts.").count(), 0);
  await screenshots(page, app.url, "/progress", "breast-progress");
  g.assertClean();
  await context.close();
});

test("from the home-screen shortcut: Nurse with supplementer, Stop, Save", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  // Tap 1 is the phone's home-screen shortcut, which opens this address.
  await open(page, app.url, "/timer?start=supplementer");
  await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await page.clock.fastForward(12 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  const records = (await storedRecords(page)).map((r) => JSON.parse(r.data));
  const sup = records.find((r) => r.record.type === "supplement");
  assert.equal(sup.record.method, "at_breast_supplementer");
  assert.equal(sup.record.after_session, records.find((r) => r.record.type === "session").id);
  g.assertClean();
  await context.close();
});

test("the share from the breast beside the step-down's planned amount and on Progress", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1"));
    s.plan.step_down = { started_on: "2026-11-25", start_ml: 200, step_ml: 30, hold_days: 2 };
    // The share is read against what the parent said supplements were at the start.
    s.journey = { ...s.journey, supplement_ml_per_day: 200 };
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  });
  const entries = [];
  const add = (id, at, record) => entries.push({ id, created: at, updated: at, deleted: false, at, record });
  for (let d = 25; d <= 27; d++) {
    const day = Date.UTC(2026, 10, d);
    const start = day + 9 * 3_600_000;
    add(`n${d}`, start, { type: "session", kind: "nursing", start, end: start + 20 * 60_000 });
    add(`s${d}`, start + 30 * 60_000, {
      type: "supplement",
      at: start + 30 * 60_000,
      ml: 150,
      milk: "donor",
      method: "cup",
    });
    for (let w = 0; w < 6; w++) {
      const at = day + (8 + w * 2) * 3_600_000;
      add(`w${d}-${w}`, at, { type: "diaper", at, wet: true, dirty: false });
    }
  }
  await seedEntries(page, entries);
  await open(page, app.url, "/plan");
  const history = page.locator("table.step-history");
  await history.getByRole("columnheader", { name: "From the breast" }).waitFor();
  await history.getByText("about 25%").first().waitFor();
  await screenshots(page, app.url, "/plan", "breast-plan");
  await open(page, app.url, "/progress");
  await page
    .locator(".card.share")
    .getByText(/Supplements 150 ml against 200 ml a day at the start: about 25%/)
    .waitFor();
  // The printed summary carries the same shares, one row per finished day.
  assert.deepEqual(
    await page
      .locator("table.print-shares tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.cells[2].textContent)),
    ["about 25%", "about 25%", "about 25%"],
  );
  // And the chart: one point a day with a share, the same 25% in its table.
  const chart = page
    .locator("section.chart")
    .filter({ has: page.getByRole("heading", { name: "From the breast, about (%)" }) });
  await chart.getByText("From about 25% to about 25% of the milk from the breast").waitFor();
  await chart.getByRole("button", { name: /From the breast, about/ }).click();
  const cells = await chart.locator("table tbody td").allInnerTexts();
  assert.deepEqual(cells, ["about 25%", "about 25%", "about 25%"]);
  assert.equal(await chart.locator("circle.point").count(), 3);
  await screenshots(page, app.url, "/progress", "breast-share");
  g.assertClean();
  await context.close();
});
