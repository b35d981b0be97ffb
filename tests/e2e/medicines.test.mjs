// The parent's list of medicines and galactagogues (Settings): add one, refuse bad input with a
// sentence that says what to fix (nothing stored), tick today as taken, edit, remove and undo, and
// the consultant summary PDF lists it with its dates and the days ticked. Names are drawn as text.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  axe,
  checkSeeds,
  guard,
  launch,
  open,
  PHONE,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "target", "print");
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });
const NOW = Date.parse("2026-11-28T10:00:00Z");
const HOSTILE = "<img src=x onerror=window.__injected=1> tea";

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

const medicines = async (page) =>
  (await storedRecords(page)).map((r) => JSON.parse(r.data)).filter((e) => e.record.type === "medicine");

test("add, refuse bad input, tick taken, edit, remove with undo, and print on the consultant summary", async () => {
  const context = await browser.newContext({
    ...PHONE,
    timezoneId: "Europe/London",
    locale: "en-GB",
    acceptDownloads: true,
  });
  await context.clock.install({ time: NOW });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/settings");
  const list = page.getByRole("region", { name: "Medicines and galactagogues" });
  await list.getByText("decided with a doctor who knows breastfeeding").waitFor();
  await list.getByText("Nothing listed yet.").waitFor();

  await list.getByRole("button", { name: "Add to the list" }).click();
  const name = list.getByLabel("Name", { exact: true });
  assert.equal(await name.evaluate((el) => el === document.activeElement), true, "focus moves to the name");
  const alert = list.getByRole("alert");

  // Empty name, empty adviser, too long, stop before start: each says what to fix, nothing stored.
  await list.getByRole("button", { name: "Save" }).click();
  await alert.getByText("Please write the name").waitFor();
  await name.fill("x".repeat(2000));
  await list.getByRole("button", { name: "Save" }).click();
  await alert.getByText("at most 200 characters").waitFor();
  await name.fill(HOSTILE);
  await list.getByRole("button", { name: "Save" }).click();
  await alert.getByText("who advised it").waitFor();
  await list.getByLabel("Who advised it (name or role)").fill("Dr Okafor, IBCLC");
  await list.getByLabel("Started").fill("2026-11-20");
  await list.getByLabel(/^Stopped/).fill("2026-11-19");
  await list.getByRole("button", { name: "Save" }).click();
  await alert.getByText("The stop date cannot be before the start date.").waitFor();
  await list.screenshot({ path: join(SHOTS, "medicines-form-error-light.png") });
  assert.deepEqual(await medicines(page), [], "nothing stored while the form says what to fix");

  await list.getByLabel(/^Stopped/).fill("");
  await list.getByRole("button", { name: "Save" }).click();
  await list.getByText(HOSTILE, { exact: true }).waitFor();
  await list.getByText("Advised by Dr Okafor, IBCLC").waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    "medicines-title",
    "focus goes back to the list",
  );
  await list.getByText("Since Fri 20 Nov").waitFor();
  let stored = await medicines(page);
  assert.equal(stored.length, 1);
  assert.deepEqual(
    { ...stored[0].record },
    {
      type: "medicine",
      name: HOSTILE,
      advised_by: { person: "Dr Okafor, IBCLC" },
      start: "2026-11-20",
      stop: null,
      taken: [],
    },
  );

  // Tick today as taken.
  await list.getByLabel(`Taken today: ${HOSTILE}`).check();
  await page.waitForFunction(() => true);
  await assert.doesNotReject(async () => {
    for (let i = 0; i < 50; i++) {
      stored = await medicines(page);
      if (stored[0].record.taken.length) return;
      await page.waitForTimeout(50);
    }
    throw new Error("taken was not stored");
  });
  assert.deepEqual(stored[0].record.taken, ["2026-11-28"]);

  // Edit: own choice, a stop date; the tick stays.
  await list.getByRole("button", { name: `Edit ${HOSTILE}` }).click();
  await list.getByLabel("My own choice").check();
  await list.getByLabel("Started").fill("2026-11-27");
  await list.getByLabel(/^Stopped/).fill("2026-11-30");
  await list.getByRole("button", { name: "Save" }).click();
  await list.getByText("Fri 27 Nov – Mon 30 Nov").waitFor();
  await list.getByText("My own choice", { exact: true }).waitFor();
  stored = await medicines(page);
  assert.deepEqual(stored[0].record.advised_by, "own_choice");
  assert.deepEqual(stored[0].record.taken, ["2026-11-28"]);

  for (const theme of ["light", "night"]) {
    await setTheme(page, theme);
    await open(page, app.url, "/settings");
    await list.getByText(HOSTILE, { exact: true }).waitFor();
    await list.screenshot({ path: join(SHOTS, `medicines-list-${theme}.png`) });
  }

  // The Log does not list it among its start day's entries (27 Nov is within the Log's week).
  await open(page, app.url, "/log");
  await page.getByText("Nothing logged in these days yet.").waitFor();
  assert.equal(await page.getByText(HOSTILE).count(), 0, "medicines stay off the Log");

  // Remove, then undo.
  await open(page, app.url, "/settings");
  await list.getByRole("button", { name: `Remove ${HOSTILE} from the list` }).click();
  await list.getByText("Removed from your list.").waitFor();
  await list.getByText("Nothing listed yet.").waitFor();
  assert.equal((await medicines(page))[0].deleted, true);
  await list.getByRole("button", { name: "Undo" }).click();
  await list.getByText(HOSTILE, { exact: true }).waitFor();
  assert.equal((await medicines(page))[0].deleted, false);

  // The backup and the spreadsheet carry it, as text.
  const download = async (button) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button }).click(),
    ]);
    return readFileSync(await file.path(), "utf8");
  };
  const backup = JSON.parse(await download("Save a backup file (.json)"));
  assert.equal(backup.schema, 4);
  const inBackup = backup.entries.find((e) => e.record.type === "medicine");
  assert.deepEqual(inBackup.record, {
    type: "medicine",
    name: HOSTILE,
    advised_by: "own_choice",
    start: "2026-11-27",
    stop: "2026-11-30",
    taken: ["2026-11-28"],
  });
  const csv = (await download("Export for a spreadsheet (.csv)")).split("\r\n");
  assert.match(csv[0], /,with_session,medicine,advised_by,own_choice,taken,weighed_before_g,/);
  assert.ok(
    csv.includes(`medicine,${inBackup.id},2026-11-27,2026-11-30,,,,,,,,,,,,,,,${HOSTILE},,1,2026-11-28,,,,`),
    csv.join("\n"),
  );

  // The consultant summary PDF lists it with its dates and the ticked days in range.
  await open(page, app.url, "/progress");
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  await page.locator(".print-medicines").waitFor({ state: "attached" });
  const file = join(OUT, "consultant-medicines-a4.pdf");
  await page.pdf({ path: file, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.match(text, /Medicines and galactagogues \(as listed by the parent\)/);
  assert.ok(text.includes(HOSTILE), text);
  assert.match(text, /My own choice · Fri 27 Nov – Mon 30 Nov · ticked as taken on 1 day in this range/);
  assert.equal(await page.evaluate(() => window.__injected), undefined, "the name never ran as code");
  assert.equal(await page.locator("img[src=x]").count(), 0);
  g.assertClean();
  await context.close();
});

test("the list and its form pass axe-core and fit 320 px, in light and night", async () => {
  const context = await browser.newContext({
    viewport: { width: 320, height: 568 },
    timezoneId: "Europe/London",
    locale: "en-GB",
  });
  await context.clock.install({ time: NOW });
  const page = await context.newPage();
  await open(page, app.url, "/settings");
  const at = Date.UTC(2026, 10, 1);
  const seed = [
    {
      id: "m1",
      created: NOW,
      updated: NOW,
      deleted: false,
      at,
      record: {
        type: "medicine",
        name: "A long name that the parent typed in full, as on the box",
        advised_by: { person: "Lactation consultant" },
        start: "2026-11-01",
        taken: ["2026-11-02"],
      },
    },
  ];
  checkSeeds(seed);
  await seedEntries(page, seed);
  const list = page.getByRole("region", { name: "Medicines and galactagogues" });
  for (const theme of ["light", "night"]) {
    await setTheme(page, theme);
    await open(page, app.url, "/settings");
    await list.getByText("Advised by Lactation consultant").waitFor();
    await list.getByRole("button", { name: "Add to the list" }).click();
    await list.getByLabel("Name", { exact: true }).fill("x");
    await list.getByRole("button", { name: "Save" }).click();
    await list.getByRole("alert").getByText("who advised it").waitFor();
    assert.deepEqual(await axe(page, "section.medicines"), [], theme);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${theme}: ${wide} px wide`);
    await list.screenshot({ path: join(SHOTS, `medicines-320-${theme}.png`) });
  }
  await context.close();
});
