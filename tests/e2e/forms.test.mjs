// Forms keep what the parent typed: through "Discard? No, keep it" on the timer's save panel, and
// through a refused hand entry; and an edit that leaves a volume field alone saves the stored
// millilitres unchanged, even when the parent reads ounces.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { guard, launch, open, PHONE, seedEntries, startApp, storedRecords, teardown } from "./harness.mjs";

const NOW = new Date("2026-11-28T10:00:00Z").getTime();
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

async function phone(locale = "en-GB") {
  const context = await browser.newContext({ ...PHONE, locale, timezoneId: "Europe/London" });
  await context.clock.install({ time: NOW });
  await context.clock.pauseAt(NOW);
  const page = await context.newPage();
  return { context, page, g: guard(page, app.url) };
}

test("the save panel keeps typed notes and volumes through 'Discard? No, keep it'", async () => {
  const { context, page, g } = await phone();
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("heading", { name: "Save this session" }).waitFor();
  await page.getByLabel("Milk from left").fill("35");
  await page.getByLabel("Milk from left").blur();
  await page.getByLabel("Notes (optional)").fill("slow let-down tonight");
  await page.getByRole("button", { name: "Discard" }).click();
  await page.getByRole("button", { name: "No, keep it" }).click();
  await page.getByRole("heading", { name: "Save this session" }).waitFor();
  assert.equal(await page.getByLabel("Notes (optional)").inputValue(), "slow let-down tonight");
  assert.equal(await page.getByLabel("Milk from left").inputValue(), "35");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Pump" }).waitFor();
  const saved = (await storedRecords(page)).map((r) => JSON.parse(r.data).record);
  assert.equal(saved.length, 1);
  assert.equal(saved[0].notes, "slow let-down tonight");
  assert.equal(saved[0].left_ml, 35);
  g.assertClean();
  await context.close();
});

test("a refused hand entry keeps every field the parent typed", async () => {
  const { context, page, g } = await phone();
  await open(page, app.url, "/log");
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  await page.getByLabel("What happened").selectOption("session");
  await page.getByLabel("Started").fill("2026-11-28T03:10");
  await page.getByLabel("Minutes").fill("25");
  await page.getByLabel("Milk from left (ml)").fill("thirty");
  await page.getByLabel("Notes (optional)").fill("written on paper at 3am");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Please enter whole numbers").waitFor();
  assert.equal(await page.getByLabel("Minutes").inputValue(), "25");
  assert.equal(await page.getByLabel("Milk from left (ml)").inputValue(), "thirty");
  assert.equal(await page.getByLabel("Notes (optional)").inputValue(), "written on paper at 3am");
  assert.equal((await storedRecords(page)).length, 0, "nothing was written");
  g.assertClean();
  await context.close();
});

test("editing only the time of a 45 ml entry in ounces saves 45 ml, not 44", async () => {
  const { context, page, g } = await phone("en-US");
  await open(page, app.url, "/log");
  const start = NOW - 3 * 3_600_000;
  await seedEntries(page, [
    {
      id: "s45",
      created: start,
      updated: start,
      at: start,
      record: {
        type: "session",
        kind: "pumping",
        start,
        end: start + 20 * 60_000,
        left_ml: 45,
        right_ml: 37,
      },
    },
  ]);
  await page.reload();
  await page.getByRole("button", { name: /^Edit/ }).first().click();
  assert.equal(await page.getByLabel("Milk from left (oz)").inputValue(), "1.52");
  await page.getByLabel("Started").fill("2026-11-28T06:40");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Entry saved.").waitFor();
  const [stored] = (await storedRecords(page)).map((r) => JSON.parse(r.data).record);
  assert.equal(stored.left_ml, 45);
  assert.equal(stored.right_ml, 37);
  assert.notEqual(stored.start, start, "the time did change");
  g.assertClean();
  await context.close();
});
