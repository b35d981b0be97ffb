// The session timer, driven as a parent would: one tap to start, switch, pause, reload, kill the
// browser, stop and save, then find the entry in the Log. Time is controlled by Playwright's clock,
// so no test waits real minutes.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import {
  CHROMIUM_ARGS,
  guard,
  launch,
  open,
  PHONE,
  screenshots,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const START = new Date("2026-11-28T03:00:00+00:00");
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** The running time as shown, read from the clock (a timer role, labelled "Time so far"). */
const elapsed = async (page) => {
  const timer = page.getByRole("timer");
  assert.match(await timer.innerText(), /^Time so far/);
  return (await timer.innerText()).match(/\d+:\d\d(?::\d\d)?$/)?.[0];
};
/** The clock stands still between steps (see `freshPage`), so the reading is exact. */
async function assertElapsed(page, expected, message) {
  assert.equal(await elapsed(page), expected, message || "elapsed");
}
const minutes = (n) => n * 60_000;

/** A phone whose clock stands at START and moves only when the test moves it, so every time the
 *  timer shows is known to the second. */
async function freshPage() {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: START.getTime() - minutes(1) });
  await context.clock.pauseAt(START);
  const page = await context.newPage();
  return { context, page };
}

test("pump: start, switch, pause, reload, reach the goal, stop, save with volume, see it in the Log", async () => {
  const { context, page } = await freshPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timer" }).click();
  await page.getByRole("button", { name: "Pump" }).click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  await assertElapsed(page, "0:00");
  // Pumping starts on both sides; one tap picks the left.
  assert.equal(await page.getByRole("button", { name: /^Both/ }).getAttribute("aria-pressed"), "true");
  await page.clock.fastForward(minutes(5));
  await assertElapsed(page, "5:00");
  await page.getByRole("button", { name: /^Left/ }).click();
  await page.clock.fastForward(minutes(3));
  await page.getByRole("button", { name: "Switch side" }).click();
  assert.equal(await page.getByRole("button", { name: /^Right/ }).getAttribute("aria-pressed"), "true");
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.fastForward(minutes(2));
  await assertElapsed(page, "8:00", "paused time does not count");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.fastForward(minutes(4));
  await assertElapsed(page, "12:00");

  // Reload mid-session: same time and side.
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  await assertElapsed(page, "12:00");
  assert.equal(await page.getByRole("button", { name: /^Right/ }).getAttribute("aria-pressed"), "true");
  assert.match(await page.title(), /^12:00 Pumping/);

  // The goal: a visible change and a message for screen readers.
  await page.clock.fastForward(minutes(8));
  await page.getByText("Goal reached", { exact: true }).waitFor();
  assert.match(await page.locator(".ring").getAttribute("class"), /reached/);
  const chimed = await page.evaluate(() => JSON.parse(localStorage.getItem("relact.timer.v1")).chimed);
  assert.equal(chimed, true);

  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("heading", { name: "Save this session" }).waitFor();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "More Milk from left" }).click();
  assert.equal(await page.getByLabel("Milk from left").inputValue(), "20");
  await page.getByLabel("Milk from right").fill("15");
  await page.getByLabel("Milk from right").blur();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await page.getByRole("button", { name: "Pump" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("relact.timer.v1")), null);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("heading", { level: 2, name: "Saturday 28 November" }).waitFor();
  await page.getByText("Pumping · 20 min · 35 ml (L 20 ml, R 15 ml)").waitFor();
  await page.getByText("1 session · 20 min · 35 ml expressed").waitFor();
  g.assertClean();
  await context.close();
});

test("the save panel is prefilled with the last session's volumes: Pump, Stop, Save logs the same milk", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(20));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByLabel("Milk from left").fill("30");
  await page.getByLabel("Milk from left").blur();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  // Dismissed, so that the next "Session saved." is about the next session (the notice stays).
  await page.locator(".notice").getByRole("button", { name: "Dismiss" }).click();
  await page.getByText("Session saved.").waitFor({ state: "detached" });
  // The next session: nothing typed, only the three taps.
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(20));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.waitForFunction(() => document.getElementById("ml-left")?.value === "30", null, { polling: 50 });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/log");
  // The Log reads IndexedDB after it mounts: wait for the second row, then make sure there are two.
  await page
    .getByText(/^Pumping · 20 min · 30 ml/)
    .nth(1)
    .waitFor();
  assert.equal(await page.getByText(/^Pumping · 20 min · 30 ml/).count(), 2);
  await context.close();
});

test("a killed browser resumes the running timer with the right time and side", async () => {
  const dir = mkdtempSync(join(tmpdir(), "relact-profile-"));
  try {
    const launchIt = async () => {
      const ctx = await chromium.launchPersistentContext(dir, {
        executablePath: "/usr/bin/chromium",
        args: CHROMIUM_ARGS,
        ...CONTEXT,
      });
      return ctx;
    };
    // The page clock stands still (it moves only when the test moves it), so a browser that is
    // slow to start cannot shift the session's start or the reading.
    const standingAt = async (ctx, time) => {
      await ctx.clock.install({ time: time - minutes(1) });
      await ctx.clock.pauseAt(time);
    };
    let ctx = await launchIt();
    await standingAt(ctx, START.getTime());
    let page = ctx.pages()[0] || (await ctx.newPage());
    await open(page, app.url, "/timer");
    await page.getByRole("button", { name: "Nurse", exact: true }).click();
    await page.clock.fastForward(minutes(6));
    await page.getByRole("button", { name: "Switch side" }).click();
    await ctx.close(); // the whole browser goes away mid-session

    ctx = await launchIt();
    await standingAt(ctx, START.getTime() + minutes(10));
    page = ctx.pages()[0] || (await ctx.newPage());
    await open(page, app.url, "/timer");
    await page.getByRole("heading", { level: 1, name: "Nursing" }).waitFor();
    assert.equal(await elapsed(page), "10:00", "time kept running while the browser was closed");
    assert.equal(await page.getByRole("button", { name: /^Right/ }).getAttribute("aria-pressed"), "true");
    assert.match(await page.getByRole("button", { name: /^Left/ }).innerText(), /6:00/);
    await ctx.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("nursing can log a supplement given right after, linked to the session", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  await page.clock.fastForward(minutes(15));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByLabel("Baby had a supplement during or right after this feed").check();
  await page.getByLabel("Amount").fill("45");
  await page.getByLabel("Amount").blur();
  await page.getByRole("radio", { name: "Donor milk" }).check();
  await page.getByRole("radio", { name: "At-breast supplementer" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/log");
  await page.getByText("Nursing · 15 min").waitFor();
  await page.getByText("Supplement · 45 ml donor milk · at-breast supplementer").waitFor();
  await context.close();
});

test("discard asks first; a bad volume is refused with a message and nothing is lost", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Hand express" }).click();
  await page.clock.fastForward(minutes(3));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByLabel("Milk from left").fill("lots");
  await page.getByLabel("Milk from left").blur();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Please enter a number").waitFor();
  await page.getByLabel("Milk from left").fill("2000");
  await page.getByLabel("Milk from left").blur();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Milk per side must be between 0 and 1000 ml.").waitFor();
  // Reload during the save: the stopped session is still there, on its save panel, 3 minutes
  // (not a paused timer whose Resume would add the time since).
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Save this session" }).waitFor();
  await page.getByText("Hand expressing · 3 min").waitFor();
  assert.equal(await page.getByRole("button", { name: "Resume" }).count(), 0);
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("alertdialog").getByText("Discard this session?").waitFor();
  await page.getByRole("button", { name: "No, keep it" }).click();
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("button", { name: "Yes, discard" }).click();
  await page.getByText("Session discarded.").waitFor();
  await page.getByRole("button", { name: "Pump" }).waitFor();
  await open(page, app.url, "/log");
  await page.getByText("Nothing logged in these days yet").waitFor();
  await context.close();
});

test("home-screen shortcut starts a session; a second one asks before stopping the first", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer?start=pump");
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  assert.equal(new URL(page.url()).search, "", "the start parameter is consumed");
  await page.clock.fastForward(minutes(1));
  await open(page, app.url, "/timer?start=nurse");
  await page.getByRole("alertdialog").getByText("A session is already running").waitFor();
  await page.getByRole("button", { name: "Keep it running" }).click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  // The same session, still running from its start: not a new one begun by the shortcut.
  await assertElapsed(page, "1:00", "the running session keeps its time");
  await page.clock.fastForward(minutes(2));
  await assertElapsed(page, "3:00", "and keeps running");
  // A value this version does not know (a shortcut from a newer release) starts nothing and does
  // not stay in the address either.
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("button", { name: "Yes, discard" }).click();
  await page.getByText("Session discarded.").waitFor();
  await open(page, app.url, "/timer?start=stretch");
  await page.waitForFunction(() => location.pathname === "/timer" && location.search === "");
  await page.getByRole("button", { name: "Pump" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Stop" }).count(), 0, "nothing started");
  await context.close();
});

test("past an hour, and past ten, the clock stays inside the ring on the smallest phone and in landscape", async () => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 844, height: 390 },
  ]) {
    const { context, page } = await freshPage();
    await page.setViewportSize(viewport);
    await open(page, app.url, "/timer");
    await page.getByRole("button", { name: "Pump" }).click();
    for (const [ms, shown] of [
      [minutes(72) + 1000, "1:12:01"],
      [minutes(9 * 60), "10:12:01"],
    ]) {
      await page.clock.fastForward(ms);
      const clock = page.locator(".ring .elapsed").filter({ hasText: new RegExp(`^${shown}$`) });
      await clock.waitFor();
      const ring = await page.locator(".ring").boundingBox();
      const text = await clock.boundingBox();
      // The ring's stroke is its outer tenth: the digits keep clear of it on both sides.
      const inset = ring.width * 0.1;
      assert.ok(
        text.x >= ring.x + inset && text.x + text.width <= ring.x + ring.width - inset,
        `${shown} at ${viewport.width}×${viewport.height}: text ${text.x}–${text.x + text.width}, ring ${ring.x}–${ring.x + ring.width}`,
      );
    }
    await context.close();
  }
});

test("a timer left running for over 12 hours asks for the real end time", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(14 * 60));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByText("running for more than 12 hours").waitFor();
  // Past 12 hours the session cannot have ended now: the real end must be given.
  assert.equal(await page.getByRole("button", { name: "It ended just now" }).count(), 0);
  await page.getByLabel("Session ended at").fill("2026-11-28T03:25");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("Pumping · 25 min").waitFor();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await context.close();
});

test("a pump left running for hours asks when it really ended; a long feed can end just now", async () => {
  const { context, page } = await freshPage();
  await open(page, app.url, "/timer");
  const news = page.getByRole("status").filter({ hasText: /Goal reached/ });
  // 50 minutes of pumping is a long session, not a forgotten one: Stop goes straight to Save.
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(25));
  // What a screen reader hears at the goal is true while it shows: room to go on at 25 minutes,
  // past the upper mark only the praise, and for a timer left on for hours nothing.
  assert.equal(await news.innerText(), "Goal reached. Well done. You can keep going up to 30 minutes.");
  await page.clock.fastForward(minutes(25));
  assert.equal(await news.innerText(), "Goal reached. Well done.");
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByText("Pumping · 50 min").waitFor();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();

  // Started at 03:50 and left on until 07:50: Stop asks before saving four hours.
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(25));
  await news.waitFor();
  await page.clock.fastForward(minutes(4 * 60 - 25));
  assert.equal(await news.count(), 0, "no praise for a timer left on for four hours");
  assert.equal(await page.locator(".ring-note").innerText(), "Goal: 20 min", "nor on the ring");
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByText("The timer has been running for 4 h 0 min, longer than most sessions.").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Save this session");
  // The field offers the goal after the start (04:10), asks for a time when emptied, and refuses
  // a time still to come.
  const end = page.getByLabel("Session ended at");
  assert.equal(await end.inputValue(), "2026-11-28T04:10");
  await end.fill("");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("Please choose a date and time.").waitFor();
  await end.fill("2026-11-28T08:05");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("That time is in the future.").waitFor();
  await end.fill("2026-11-28T04:12");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("Pumping · 22 min").waitFor();
  // A reload while saving keeps the end given: the save panel again, 22 minutes, never a paused
  // timer to resume.
  await page.reload();
  await page.getByText("Pumping · 22 min").waitFor();
  assert.equal(await page.getByRole("button", { name: "Resume" }).count(), 0);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  // Stored as it was told: 03:50 to 04:12, not to whenever Stop was tapped after the reload.
  const told = (await storedRecords(page))
    .map((r) => JSON.parse(r.data).record)
    .find((r) => r.type === "session" && r.start === Date.parse("2026-11-28T03:50:00Z"));
  assert.deepEqual(
    [told.start, told.end],
    [Date.parse("2026-11-28T03:50:00Z"), Date.parse("2026-11-28T04:12:00Z")],
  );

  // A two-and-a-half-hour cluster feed that really was that long: one tap keeps its time.
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  await page.clock.fastForward(minutes(150));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "It ended just now" }).click();
  await page.getByText("Nursing · 150 min").waitFor();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();

  // The Log holds the three as they were told: nothing of the four hours the timer ran alone.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("heading", { level: 2, name: "Saturday 28 November" }).waitFor();
  for (const shown of [/^Pumping · 50 min/, /^Pumping · 22 min/, /^Nursing · 150 min/]) {
    await page.getByText(shown).waitFor();
  }
  assert.equal(await page.getByText(/24\d min/).count(), 0);
  await context.close();
});

test("the timer idle, running and saving fits the phone in light and night (screenshots kept)", async () => {
  const { context, page } = await freshPage();
  await screenshots(page, app.url, "/timer", "timer-idle");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(minutes(13) + 27_000);
  await screenshots(page, app.url, "/timer", "timer-running");
  await assertElapsed(page, "13:27");
  await page.getByRole("button", { name: "Stop" }).click();
  const save = page.getByRole("button", { name: "Save", exact: true });
  await save.waitFor();
  await save.scrollIntoViewIfNeeded();
  const box = await save.boundingBox();
  assert.ok(
    box.x >= 0 && box.x + box.width <= PHONE.viewport.width,
    `Save button across the edge: ${JSON.stringify(box)}`,
  );
  assert.ok(box.height >= 48, `Save button ${box.height} px tall`);
  await page.screenshot({ path: "tests/e2e/screenshots/timer-save-night.png" });
  await context.close();
});
