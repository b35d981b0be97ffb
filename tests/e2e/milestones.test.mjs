// Milestones marked by hand are log entries: refused with a reason when the words are missing or
// too long, saved with an id made from what they say, listed on the Log, taken back with Undo on
// Progress or deleted on the Log, and carried by backups (schema 3) and the CSV. Ticks an older
// version kept beside the log move into it once, at start. Time is Playwright's controlled clock.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import {
  appearances,
  axe,
  guard,
  launch,
  open,
  PHONE,
  phoneAt,
  screenshots,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const START = "2026-11-28T10:00:00+00:00";
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
const NOON = (d) => Date.UTC(2026, 10, d, 12); // London is on GMT in November

let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** The stored milestone entries, parsed, by id. */
const marks = async (page) =>
  (await storedRecords(page))
    .map((r) => JSON.parse(r.data))
    .filter((e) => e.record.type === "milestone")
    .sort((a, b) => a.id.localeCompare(b.id));

/** FNV-1a (64 bits) of the words' UTF-8 bytes, as the app names an own milestone's id. */
function fnv1a(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text))
    h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}

async function download(page, name) {
  await open(page, app.url, "/settings");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  return readFileSync(await file.path(), "utf8");
}

test("a milestone marked by hand: bad words refused, saved as a log entry, taken back with Undo, deleted on the Log, in the backup and the CSV", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, START);
  const g = guard(page, app.url);
  await open(page, app.url, "/progress");
  const card = page.locator(".card.milestones");
  const timeline = card.locator("ol.journey-line");
  await card.getByText("Mark a milestone").click();
  const which = card.getByRole("combobox", { name: /^Milestone/ });
  const add = card.getByRole("button", { name: "Add", exact: true });
  const alert = card.getByRole("alert");

  // Bad input says what to fix, and nothing is stored.
  await which.selectOption({ label: "Your own milestone" });
  await add.click();
  await alert.getByText("Please write a few words for your own milestone.").waitFor();
  await card.getByLabel("Your own words").fill("x".repeat(2000));
  await add.click();
  await alert.getByText("at most 200 characters").waitFor();
  assert.deepEqual(await marks(page), [], "nothing stored while the form says what to fix");

  // The parent's words, kept as typed (a formula and markup stay text).
  const words = "=1+1 Baby <b>latched</b> for ten minutes";
  await card.getByLabel("Your own words").fill(words);
  await add.click();
  await page.getByText("Milestone marked. Well done.").waitFor();
  await timeline.getByText(words).waitFor();
  assert.equal(await page.locator("main b").count(), 0, "words are text, never markup");
  // A let-down noticed two days ago (the form is drawn afresh with the timeline after a save).
  if (!(await card.locator("details.tick").evaluate((d) => d.open)))
    await card.getByText("Mark a milestone").click();
  await which.selectOption({ label: "First let-down you noticed" });
  await card.getByLabel("Day", { exact: true }).fill("2026-11-26");
  await add.click();
  await page
    .getByText(
      "Milestone: a let-down you noticed (tingling, or milk dripping or spraying). Your body is responding.",
    )
    .waitFor();
  await timeline.getByText("26 November · First let-down you noticed").waitFor();
  const own = `milestone-own-2026-11-28-${fnv1a(words)}`;
  assert.deepEqual(
    (await marks(page)).map((e) => [e.id, e.at, e.deleted, e.record]),
    [
      [
        "milestone-let_down-2026-11-26",
        NOON(26),
        false,
        { type: "milestone", kind: "let_down", date: "2026-11-26", at: NOON(26) },
      ],
      [own, NOON(28), false, { type: "milestone", kind: "own", date: "2026-11-28", at: NOON(28), words }],
    ],
  );

  // Taken back on Progress, then put back with Undo.
  await timeline
    .getByRole("button", { name: "Remove the milestone First let-down you noticed, 26 November" })
    .click();
  await card.getByText("Milestone removed.").waitFor();
  await timeline.getByText("First let-down you noticed").waitFor({ state: "detached" });
  assert.equal((await marks(page)).find((e) => e.record.kind === "let_down").deleted, true);
  await card.getByRole("button", { name: "Undo" }).click();
  await page.getByText("Milestone back on your timeline.").waitFor();
  await timeline.getByText("26 November · First let-down you noticed").waitFor();
  assert.deepEqual(
    (await marks(page)).map((e) => e.deleted),
    [false, false],
  );
  await screenshots(page, app.url, "/progress", "milestones-progress");

  // The Log lists both on their days, without a time or an edit button, and counts them in no total.
  await open(page, app.url, "/log");
  const row = page.locator("li.entry").filter({ hasText: "Milestone · First let-down you noticed" });
  await row.waitFor();
  assert.equal(await row.locator(".entry-time").count(), 0);
  assert.equal(await row.getByRole("button", { name: /^Edit/ }).count(), 0);
  await page.getByText(`Milestone · ${words}`).waitFor();
  assert.equal(await page.locator(".day-totals").first().innerText(), "0 sessions · 0 min");
  await screenshots(page, app.url, "/log", "milestones-log");

  // The backup and the CSV carry them.
  const backup = JSON.parse(await download(page, "Save a backup file (.json)"));
  assert.equal(backup.schema, 4, "version 3 added milestones, 4 volumes to the hundredth");
  assert.deepEqual(backup.entries.map((e) => e.id).sort(), ["milestone-let_down-2026-11-26", own]);
  const csv = (await download(page, "Export for a spreadsheet (.csv)")).split("\r\n");
  assert.ok(csv[0].endsWith(",weighed_before_g,weighed_after_g,weighed_intake_ml,notes"), csv[0]);
  assert.equal(csv[1], "milestone,milestone-let_down-2026-11-26,2026-11-26,,let_down,,,,,,,,,,,,,,,,,,,,,");
  assert.equal(csv[2], `milestone,${own},2026-11-28,,own,,,,,,,,,,,,,,,,,,,,,'${words}`);

  // Deleted on the Log, with Undo there: gone from the timeline too.
  await open(page, app.url, "/log");
  await page
    .getByRole("button", { name: "Delete Milestone · First let-down you noticed, Thursday 26 November" })
    .click();
  await page.getByText("Entry deleted.").waitFor();
  await open(page, app.url, "/progress");
  await timeline.getByText(words).waitFor();
  assert.equal(await timeline.getByText("First let-down you noticed").count(), 0);
  g.assertClean();
  await context.close();
});

test("ticks kept by the previous version move into the log once: the timeline, the entries and a backup", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, START);
  const g = guard(page, app.url);
  const said = await appearances(page, "Milestone:");
  await open(page, app.url, "/log");
  // A log with first drops on 27 November, and the ticks and celebrations of the old version.
  const at = Date.UTC(2026, 10, 27, 9);
  await seedEntries(page, [
    {
      id: "p1",
      created: at,
      updated: at,
      at,
      record: { type: "session", kind: "pumping", start: at, end: at + 1_200_000, left_ml: 5, right_ml: 0 },
    },
  ]);
  const old = {
    ticked: [
      { kind: "let_down", date: "2026-11-20", text: "" },
      { kind: "own", date: "2026-11-22", text: "Baby latched" },
      { kind: "own", date: "2026-11-23", text: "   " },
    ],
    celebrated: ["let_down", "own:Baby latched", "first_drops"],
  };
  await page.evaluate((v) => localStorage.setItem("relact.milestones.v1", JSON.stringify(v)), old);
  await open(page, app.url, "/progress");
  const timeline = page.locator("ol.journey-line");
  await timeline.getByText("20 November · First let-down you noticed").waitFor();
  await timeline.getByText("22 November · Baby latched").waitFor();
  await timeline.getByText("27 November · First drops (from your log)").waitFor();
  const ids = ["milestone-let_down-2026-11-20", `milestone-own-2026-11-22-${fnv1a("Baby latched")}`];
  const moved = async () => {
    for (let i = 0; i < 100 && (await page.evaluate(() => localStorage.getItem("relact.milestones.v1"))); i++)
      await page.waitForTimeout(20);
    return marks(page);
  };
  const entries = await moved();
  assert.deepEqual(
    entries.map((e) => e.id),
    ids,
  );
  // Stamped with their day, so a second phone moving the same ticks writes the same entries.
  assert.deepEqual(
    entries.map((e) => [e.created, e.updated]),
    [
      [Date.UTC(2026, 10, 20), Date.UTC(2026, 10, 20)],
      [Date.UTC(2026, 10, 22), Date.UTC(2026, 10, 22)],
    ],
  );
  const store = await page.evaluate(() => ({
    v1: localStorage.getItem("relact.milestones.v1"),
    v2: JSON.parse(localStorage.getItem("relact.milestones.v2")),
    aside: JSON.parse(localStorage.getItem("relact.milestones.v1.unreadable")),
  }));
  assert.equal(store.v1, null, "the old key is gone once the log has the ticks");
  assert.deepEqual(store.v2, { celebrated: old.celebrated });
  assert.deepEqual(store.aside, old, "the tick without words is kept aside, not dropped");
  // Celebrated before: nothing is said again, now or after a reload; nothing moves twice.
  await page.reload();
  await timeline.getByText("22 November · Baby latched").waitFor();
  assert.deepEqual(said, []);
  assert.deepEqual(
    (await marks(page)).map((e) => e.id),
    ids,
  );
  const backup = JSON.parse(await download(page, "Save a backup file (.json)"));
  assert.deepEqual(
    backup.entries
      .map((e) => e.id)
      .filter((id) => id.startsWith("milestone-"))
      .sort(),
    ids,
  );
  g.assertClean();
  await context.close();
});

test("a move that cannot be written (a full disk) loses nothing and is tried again at the next start", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, START);
  // While the flag is set, every write to the log fails as it does on a full disk, and is counted.
  await context.addInitScript(() => {
    if (!localStorage.getItem("test.full")) return;
    window.__refused = 0;
    IDBObjectStore.prototype.put = () => {
      window.__refused++;
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await open(page, app.url, "/progress");
  const old = { ticked: [{ kind: "breast_changes", date: "2026-11-21", text: "" }], celebrated: [] };
  await page.evaluate((v) => {
    localStorage.setItem("relact.milestones.v1", JSON.stringify(v));
    localStorage.setItem("test.full", "1");
  }, old);
  await open(page, app.url, "/progress");
  await page.waitForFunction(() => window.__refused > 0);
  const v1 = () => page.evaluate(() => JSON.parse(localStorage.getItem("relact.milestones.v1")));
  assert.deepEqual(await v1(), old, "the old ticks stay until the log has them");
  assert.deepEqual(await marks(page), []);
  await page.evaluate(() => localStorage.removeItem("test.full"));
  await open(page, app.url, "/progress");
  await page.locator("ol.journey-line").getByText("21 November · Changes in your breasts or chest").waitFor();
  await page.waitForFunction(() => localStorage.getItem("relact.milestones.v1") === null);
  assert.deepEqual(
    (await marks(page)).map((e) => e.id),
    ["milestone-breast_changes-2026-11-21"],
  );
  await context.close();
});

test("a backup with a milestone of an unknown kind: that one is left out with its reason, the rest imported", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, START);
  const g = guard(page, app.url);
  await open(page, app.url, "/settings");
  const mark = (id, record) => ({ id, created: NOON(20), updated: NOON(20), at: NOON(20), record });
  const base = { type: "milestone", date: "2026-11-20", at: NOON(20) };
  const file = {
    app: "relact",
    schema: 3,
    exported_at: NOON(20),
    entries: [
      mark("good", { ...base, kind: "breast_changes" }),
      mark("newer", { ...base, kind: "first_solid_food" }),
      mark("empty", { ...base, kind: "own", words: " " }),
      mark("long", { ...base, kind: "own", words: "w".repeat(2000) }),
    ],
  };
  await page.getByLabel("Restore or merge a backup file").setInputFiles({
    name: "b.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByText("1 new, 0 updated, 0 unchanged, 3 left out.").waitFor();
  await page
    .getByText("Entry 2: This milestone is of a kind this version of Relact does not know.")
    .waitFor();
  await page.getByText("Entry 3: Please write a few words for your own milestone.").waitFor();
  await page.getByText("Entry 4: Your milestone can be at most 200 characters.").waitFor();
  await page.getByRole("button", { name: "Add these to my log" }).click();
  await page.getByText("Backup imported.").waitFor();
  assert.deepEqual(
    (await marks(page)).map((e) => e.id),
    ["good"],
  );
  await open(page, app.url, "/progress");
  await page.locator("ol.journey-line").getByText("20 November · Changes in your breasts or chest").waitFor();
  g.assertClean();
  await context.close();
});

test("at 320×568 a long milestone of one's own wraps and its remove button stays on screen", async () => {
  const { context, page } = await phoneAt(
    browser,
    { ...CONTEXT, viewport: { width: 320, height: 568 } },
    START,
  );
  const g = guard(page, app.url);
  await open(page, app.url, "/progress");
  await page.getByText("Mark a milestone").click();
  await page.getByRole("combobox", { name: /^Milestone/ }).selectOption({ label: "Your own milestone" });
  const words = `${"Supercalifragilistic".repeat(5)} and then a long sentence about the day ${"x".repeat(60)}`;
  await page.getByLabel("Your own words").fill(words);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const remove = page.getByRole("button", { name: /^Remove the milestone/ });
  await remove.waitFor();
  const box = await remove.boundingBox();
  assert.ok(box && box.x + box.width <= 320, `remove button at ${JSON.stringify(box)}`);
  assert.ok(
    await page.evaluate(() => document.documentElement.scrollWidth <= 320),
    "nothing wider than the phone",
  );
  await screenshots(page, app.url, "/progress", "milestones-320");
  await open(page, app.url, "/log");
  await page.getByText(words.slice(0, 30)).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "the Log row wraps too");
  await screenshots(page, app.url, "/log", "milestones-log-320");
  g.assertClean();
  await context.close();
});

test("marks on Progress (with a form error and the Undo line) and on the Log pass axe-core, light and night", async () => {
  const { context, page } = await phoneAt(browser, CONTEXT, START);
  await open(page, app.url, "/log");
  const mark = (id, d, record) => ({ id, created: NOON(d), updated: NOON(d), at: NOON(d), record });
  await seedEntries(page, [
    mark("milestone-let_down-2026-11-26", 26, {
      type: "milestone",
      kind: "let_down",
      date: "2026-11-26",
      at: NOON(26),
    }),
    mark("o", 27, { type: "milestone", kind: "own", date: "2026-11-27", at: NOON(27), words: "Latched" }),
  ]);
  for (const theme of ["light", "night"]) {
    await setTheme(page, theme);
    await open(page, app.url, "/progress");
    const card = page.locator(".card.milestones");
    await card.getByText("27 November · Latched").waitFor();
    await card.getByRole("button", { name: "Remove the milestone Latched, 27 November" }).click();
    await card.getByText("Milestone removed.").waitFor();
    await card.getByText("Mark a milestone").click();
    await card.getByRole("combobox", { name: /^Milestone/ }).selectOption({ label: "Your own milestone" });
    await card.getByRole("button", { name: "Add", exact: true }).click();
    await card.getByRole("alert").getByText("Please write a few words").waitFor();
    assert.deepEqual(await axe(page, ".card.milestones"), [], `${theme} /progress`);
    await card.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Milestone back on your timeline.").waitFor();
    await open(page, app.url, "/log");
    await page.getByText("Milestone · Latched").waitFor();
    assert.deepEqual(await axe(page, "main"), [], `${theme} /log`);
  }
  await context.close();
});
