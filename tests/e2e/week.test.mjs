// A week of use on each path, from the first start, on a controlled clock (Europe/London, en-GB;
// November is on GMT, so local times are UTC times): each day the parent taps through at least one
// session on the timer and the diapers on Today, and the rest of the day is seeded as if it had
// been logged. Along the way what the parent sees is checked against figures worked by hand from
// those entries, in a table beside each path with its arithmetic: Today's counts and diaper card,
// the step-down's planned amount, the milestone timeline and what is still ahead, the share from
// the breast (SHARES), the Log's days and rows, the consultant summary's totals. Never against a
// copy of the app's rules.
// At the end of the relactating week, with milestones reached and two medicines listed, the
// consultant summary is printed to PDF (A4 and Letter) and read back with pdftotext.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  guard,
  holdableReads,
  launch,
  nav,
  open,
  PHONE,
  phoneAt,
  SHOTS,
  screenshots,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
  until,
} from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Monday 2 November 2026, the first day of each week. London is on GMT all month. */
const D0 = Date.UTC(2026, 10, 2);
/** Day `d` of the week (0–6, or 7 for the next morning) at `h:m` local time. */
const at = (d, h, m = 0) => D0 + d * DAY + h * HOUR + m * MIN;

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

// ---------------------------------------------------------------------------------------------
// What the parent should see, worked by hand from each path's seeded and tapped entries: the
// tables beside each test show the arithmetic. No rule of the app is copied here.

/** The live entries as stored, parsed (to find what a tap saved). */
const logOf = async (page) =>
  (await storedRecords(page)).filter((r) => !r.deleted).map((r) => JSON.parse(r.data));

const isSession = (e) => e.record.type === "session";
const dateOf = (ms) => new Date(ms).toISOString().slice(0, 10); // local = UTC in November

/** Today's figures on one evening: the sessions in the last 24 hours against the plan, the longest
 * break since waking (7:00) or since the last session, the milk expressed, the supplement given and
 * the feeds at the breast (comfort nursing too) since waking, and the diaper card's wet and dirty
 * diapers in the last 24 hours. */
/** Today's figures by hand; the diaper card's supplement counts the last 24 hours like its
 * diapers (`supplement24h`, the plan day's `supplement` where no night feed adds to it). */
const said = (sessions, gap, expressed, supplement, atBreast, wet, dirty, supplement24h = supplement) => ({
  sessions,
  gap,
  expressed,
  supplement,
  atBreast,
  wet,
  dirty,
  supplement24h,
});

const LISTED = [
  "first_drops",
  "let_down",
  "breast_changes",
  "supplementer_feed",
  "feed_without_supplementer",
  "supplements_halved",
  "day_without_supplements",
];
const NAMES = {
  first_drops: "First drops",
  let_down: "First let-down you noticed",
  breast_changes: "Changes in your breasts or chest",
  supplementer_feed: "First feed at the breast with a supplementer",
  feed_without_supplementer: "First feed at the breast without a supplementer",
  supplements_halved: "Supplements halved",
  day_without_supplements: "A whole day with no supplement",
};

/** "Still ahead" on Progress: the listed milestones but those reached, in the list's order. */
const aheadBut = (...reached) => LISTED.filter((k) => !reached.includes(k)).map((k) => NAMES[k]);

/** The share card's line on Progress, for the last whole day, worked by hand. No path says an
 * amount at the start, so each day is read against the first week's days with supplements so
 * far (the week is not over): their sum over their count, rounded; a day's share is how far its
 * supplements are below that, as a part of it. "Not lower yet" when they are not below it. */
const card = (day, given, base, share) =>
  share
    ? `${day} · Supplements ${given} ml against ${base} ml a day at the start: about ${share}% of the milk may now come from the breast, if your baby drinks as much as then.`
    : `${day} · Supplements ${given} ml against ${base} ml a day at the start: not lower yet.`;
const SHARES = {
  // 240, 240, 230, 200, 170, 120 ml on the 2nd to the 7th.
  relactating: [
    null, // the 2nd: no whole day yet
    card("2 November", 240, 240), // 240 / 1
    card("3 November", 240, 240), // 480 / 2
    card("4 November", 230, 237, 3), // 710 / 3 = 236.7; 7 / 237 = 3%
    card("5 November", 200, 228, 12), // 910 / 4 = 227.5; 28 / 228 = 12%
    card("6 November", 170, 216, 21), // 1080 / 5; 46 / 216 = 21%
    card("7 November", 120, 200, 40), // 1200 / 6; 80 / 200 = 40%
  ],
  // 4 × 60 ml + 50 ml on the 2nd, then a 01:00 feed of 60 ml more each day: 350 ml.
  inducing: [
    null,
    card("2 November", 290, 290),
    card("3 November", 350, 320), // 640 / 2
    card("4 November", 350, 330), // 990 / 3
    card("5 November", 350, 335), // 1340 / 4
    card("6 November", 350, 338), // 1690 / 5
    // 2040 / 6 = 340; the test weighing: 12 ml against 350 ml given is 12 / 362 = 3%.
    `${card("7 November", 350, 340)} Test weighing: 12 ml at the breast over 1 weighed feed, so at least 3% of the milk measured came from the breast.`,
  ],
  // No supplement before the baby arrives on the 6th (40 ml that day, then 60 ml).
  preparing: [null, null, null, null, null, card("6 November", 40, 40), card("7 November", 60, 50)],
};

// ---------------------------------------------------------------------------------------------
// The parent's taps.

let seq = 0;
/** An entry as the app stores it, for the part of a day that is seeded rather than tapped. */
const entry = (at, record) => ({ id: `week-${++seq}`, created: at, updated: at, deleted: false, at, record });
const pump = (start, left, right, minutes = 20) =>
  entry(start, {
    type: "session",
    kind: "pumping",
    start,
    end: start + minutes * MIN,
    segments: [],
    left_ml: left,
    right_ml: right,
    notes: "",
  });
const nursing = (start, kind = "nursing", minutes = 15) =>
  entry(start, { type: "session", kind, start, end: start + minutes * MIN, segments: [], notes: "" });
const given = (at, ml, milk, method, afterSession) =>
  entry(at, {
    type: "supplement",
    at,
    ml,
    milk,
    method,
    ...(afterSession ? { after_session: afterSession } : {}),
    notes: "",
  });
/** A feed at the breast with the supplementer, and the supplement linked to it. */
const supplementerFeed = (start, ml, milk) => {
  const feed = nursing(start);
  return [feed, given(start + 15 * MIN, ml, milk, "at_breast_supplementer", feed.id)];
};
const diaper = (at, wet = true, dirty = false) => entry(at, { type: "diaper", at, wet, dirty });

/**
 * Holds the log reads while `typing` runs on the save panel, then answers them: the panel's prefill
 * from the last session arrives after the parent has typed, as on a slow phone, and must not
 * replace what was typed. Resolves once every held read has been answered.
 */
async function lateReads(page, typing) {
  await page.waitForFunction(() => window.__relactReads.held.length > 0);
  await typing();
  await page.evaluate(() => window.__relactRelease());
  await page.waitForFunction(() => window.__relactReads.held.length === 0);
}

/** A phone on its own clock; moves to a time, writing what was logged in between first. */
function phone(page) {
  const p = {
    page,
    async moveTo(time, seeds = [], path = "/") {
      assert.ok(
        seeds.every((e) => e.at <= time),
        "only what has happened is seeded",
      );
      await page.clock.setSystemTime(new Date(time));
      if (seeds.length) await seedEntries(page, seeds);
      await open(page, app.url, path);
    },
    /** Waits until the log holds more entries than `before`, and returns the new ones. */
    async saved(before) {
      const log = await until(async () => {
        const now = await logOf(page);
        return now.length > before.length && now;
      }, "a new entry in the log");
      return log.filter((e) => !before.some((b) => b.id === e.id));
    },
    /**
     * Stop, then Save with the volumes per side, typed before the panel's read of the last
     * session (held back here) has answered: the late prefill must leave them as typed.
     */
    async stopAndSave({ left, right }) {
      const before = await logOf(page);
      await page.evaluate(() => {
        window.__relactReads.hold = true;
      });
      await page.getByRole("button", { name: "Stop" }).click();
      await page.getByRole("heading", { level: 1, name: "Save this session" }).waitFor();
      const l = page.getByLabel("Milk from left", { exact: true });
      const r = page.getByLabel("Milk from right", { exact: true });
      await lateReads(page, async () => {
        await l.fill(String(left));
        await r.fill(String(right));
        await r.blur();
      });
      assert.deepEqual([await l.inputValue(), await r.inputValue()], [String(left), String(right)]);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByText("Session saved.").waitFor();
      const [s] = await p.saved(before);
      assert.deepEqual([s.record.kind, s.record.left_ml, s.record.right_ml], ["pumping", left, right]);
      return s;
    },
    /** Today's big button → the timer → Stop → Save: the morning pumping, 3 taps and the volumes. */
    async pumpFromToday(minutes, left, right) {
      await page.getByRole("button", { name: "Start pumping" }).click();
      await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
      await page.clock.fastForward(minutes * MIN);
      return p.stopAndSave({ left, right });
    },
    /** Timer tab → Nurse with supplementer → Stop → the amount and milk → Save. */
    async supplementerFeed(minutes, ml, milk, { last, weighed } = {}) {
      const before = await logOf(page);
      await nav(page, "Timer");
      await page.getByRole("button", { name: "Nurse with supplementer" }).click();
      await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
      await page.clock.fastForward(minutes * MIN);
      await page.evaluate(() => {
        window.__relactReads.hold = true;
      });
      await page.getByRole("button", { name: "Stop" }).click();
      assert.ok(await page.getByRole("radio", { name: "At-breast supplementer" }).isChecked());
      // Untouched, the amount takes the last supplement given (30 ml before any) once the read
      // answers, however late.
      await lateReads(page, async () => {});
      assert.equal(await page.getByLabel("Amount", { exact: true }).inputValue(), String(last || 30));
      await page.getByLabel("Amount", { exact: true }).fill(String(ml));
      await page.getByLabel("Amount", { exact: true }).blur();
      await page.getByRole("radio", { name: milk }).check();
      if (weighed) {
        await page.getByRole("checkbox", { name: "Weighed before and after" }).check();
        await page.getByLabel("Baby's weight before (g)").fill(String(weighed[0]));
        await page.getByLabel("Baby's weight after (g)").fill(String(weighed[1]));
      }
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByText("Session saved.").waitFor();
      const added = await p.saved(before);
      const feed = added.find(isSession);
      const sup = added.find((e) => e.record.type === "supplement");
      assert.equal(feed.record.kind, "nursing");
      assert.deepEqual(
        [sup.record.ml, sup.record.method, sup.record.after_session],
        [ml, "at_breast_supplementer", feed.id],
      );
      return added;
    },
    /** +1 on Today, waiting until it is stored (the card's counts are checked in checkToday, on
     * a page opened afresh at a known minute). */
    async diaper(wet) {
      const before = await logOf(page);
      await page.getByRole("button", { name: wet ? "Add a wet diaper" : "Add a dirty diaper" }).click();
      const [d] = await p.saved(before);
      assert.deepEqual([d.record.type, d.record.wet, d.record.dirty], ["diaper", wet, !wet]);
    },
    /** Today's numbers at `now` against `want`, worked by hand (see `said`). */
    async checkToday(now, want, { baby = true, supplement } = {}) {
      // Today is read at `now` itself: the taps of this evening happened a few minutes before it,
      // so yesterday's, at the same minutes, are well outside the diaper card's 24 hours (read
      // at the page's own clock, which runs on a little).
      if (now > (await page.evaluate(() => Date.now()))) {
        await page.clock.setSystemTime(new Date(now));
        await open(page, app.url, "/");
      }
      await page.locator("dl.stats").waitFor();
      const stats = Object.fromEntries(
        await page
          .locator("dl.stats > div")
          .evaluateAll((divs) =>
            divs.map((d) => [d.querySelector("dt").textContent, d.querySelector("dd").textContent]),
          ),
      );
      assert.deepEqual(
        stats,
        {
          "Sessions in the last 24 hours": want.sessions,
          // Each evening, the plan day began at 07:00 that morning.
          "Longest break since 07:00": want.gap,
          "Milk expressed since 07:00": `${want.expressed} ml`,
          ...(baby ? { "Supplement since 07:00": `${want.supplement} ml` } : {}),
          ...(baby ? { "Nursing and comfort at the breast since 07:00": String(want.atBreast) } : {}),
        },
        `Today at ${new Date(now).toISOString()}`,
      );
      if (baby) {
        const shown = await page.locator(".diapers .count").allInnerTexts();
        assert.deepEqual(
          shown,
          [String(want.wet), String(want.dirty), `${want.supplement24h} ml`],
          "wet and dirty diapers in the last 24 hours, and the supplement given in them",
        );
        // Enough diapers for the baby's age over the last 24 hours: no sign about them (this week
        // logs only some of the baby's feeds, so a newborn's may be said as the log's count).
        const signs = await page.locator(".warning-signs li").allInnerTexts();
        assert.deepEqual(
          signs.filter((line) => !/^The log shows \d+ feeds? in the last /.test(line)),
          [],
          "no diaper or weight sign on a day with enough diapers",
        );
      } else {
        assert.equal(await page.getByRole("button", { name: "Add a wet diaper" }).count(), 0);
        assert.equal(await page.getByText(/^Supplement since/).count(), 0);
      }
      const line = page.locator(".planned-supplement");
      if (supplement === undefined) assert.equal(await line.count(), 0, "no planned supplement");
      else
        assert.equal(
          await line.innerText(),
          `Planned supplement today: ${supplement} ml — a guide, not a limit. If your baby still seems hungry, give more.`,
        );
    },
    /** Progress: the milestone timeline's `lines` and what is still `ahead`, and the share card's
     * line (`null`: no card), all worked by hand. */
    async checkProgress(today, want, share) {
      await open(page, app.url, "/progress");
      const card = page.locator(".card.milestones");
      await card.waitFor();
      const lines = await card
        .locator("ol.journey-line li")
        .evaluateAll((li) => li.map((x) => x.textContent.replace(/\s+/g, " ").trim()));
      assert.deepEqual(lines, want.lines, `milestones on ${today}`);
      const ahead = card.locator("p.hint").filter({ hasText: "Still ahead" });
      if (want.ahead.length) assert.equal(await ahead.innerText(), `Still ahead: ${want.ahead.join(" · ")}`);
      else assert.equal(await ahead.count(), 0);
      // The share card: the last whole day, when the log can tell.
      const shown = page.locator(".card.share p").first();
      if (share) assert.equal((await shown.innerText()).replace(/\s+/g, " "), share, `share on ${today}`);
      else assert.equal(await page.locator(".card.share").count(), 0, "no share when the log cannot tell");
    },
    /** The Log: each of the last 7 days' heading, totals line and number of rows, newest first,
     * against `want`, worked by hand. */
    async checkLog(want) {
      await nav(page, "Log");
      await page.locator("section.day").first().waitFor();
      const shown = await page
        .locator("section.day")
        .evaluateAll((s) =>
          s.map((x) => [
            x.querySelector("h2").textContent,
            x.querySelector(".day-totals").textContent,
            x.querySelectorAll("li.entry").length,
          ]),
        );
      assert.deepEqual(shown, want, "the Log's days");
    },
  };
  return p;
}

/** +1 Wet and +1 Dirty, the day's most frequent taps, one above the other: as wide as each other
 * and with a gap between them, so a thumb in a hurry lands on the one it means. */
async function apartAndAlike(page, where) {
  const [wet, dirty] = await page
    .locator(".diapers button")
    .evaluateAll((b) => b.map((x) => x.getBoundingClientRect().toJSON()));
  assert.ok(
    dirty.top - wet.bottom >= 8,
    `${where}: ${dirty.top - wet.bottom} px between +1 Wet and +1 Dirty`,
  );
  assert.ok(Math.abs(wet.width - dirty.width) < 1, `${where}: ${wet.width} and ${dirty.width} px wide`);
}

/** What the parent sees at the end of the week: Today and Progress in both themes at 390×844 and
 * 320×568, and each whole page (light, at 390 px) for a person to read through. */
async function endOfWeek(page, name) {
  for (const [path, screen] of [
    ["/", "today"],
    ["/progress", "progress"],
  ]) {
    await setTheme(page, "light");
    await open(page, app.url, path);
    if (screen === "progress") await page.locator(".card.milestones").waitFor();
    else await page.locator("dl.stats").waitFor();
    // As tall as the page, so the bottom bar sits under the content instead of over it; saved in
    // pieces a screen or so high, to be read at full size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: PHONE.viewport.width, height });
    for (let y = 0, i = 1; y < height; y += 1000, i++) {
      const clip = { x: 0, y, width: PHONE.viewport.width, height: Math.min(1000, height - y) };
      await page.screenshot({ path: join(SHOTS, `week-${name}-${screen}-whole-${i}.png`), clip });
    }
    await page.setViewportSize({ width: 320, height: 568 });
    await screenshots(page, app.url, path, `week-${name}-${screen}-320`);
    if (screen === "today") await apartAndAlike(page, `${name} at 320 px`);
    await page.setViewportSize(PHONE.viewport);
    await screenshots(page, app.url, path, `week-${name}-${screen}`);
    if (screen === "today") await apartAndAlike(page, name);
  }
}

/** The first start: "Set up your day" with the path and its date, saved. */
async function setUp(page, path, dates = {}) {
  const setup = page.getByRole("form", { name: "Set up your day" });
  await setup.waitFor();
  await setup.getByLabel(path).check();
  if (dates.birth) await setup.getByLabel("Baby's birth date (if you like)").fill(dates.birth);
  if (dates.due) await setup.getByLabel("When your baby is expected").fill(dates.due);
  await setup.getByRole("button", { name: "Save my day" }).click();
  await setup.waitFor({ state: "detached" });
}

const RELACTATING = "Bringing my milk back. My baby is here.";
const INDUCING = "Making milk for the first time. My baby is here.";
const PREPARING =
  "Making milk before my baby arrives (for example adoption, surrogacy, or my partner carrying our baby).";

test("relactating: a week from the first start, with the step-down, milestones, the Log and the consultant summary", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, at(0, 7, 0));
  await holdableReads(context);
  const g = guard(page, app.url);
  const p = phone(page);
  await open(page, app.url, "/");
  await setUp(page, RELACTATING, { birth: "2026-09-07" }); // 8 weeks old: 6+ wet diapers a day
  // Each day: the morning pumping's volumes (each side), and the day's supplements in all.
  const WEEK = [
    { milk: [0, 0], given: 240 },
    { milk: [5, 0], given: 240 }, // first drops, on the morning's tap-through
    { milk: [5, 5], given: 230 },
    { milk: [10, 5], given: 200 },
    { milk: [10, 10], given: 170 },
    { milk: [15, 10], given: 120 }, // half the 240 ml the step-down started from
    { milk: [15, 15], given: 100 },
  ];
  const STEP = { started: "2026-11-04", start: 240, step: 30, hold: 2 };
  const TAPPED_ML = 45; // through the supplementer at the midday feed
  // The rest of the day's supplement, by cup at 18:00: besides the midday feed, a seeded feed with
  // the supplementer at 15:00 of 40 ml (on day 2 that feed is without it).
  const cupOn = (d) => WEEK[d].given - TAPPED_ML - (d === 2 ? 0 : 40);
  // Today at 20:50, by hand. Since waking (7:00): pumping at 7:05, 9:40, 17:40 and 20:20 (4 × the
  // morning's milk), feeds at the breast at 12:20 and 15:00 (2), and the day's supplements (WEEK).
  // In the last 24 hours, also the night's pumping at 23:00 and 3:00 from the second day on: 6,
  // then 8 sessions. The longest break: 15:15 → 17:40 = 2 h 25 min; on the third day the 15:00
  // feed is tapped through, 12 minutes and a moment, so → 17:40 = 2 h 27 min. Diapers: wet at
  // 7:30, 10:00, 12:00, 14:00, 16:00 and 18:30 (6), and 3:30 from the second day on (7); dirty at
  // 11:00 and 20:45 (2). The planned supplement: the step-down begun on the 4th at 240 ml, 30 ml
  // less after every 2 days (every day before had 7 wet diapers, so none holds it): 240 on the 4th
  // and 5th, 210 on the 6th and 7th, 180 on the 8th.
  const TODAY = [
    said("6 of 8", "2 h 25 min", 0, 240, 2, 6, 2), // 4 × 0
    said("8 of 8", "2 h 25 min", 20, 240, 2, 7, 2), // 4 × 5
    said("8 of 8", "2 h 27 min", 40, 230, 2, 7, 2), // 4 × 10
    said("8 of 8", "2 h 25 min", 60, 200, 2, 7, 2), // 4 × 15
    said("8 of 8", "2 h 25 min", 80, 170, 2, 7, 2), // 4 × 20
    said("8 of 8", "2 h 25 min", 100, 120, 2, 7, 2), // 4 × 25
    said("8 of 8", "2 h 25 min", 120, 100, 2, 7, 2), // 4 × 30
  ];
  const PLANNED = [undefined, undefined, 240, 240, 210, 210, 180];
  // Progress's milestones, each the first day it happened: the supplementer at the 2nd's midday
  // feed, the first milk at the 3rd's 7:05 pumping (5 ml), the 4th's 15:00 feed without it, and
  // the let-down marked by hand on the 5th (after the first look that day).
  const SUPPLEMENTER = "2 November · First feed at the breast with a supplementer (from your log)";
  const DROPS = "3 November · First drops (from your log)";
  const WITHOUT = "4 November · First feed at the breast without a supplementer (from your log)";
  const LET_DOWN = "5 November · First let-down you noticed";
  const MILESTONES = [
    { lines: [SUPPLEMENTER], ahead: aheadBut("supplementer_feed") },
    { lines: [SUPPLEMENTER, DROPS], ahead: aheadBut("supplementer_feed", "first_drops") },
    {
      lines: [SUPPLEMENTER, DROPS, WITHOUT],
      ahead: aheadBut("supplementer_feed", "first_drops", "feed_without_supplementer"),
    },
  ];
  MILESTONES[3] = MILESTONES[2];
  const MARKED = {
    lines: [SUPPLEMENTER, DROPS, WITHOUT, LET_DOWN],
    ahead: aheadBut("supplementer_feed", "first_drops", "feed_without_supplementer", "let_down"),
  };
  MILESTONES.push(MARKED, MARKED, MARKED);
  // The Log's 7 days, by hand. Sessions: pumping at 3:00 (from the 3rd), 7:05, 9:40, 17:40, 20:20
  // and 23:00 (the week ends before the 8th's), 20 min each; feeds at 12:20 and 15:00, 15 min (the
  // 4th's 15:00 one 12 min). The 3:00 pumping has the day before's milk. Rows: the sessions, the
  // supplements (the 12:20 and 15:00 feeds', none at 15:00 on the 4th, and the 18:00 cup), the
  // diapers (8, and 3:30 from the 3rd) and the let-down marked on the 5th.
  const LOG = [
    // 5 × 20 + 2 × 15 min; 25 + 4 × 30 ml; 7 + 3 + 9 rows
    ["Sunday 8 November", "7 sessions · 130 min · 145 ml expressed · 100 ml supplement · 7 wet, 2 dirty", 19],
    // 6 × 20 + 2 × 15; 20 + 5 × 25; 8 + 3 + 9
    [
      "Saturday 7 November",
      "8 sessions · 150 min · 145 ml expressed · 120 ml supplement · 7 wet, 2 dirty",
      20,
    ],
    ["Friday 6 November", "8 sessions · 150 min · 115 ml expressed · 170 ml supplement · 7 wet, 2 dirty", 20], // 15 + 5 × 20
    // 10 + 5 × 15; 8 + 3 + 9 + the let-down
    [
      "Thursday 5 November",
      "8 sessions · 150 min · 85 ml expressed · 200 ml supplement · 7 wet, 2 dirty",
      21,
    ],
    // 6 × 20 + 15 + 12; 5 + 5 × 10; 8 + 2 + 9
    [
      "Wednesday 4 November",
      "8 sessions · 147 min · 55 ml expressed · 230 ml supplement · 7 wet, 2 dirty",
      19,
    ],
    ["Tuesday 3 November", "8 sessions · 150 min · 25 ml expressed · 240 ml supplement · 7 wet, 2 dirty", 20], // 0 + 5 × 5
    // 5 × 20 + 2 × 15; nothing expressed; 7 + 3 + 8
    ["Monday 2 November", "7 sessions · 130 min · 240 ml supplement · 6 wet, 2 dirty", 18],
  ];
  let night = [];
  for (let d = 0; d < 7; d++) {
    const { milk } = WEEK[d];
    const today = dateOf(at(d, 12));
    // Morning: the night's sessions are in the log; pumping from Today, then a wet diaper.
    await p.moveTo(at(d, 7, 5), night);
    await p.pumpFromToday(20, ...milk);
    await p.moveTo(at(d, 7, 30));
    await p.diaper(true);
    if (d === 2) {
      // Two days logged: the step-down starts from the log's amount, 2 days at each level.
      await p.moveTo(at(d, 7, 40), [], "/plan");
      await page.getByLabel("Plan a slow step-down of supplements").check();
      await page
        .getByText("From your log, the 2 of the last 3 days with a supplement logged: about 240 ml a day.")
        .waitFor();
      assert.equal(await page.getByLabel("Supplement per day now (ml)").inputValue(), "240");
      await page.getByLabel("Days at each level").selectOption("2");
      await page.locator(".step-today").getByText("Planned supplement today: 240 ml").waitFor();
      const s = await page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));
      assert.deepEqual(s.plan.step_down, {
        started_on: STEP.started,
        start_ml: 240,
        step_ml: 30,
        hold_days: 2,
      });
    }
    // Midday: the feed with the supplementer, tapped through on the timer.
    await p.moveTo(at(d, 12, 20), [
      pump(at(d, 9, 40), ...milk),
      diaper(at(d, 10)),
      diaper(at(d, 11), false, true),
      diaper(at(d, 12)),
    ]);
    // The last supplement given before it: yesterday evening's by cup.
    await p.supplementerFeed(15, TAPPED_ML, "Formula", { last: d > 0 && cupOn(d - 1) });
    const afternoon = [
      diaper(at(d, 14)),
      diaper(at(d, 16)),
      pump(at(d, 17, 40), ...milk),
      diaper(at(d, 18, 30)),
      pump(at(d, 20, 20), ...milk),
    ];
    if (d === 2) {
      // A feed at the breast without the supplementer, for the first time (after the 14:00 diaper).
      await p.moveTo(at(d, 15), afternoon.splice(0, 1));
      const before = await logOf(page);
      await nav(page, "Timer");
      await page.getByRole("button", { name: "Nurse", exact: true }).click();
      await page.clock.fastForward(12 * MIN);
      await page.getByRole("button", { name: "Stop" }).click();
      assert.equal(
        await page.getByLabel("Baby had a supplement during or right after this feed").isChecked(),
        false,
      );
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByText("Session saved.").waitFor();
      const added = await p.saved(before);
      assert.deepEqual(
        added.map((e) => e.record.kind),
        ["nursing"],
      );
    } else {
      afternoon.push(...supplementerFeed(at(d, 15), 40, "formula"));
    }
    afternoon.push(given(at(d, 18), cupOn(d), "formula", "cup"));
    // Evening: a dirty diaper on Today, then what Today says against the log.
    await p.moveTo(at(d, 20, 45), afternoon);
    await p.diaper(false);
    await p.checkToday(at(d, 20, 50), TODAY[d], { supplement: PLANNED[d] });
    if (d === 1) {
      // Two medicines on the list: one advised, one the parent's own choice that has stopped.
      await p.moveTo(at(d, 21), [], "/settings");
      const list = page.getByRole("region", { name: "Medicines and galactagogues" });
      for (const [name, who, start, stop] of [
        ["Prescribed tablets", "Dr Okafor, GP", "2026-10-26", ""],
        ["Tea blend", null, "2026-11-03", "2026-11-06"],
      ]) {
        await list.getByRole("button", { name: "Add to the list" }).click();
        await list.getByLabel("Name", { exact: true }).fill(name);
        if (who) await list.getByLabel("Who advised it (name or role)").fill(who);
        else await list.getByLabel("My own choice").check();
        await list.getByLabel("Started").fill(start);
        if (stop) await list.getByLabel(/^Stopped/).fill(stop);
        await list.getByRole("button", { name: "Save" }).click();
        await list.getByText(name, { exact: true }).waitFor();
      }
      await list.getByLabel("Taken today: Prescribed tablets").check();
      await until(
        async () => (await logOf(page)).some((e) => e.record.taken?.includes(today)),
        "the tick to be stored",
      );
    }
    // Progress: the milestones the log shows by now, and what is still ahead.
    await p.checkProgress(today, MILESTONES[d], SHARES.relactating[d]);
    if (d === 3) {
      // A let-down the parent noticed today, marked by hand.
      const card = page.locator(".card.milestones");
      await card.getByText("Mark a milestone").click();
      await card
        .getByRole("combobox", { name: /^Milestone/ })
        .selectOption({ label: "First let-down you noticed" });
      await card.getByRole("button", { name: "Add", exact: true }).click();
      await page
        .getByText(
          "Milestone: a let-down you noticed (tingling, or milk dripping or spraying). Your body is responding.",
        )
        .waitFor();
      await p.checkProgress(today, MARKED, SHARES.relactating[d]);
    }
    night = [pump(at(d, 23), ...milk), pump(at(d + 1, 3), ...milk), diaper(at(d + 1, 3, 30))];
  }
  const today = "2026-11-08";
  // Halved is read against what supplements were at the start, the first week's days so far
  // (200 ml a day): the 7th's 120 ml is not half of it.
  await p.checkProgress(
    today,
    {
      lines: [SUPPLEMENTER, DROPS, WITHOUT, LET_DOWN],
      ahead: ["Changes in your breasts or chest", "Supplements halved", "A whole day with no supplement"],
    },
    SHARES.relactating[6],
  );
  // The supplement chart reads each day against what was planned that day (nothing before the
  // step-down began, then 240, 240, 210, 210), not against today's 180 ml drawn across the week.
  const chart = page.locator(".screen-charts .chart").filter({ hasText: "Supplement per day" });
  await chart.getByText("planned that day (a guide, not a limit)").waitFor();
  const steps = await chart.locator("polyline.planned").evaluateAll((lines) =>
    lines.map((l) => [
      ...new Set(
        l
          .getAttribute("points")
          .split(" ")
          .map((xy) => Number(xy.split(",")[1])),
      ),
    ]),
  );
  assert.equal(steps.length, 1, "one run, from the step-down's first day");
  assert.equal(steps[0].length, 2, `two heights, 240 and 210: ${steps[0]}`);
  assert.equal(
    await chart.evaluate((c) => getComputedStyle(c.querySelector("polyline.planned")).fill),
    "none",
  );
  await p.checkLog(LOG);

  // The Plan's recent days: each day's planned amount (PLANNED) and its share from the breast.
  await nav(page, "Plan");
  const rows = page.locator("table.step-history tbody tr");
  await rows.first().waitFor();
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  // Each finished day's share against the same 200 ml as Progress (the 2nd to the 7th: 1200 / 6):
  // 120 ml is 80 / 200 = 40%, 170 ml is 30 / 200 = 15%, 200 and 230 ml are not lower yet.
  assert.deepEqual(
    shown,
    [
      ["Sunday 8 November", "180 ml (stepped down)", ""],
      ["Saturday 7 November", "210 ml", "about 40%"],
      ["Friday 6 November", "210 ml (stepped down)", "about 15%"],
      ["Thursday 5 November", "240 ml", "not lower yet"],
      ["Wednesday 4 November", "240 ml", "not lower yet"],
    ],
    "the step-down's recent days",
  );

  // The consultant summary on paper: the path, the milestones with their days, both medicines
  // with their dates and who advised them, the share from the breast, the week's totals.
  await open(page, app.url, "/progress");
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page.locator(".print-medicines").waitFor({ state: "attached" });
  await page.locator(".print-milestones").waitFor({ state: "attached" });
  // The week's totals over the 6 whole days, the 2nd to the 7th (today, the 8th, is printed apart,
  // "so far", and is in no total), from the LOG table: sessions 7 + 5 × 8 = 47; minutes 130 + 150 +
  // 147 + 3 × 150 = 877; milk 0 + 25 + 55 + 85 + 115 + 145 = 425 ml; by cup (cupOn) 155 + 155 + 185
  // + 115 + 85 + 35 = 730 ml; through the supplementer 6 × 45 + 5 × 40 = 470 ml (730 + 470 = 1200,
  // the days' supplements); no other way; wet 6 + 5 × 7 = 41; dirty 6 × 2 = 12.
  const TOTAL = "Total, 6 whole days 47 877 425 730 470 0 41 12";
  for (const format of ["A4", "Letter"]) {
    const file = join(OUT, `week-consultant-${format.toLowerCase()}.pdf`);
    await page.pdf({ path: file, format, printBackground: true });
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "50",
      file,
      join(OUT, `week-consultant-${format.toLowerCase()}`),
    ]);
    assert.ok(pages >= 1 && pages <= 3, `${format}: ${pages} pages`);
    const lines = [
      "Summary for my lactation consultant",
      "26 October 2026 to 8 November 2026",
      "Path: Bringing my milk back. My baby is here. Baby's age on 8 November 2026: 8 weeks.",
      "8 sessions a day of 20 minutes, 1 of them at night.",
      "Mon 2 Nov · First feed at the breast with a supplementer",
      "Tue 3 Nov · First drops",
      "Wed 4 Nov · First feed at the breast without a supplementer",
      "Thu 5 Nov · First let-down you noticed",
      "Prescribed tablets · Advised by Dr Okafor, GP · Since Mon 26 Oct · ticked as taken on 1 day in this range",
      "Tea blend · My own choice · Tue 3 Nov – Fri 6 Nov · no day ticked as taken in this range",
      // The share from the breast, the same as Progress and the Plan: against 200 ml a day.
      "Measured against 200 ml of supplement a day at the start: the average of the 6 days with supplements logged so far (2 November to 7 November). It settles once the first week is over.",
      "Mon 2 Nov 240 not lower yet –",
      "Tue 3 Nov 240 not lower yet –",
      "Wed 4 Nov 230 not lower yet –",
      "Thu 5 Nov 200 not lower yet –",
      "Fri 6 Nov 170 about 15% –",
      "Sat 7 Nov 120 about 40% –",
      // The step-down: begun on the 4th from the log's 2 days before it (240 ml each).
      "Began on Wed 4 Nov at 240 ml a day: the average of the 2 days logged in the 3 days before it.",
      "Planned for today, Sun 8 Nov: 180 ml (a guide, not a limit).",
      "Fri 6 Nov: 210 ml, stepped down",
      "Sun 8 Nov: 180 ml, stepped down",
      "Sun 8 Nov, so far",
      TOTAL,
    ];
    for (const words of lines) assert.ok(text.includes(words), `${format}: missing "${words}"\n${text}`);
  }

  // What the parent sees at the end of the week, in both themes.
  await endOfWeek(page, "relactating");
  g.assertClean();
  await context.close();
});

test("inducing with the baby here: a week of supplementer feeds, comfort nursing, test weighing and the first drops on day 5", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, at(0, 7, 0));
  await holdableReads(context);
  const g = guard(page, app.url);
  const p = phone(page);
  await open(page, app.url, "/");
  await setUp(page, INDUCING, { birth: "2026-10-19" }); // 2 weeks old
  await page.getByText("Your baby is 2 weeks old.").waitFor();
  // Donor milk through the supplementer at every feed; expressing gives nothing for four days.
  const MILK = [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
    [5, 0],
    [5, 5],
    [10, 5],
  ];
  const FEED_ML = 60;
  // Today at 20:50, by hand. Since waking (7:00): pumping at 7:05, 10:30 and 18:00 (3 × the day's
  // milk); feeds with the supplementer at 9:00, 12:00, 15:30 and 19:30 and comfort nursing at
  // 17:00 (5 at the breast); 4 × 60 ml + 50 ml by cup at 20:00 = 290 ml. In the last 24 hours, also
  // the night's pumping at 22:30 and 4:00 and the 1:00 feed from the second day on: 7, then 10
  // sessions (comfort nursing is not one). The longest break: the 12:00 feed, tapped through,
  // ends a moment after 12:15 → 15:30 = 3 h 14 min. Diapers: wet at 7:30, 9:30, 11:30, 13:30, 16:30
  // and 18:30 (6), and 1:30 from the second day on (7); dirty at 10:00, 16:00 and 20:45 (3).
  // The diaper card's supplement, over the last 24 hours: also the night's 1:00 feed of 60 ml
  // from the second day on, 290 + 60 = 350 ml.
  const TODAY = [
    said("7 of 10", "3 h 14 min", 0, 290, 5, 6, 3),
    said("10 of 10", "3 h 14 min", 0, 290, 5, 7, 3, 350),
    said("10 of 10", "3 h 14 min", 0, 290, 5, 7, 3, 350),
    said("10 of 10", "3 h 14 min", 0, 290, 5, 7, 3, 350),
    said("10 of 10", "3 h 14 min", 15, 290, 5, 7, 3, 350), // 3 × 5
    said("10 of 10", "3 h 14 min", 30, 290, 5, 7, 3, 350), // 3 × 10
    said("10 of 10", "3 h 14 min", 45, 290, 5, 7, 3, 350), // 3 × 15
  ];
  // Progress's milestones: the supplementer at the 2nd's 9:00 feed, the changes marked by hand on
  // the 4th with the 3rd's date, the first milk at the 6th's 7:05 pumping (5 ml). Every feed at the
  // breast had the supplementer (comfort nursing is not a feed).
  const SUPPLEMENTER = "2 November · First feed at the breast with a supplementer (from your log)";
  const CHANGES = "3 November · Changes in your breasts or chest";
  const DROPS = "6 November · First drops (from your log)";
  const FIRST = { lines: [SUPPLEMENTER], ahead: aheadBut("supplementer_feed") };
  const MARKED = { lines: [SUPPLEMENTER, CHANGES], ahead: aheadBut("supplementer_feed", "breast_changes") };
  const MILK_TOO = {
    lines: [SUPPLEMENTER, CHANGES, DROPS],
    ahead: aheadBut("supplementer_feed", "breast_changes", "first_drops"),
  };
  const MILESTONES = [FIRST, FIRST, FIRST, MARKED, MILK_TOO, MILK_TOO, MILK_TOO];
  // The Log's 7 days, by hand. Sessions: a feed at 1:00 and pumping at 4:00 (from the 3rd; the
  // 4:00 pumping has the day before's milk), pumping at 7:05, 10:30, 18:00 and 22:30 (not on the
  // 8th: the week ends before), 20 min; feeds at 9:00, 12:00, 15:30 and 19:30, 15 min; comfort
  // nursing at 17:00, 10 min. Rows: the sessions, a supplement with each feed and the 20:00 cup,
  // the diapers (9, and 1:30 from the 3rd), and the changes marked with the 3rd's date.
  const LOG = [
    // 10 sessions but 22:30's; 4 × 20 + 5 × 15 + 10 min; 10 + 3 × 15 ml; 10 + 6 + 10 rows
    [
      "Sunday 8 November",
      "9 sessions · 1 comfort · 165 min · 55 ml expressed · 350 ml supplement · 7 wet, 3 dirty",
      26,
    ],
    // 5 × 20 + 5 × 15 + 10; 5 + 4 × 10; 11 + 6 + 10
    [
      "Saturday 7 November",
      "10 sessions · 1 comfort · 185 min · 45 ml expressed · 350 ml supplement · 7 wet, 3 dirty",
      27,
    ],
    [
      "Friday 6 November",
      "10 sessions · 1 comfort · 185 min · 20 ml expressed · 350 ml supplement · 7 wet, 3 dirty",
      27,
    ], // 0 + 4 × 5
    ["Thursday 5 November", "10 sessions · 1 comfort · 185 min · 350 ml supplement · 7 wet, 3 dirty", 27],
    ["Wednesday 4 November", "10 sessions · 1 comfort · 185 min · 350 ml supplement · 7 wet, 3 dirty", 27],
    ["Tuesday 3 November", "10 sessions · 1 comfort · 185 min · 350 ml supplement · 7 wet, 3 dirty", 28], // + the mark
    // 4 × 20 + 4 × 15 + 10; 9 + 5 + 9
    ["Monday 2 November", "8 sessions · 1 comfort · 150 min · 290 ml supplement · 6 wet, 3 dirty", 23],
  ];
  let night = [];
  for (let d = 0; d < 7; d++) {
    const today = dateOf(at(d, 12));
    await p.moveTo(at(d, 7, 5), night);
    await p.pumpFromToday(20, ...MILK[d]);
    await p.moveTo(at(d, 7, 30));
    await p.diaper(true);
    await p.moveTo(at(d, 12), [
      ...supplementerFeed(at(d, 9), FEED_ML, "donor"),
      diaper(at(d, 9, 30)),
      diaper(at(d, 10), false, true),
      pump(at(d, 10, 30), ...MILK[d]),
      diaper(at(d, 11, 30)),
    ]);
    // On day 5 the consultant asked for a test weighing at this feed: 12 g taken at the breast.
    const weighed = d === 5 ? [3400, 3412] : undefined;
    const added = await p.supplementerFeed(15, FEED_ML, "Donor milk", { last: FEED_ML, weighed });
    if (weighed)
      assert.deepEqual(added.find(isSession).record.test_weight, { before_g: 3400, after_g: 3412 });
    await p.moveTo(at(d, 20, 45), [
      diaper(at(d, 13, 30)),
      ...supplementerFeed(at(d, 15, 30), FEED_ML, "donor"),
      diaper(at(d, 16), false, true),
      diaper(at(d, 16, 30)),
      nursing(at(d, 17), "comfort_nursing", 10),
      pump(at(d, 18), ...MILK[d]),
      diaper(at(d, 18, 30)),
      ...supplementerFeed(at(d, 19, 30), FEED_ML, "donor"),
      given(at(d, 20), 50, "donor", "cup"),
    ]);
    await p.diaper(false);
    await p.checkToday(at(d, 20, 50), TODAY[d]);
    await p.checkProgress(today, MILESTONES[d], SHARES.inducing[d]);
    if (d === 2) {
      // Fuller breasts the parent noticed yesterday, marked by hand with yesterday's date.
      const card = page.locator(".card.milestones");
      await card.getByText("Mark a milestone").click();
      await card
        .getByRole("combobox", { name: /^Milestone/ })
        .selectOption({ label: "Changes in your breasts or chest" });
      await card.getByLabel("Day", { exact: true }).fill("2026-11-03");
      await card.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByText("Milestone: changes in your breasts or chest. Your body is responding.").waitFor();
      await p.checkProgress(today, MARKED, SHARES.inducing[d]);
    }
    night = [
      pump(at(d, 22, 30), ...MILK[d]),
      ...supplementerFeed(at(d + 1, 1), FEED_ML, "donor"),
      diaper(at(d + 1, 1, 30)),
      pump(at(d + 1, 4), ...MILK[d]),
    ];
  }
  const today = "2026-11-08";
  // Every nursing had the supplementer; a week is not over, so nothing is halved yet. The last
  // whole day's share: not lower yet against the first week so far, and the test weighing: 12 ml
  // against 350 ml given.
  await p.checkProgress(
    today,
    {
      lines: [SUPPLEMENTER, CHANGES, DROPS],
      ahead: [
        "First let-down you noticed",
        "First feed at the breast without a supplementer",
        "Supplements halved",
        "A whole day with no supplement",
      ],
    },
    SHARES.inducing[6],
  );
  await p.checkLog(LOG);
  await endOfWeek(page, "inducing");
  g.assertClean();
  await context.close();
});

test("preparing before the baby arrives: pumping only and a countdown; Baby is here on day 5 keeps every entry", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, at(0, 7, 0));
  await holdableReads(context);
  const g = guard(page, app.url);
  const p = phone(page);
  await open(page, app.url, "/");
  await setUp(page, PREPARING, { due: "2026-11-12" });
  const settings = () => page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));
  const MILK = [
    [0, 0],
    [0, 0],
    [5, 0],
    [5, 5],
    [5, 5],
    [10, 5],
    [10, 10],
  ];
  const ARRIVES = 4; // Friday 6 November, six days early
  // Today, by hand. Before the baby (at 20:40): pumping at 7:05, 12:20, 15:00, 17:40 and 20:20
  // (5 × the day's milk; the morning's 9:40 pumping is logged from the baby's day on), and at 23:00
  // and 3:00 in the night from the second day on: 5, then 7 sessions in the last 24 hours; the
  // longest break: the 7:05 pumping, tapped through, ends a moment after 7:25 → 12:20 = 4 h 54 min.
  // From the baby's day (at 20:50), since waking: pumping at 7:05, 9:40, 15:00, 17:40 and 20:20
  // (5 × the milk), feeds with the supplementer (20 ml each) at 12:20 and 16:00; in the last 24
  // hours also 23:00 and 3:00, and the 1:00 feed from the 7th: 9, then 10 sessions. The longest
  // break: the 12:20 feed, tapped through, ends a moment after 12:35 → 15:00 = 2 h 24 min. Diapers, from the baby's day: the 6th wet at 13:00 and 20:40 (tapped),
  // dirty at 20:40; the 7th wet at 2:00, 7:30, 14:00 and 19:00, dirty at 11:00 and 20:40; the 8th
  // those and wet at 17:00.
  const TODAY = [
    said("5 of 8", "4 h 54 min", 0),
    said("7 of 8", "4 h 54 min", 0),
    said("7 of 8", "4 h 54 min", 25), // 5 × 5
    said("7 of 8", "4 h 54 min", 50), // 5 × 10
    said("9 of 8", "2 h 24 min", 50, 40, 2, 2, 1), // 5 × 10
    // The diaper card's supplement, over the last 24 hours: also the 1:00 feed's 20 ml from the 7th.
    said("10 of 8", "2 h 24 min", 75, 40, 2, 4, 2, 60), // 5 × 15
    said("10 of 8", "2 h 24 min", 100, 40, 2, 5, 2, 60), // 5 × 20
  ];
  // Progress's milestones: the first milk at the 4th's 7:05 pumping (5 ml), the supplementer at
  // the 6th's 12:20 feed.
  const DROPS = "4 November · First drops (from your log)";
  const SUPPLEMENTER = "6 November · First feed at the breast with a supplementer (from your log)";
  const NONE = { lines: [], ahead: aheadBut() };
  const DRIPS = { lines: [DROPS], ahead: aheadBut("first_drops") };
  const FED = { lines: [DROPS, SUPPLEMENTER], ahead: aheadBut("first_drops", "supplementer_feed") };
  const MILESTONES = [NONE, NONE, DRIPS, DRIPS, FED, FED, FED];
  // The Log's 7 days, by hand. Pumping, 20 min, at 3:00 (from the 3rd, with the day before's milk),
  // 7:05, 9:40 (from the baby's day) or 12:20 (before it), 15:00, 17:40, 20:20 and 23:00 (not on
  // the 8th); from the 6th feeds at 12:20 and 16:00, and at 1:00 from the 7th, 15 min, each with
  // 20 ml. Rows: the sessions, the supplements and the diapers.
  const LOG = [
    // 6 × 20 + 3 × 15 min; 15 + 5 × 20 ml; 9 + 3 + 7 rows
    ["Sunday 8 November", "9 sessions · 165 min · 115 ml expressed · 60 ml supplement · 5 wet, 2 dirty", 19],
    // 7 × 20 + 3 × 15; 10 + 6 × 15; 10 + 3 + 6
    [
      "Saturday 7 November",
      "10 sessions · 185 min · 100 ml expressed · 60 ml supplement · 4 wet, 2 dirty",
      19,
    ],
    // 7 × 20 + 2 × 15; 10 + 6 × 10; 9 + 2 + 3
    ["Friday 6 November", "9 sessions · 170 min · 70 ml expressed · 40 ml supplement · 2 wet, 1 dirty", 14],
    ["Thursday 5 November", "7 sessions · 140 min · 65 ml expressed", 7], // 5 + 6 × 10
    ["Wednesday 4 November", "7 sessions · 140 min · 30 ml expressed", 7], // 0 + 6 × 5
    ["Tuesday 3 November", "7 sessions · 140 min", 7],
    ["Monday 2 November", "6 sessions · 120 min", 6],
  ];
  const countdown = page.locator(".card.preparing .countdown");
  let night = [];
  for (let d = 0; d < 7; d++) {
    const today = dateOf(at(d, 12));
    await p.moveTo(at(d, 7, 5), night);
    await p.pumpFromToday(20, ...MILK[d]);
    const baby = d > ARRIVES;
    if (baby) {
      await p.moveTo(at(d, 7, 30));
      await p.diaper(true);
    }
    const morning = [pump(at(d, 9, 40), ...MILK[d])];
    if (d === ARRIVES) {
      // The baby comes early: one tap on Today, and the log stays exactly as it was.
      await p.moveTo(at(d, 10), morning);
      assert.equal(await countdown.innerText(), "6 days until your baby is due.");
      const before = await storedRecords(page);
      const ready = page.getByRole("region", { name: "Getting ready for your baby" });
      await ready.getByRole("button", { name: "Baby is here" }).click();
      // Born today, as filled in.
      await ready.getByRole("button", { name: "Save: my baby is here" }).click();
      await page.getByText("Welcome, little one.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
      assert.deepEqual(await storedRecords(page), before, "every entry is kept");
      const s = await settings();
      assert.deepEqual([s.journey.path, s.journey.birth_date], ["inducing_baby_here", "2026-11-06"]);
      morning.length = 0;
    }
    if (d >= ARRIVES) {
      // A newborn: a small feed through the supplementer at midday, tapped through.
      if (baby) morning.push(diaper(at(d, 11), false, true));
      await p.moveTo(at(d, 12, 20), morning);
      await p.supplementerFeed(15, 20, "Donor milk", { last: d > ARRIVES && 20 });
    }
    const afternoon = [
      pump(at(d, 15), ...MILK[d]),
      pump(at(d, 17, 40), ...MILK[d]),
      pump(at(d, 20, 20), ...MILK[d]),
    ];
    if (d < ARRIVES) afternoon.push(pump(at(d, 12, 20), ...MILK[d]));
    // Wet diapers build up by about one a day in the first days: 2, 3 and 4 by the evening.
    if (d === ARRIVES) afternoon.push(diaper(at(d, 13)), ...supplementerFeed(at(d, 16), 20, "donor"));
    if (baby)
      afternoon.push(diaper(at(d, 14)), ...supplementerFeed(at(d, 16), 20, "donor"), diaper(at(d, 19)));
    if (d === 6) afternoon.push(diaper(at(d, 17)));
    await p.moveTo(at(d, 20, 40), afternoon);
    if (d >= ARRIVES) {
      if (d === ARRIVES) await p.diaper(true);
      await p.diaper(false);
      await page
        .locator(".baby-age")
        .getByText(
          ["Your baby was born today.", "Your baby is 1 day old.", "Your baby is 2 days old."][d - ARRIVES],
        )
        .waitFor();
      assert.equal(await page.locator(".card.preparing").count(), 0);
      await p.checkToday(at(d, 20, 50), TODAY[d]);
    } else {
      // Pumping only, and the countdown a day shorter each day.
      assert.equal(await countdown.innerText(), `${10 - d} days until your baby is due.`);
      await p.checkToday(at(d, 20, 40), TODAY[d], { baby: false });
      assert.equal(await page.locator(".warning-signs").count(), 0);
    }
    if (d === 1) {
      // Nothing to step down before the baby is here.
      await nav(page, "Plan");
      await page.getByLabel("Sessions per 24 hours").waitFor();
      assert.equal(await page.getByLabel("Plan a slow step-down of supplements").count(), 0);
    }
    await p.checkProgress(today, MILESTONES[d], SHARES.preparing[d]);
    night = [pump(at(d, 23), ...MILK[d]), pump(at(d + 1, 3), ...MILK[d])];
    if (d >= ARRIVES) night.push(...supplementerFeed(at(d + 1, 1), 20, "donor"), diaper(at(d + 1, 2)));
  }
  const today = "2026-11-08";
  await p.checkProgress(today, FED, SHARES.preparing[6]);
  await p.checkLog(LOG);
  await endOfWeek(page, "preparing");
  g.assertClean();
  await context.close();
});

test("taps to a saved feed with the supplementer: 4 from Today the first time and 3 after, 3 from the home-screen shortcut", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, at(0, 9));
  await holdableReads(context);
  const g = guard(page, app.url);
  // Every tap the page receives, counted by the page itself.
  await page.addInitScript(() => {
    window.__taps = 0;
    document.addEventListener("click", (e) => e.isTrusted && window.__taps++, true);
  });
  const taps = () => page.evaluate(() => window.__taps);
  const linked = async () => {
    const log = await logOf(page);
    const sup = log.find(
      (e) => e.record.type === "supplement" && e.record.method === "at_breast_supplementer",
    );
    return sup && log.some((e) => e.id === sup.record.after_session && e.record.kind === "nursing");
  };
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Skip for now" }).click();
  // The first time, Today has no one-tap start for it: the Timer tab comes first.
  await page.getByRole("button", { name: "Start pumping" }).waitFor();
  assert.equal(await page.getByRole("button", { name: /supplementer/i }).count(), 0);
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Start pumping" }).waitFor();
  await nav(page, "Timer");
  await page.getByRole("button", { name: "Nurse with supplementer" }).click();
  await page.clock.fastForward(15 * MIN);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  assert.ok(await linked(), "a nursing session and the supplement given with it");
  assert.equal(await taps(), 4, "Timer, Nurse with supplementer, Stop, Save");
  // From then on Today's Start begins what was logged last: 3 taps from the home screen.
  await page.clock.fastForward(120 * MIN);
  await open(page, app.url, "/");
  const before = await taps();
  await page.getByRole("button", { name: "Start nursing with supplementer" }).click();
  await page.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await page.clock.fastForward(15 * MIN);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Session saved.").waitFor();
  assert.equal((await taps()) - before, 3, "Start nursing with supplementer, Stop, Save");

  // The shortcut opens the timer already running (tap 1, on the phone's home screen).
  const fresh = await phoneAt(browser, CONTEXT, at(0, 9));
  await holdableReads(fresh.context);
  const shortcut = fresh.page;
  await shortcut.addInitScript(() => {
    window.__taps = 0;
    document.addEventListener("click", (e) => e.isTrusted && window.__taps++, true);
  });
  await open(shortcut, app.url, "/timer?start=supplementer");
  await shortcut.getByRole("heading", { level: 1, name: "Nursing with supplementer" }).waitFor();
  await shortcut.clock.fastForward(15 * MIN);
  await shortcut.getByRole("button", { name: "Stop" }).click();
  await shortcut.getByRole("button", { name: "Save", exact: true }).click();
  await shortcut.getByText("Session saved.").waitFor();
  const log = await logOf(shortcut);
  assert.deepEqual(log.map((e) => e.record.type).sort(), ["session", "supplement"]);
  assert.equal(await shortcut.evaluate(() => window.__taps), 2, "Stop, Save");
  g.assertClean();
  await fresh.context.close();
  await context.close();
});
