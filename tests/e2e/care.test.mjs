// Care by age, end to end on a controlled clock (en-GB, Europe/London, where November is UTC): a
// parent preparing for an adopted baby taps "Baby is here", gives a birth date three months ago
// (a date after today is refused first, and nothing changes), logs one wet diaper at 10:00, and at
// 18:00 Today and the printed plan both say it is worth a call today; Undo of "Baby is here"
// restores the preparing path exactly. The "get help now" list is one line on Today that opens,
// and neither it nor a sign pushes Start or "+1 Wet" off a 320×568 phone.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  guard,
  launch,
  nav,
  open,
  PHONE,
  phoneAt,
  SHOTS,
  screenshots,
  startApp,
  teardown,
} from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const settings = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));

/** A parent who set up the preparing path long before: due 20 December, first use in October. */
async function preparing(page) {
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
          goal: "induced_lactation",
          baby_age_weeks: null,
          sessions_per_day: 8,
          session_minutes: 20,
          wake: 420,
          sleep: 1380,
          night_sessions: 1,
          step_down: null,
          revision: 3,
        },
        journey: { path: "preparing", due_date: "2026-12-20" },
      }),
    );
    localStorage.setItem(
      "relact.first-use.v1",
      JSON.stringify({ at: Date.UTC(2026, 9, 1, 9), set_up: true }),
    );
  });
}

test("an adopted three-month-old: a future birth date is refused, one wet diaper by 18:00 is worth a call on Today and on the printed plan, and Undo restores the preparing path", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, "2026-11-28T08:00:00Z");
  const g = guard(page, app.url);
  await preparing(page);
  await open(page, app.url, "/");
  const card = page.getByRole("region", { name: "Getting ready for your baby" });
  await card.getByText("22 days until your baby is due.").waitFor();
  const before = await settings(page);

  // "Baby is here" asks when; today is filled in.
  await card.getByRole("button", { name: "Baby is here" }).click();
  const born = card.getByLabel("When was your baby born?");
  assert.equal(await born.inputValue(), "2026-11-28");
  // A date after today: refused, with the reason, and nothing stored changes.
  await born.fill("2026-12-01");
  await card.getByRole("button", { name: "Save: my baby is here" }).click();
  await card.getByText("That date is after today.", { exact: false }).waitFor();
  const unchanged = await settings(page);
  assert.deepEqual([unchanged.journey, unchanged.plan], [before.journey, before.plan], "nothing changed");
  // Three months ago.
  await born.fill("2026-08-28");
  await card.getByRole("button", { name: "Save: my baby is here" }).click();
  await page.getByText("Welcome, little one.", { exact: false }).waitFor();
  await page.getByText("Your baby is 13 weeks old.").waitFor();
  await page.getByText(/At your baby's age: 6 or more heavy wet diapers in 24 hours/).waitFor();
  const s = await settings(page);
  assert.equal(s.journey.path, "inducing_baby_here");
  assert.equal(s.journey.birth_date, "2026-08-28");
  // The arrival is kept (the clock runs on from 08:00 while the test taps).
  const home = s.journey.arrived_at - Date.parse("2026-11-28T08:00:00Z");
  assert.ok(home >= 0 && home < 60_000, `arrived_at ${s.journey.arrived_at}`);

  // One wet diaper at 10:00.
  await page.clock.setSystemTime(new Date("2026-11-28T10:00:00Z"));
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByText("Diaper saved.").waitFor();
  await page.waitForFunction(() => document.querySelector(".diapers .count")?.textContent === "1", null, {
    polling: 50,
  });
  assert.equal(await page.locator(".warning-signs").count(), 0, "nothing to say at 10:00");

  // 18:00: the log shows 1 wet diaper in 8 hours; 2 are expected by now at three months.
  // A minute past, so the seconds the clock ran on since the tap never make it 7 hours.
  await page.clock.setSystemTime(new Date("2026-11-28T18:01:00Z"));
  await open(page, app.url, "/");
  const box = page.getByRole("region", { name: "Worth a call today" });
  await box.getByText("The log shows 1 wet diaper in the last 8 hours.", { exact: false }).waitFor();
  await box.getByText("No wet diaper has been logged for 8 hours", { exact: false }).waitFor();
  await box.getByText("If some were not logged, add them.").waitFor();
  await box.getByText("please call your baby's doctor today", { exact: false }).waitFor();
  // The "get help now" list is one line that opens.
  const help = page.locator("details.help-now");
  assert.equal(await help.getByText("is floppy, very hard to wake", { exact: false }).isVisible(), false);
  await help.locator("summary").click();
  await help.getByText("is floppy, very hard to wake, or too sleepy to feed").waitFor();
  await screenshots(page, app.url, "/", "care-today-warning");

  // The printed plan says the same, with who to call.
  await nav(page, "Plan");
  await page.getByRole("heading", { name: "Plan", level: 1 }).waitFor();
  await page.emulateMedia({ media: "print" });
  await page
    .locator(".plan-print .warning-signs")
    .getByText("The log shows 1 wet diaper", { exact: false })
    .waitFor();
  const file = join(OUT, "care-plan-a4.pdf");
  await page.pdf({ path: file, format: "A4", printBackground: true });
  execFileSync("pdftoppm", ["-png", "-r", "50", file, join(OUT, "care-plan-a4")]);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const words of [
    "Worth a call today",
    "The log shows 1 wet diaper in the last 8 hours.",
    "please call your baby's doctor today",
    "Call your baby's doctor today if",
    "Get help now (urgent care or your local emergency number) if your baby",
    "has had no wet diaper for 12 hours or more",
  ]) {
    assert.ok(text.includes(words), `printed plan: missing "${words}"`);
  }
  await page.emulateMedia({ media: "screen" });
  g.assertClean();
  await context.close();
});

test("Undo after Baby is here restores the preparing path exactly", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, "2026-11-28T08:00:00Z");
  const g = guard(page, app.url);
  await preparing(page);
  await open(page, app.url, "/");
  const card = page.getByRole("region", { name: "Getting ready for your baby" });
  await card.getByText("22 days until your baby is due.").waitFor();
  const before = await settings(page);
  await card.getByRole("button", { name: "Baby is here" }).click();
  await card.getByLabel("When was your baby born?").fill("2026-08-28");
  await card.getByLabel("Birth weight in grams (if you know it)").fill("3400");
  await card.getByRole("button", { name: "Save: my baby is here" }).click();
  await page.getByText("Welcome, little one.", { exact: false }).waitFor();
  assert.equal((await settings(page)).journey.birth_weight_g, 3400);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("Back to getting ready. Nothing else changed.").waitFor();
  await page.getByText("22 days until your baby is due.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Add a wet diaper" }).count(), 0);
  const after = await settings(page);
  assert.deepEqual(after.journey, before.journey, "the journey exactly as before");
  assert.deepEqual(after.plan, before.plan, "the plan exactly as before");
  g.assertClean();
  await context.close();
});

/** A 320×568 phone at 08:00: "Baby is here" for a baby born three months ago, then one wet
 *  diaper. */
async function adoptedAt320() {
  const { context, page } = await phoneAt(
    browser,
    { ...CONTEXT, viewport: { width: 320, height: 568 } },
    "2026-11-28T08:00:00Z",
  );
  await preparing(page);
  await open(page, app.url, "/");
  const card = page.getByRole("region", { name: "Getting ready for your baby" });
  await card.getByRole("button", { name: "Baby is here" }).click();
  await card.getByLabel("When was your baby born?").fill("2026-08-28");
  await card.getByRole("button", { name: "Save: my baby is here" }).click();
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByText("Diaper saved.").waitFor();
  return { context, page };
}

test("320×568: a get-help-now sign comes first, in view with Start", async () => {
  const { context, page } = await adoptedAt320();
  await page.clock.setSystemTime(new Date("2026-11-28T20:30:00Z"));
  await open(page, app.url, "/");
  await page.locator(".warning-signs").first().waitFor();
  // The 20:20 session's reminder is answered first (it lies over the top of the screen).
  await page.getByRole("button", { name: "Not now" }).click();
  const bar = await page.locator("#app nav.bottom").boundingBox();
  const inView = (b, what) =>
    assert.ok(b && b.y >= 0 && b.y + b.height <= bar.y, `${what}: ${JSON.stringify(b)} above ${bar.y}`);
  // 12.5 hours since the one wet diaper (logged as the baby came home at 08:00): a "get help now"
  // sign, right under Start, its heading on screen with Start, with nothing to scroll.
  const urgent = page.getByRole("region", { name: "Get help now" });
  await urgent.getByText("No wet diaper has been logged for 12 hours", { exact: false }).waitFor();
  inView(await urgent.getByRole("heading", { name: "Get help now" }).boundingBox(), "its heading");
  inView(await page.getByRole("button", { name: /^Start / }).boundingBox(), "Start");
  const [start, box, wet] = await Promise.all([
    page.getByRole("button", { name: /^Start / }).boundingBox(),
    urgent.boundingBox(),
    page.getByRole("button", { name: "Add a wet diaper" }).boundingBox(),
  ]);
  assert.ok(start.y < box.y && box.y < wet.y, "Start, then get help now, then the diapers");
  await page.screenshot({ path: join(SHOTS, "care-today-urgent-320x568.png") });
  await context.close();
});

test("320×568: a sign worth a call today never pushes Start or +1 Wet off the screen", async () => {
  const { context, page } = await adoptedAt320();
  // 17:00: nine hours with one wet diaper, worth a call today (under the diapers).
  await page.clock.setSystemTime(new Date("2026-11-28T17:00:00Z"));
  await open(page, app.url, "/");
  await page.getByRole("region", { name: "Worth a call today" }).waitFor();
  assert.equal(await page.getByRole("region", { name: "Get help now" }).count(), 0);
  // (A reminder may float over the foot of the screen: it moves nothing.)
  const bar = await page.locator("#app nav.bottom").boundingBox();
  for (const name of [/^Start /, "Add a wet diaper"]) {
    const b = await page.getByRole("button", { name }).boundingBox();
    assert.ok(b && b.y >= 0 && b.y + b.height <= bar.y, `${name}: ${JSON.stringify(b)} above ${bar.y}`);
  }
  await context.close();
});
