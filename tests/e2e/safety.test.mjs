// Safety: a log with a low-diaper day shows the Today warning with who to call, and nursing is
// baby-led (no goal, ring or "goal reached", however long it runs). The supplement step-down
// starts from the parent's real amount (the log's last three days, or what they said), refuses
// amounts it cannot use, and holds by the diaper guidance for the baby's age.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
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

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const NOW = new Date("2026-11-28T19:00:00Z").getTime(); // 19:00 in London
const DAY = 86_400_000;
const HOUR = 3_600_000;
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** Ten days of 8 pumping sessions and 6 wet diapers a day; today only `wetToday` wet diapers, and
 * yesterday `wetYesterday`. */
function tenDays(wetToday, wetYesterday = 6) {
  const out = [];
  for (let d = 0; d < 10; d++) {
    const midnight = Date.UTC(2026, 10, 19) + d * DAY; // 19 .. 28 November
    const today = d === 9;
    for (let s = 0; s < 8; s++) {
      const start = midnight + (7 + s * 2) * HOUR;
      if (start + 20 * 60_000 > NOW) continue;
      const record = {
        type: "session",
        kind: "pumping",
        start,
        end: start + 20 * 60_000,
        segments: [],
        left_ml: 10,
        right_ml: 10,
        notes: "",
      };
      out.push({ id: `s-${d}-${s}`, created: start, updated: start, deleted: false, at: start, record });
    }
    for (let w = 0; w < (today ? wetToday : d === 8 ? wetYesterday : 6); w++) {
      const at = midnight + (8 + w * 2) * HOUR;
      out.push({
        id: `w-${d}-${w}`,
        created: at,
        updated: at,
        deleted: false,
        at,
        record: { type: "diaper", at, wet: true, dirty: false },
      });
    }
  }
  return out;
}

const at = (time) => phoneAt(browser, CONTEXT, time);

test("a day with too few wet diapers shows a kind warning on Today, with who to call", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByText("Aim for 8 or more sessions in 24 hours").waitFor();
  assert.equal(await page.locator(".warning-signs").count(), 0, "no log, no warning");
  await seedEntries(page, tenDays(3));
  await page.reload();
  const box = page.locator(".warning-signs");
  await box.getByRole("heading", { name: "Worth a call today" }).waitFor();
  await box.getByText("The log shows 3 wet diapers in the last 24 hours.", { exact: false }).waitFor();
  await box.getByText("please call your baby's doctor today").waitFor();
  // The "get help now" signs are one line under it, that opens.
  await page.locator("details.help-now summary").getByText("When to get help now").waitFor();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, "safety-today-warning-light.png"), fullPage: false });
  // A sixth wet diaper logged from Today clears the sign about the count.
  const wet = () => page.locator(".diapers .count").first().innerText();
  for (const n of ["4", "5", "6"]) {
    await page.getByRole("button", { name: "Add a wet diaper" }).click();
    await page.waitForFunction((n) => document.querySelector(".diapers .count")?.textContent === n, n, {
      polling: 50,
    });
  }
  assert.equal(await wet(), "6");
  await page.waitForFunction(() => !document.querySelector(".warning-signs"), null, { polling: 50 });
  g.assertClean();
  await context.close();
});

test("a ten-day step-down with a low-diaper day holds: Today, the Plan and the printed plan say the same held amount", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  await page.getByLabel("Plan a slow step-down of supplements").check();
  // Nothing logged and nothing said at the start: the amount is asked first.
  await page.getByLabel("Supplement per day now (ml)").fill("240");
  await page.getByLabel("Supplement per day now (ml)").blur();
  await page.getByLabel("Start the step-down on").fill("2026-11-19");
  await page.getByLabel("Start the step-down on").blur();
  await page.getByLabel("Days at each level").selectOption("2");
  // Good days step 30 ml every 2 days (240 → 210 → 180 → 150 → 120 on the 27th); the 27th itself
  // had only 3 wet diapers, so today holds at 120 ml instead of stepping on.
  await seedEntries(page, tenDays(3, 3));
  await page.reload();
  const planned = "Planned supplement today: 120 ml — a guide, not a limit.";
  await page.getByText(planned).waitFor();
  const today = page
    .getByRole("table", { name: "Recent days" })
    .getByRole("row", { name: /Saturday 28 November/ });
  await today.getByText("held").waitFor();
  await page.emulateMedia({ media: "print" });
  await page
    .getByText("Planned supplement for Saturday 28 November (a guide, not a limit): 120 ml")
    .waitFor();
  await page.emulateMedia({ media: "screen" });
  await open(page, app.url, "/");
  await page.getByText(planned).waitFor();
  await page
    .locator(".warning-signs")
    .getByText("The log shows 3 wet diapers in the last 24 hours.", { exact: false })
    .waitFor();
  g.assertClean();
  await context.close();
});

test("a day with 6 wet diapers by evening shows no warning", async () => {
  const { context, page } = await at(NOW);
  await open(page, app.url, "/");
  await seedEntries(page, tenDays(6));
  await page.reload();
  await page.locator(".timeline .slot").first().waitFor();
  await page.waitForFunction(() => document.querySelector(".diapers .count")?.textContent === "6", null, {
    polling: 50,
  });
  assert.equal(await page.locator(".warning-signs").count(), 0);
  await context.close();
});

test("nursing shows a plain running time: no goal, no ring, no 'goal reached'", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Nursing" }).waitFor();
  await page.getByText("No time limit. Follow your baby's lead.").waitFor();
  await page.clock.fastForward(35 * 60_000);
  await page.locator(".elapsed").getByText("35:00").waitFor();
  assert.equal(await page.locator(".ring").count(), 0);
  assert.equal(await page.getByText(/Goal/).count(), 0);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  // Pumping keeps its goal: the plan's 20 minutes.
  await page.getByRole("button", { name: "Pump", exact: true }).click();
  await page.getByText("Goal: 20 min").waitFor();
  assert.equal(await page.locator(".ring").count(), 1);
  g.assertClean();
  await context.close();
});

/** The settings as stored. */
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));

/** Changes the stored settings (the page must be open on the app); the next load applies them. */
const change = (page, f) =>
  page.evaluate(
    ([body]) => {
      const s = JSON.parse(localStorage.getItem("relact.settings.v1"));
      new Function("s", body)(s);
      localStorage.setItem("relact.settings.v1", JSON.stringify(s));
    },
    [f],
  );

/** An entry as the app stores it. */
const entry = (id, at, record) => ({ id, created: at, updated: at, deleted: false, at, record });
const given = (id, at, ml) => entry(id, at, { type: "supplement", at, ml, milk: "formula", method: "cup" });
const diaper = (id, at, wet, dirty) => entry(id, at, { type: "diaper", at, wet, dirty });

/** Supplements of 240 ml a day on average over 25–27 November (100 + 140, 250, 230), and 400 ml
 * today, which does not count (the day is not over). */
const threeDays = () => [
  given("g25a", Date.UTC(2026, 10, 25, 9), 100),
  given("g25b", Date.UTC(2026, 10, 25, 15), 140),
  given("g26", Date.UTC(2026, 10, 26, 9), 250),
  given("g27", Date.UTC(2026, 10, 27, 9), 230),
  given("g28", Date.UTC(2026, 10, 28, 9), 400),
];

test("turned on, the step-down starts from the log's last 3 days and says so, in ml and in oz", async () => {
  for (const [locale, label, value, line] of [
    ["en-GB", "Supplement per day now (ml)", "240", "From your log, the last 3 days: about 240 ml a day."],
    // 240 ml is 8.1 oz: on the field's quarter-ounce step, 8 oz (237 ml, shown to 2 places).
    ["en-US", "Supplement per day now (oz)", "8", "From your log, the last 3 days: about 8 oz a day."],
  ]) {
    const { context, page } = await phoneAt(browser, { ...CONTEXT, locale }, NOW);
    const g = guard(page, app.url);
    await open(page, app.url, "/plan");
    await seedEntries(page, threeDays());
    await page.reload();
    await page.getByLabel("Plan a slow step-down of supplements").check();
    await page.getByText(line).waitFor();
    assert.equal(await page.getByLabel(label).inputValue(), value, locale);
    await page.locator(".step-amounts").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: join(SHOTS, `stepdown-prefilled-${locale}.png`) });
    const s = (await stored(page)).plan.step_down;
    assert.deepEqual([s.start_ml, s.started_on], [value === "240" ? 240 : 237, "2026-11-28"], locale);
    // The amount stays the parent's to change, and what they set is never replaced.
    await page.getByLabel(label).fill(value === "240" ? "200" : "7");
    await page.getByLabel(label).blur();
    await page.waitForFunction(() => !document.querySelector(".step-source")?.textContent, null, {
      polling: 50,
    });
    await page.reload();
    await page.getByText(/^Planned supplement today: /).waitFor();
    assert.equal(await page.getByLabel(label).inputValue(), value === "240" ? "200" : "7", locale);
    assert.equal((await stored(page)).plan.step_down.start_ml, value === "240" ? 200 : 207, locale);
    g.assertClean();
    await context.close();
  }
});

test("with nothing in the log, the step-down starts from what the parent said at the start", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  await change(page, "s.journey.supplement_ml_per_day = 300;");
  await page.reload();
  await page.getByLabel("Plan a slow step-down of supplements").check();
  await page.getByText("From what you told Relact at the start: about 300 ml a day.").waitFor();
  assert.equal(await page.getByLabel("Supplement per day now (ml)").inputValue(), "300");
  assert.equal((await stored(page)).plan.step_down.start_ml, 300);
  g.assertClean();
  await context.close();
});

test("a starting amount of 0, below 0 or over 2000 ml is refused with a reason and stores nothing", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  await page.getByLabel("Plan a slow step-down of supplements").check();
  // Neither the log nor the start gives an amount: an empty field and a question.
  await page.getByText("How much supplement does your baby have in a day now?").waitFor();
  const field = page.getByLabel("Supplement per day now (ml)");
  assert.equal(await field.inputValue(), "");
  assert.equal((await stored(page)).plan.step_down, null, "nothing stored before an amount");
  const problem = page.locator("#step-start-problem");
  const refused = async (typed, says, before) => {
    await field.fill(typed);
    await field.blur();
    await problem.getByText(says).waitFor();
    assert.deepEqual((await stored(page)).plan.step_down, before, typed);
  };
  const cases = (before) => [
    ["0", "The starting amount must be more than 0.", before],
    ["-5", "Please enter the amount a day as a number above 0, for example 240.", before],
    ["2500", "That is more than 2000 ml a day. Please check the amount.", before],
  ];
  for (const [typed, says, before] of cases(null)) await refused(typed, says, before);
  await field.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: join(SHOTS, "stepdown-asked-refused.png") });
  await field.fill("240");
  await field.blur();
  await page.getByText("Planned supplement today: 240 ml — a guide, not a limit.").waitFor();
  assert.equal(await problem.innerText(), "");
  const set = (await stored(page)).plan.step_down;
  assert.equal(set.start_ml, 240);
  // With an amount stored, a refused one leaves it (and the plan) exactly as it was.
  for (const [typed, says, before] of cases(set)) await refused(typed, says, before);
  await page.getByText("Planned supplement today: 240 ml — a guide, not a limit.").waitFor();
  g.assertClean();
  await context.close();
});

/** A baby born on 8 November (20 days old today), a step-down from 240 ml started on the 22nd
 * with 2 days at each level, and from the 21st 7 wet diapers and 3 stools a day — but only 2
 * stools on the 27th. */
async function youngBabyWithFewStoolsYesterday(page) {
  await change(
    page,
    `s.journey.birth_date = "2026-11-08";
     s.plan.step_down = { started_on: "2026-11-22", start_ml: 240, step_ml: 30, hold_days: 2 };`,
  );
  const out = [];
  for (let d = 21; d <= 28; d++) {
    for (let w = 0; w < 7; w++) out.push(diaper(`w${d}-${w}`, Date.UTC(2026, 10, d, 7 + w * 2), true, false));
    for (let n = 0; n < (d === 27 ? 2 : 3); n++)
      out.push(diaper(`s${d}-${n}`, Date.UTC(2026, 10, d, 8 + n * 3), false, true));
  }
  await seedEntries(page, out);
}

test("a young baby's day with fewer than 3 stools holds the amount: Today, the Plan and the printed plan agree", async () => {
  const { context, page } = await at(NOW);
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  await youngBabyWithFewStoolsYesterday(page);
  await page.reload();
  // 240 on the 22nd, 210 from the 24th, 180 from the 26th; the 28th would step to 150, but the
  // 27th had 2 stools (a baby of 19 days needs 3), so it holds at 180.
  const planned = "Planned supplement today: 180 ml — a guide, not a limit.";
  const caution = "The log shows fewer than 3 stools yesterday, so the amount stays the same.";
  await page.getByText(planned).waitFor();
  await page.getByText(caution).waitFor();
  const row = page
    .getByRole("table", { name: "Recent days" })
    .getByRole("row", { name: /Saturday 28 November/ });
  await row.getByText("180 ml (held: fewer than 3 stools logged yesterday)").waitFor();
  await page
    .getByText(/6 or more wet diapers and 3 or more stools, as expected at your baby's age/)
    .waitFor();
  await page.emulateMedia({ media: "print" });
  await page
    .getByText("Planned supplement for Saturday 28 November (a guide, not a limit): 180 ml")
    .waitFor();
  await page.emulateMedia({ media: "screen" });
  await open(page, app.url, "/");
  await page.getByText(planned).waitFor();
  await page.getByText(caution).waitFor();
  g.assertClean();
  await context.close();
});

test("the Plan's step-down panel at 390×844 in light and night and at 320×568", async () => {
  const { context, page } = await at(NOW);
  await open(page, app.url, "/plan");
  await youngBabyWithFewStoolsYesterday(page);
  await screenshots(page, app.url, "/plan", "stepdown-plan");
  mkdirSync(SHOTS, { recursive: true });
  for (const [theme, size] of [
    ["light", { width: 390, height: 844 }],
    ["night", { width: 390, height: 844 }],
    ["light", { width: 320, height: 568 }],
  ]) {
    await page.setViewportSize(size);
    await setTheme(page, theme);
    await open(page, app.url, "/plan");
    await page.getByText("Planned supplement today: 180 ml — a guide, not a limit.").waitFor();
    for (const [part, at] of [
      ["amounts", ".step-amounts"],
      ["history", ".step-today"],
    ]) {
      await page.locator(at).evaluate((el) => el.scrollIntoView({ block: "start" }));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= size.width, `${wide} px wide on a ${size.width} px screen`);
      await page.screenshot({ path: join(SHOTS, `stepdown-${part}-${size.width}-${theme}.png`) });
    }
  }
  await context.close();
});
