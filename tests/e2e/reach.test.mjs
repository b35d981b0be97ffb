// Within reach, and where the parent is: the timer's controls stay on screen and still at every phone
// size (before and after the goal, under a notice), Save stays in reach, confirmations go away by
// themselves without covering anything and offer Undo, errors stay, focus is never hidden behind
// the bottom bar and lands on the new screen's heading, and names say what they are. Time is
// Playwright's paused clock: it moves only when a test moves it.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  guard,
  launch,
  open,
  PHONE,
  screenshots,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const START = new Date("2026-11-28T03:00:00+00:00").getTime();
const MINUTE = 60_000;
const SIZES = [
  [320, 568],
  [375, 667],
  [390, 844],
  [844, 390],
];
const CONTROLS = ["Switch side", "Pause", "Stop"];

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** A phone of `width`×`height` whose clock stands at `time` until the test moves it. */
async function phone(width = 390, height = 844, time = START, locale = "en-GB") {
  const context = await browser.newContext({
    ...PHONE,
    viewport: { width, height },
    timezoneId: "Europe/London",
    locale,
  });
  await context.clock.install({ time: time - MINUTE });
  await context.clock.pauseAt(time);
  const page = await context.newPage();
  return { context, page, g: guard(page, app.url) };
}

const button = (page, name) => page.getByRole("button", { name, exact: true });
const mainNav = (page) => page.getByRole("navigation", { name: "Main" });

/** Where each control (the running timer's, unless named) is, and whether a tap at its centre
 *  reaches it (nothing over it). */
async function controls(page, names = CONTROLS) {
  const out = {};
  for (const name of names) {
    const b = button(page, name);
    out[name] = {
      box: await b.boundingBox(),
      reachable: await b.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
    };
  }
  return out;
}

/** Asserts every control is wholly on screen, above the bottom bar, and not covered. */
async function assertInReach(page, got, where) {
  const { width, height } = page.viewportSize();
  // The bar by its place, not its name: this also runs in other languages.
  const bar = await page.locator("nav.bottom:not([aria-hidden])").boundingBox();
  for (const [name, { box, reachable }] of Object.entries(got)) {
    const at = `${where}: ${name} ${JSON.stringify(box)} on ${width}×${height}, bar at ${bar.y}`;
    assert.ok(box.x >= 0 && box.x + box.width <= width, `${at}: off the side`);
    assert.ok(box.y >= 0 && box.y + box.height <= height, `${at}: off the screen`);
    assert.ok(box.y + box.height <= bar.y + 0.5, `${at}: behind the bottom bar`);
    assert.ok(reachable, `${at}: something lies over it`);
  }
}

/** The boxes of every control on screen (main and the bottom bar) that `box` overlaps. */
function overlapped(page, box, header = false) {
  return page.evaluate(
    ([n, header]) => {
      const hit = [];
      for (const el of document.querySelectorAll(
        `main button, main a, main input, main textarea, nav.bottom a${header ? ", header a, header button" : ""}`,
      )) {
        if (!el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        const apart = r.right <= n.x || r.left >= n.x + n.width || r.bottom <= n.y || r.top >= n.y + n.height;
        if (!apart) hit.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`);
      }
      return hit;
    },
    [box, header],
  );
}

/** The focused element, described, and whether it can be seen: its centre is not under anything. */
function focusSeen(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {
      what: `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`,
      seen: el === document.body || el.contains(top) || top?.contains(el) === true,
      sized: r.width > 0 && r.height > 0,
    };
  });
}

/** Tabs through every stop on the page (up to `max`), asserting none is hidden behind a bar. */
async function assertFocusNeverHidden(page, where, max = 80) {
  const hidden = [];
  let count = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focusSeen(page);
    if (f.what.startsWith("body")) break;
    count++;
    if (f.sized && !f.seen) hidden.push(f.what);
  }
  assert.ok(count > 3, `${where}: only ${count} tab stops`);
  assert.deepEqual(hidden, [], `${where}: focused controls hidden behind the bars`);
}

const focusedHeading = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el.tagName === "H1"
      ? el.textContent.trim()
      : `${el.tagName} ${el.textContent.trim().slice(0, 30)}`;
  });

test("the pumping goal is the plan's session length (30 min plan: no goal at 29, goal at 30)", async () => {
  const { context, page, g } = await phone();
  await open(page, app.url, "/timer");
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1") || "{}");
    s.plan = { ...(s.plan || {}), session_minutes: 30 };
    localStorage.setItem("relact.settings.v1", JSON.stringify(s));
  });
  await open(page, app.url, "/timer");
  await button(page, "Pump").click();
  await page.getByText("Goal: 30 min").waitFor();
  await page.clock.fastForward(29 * MINUTE);
  await page.getByRole("timer").getByText("29:00").waitFor();
  assert.doesNotMatch(await page.locator(".ring").getAttribute("class"), /reached/);
  await page.clock.fastForward(MINUTE);
  await page.getByText("Goal reached", { exact: true }).waitFor();
  g.assertClean();
  await context.close();
});

for (const [width, height] of SIZES) {
  test(`${width}×${height}: Switch side, Pause and Stop are on screen above the bottom bar and never move (goal, notice); Save in reach`, async () => {
    const { context, page, g } = await phone(width, height);
    await open(page, app.url, "/timer");
    await button(page, "Pump").click();
    await page.clock.fastForward(5 * MINUTE);
    await page.getByRole("timer").getByText("5:00").waitFor();
    const before = await controls(page);
    await assertInReach(page, before, "before the goal");

    await page.clock.fastForward(16 * MINUTE);
    await page.getByText("Goal reached", { exact: true }).waitFor();
    const reached = await controls(page);
    await assertInReach(page, reached, "after the goal");
    assert.deepEqual(reached, before, "the goal moved the controls");

    // Stop: Save is in reach without scrolling.
    await button(page, "Stop").click();
    await page.getByRole("heading", { name: "Save this session" }).waitFor();
    const save = button(page, "Save");
    const box = await save.boundingBox();
    const bar = await mainNav(page).boundingBox();
    assert.ok(
      box.y >= 0 && box.y + box.height <= bar.y + 0.5,
      `Save ${JSON.stringify(box)} not above the bar`,
    );
    await save.click();
    const saved = page.locator(".notice").filter({ hasText: "Session saved." });
    await saved.waitFor();

    // The next session starts under the confirmation: the controls are where they were, and the
    // confirmation covers none of them, nor any other control on the screen.
    await button(page, "Pump").click();
    await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
    await page.getByRole("timer").getByText("0:00").waitFor();
    assert.equal(await saved.count(), 1, "the confirmation is still there (the clock stands still)");
    const underNotice = await controls(page);
    await assertInReach(page, underNotice, "under a notice");
    assert.deepEqual(underNotice, before, "the notice moved the controls");
    assert.deepEqual(
      await overlapped(page, await saved.boundingBox(), true),
      [],
      "the notice covers controls",
    );

    await screenshots(page, app.url, "/timer", `reach-timer-${width}x${height}`);
    // Drawn again in either theme after a reload: still all in reach.
    await assertInReach(page, await controls(page), "after the reload (night)");
    g.assertClean();
    await context.close();
  });
}

test("a timer left on for hours: Continue and 'It ended just now' are on the first screen at every size, in English and in Spanish", async () => {
  const languages = [
    ["en-GB", "Pump", "Stop", ["Continue", "It ended just now"]],
    ["es", "Extractor", "Parar", ["Continuar", "Acaba de terminar"]],
  ];
  for (const [width, height] of SIZES) {
    for (const [locale, pump, stop, names] of languages) {
      const { context, page, g } = await phone(width, height, START, locale);
      await open(page, app.url, "/timer");
      await button(page, pump).click();
      await page.clock.fastForward(4 * 60 * MINUTE);
      await button(page, stop).click();
      await button(page, names[1]).waitFor();
      await assertInReach(page, await controls(page, names), `${locale}, the end-time question`);
      // The field above them is on the first screen too, not under the held buttons.
      const field = await page.locator("input[type=datetime-local]").boundingBox();
      const buttons = await button(page, names[0]).boundingBox();
      assert.ok(field.y >= 0 && field.y + field.height <= buttons.y + 0.5, `${locale}: field at ${field.y}`);
      g.assertClean();
      await context.close();
    }
  }
});

test("320×568: after nursing with a supplement, Save stays in reach and every focused control of the save panel and the running timer is visible", async () => {
  const { context, page, g } = await phone(320, 568);
  await open(page, app.url, "/timer");
  await button(page, "Nurse").click();
  await page.clock.fastForward(15 * MINUTE);
  await assertFocusNeverHidden(page, "running timer");
  await button(page, "Stop").click();
  await page.getByRole("heading", { name: "Save this session" }).waitFor();
  // The supplement question (its wording belongs to the supplement form).
  await page.locator("main").getByRole("checkbox").first().check();
  await page.getByRole("radio").first().waitFor();
  const save = button(page, "Save");
  const bar = await mainNav(page).boundingBox();
  for (const at of ["top", "bottom"]) {
    await page.evaluate((at) => window.scrollTo(0, at === "top" ? 0 : document.body.scrollHeight), at);
    const box = await save.boundingBox();
    assert.ok(
      box.y >= 0 && box.y + box.height <= bar.y + 0.5,
      `scrolled to the ${at}: Save at ${JSON.stringify(box)}`,
    );
    assert.ok(
      await save.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
      `scrolled to the ${at}: Save is covered`,
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await assertFocusNeverHidden(page, "save panel with a supplement");
  g.assertClean();
  await context.close();
});

test("Progress at 320×568 and 390×844: no focused control is hidden behind the bottom bar; each table button names its chart", async () => {
  for (const [width, height] of [
    [320, 568],
    [390, 844],
  ]) {
    const { context, page, g } = await phone(width, height, START + 17 * 3_600_000);
    await open(page, app.url, "/progress");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const entries = [];
    for (let d = 1; d <= 6; d++) {
      const start = START - d * 86_400_000 + 8 * 3_600_000;
      entries.push({
        id: `s${d}`,
        created: start,
        updated: start,
        deleted: false,
        at: start,
        record: {
          type: "session",
          kind: "pumping",
          start,
          end: start + 20 * MINUTE,
          segments: [],
          left_ml: 20,
          right_ml: 20,
          notes: "",
        },
      });
      const at = start + 3_600_000;
      entries.push({
        id: `d${d}`,
        created: at,
        updated: at,
        deleted: false,
        at,
        record: { type: "diaper", at, wet: true, dirty: false },
      });
    }
    await seedEntries(page, entries);
    await open(page, app.url, "/progress");
    // The first drops are celebrated once, in the page at the top of the milestones card: nothing
    // lies over the heading or the range buttons under it (a 3-line message did, for 10 s).
    const celebration = page
      .locator(".card.milestones")
      .getByText("Milestone: your first drops. Every drop counts.");
    await celebration.waitFor();
    assert.equal(await page.locator(".notice.confirmation").count(), 0, "no message over the screen");
    const ranges = ["7 days", "30 days", "All"];
    await assertInReach(page, await controls(page, ranges), "range buttons under a celebration");
    const tables = page.getByRole("button", { name: /^Show as a table/ });
    await tables.first().waitFor();
    const names = await tables.evaluateAll((els) =>
      els.map((el) => ({
        name: el.textContent.trim(),
        chart: el.closest("section")?.querySelector("h2")?.textContent,
      })),
    );
    assert.ok(names.length >= 2, `${names.length} charts`);
    assert.equal(
      new Set(names.map((n) => n.name)).size,
      names.length,
      `names repeat: ${JSON.stringify(names)}`,
    );
    for (const n of names) assert.ok(n.name.includes(n.chart), `"${n.name}" does not name "${n.chart}"`);
    await assertFocusNeverHidden(page, `Progress ${width}×${height}`, 120);
    g.assertClean();
    await context.close();
  }
});

test("confirmations go away by themselves, announced and with Undo; errors stay until dismissed", async () => {
  const { context, page, g } = await phone();
  await open(page, app.url, "/timer");
  await button(page, "Hand express").click();
  await page.clock.fastForward(10 * MINUTE);
  await button(page, "Stop").click();
  await button(page, "Save").click();
  const saved = page.locator(".notice").filter({ hasText: "Session saved." });
  await saved.waitFor();
  // In the live region, so a screen reader says it.
  assert.equal(await saved.evaluate((el) => el.closest("[aria-live=polite]") !== null), true);
  // Focus went to the new screen's heading, not to the page.
  assert.equal(await focusedHeading(page), "Timer");
  await page.clock.fastForward(9_000);
  assert.equal(await saved.count(), 1, "a confirmation with Undo stays 10 seconds");
  await page.clock.fastForward(1_500);
  await saved.waitFor({ state: "detached" });

  // Undo takes the session back out of the log, and says so.
  await button(page, "Pump").click();
  await page.clock.fastForward(20 * MINUTE);
  await button(page, "Stop").click();
  await button(page, "Save").click();
  await page.locator(".notice").filter({ hasText: "Session saved." }).waitFor();
  await page.locator(".notice").getByRole("button", { name: "Undo" }).click();
  const undone = page.locator(".notice").filter({ hasText: "Undone" });
  await undone.waitFor();
  assert.equal(await focusedHeading(page), "Timer");
  const pumps = (await storedRecords(page)).filter((r) => JSON.parse(r.data).record.kind === "pumping");
  assert.equal(pumps.length, 1);
  assert.equal(pumps[0].deleted, true, "the undone session is deleted (kept as a tombstone)");
  await page.clock.fastForward(5_100);
  await undone.waitFor({ state: "detached" });

  // Discarding: a confirmation without Undo, gone after 5 seconds; focus on the heading.
  await button(page, "Pump").click();
  await page.clock.fastForward(MINUTE);
  await button(page, "Stop").click();
  await button(page, "Discard").click();
  await button(page, "Yes, discard").click();
  const discarded = page.locator(".notice").filter({ hasText: "Session discarded." });
  await discarded.waitFor();
  assert.equal(await focusedHeading(page), "Timer");
  assert.equal(await discarded.getByRole("button", { name: "Undo" }).count(), 0);
  await page.clock.fastForward(5_100);
  await discarded.waitFor({ state: "detached" });

  // An error stays until dismissed.
  await page.evaluate(() => localStorage.setItem("relact.settings.v1", "{broken"));
  await open(page, app.url, "/timer");
  const error = page.locator(".notice").filter({ hasText: "could not be read" });
  await error.waitFor();
  await page.clock.fastForward(10 * MINUTE);
  assert.equal(await error.count(), 1, "the error went away by itself");
  await error.getByRole("button", { name: "Dismiss" }).click();
  await error.waitFor({ state: "detached" });
  g.assertClean();
  await context.close();
});

test("a diaper tap on Today is confirmed with Undo, which takes it back; the confirmation covers no control or link", async () => {
  // The header's links and every control stay uncovered on the smallest phone and in landscape.
  for (const [width, height] of [
    [320, 568],
    [844, 390],
  ]) {
    const { context, page } = await phone(width, height, START + 9 * 3_600_000);
    await open(page, app.url, "/");
    await page.getByRole("button", { name: "Add a wet diaper" }).click();
    const saved = page.locator(".notice").filter({ hasText: "Diaper saved." });
    await saved.waitFor();
    const covered = await overlapped(page, await saved.boundingBox(), true);
    assert.deepEqual(covered, [], `${width}×${height}: the notice covers controls`);
    await context.close();
  }
  const { context, page, g } = await phone(390, 844, START + 9 * 3_600_000);
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  const saved = page.locator(".notice").filter({ hasText: "Diaper saved." });
  await saved.waitFor();
  assert.deepEqual(await overlapped(page, await saved.boundingBox(), true), [], "the notice covers controls");
  await saved.getByRole("button", { name: "Undo" }).click();
  await page.locator(".notice").filter({ hasText: "Undone" }).waitFor();
  const diapers = (await storedRecords(page)).filter((r) => JSON.parse(r.data).record.type === "diaper");
  assert.equal(diapers.length, 1);
  assert.equal(diapers[0].deleted, true);
  assert.equal(await focusedHeading(page), "Today");
  g.assertClean();
  await context.close();
});

test('"Ready to work offline" covers nothing: on a running timer it is said, not shown, and moves none of the controls', async () => {
  const context = await browser.newContext({
    ...PHONE,
    viewport: { width: 375, height: 667 },
    timezoneId: "Europe/London",
  });
  // A flowing clock: the service worker installs in real time.
  await context.clock.install({ time: START });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/timer");
  await button(page, "Pump").click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  const before = await controls(page);
  const ready = page.getByRole("status").filter({ hasText: "Ready to work offline" });
  await ready.waitFor({ timeout: 30_000 });
  // Measured the moment it is said: nothing lies over the controls, nothing moved, even scrolled
  // to the end of the page.
  assert.deepEqual(
    await overlapped(page, await ready.boundingBox(), true),
    [],
    "the offline line covers controls",
  );
  await assertInReach(page, await controls(page), "while the offline line is said");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  assert.deepEqual(await controls(page), before, "the controls did not move");
  await page.clock.fastForward(11_000);
  await ready.waitFor({ state: "detached" });
  g.assertClean();
  await context.close();
});

test('"Ready to work offline" on a first open of Today at 320×568 covers neither the header\'s links nor any control', async () => {
  const context = await browser.newContext({
    ...PHONE,
    viewport: { width: 320, height: 568 },
    timezoneId: "Europe/London",
  });
  await context.clock.install({ time: START });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  const links = page.locator("header a");
  const reachable = () =>
    links.evaluateAll((all) =>
      all.map((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
    );
  const linksBefore = await links.evaluateAll((all) => all.map((el) => el.getBoundingClientRect().toJSON()));
  const line = page.locator(".offline-ready").filter({ hasText: "Ready to work offline" });
  await line.waitFor({ timeout: 30_000 });
  assert.deepEqual(
    await overlapped(page, await line.boundingBox(), true),
    [],
    "the offline line covers a control",
  );
  assert.ok((await reachable()).every(Boolean), "the Guide and Settings links can be tapped");
  assert.deepEqual(
    await links.evaluateAll((all) => all.map((el) => el.getBoundingClientRect().toJSON())),
    linksBefore,
    "and nothing in the header moved",
  );
  g.assertClean();
  await context.close();
});

test("focus: the skip link moves it to the screen; Start pumping, Switch from Both, names without times, a real label on the clock", async () => {
  const { context, page, g } = await phone();
  await open(page, app.url, "/");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Skip to content");
  await page.keyboard.press("Enter");
  assert.equal(
    await page.evaluate(() => document.activeElement.id),
    "main",
    "the skip link moved focus to main",
  );

  await page.getByRole("button", { name: "Start pumping" }).click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  assert.equal(await focusedHeading(page), "Pumping", "after the screen change, focus is on its heading");

  // Pumping starts on Both; one tap on Switch side picks the left for a single pump.
  assert.equal(await button(page, "Both").getAttribute("aria-pressed"), "true");
  await page.clock.fastForward(7_000);
  // Names are the side alone, whatever time has passed.
  for (const side of ["Left", "Both", "Right"]) assert.equal(await button(page, side).count(), 1, side);
  assert.equal(await page.getByRole("button", { name: /\d:\d\d/ }).count(), 0, "a time in a button's name");
  await button(page, "Switch side").click();
  assert.equal(await button(page, "Left").getAttribute("aria-pressed"), "true");
  await page.clock.fastForward(MINUTE);
  assert.equal(await button(page, "Left").count(), 1);

  // The clock has a real label (text, not aria-label on a paragraph).
  assert.match(await page.getByRole("timer").innerText(), /^Time so far\s+1:07$/);
  assert.equal(await page.locator("p[aria-label]").count(), 0);
  g.assertClean();
  await context.close();
});

test("field borders reach 3:1 against their background in light and night; Go to Today is a 48 px target", async () => {
  const { context, page, g } = await phone();
  for (const theme of ["light", "night"]) {
    await open(page, app.url, "/");
    await setTheme(page, theme);
    await open(page, app.url, "/timer");
    await button(page, "Pump").click();
    await button(page, "Stop").click();
    await page.getByRole("heading", { name: "Save this session" }).waitFor();
    const ratios = await page.evaluate(() => {
      const rgb = (c) =>
        c
          .match(/[\d.]+/g)
          .slice(0, 4)
          .map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const behind = (el) => {
        for (let p = el.parentElement; p; p = p.parentElement) {
          const c = rgb(getComputedStyle(p).backgroundColor);
          if (c.length < 4 || c[3] > 0) return c;
        }
        return rgb(getComputedStyle(document.documentElement).backgroundColor);
      };
      return [...document.querySelectorAll("main input[type=text], main textarea")].map((el) => {
        const a = lum(rgb(getComputedStyle(el).borderTopColor));
        const b = lum(behind(el));
        return { id: el.id || el.tagName, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    assert.ok(ratios.length >= 3);
    for (const r of ratios) assert.ok(r.ratio >= 3, `${theme}: ${r.id} border ${r.ratio.toFixed(2)}:1`);
    await button(page, "Discard").click();
    await button(page, "Yes, discard").click();
  }
  await open(page, app.url, "/no-such-page");
  const home = await page.getByRole("link", { name: "Go to Today" }).boundingBox();
  assert.ok(home.height >= 48 && home.width >= 48, `Go to Today is ${home.width}×${home.height}`);
  g.assertClean();
  await context.close();
});
