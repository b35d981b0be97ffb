// Safety: a log with a low-diaper day shows the Today warning with who to call, and nursing is
// baby-led (no goal, ring or "goal reached", however long it runs).

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { guard, launch, open, PHONE, phoneAt, SHOTS, seedEntries, startApp, teardown } from "./harness.mjs";

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
  await box.getByText("3 wet diapers logged today.").waitFor();
  await box.getByText("please call your baby's doctor today").waitFor();
  await box.getByText("get urgent care now").waitFor();
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
  await page.getByLabel("Start the step-down on").fill("2026-11-19");
  await page.getByLabel("Start the step-down on").blur();
  await page.getByLabel("Supplement per day now (ml)").fill("240");
  await page.getByLabel("Supplement per day now (ml)").blur();
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
  await page.getByText("Planned supplement today (a guide, not a limit): 120 ml").waitFor();
  await page.emulateMedia({ media: "screen" });
  await open(page, app.url, "/");
  await page.getByText(planned).waitFor();
  await page.locator(".warning-signs").getByText("3 wet diapers logged today.").waitFor();
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
