// Where the parent starts, from the first start on a controlled clock (en-GB, Europe/London, where
// November is UTC): preparing before the baby arrives counts down to the due date, runs the gentle
// opening phase and shows pumping only; "Baby is here" keeps the log and brings the diapers; the
// two paths with the baby here show the baby's age and diaper guidance that fits it; the path can
// be changed in Settings, and settings saved before the journey existed still load.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  guard,
  launch,
  nav,
  open,
  PHONE,
  phoneAt,
  screenshots,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const MIN = 60_000;
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const at = (time, options = {}) => phoneAt(browser, { ...CONTEXT, ...options }, time);

const PREPARING =
  "Making milk before my baby arrives (for example adoption, surrogacy, or my partner carrying our baby).";
const INDUCING = "Making milk for the first time. My baby is here.";
const RELACTATING = "Bringing my milk back. My baby is here.";
const settings = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));

test("preparing: a countdown, the opening phase and pumping only; Baby is here keeps the log and brings the diapers", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  const setup = page.getByRole("form", { name: "Set up your day" });
  await setup.waitFor();
  // Relactating is chosen until the parent picks another path.
  assert.ok(await setup.getByLabel(RELACTATING).isChecked());
  await setup.getByLabel(PREPARING).check();
  await setup.getByLabel("When your baby is expected").fill("2026-12-20");
  await setup.getByLabel(/gentle opening phase/).check();
  assert.equal(await setup.getByLabel("Sessions a day").inputValue(), "8");
  await setup.getByRole("button", { name: "Save my day" }).click();
  await setup.waitFor({ state: "detached" });

  // The countdown, the opening phase's next session, and nothing about a baby yet.
  const card = page.getByRole("region", { name: "Getting ready for your baby" });
  await card.getByText("22 days until your baby is due.").waitFor();
  await card.getByText("Opening phase until Mon 30 Nov 10:00").waitFor();
  // The opening phase leads: its first session is due now, and the day's plan waits for it.
  await page.getByRole("heading", { name: "A session is due now" }).waitFor();
  await page
    .getByText("Your daily plan of sessions begins when the opening phase ends, on Mon 30 Nov 10:00.")
    .waitFor();
  assert.equal(await page.getByRole("heading", { name: "Today's plan" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Add a wet diaper" }).count(), 0);
  assert.equal(await page.getByText("Diapers, last 24 hours").count(), 0);
  assert.equal(await page.getByText(/^Supplement since/).count(), 0);
  assert.equal(await page.getByText("Worth a call today").count(), 0);
  assert.equal(
    await page.getByText("Nursing and comfort at the breast").count(),
    0,
    "no nursing before the baby",
  );
  // The sessions tile counts what the opening phase asks: from 10:00 every 2 hours by day, every
  // 3 hours asleep (23:00–07:00): 10 12 14 16 18 20 22, 00 03 06, 09 — 11 in its first 24 hours.
  const sessionsTile = page
    .locator("dl.stats > div", { hasText: "Sessions in the last 24 hours" })
    .locator("dd");
  assert.equal(await sessionsTile.innerText(), "0 of 11");
  let s = await settings(page);
  assert.equal(s.journey.path, "preparing");
  assert.equal(s.journey.due_date, "2026-12-20");
  assert.equal(s.plan.goal, "induced_lactation");
  assert.equal(s.plan.step_down, null);

  // One opening session, timed and saved: its goal is the phase's 15 minutes, not the plan's 20;
  // the Timer offers pumping and hand expressing only.
  await nav(page, "Timer");
  assert.equal(await page.getByRole("button", { name: "Nurse", exact: true }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Nurse with supplementer" }).count(), 0);
  await nav(page, "Today");
  await page.getByRole("button", { name: "Start pumping" }).click();
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  await page.getByText("Goal: 15 min").waitFor();
  await page.clock.fastForward(15 * MIN);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await nav(page, "Today");
  await page.locator(".next-when").getByText("12:00, in 1 h 45 min").waitFor();
  assert.equal(await sessionsTile.innerText(), "1 of 11");
  // The Plan shows the same: the phase's sessions of about 15 minutes, the next at 12:00.
  await nav(page, "Plan");
  const opening = page.getByRole("region", { name: "Your first 48 hours: the opening phase" });
  await opening.getByText("Each session: 15 min").waitFor();
  assert.equal(await opening.getByRole("heading", { level: 3 }).first().innerText(), "Saturday 28 November");
  assert.equal(await opening.locator(".slot-time").first().innerText(), "12:00");
  await page
    .getByText("Your daily plan of sessions begins when the opening phase ends, on Mon 30 Nov 10:00.")
    .waitFor();
  await screenshots(page, app.url, "/plan", "plan-opening");
  await nav(page, "Today");
  await screenshots(page, app.url, "/", "journey-preparing");
  await screenshots(page, app.url, "/settings", "journey-preparing-settings");
  const before = await storedRecords(page);
  assert.equal(before.length, 1);

  // A week and a day later, the countdown has moved on; the opening phase is over.
  await page.clock.setSystemTime(new Date("2026-12-06T10:30:00Z"));
  await open(page, app.url, "/");
  await page.getByText("14 days until your baby is due.").waitFor();
  assert.equal(await page.getByText(/Opening phase until/).count(), 0);
  await page.getByRole("heading", { name: "Today's plan" }).waitFor();

  // The baby comes early: one tap on Today.
  await card.getByRole("button", { name: "Baby is here" }).click();
  // Asked when, with today filled in: a newborn.
  assert.equal(await card.getByLabel("When was your baby born?").inputValue(), "2026-12-06");
  await card.getByRole("button", { name: "Save: my baby is here" }).click();
  await page.getByText("Welcome, little one.", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
  await page.getByText("Your baby was born today.").waitFor();
  await page.getByText(/In the first days wet diapers build up: about 1 on day 1, 2 on day 2/).waitFor();
  await page.getByText(/^Supplement since/).waitFor();
  assert.equal(await page.getByText("Getting ready for your baby").count(), 0);
  s = await settings(page);
  assert.equal(s.journey.path, "inducing_baby_here");
  assert.equal(s.journey.birth_date, "2026-12-06");
  assert.deepEqual(await storedRecords(page), before, "the log is untouched");
  await nav(page, "Log");
  await page.getByRole("button", { name: "Show earlier days" }).click();
  await page.getByText(/^Pumping · 15 min/).waitFor();
  await open(page, app.url, "/settings");
  assert.ok(await page.getByRole("radio", { name: INDUCING }).isChecked());
  assert.equal(await page.getByLabel("Baby's birth date (if you like)").inputValue(), "2026-12-06");
  await screenshots(page, app.url, "/", "journey-baby-here");
  g.assertClean();
  await context.close();
});

test("inducing with the baby here: ten sessions to start, the baby's age and the guidance for it", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  const setup = page.getByRole("form", { name: "Set up your day" });
  await setup.getByLabel(INDUCING).check();
  assert.equal(await setup.getByLabel("Sessions a day").inputValue(), "10");
  await setup.getByLabel("Baby's birth date (if you like)").fill("2026-11-20");
  await setup.getByRole("button", { name: "Save my day" }).click();
  await setup.waitFor({ state: "detached" });
  await page.getByText("Your baby is 8 days old.").waitFor();
  await page
    .getByText(/At your baby's age: 6 or more heavy wet diapers and 3 or more stools in 24 hours/)
    .waitFor();
  await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
  assert.equal(await page.getByText("Getting ready for your baby").count(), 0);
  const s = await settings(page);
  assert.equal(s.plan.sessions_per_day, 10);
  assert.equal(s.journey.birth_date, "2026-11-20");
  // Six weeks on, weeks instead of days and the guidance for an older baby.
  await page.clock.setSystemTime(new Date("2027-01-03T10:30:00Z"));
  await open(page, app.url, "/");
  await page.getByText("Your baby is 6 weeks old.").waitFor();
  await page.getByText(/Stools may come less often/).waitFor();
  await screenshots(page, app.url, "/", "journey-inducing");
  g.assertClean();
  await context.close();
});

test("relactating by skipping; the path changes in Settings and moves the plan", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Skip for now" }).click();
  await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
  await page.getByText(/Add your baby's birth date in Settings/).waitFor();
  assert.equal((await settings(page)).journey.path, "relactating");
  await open(page, app.url, "/settings");
  const section = page.getByRole("region", { name: "Your journey" });
  assert.ok(await section.getByRole("radio", { name: RELACTATING }).isChecked());
  await section.getByLabel("Supplement a day now, in ml (if you like)").fill("240");
  await section.getByLabel("Supplement a day now, in ml (if you like)").blur();
  await section.getByRole("radio", { name: INDUCING }).check();
  await page.getByText(/Your plan now starts from this path/).waitFor();
  let s = await settings(page);
  assert.equal(s.journey.supplement_ml_per_day, 240);
  assert.equal(s.plan.sessions_per_day, 10);
  // To preparing: the due date field and Baby is here replace the birth date.
  await section.getByRole("radio", { name: PREPARING }).check();
  await section.getByLabel("When your baby is expected").fill("2027-01-09");
  await section.getByRole("button", { name: "Baby is here" }).waitFor();
  s = await settings(page);
  assert.equal(s.journey.due_date, "2027-01-09");
  await nav(page, "Today");
  await page.getByText("42 days until your baby is due.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Add a wet diaper" }).count(), 0);
  await screenshots(page, app.url, "/settings", "journey-settings");
  g.assertClean();
  await context.close();
});

test("settings saved before the journey existed load as relactating, with the diapers", async () => {
  const { context, page } = await at("2026-11-28T10:00:00Z");
  const g = guard(page, app.url);
  await page.addInitScript(() => {
    if (localStorage.getItem("relact.settings.v1")) return;
    localStorage.setItem(
      "relact.settings.v1",
      JSON.stringify({
        volume: "ml",
        clock: "h24",
        theme: "light",
        week_start: "monday",
        chime: true,
        plan: {
          goal: "relactation",
          baby_age_weeks: null,
          sessions_per_day: 9,
          session_minutes: 20,
          wake: 420,
          sleep: 1380,
          night_sessions: 1,
          step_down: null,
          revision: 2,
        },
      }),
    );
    localStorage.setItem("relact.first-use.v1", JSON.stringify({ at: Date.now(), set_up: true }));
  });
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Add a wet diaper" }).waitFor();
  assert.equal(await page.getByText("Getting ready for your baby").count(), 0);
  await open(page, app.url, "/settings");
  assert.ok(await page.getByRole("radio", { name: RELACTATING }).isChecked());
  assert.equal((await settings(page)).plan.sessions_per_day, 9, "the old plan is kept");
  g.assertClean();
  await context.close();
});
