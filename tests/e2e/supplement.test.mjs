// The supplement flow of a parent who uses an at-breast supplementer: the save panel says "during
// or right after", says in one line why a cup or supplementer is suggested (the bottle stays), and
// starts the next time from the last supplement's amount, milk and method. The link between a feed
// and its supplement shows on the Log (both rows) and in the CSV; Log buttons name the day.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { guard, launch, open, PHONE, seedEntries, startApp, storedRecords, teardown } from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
const START = Date.parse("2026-11-28T03:10:00Z");
const minutes = (n) => n * 60_000;
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

async function nurseAndStop(page, mins) {
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Nurse", exact: true }).click();
  await page.clock.fastForward(minutes(mins));
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("heading", { level: 1, name: "Save this session" }).waitFor();
}

test("the supplement is 'during or right after', remembered from the last one, and linked on the Log and in the CSV", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: START });
  const page = await context.newPage();
  const g = guard(page, app.url);

  await nurseAndStop(page, 15);
  const box = page.getByLabel("Baby had a supplement during or right after this feed");
  assert.equal(await box.isChecked(), false, "no supplement unless the parent says so");
  await box.check();
  // First time: the guidance's default, and one kind line on why; the bottle is still offered.
  assert.equal(await page.getByRole("radio", { name: "Cup" }).isChecked(), true);
  await page.getByText("A cup or an at-breast supplementer is often suggested").waitFor();
  assert.equal(await page.getByRole("radio", { name: "Bottle" }).count(), 1);
  await page.getByLabel("Amount").fill("40");
  await page.getByLabel("Amount").blur();
  await page.getByRole("radio", { name: "Donor milk" }).check();
  await page.getByRole("radio", { name: "At-breast supplementer" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();

  // The next feed starts from what was given last time.
  await page.clock.fastForward(minutes(150));
  await nurseAndStop(page, 10);
  await page.getByLabel("Baby had a supplement during or right after this feed").check();
  const supplementer = page.getByRole("radio", { name: "At-breast supplementer" });
  await page.waitForFunction(() =>
    document
      .querySelector('input[name="sup-method"]:checked')
      ?.closest("label")
      ?.innerText.includes("supplementer"),
  );
  assert.equal(await supplementer.isChecked(), true);
  assert.equal(await page.getByRole("radio", { name: "Donor milk" }).isChecked(), true);
  assert.equal(await page.getByLabel("Amount").inputValue(), "40");
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("button", { name: /^Yes/ }).click();

  // The Log names the feed on the supplement's row and the supplement on the feed's row.
  const records = (await storedRecords(page)).map((r) => JSON.parse(r.data));
  const feed = records.find((e) => e.record.type === "session");
  const sup = records.find((e) => e.record.type === "supplement");
  assert.equal(sup.record.after_session, feed.id);
  await open(page, app.url, "/log");
  const supRow = page.locator("li.entry", {
    hasText: "Supplement · 40 ml donor milk · at-breast supplementer",
  });
  await supRow.getByText("with the 03:10 nursing").waitFor();
  const feedRow = page.locator("li.entry", { hasText: "Nursing · 15 min" });
  await feedRow.getByText("Supplement with this feed: 40 ml").waitFor();

  // The CSV carries the link as the feed's id.
  await open(page, app.url, "/settings");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).click(),
  ]);
  const [header, ...rows] = readFileSync(await csv.path(), "utf8")
    .split("\r\n")
    .filter(Boolean)
    .map((l) => l.split(","));
  const at = header.indexOf("with_session");
  assert.ok(at > 0, `a with_session column: ${header}`);
  const supLine = rows.find((r) => r[0] === "supplement");
  assert.equal(supLine[at], feed.id);
  assert.equal(rows.find((r) => r[0] === "session")[at], "");
  g.assertClean();
  await context.close();
});

test("Log buttons name the day, so the same diaper at the same time on two days reads apart", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: Date.parse("2026-11-28T18:00:00Z") });
  const page = await context.newPage();
  await open(page, app.url, "/log");
  await page.getByText("Nothing logged in these days yet").waitFor();
  const diaper = (id, at) => ({
    id,
    created: at,
    updated: at,
    deleted: false,
    at,
    record: { type: "diaper", at, wet: true, dirty: false },
  });
  await seedEntries(page, [
    diaper("d1", Date.parse("2026-11-27T15:00:00Z")),
    diaper("d2", Date.parse("2026-11-28T15:00:00Z")),
  ]);
  await page.reload();
  await page.getByRole("button", { name: "Edit Diaper · wet at 15:00, Friday 27 November" }).waitFor();
  for (const name of [
    "Edit Diaper · wet at 15:00, Saturday 28 November",
    "Delete Diaper · wet at 15:00, Friday 27 November",
    "Delete Diaper · wet at 15:00, Saturday 28 November",
  ]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
  }
  await context.close();
});
