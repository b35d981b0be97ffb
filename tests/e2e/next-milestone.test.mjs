// The next milestone on Today, from the one whole-log read that Today, Progress and the consultant
// summary share (en-GB, Europe/London, where November is UTC, on a running clock set to a known
// day): it arrives after the screen, in space kept for it, so nothing moves (layout shifts are
// recorded from the first paint); Start and +1 Wet stay on the first screenful at 320×568 and
// 390×844; before the baby is here only the body's milestones are named; a write is read again
// when Today shows, and Progress and the summary reuse the same read.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  guard,
  launch,
  nav,
  open,
  PHONE,
  phoneAt,
  SHOTS,
  seedEntries,
  setTheme,
  startApp,
  teardown,
} from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const NOW = "2026-11-28T10:00:00Z";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SIZES = [
  [390, 844],
  [320, 568],
];
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/**
 * A phone on NOW whose settings hold `journey` (set up, so no first-run step, and no reminder
 * banner, which would move the screen and is not measured here), recording every
 * layout shift from the first paint and counting reads of the whole log (each starts with an
 * IndexedDB `getAll` of the store from its first record), per page load.
 */
async function phone(journey, viewport = { width: 390, height: 844 }) {
  const { context, page } = await phoneAt(browser, { ...CONTEXT, viewport }, NOW);
  await context.addInitScript((journey) => {
    if (!localStorage.getItem("relact.settings.v1")) {
      localStorage.setItem("relact.settings.v1", JSON.stringify({ journey }));
      localStorage.setItem(
        "relact.first-use.v1",
        JSON.stringify({ at: Date.now() - 90 * 86_400_000, set_up: true }),
      );
    }
    // No reminder banner (it would move the screen, which is not what is measured here).
    localStorage.setItem("relact.reminder-settled.v1", String(Date.now() + 86_400_000));
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.shifts.push({
            value: e.value,
            from: e.sources.map((s) => s.node?.className || s.node?.nodeName),
          });
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
    // A read of the whole log starts with a page of every record from the first id.
    window.wholeReads = 0;
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (query, ...rest) {
      if (query === null || query === undefined) window.wholeReads++;
      return getAll.call(this, query, ...rest);
    };
  }, journey);
  return { context, page, g: guard(page, app.url) };
}

const session = (id, start, ml, kind = "pumping") => ({
  id,
  created: start,
  updated: start,
  deleted: false,
  at: start,
  record: {
    type: "session",
    kind,
    start,
    end: start + 20 * 60_000,
    segments: [],
    left_ml: ml,
    right_ml: ml,
    notes: "",
  },
});
const wet = (id, at) => ({
  id,
  created: at,
  updated: at,
  deleted: false,
  at,
  record: { type: "diaper", at, wet: true, dirty: false },
});

/** Ninety days of 8 pumps and 6 wet diapers (about 1,300 entries, so the whole log takes a
 *  while to read), nothing expressed but drops on one day 60 days ago; this morning, two pumps and
 *  two wet diapers (so no warning sign is due). */
function history() {
  const out = [];
  const today = Date.parse("2026-11-28T00:00:00Z");
  for (let d = 90; d >= 1; d--) {
    const midnight = today - d * DAY;
    for (let i = 0; i < 8; i++)
      out.push(session(`s${d}-${i}`, midnight + (6 + 2 * i) * HOUR, d === 60 && i === 0 ? 4 : 0));
    for (let w = 0; w < 6; w++) out.push(wet(`w${d}-${w}`, midnight + (7 + 2 * w) * HOUR));
  }
  out.push(session("t1", today + 7 * HOUR, 0), session("t2", today + 9 * HOUR, 0));
  out.push(wet("tw1", today + 8 * HOUR), wet("tw2", today + 9.5 * HOUR));
  return out;
}

/** The next-milestone line once it says `text`, with its box and the one it keeps. */
async function line(page, text) {
  const el = page.locator(".next-milestone");
  await el.getByText(text, { exact: true }).waitFor();
  return el.evaluate((p) => ({
    height: p.getBoundingClientRect().height,
    kept: Number.parseFloat(getComputedStyle(p).minHeight),
  }));
}

/** `name` is wholly on the first screenful, above the bottom bar, without scrolling. */
async function inReach(page, name, where) {
  const look = await page.getByRole("button", { name, exact: true }).evaluate((b) => {
    const r = b.getBoundingClientRect();
    const bar = [...document.querySelectorAll("nav.bottom")]
      .find((n) => n.checkVisibility())
      .getBoundingClientRect();
    return { scrollY: window.scrollY, top: r.top, bottom: r.bottom, bar: bar.top };
  });
  assert.equal(look.scrollY, 0, `${where}: scrolled`);
  assert.ok(
    look.top >= 0 && look.bottom <= look.bar,
    `${where}: ${name} at ${look.top}–${look.bottom}, bar at ${look.bar}`,
  );
}

/** Every layout shift since the page loaded, once the screen as it now stands has been painted:
 * a shift is measured when a frame is drawn, so two real animation frames after the last awaited
 * change every shift it made has been recorded. Playwright polls `waitForFunction` on the browser's
 * own frames (the page's `requestAnimationFrame` runs on the controlled clock). */
async function shifts(page) {
  await page.evaluate(() => {
    window.framesSince = 0;
  });
  await page.waitForFunction(() => ++window.framesSince > 2);
  return page.evaluate(() => window.shifts);
}

/** Light and night screenshots of Today once the line says `text`. */
async function shots(page, text, name) {
  for (const theme of ["light", "night"]) {
    await setTheme(page, theme);
    await open(page, app.url, "/");
    await line(page, text);
    await page.screenshot({ path: `${SHOTS}/${name}-${theme}.png` });
  }
}

for (const [width, height] of SIZES) {
  test(`relactating at ${width}×${height}: the next milestone arrives in its kept space, moves nothing, and Start and +1 Wet stay in reach`, async () => {
    const { context, page, g } = await phone({ path: "relactating" }, { width, height });
    await open(page, app.url, "/");
    await page.locator(".timeline .slot").first().waitFor();
    await seedEntries(page, history());
    await page.reload();
    await page.locator(".timeline .slot").first().waitFor();
    // First drops 60 days ago, then nothing expressed: still reached, so the let-down is next.
    const box = await line(page, "Next: a let-down (tingling, or milk dripping or spraying).");
    assert.ok(
      box.height <= box.kept + 0.5,
      `the sentence fits the space kept for it: ${JSON.stringify(box)}`,
    );
    assert.deepEqual(await shifts(page), [], "nothing on Today moved");
    assert.equal(await page.evaluate(() => window.wholeReads), 1, "one read of the whole log");
    await inReach(page, "Start pumping", `${width}×${height}`);
    await inReach(page, "Add a wet diaper", `${width}×${height}`);
    // Progress shows the same milestone from the same kind of read, with nothing moving either.
    await open(page, app.url, "/progress");
    await page.locator("section.chart").first().waitFor();
    await page
      .getByRole("region", { name: "Your milestones" })
      .getByRole("listitem")
      .getByText("First drops")
      .waitFor();
    assert.deepEqual(await shifts(page), [], "nothing on Progress moved");
    await shots(
      page,
      "Next: a let-down (tingling, or milk dripping or spraying).",
      `next-milestone-relactating-${width}x${height}`,
    );
    g.assertClean();
    await context.close();
  });
}

test("preparing: only the body's milestones, in the Getting ready card, then the rest waits for the baby", async () => {
  for (const [width, height] of SIZES) {
    const { context, page, g } = await phone(
      { path: "preparing", due_date: "2026-12-20" },
      { width, height },
    );
    await open(page, app.url, "/");
    const card = page.getByRole("region", { name: "Getting ready for your baby" });
    await card.getByText("22 days until your baby is due.").waitFor();
    const box = await line(page, "Next on your journey: first drops.");
    assert.ok(box.height <= box.kept + 0.5, JSON.stringify(box));
    assert.equal(await card.locator(".next-milestone").count(), 1, "in the card, by the countdown");
    assert.deepEqual(await shifts(page), []);
    await inReach(page, "Start pumping", `preparing, ${width}×${height}`);
    await shots(page, "Next on your journey: first drops.", `next-milestone-preparing-${width}x${height}`);
    // The three body milestones ticked: nothing about feeds is asked before the baby is here.
    await page.evaluate((date) => {
      const ticked = ["first_drops", "let_down", "breast_changes"].map((kind) => ({ kind, date, text: "" }));
      localStorage.setItem("relact.milestones.v1", JSON.stringify({ ticked, celebrated: [] }));
    }, "2026-11-27");
    await page.reload();
    await line(page, "The next milestones come with your baby.");
    g.assertClean();
    await context.close();
  }
});

test("inducing with the baby here: a feed saved on the Timer is read again on Today; Progress and the summary reuse that read", async () => {
  const journey = { path: "inducing_baby_here", birth_date: "2026-11-14" };
  for (const [width, height] of SIZES) {
    const { context, page } = await phone(journey, { width, height });
    await open(page, app.url, "/");
    await line(page, "Next on your journey: first drops.");
    await shots(page, "Next on your journey: first drops.", `next-milestone-inducing-${width}x${height}`);
    await context.close();
  }
  const { context, page, g } = await phone(journey);
  await open(page, app.url, "/");
  await page.getByText("Your baby is 2 weeks old.").waitFor();
  await line(page, "Next on your journey: first drops.");
  assert.equal(await page.evaluate(() => window.wholeReads), 1);
  // Nursing with a supplementer, in the same page: the Timer does not read the whole log.
  await nav(page, "Timer");
  await page.getByRole("button", { name: "Nurse with supplementer" }).click();
  await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await page.clock.fastForward(15 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  assert.equal(await page.evaluate(() => window.wholeReads), 1, "nothing follows the log on the Timer");
  // Back on Today the write is read once: a supplementer feed puts first drops behind.
  await nav(page, "Today");
  await line(page, "Next on your journey: nursing without a supplementer.");
  assert.equal(await page.evaluate(() => window.wholeReads), 2);
  // A write while Today shows is read again (a diaper moves no milestone, but the log changed).
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.waitForFunction(() => window.wholeReads === 3, null, { timeout: 5_000 });
  // Progress and the consultant summary show it from that same read.
  await nav(page, "Progress");
  const mine = page.getByRole("region", { name: "Your milestones" });
  await mine.getByText("First feed at the breast with a supplementer").waitFor();
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page
    .locator(".consultant .print-milestones")
    .getByText("First feed at the breast with a supplementer")
    .waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => window.wholeReads), 3, "Progress and the summary read nothing more");
  g.assertClean();
  await context.close();
});

test("Progress opened directly draws what the last read of the same log kept, at once; a write since is read first", async () => {
  const { context, page, g } = await phone({ path: "relactating" });
  await open(page, app.url, "/");
  await page.locator(".timeline .slot").first().waitFor();
  await seedEntries(page, history());
  await page.reload();
  await line(page, "Next: a let-down (tingling, or milk dripping or spraying).");
  assert.equal(await page.evaluate(() => window.wholeReads), 1, "Today read the whole log");
  // Opened directly: the milestones and the charts from what that read kept, and no read at all.
  await open(page, app.url, "/progress");
  const mine = page.getByRole("region", { name: "Your milestones" });
  await mine.getByRole("listitem").getByText("First drops").waitFor();
  await page.locator("section.chart").first().waitFor();
  assert.deepEqual(await shifts(page), [], "nothing on Progress moved");
  assert.equal(await page.evaluate(() => window.wholeReads), 0, "nothing read but the charts' days");
  // A feed with a supplementer saved on the Timer, which reads nothing of the whole log: the
  // next direct open reads the log again instead of drawing the older read.
  await nav(page, "Timer");
  await page.getByRole("button", { name: "Nurse with supplementer" }).click();
  await page.clock.fastForward(15 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/progress");
  // Reached (in the timeline's list), not only still ahead.
  await mine.getByRole("listitem").getByText("First feed at the breast with a supplementer").waitFor();
  assert.equal(await page.evaluate(() => window.wholeReads), 1, "the log was read again");
  assert.deepEqual(await shifts(page), [], "nothing on Progress moved");
  g.assertClean();
  await context.close();
});
