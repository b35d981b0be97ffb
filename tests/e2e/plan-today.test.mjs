// The plan and the Today screen: a plan set up on the Plan screen regenerates the schedule at once,
// Today shows done / due / upcoming / missed as time passes (controlled clock), diapers are one
// tap, and the plan exports as a calendar file.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import {
  appearances,
  guard,
  launch,
  open,
  PHONE,
  phoneAt,
  screenshots,
  startApp,
  teardown,
} from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const at = (time) => phoneAt(browser, CONTEXT, time);

const slotTimes = (page) => page.locator(".screen.plan .schedule .slot-time").allInnerTexts();

test("the plan regenerates the schedule at once and keeps it after reload", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  assert.deepEqual(await slotTimes(page), [
    "07:00",
    "09:40",
    "12:20",
    "15:00",
    "17:40",
    "20:20",
    "23:00",
    "03:00",
  ]);
  await page.locator(".screen.plan").getByText("Longest break between sessions: 4 h 0 min").waitFor();
  await page.getByLabel("Sessions per 24 hours").selectOption("10");
  assert.equal((await slotTimes(page)).length, 10);
  await page.getByLabel("I usually wake at").fill("06:00");
  await page.getByLabel("I usually wake at").blur();
  assert.equal((await slotTimes(page))[0], "06:00");
  await page.getByLabel("Sessions while I sleep").selectOption("2");
  assert.equal(await page.locator(".screen.plan .schedule .night").count(), 2);
  await page.getByLabel("Sessions while I sleep").selectOption("0");
  await page.locator(".screen.plan").getByText("Longest break between sessions: 7 h 0 min").waitFor();
  await page.getByLabel("Sessions while I sleep").selectOption("1");
  await page.reload();
  await page.locator(".screen.plan .schedule li").first().waitFor();
  assert.equal((await slotTimes(page)).length, 10);
  assert.equal((await slotTimes(page))[0], "06:00");
  g.assertClean();
  await context.close();
});

test("the step-down says to agree the pace with a professional and shows today's target on Today", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  await open(page, app.url, "/plan");
  await page.getByLabel("Plan a slow step-down of supplements").check();
  await page.getByText("Please agree the pace of any step-down with your lactation consultant").waitFor();
  await page.getByLabel("Supplement per day now (ml)").fill("240");
  await page.getByLabel("Supplement per day now (ml)").blur();
  await page.getByText("Planned supplement today: 240 ml — a guide, not a limit.").waitFor();
  await page.getByRole("table", { name: "Recent days" }).getByText("Saturday 28 November").waitFor();
  await open(page, app.url, "/");
  await page.getByText("Planned supplement today: 240 ml — a guide, not a limit.").waitFor();
  await context.close();
});

test("Today: done, due, upcoming and missed follow the clock and the log; diapers in one tap", async () => {
  const { context, page } = await at("2026-11-28T07:05:00Z");
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByText("Aim for 8 or more sessions in 24 hours").waitFor();
  await page.getByRole("heading", { name: "A session is due now" }).waitFor();
  // Start the due session from Today, 20 minutes, save.
  await page.getByRole("button", { name: "Start pumping" }).click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByLabel("Milk from left").fill("10");
  await page.getByLabel("Milk from left").blur();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  const status = (i) => page.locator(".timeline .slot .status").nth(i).innerText();
  await page.locator(".timeline .slot").first().waitFor();
  assert.equal(await status(0), "Done");
  assert.equal(await status(1), "Coming up");
  await page.getByRole("heading", { name: "Next session" }).waitFor();
  await page.getByText("09:40, in 2 h 15 min").waitFor();
  await page.getByText("1 of 8").waitFor();
  await page.locator(".stats").getByText("10 ml", { exact: true }).waitFor();

  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByRole("button", { name: "Add a dirty diaper" }).click();
  await page.getByText("Diaper saved.").waitFor();
  // Each tap is saved and counted on its own: wait for both counts, then read them.
  await page.locator(".diapers .count").first().filter({ hasText: /^2$/ }).waitFor();
  await page.locator(".diapers .count").nth(1).filter({ hasText: /^1$/ }).waitFor();
  assert.deepEqual(await page.locator(".diapers .diaper-row:not(.supplement-row) .count").allInnerTexts(), [
    "2",
    "1",
  ]);

  // Four hours later, 09:40 has passed unlogged (its window is 90 minutes) and 12:20 is ahead.
  await page.clock.fastForward(4 * 60 * 60_000);
  await page.reload();
  await page.locator(".timeline .slot").first().waitFor();
  assert.equal(await status(1), "Missed");
  assert.equal(await status(2), "Coming up");
  g.assertClean();
  await screenshots(page, app.url, "/", "today-day");
  await context.close();
});

test("the plan exports as a calendar file with one repeating event per session", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  await open(page, app.url, "/plan");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add to my calendar (.ics)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "relact-plan.ics");
  const ics = readFileSync(await download.path(), "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.equal((ics.match(/RRULE:FREQ=DAILY/g) || []).length, 8);
  assert.match(ics, /DTSTART:20261128T030000/);
  await page.getByText("Calendar file saved").waitFor();
  await screenshots(page, app.url, "/plan", "plan");
  await context.close();
});

test("a reminder appears at its planned time and not before, once across a reload, and not for a slot already done", async () => {
  const { context, page } = await at("2026-11-28T09:35:00Z");
  // Every appearance of each banner over the whole test, with the page clock's time.
  const said0940 = await appearances(page, "Time for your 09:40 session.");
  const said1220 = await appearances(page, "Time for your 12:20 session.");
  await open(page, app.url, "/log");
  await page.clock.fastForward(6 * 60_000);
  await page.getByRole("alert").getByText("Time for your 09:40 session.").waitFor();
  assert.equal(said0940.length, 1);
  assert.ok(
    said0940[0] >= Date.parse("2026-11-28T09:40:00Z"),
    `shown at ${new Date(said0940[0]).toISOString()}`,
  );
  await page.getByRole("button", { name: "Not now" }).click();
  await page.reload();
  await page.locator("nav.bottom a").first().waitFor();
  await page.clock.fastForward(30_000);

  // 12:20 is already done: a session was logged just before it, so no reminder.
  await page.clock.fastForward((12 * 60 + 10 - 9 * 60 - 42) * 60_000);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timer" }).click();
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await page.clock.fastForward(60_000);
  // Wait until the check has read the log and decided about 12:20; only then is silence an answer.
  const slot1220 = Date.parse("2026-11-28T12:20:00Z");
  await page.waitForFunction((slot) => Number(localStorage.getItem("relact.reminded.v1")) === slot, slot1220);
  assert.deepEqual(said1220, [], "no reminder for a slot with a session logged");
  assert.equal(said0940.length, 1, "09:40 said once only, not again after the reload");
  await context.close();
});
