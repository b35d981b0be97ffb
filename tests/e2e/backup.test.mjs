// Backups: export, delete everything, import, and find the log identical; importing twice changes
// nothing; every file of the bad-backup corpus is refused with its message and the stored data is
// left exactly as it was.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  guard,
  launch,
  open,
  PHONE,
  random,
  SHOTS,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "bad-backups");
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** Every stored entry, straight from IndexedDB, sorted by id. */
const stored = async (page) => (await storedRecords(page)).map((v) => v.data).sort();

async function logSomething(page) {
  await open(page, app.url, "/timer");
  await page.getByRole("button", { name: "Pump" }).click();
  await page.clock.fastForward(20 * 60_000);
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByLabel("Milk from left").fill("25");
  await page.getByLabel("Milk from left").blur();
  await page.getByLabel("Notes (optional)").fill('tired, "but" <b>ok</b>');
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Session saved.").waitFor();
  await open(page, app.url, "/");
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByText("Diaper saved.").waitFor();
}

async function exportBackup(page) {
  await open(page, app.url, "/settings");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save a backup file (.json)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^relact-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync(await download.path(), "utf8");
}

async function choose(page, name, buffer) {
  await page
    .getByLabel("Restore or merge a backup file")
    .setInputFiles({ name, mimeType: "application/json", buffer });
}

test("export, delete everything, import: the log is identical; a second import changes nothing", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await logSomething(page);
  const before = await stored(page);
  assert.equal(before.length, 2);
  const file = await exportBackup(page);
  const envelope = JSON.parse(file);
  assert.equal(envelope.app, "relact");
  assert.equal(envelope.schema, 4, "version 4: volumes to the hundredth of a millilitre");
  assert.equal(envelope.entries.length, 2);

  await page.getByRole("button", { name: "Delete everything on this device" }).click();
  // It says what it keeps before the parent says yes.
  await page.getByText("Your plan and settings (sessions, times, step-down, units, clock").waitFor();
  assert.equal(await page.getByLabel("Also delete my plan and settings").isChecked(), false);
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.getByText("Your log was deleted from this device. Your plan and settings were kept.").waitFor();
  assert.deepEqual(await stored(page), []);

  await choose(page, "backup.json", Buffer.from(file));
  await page.getByText("2 new, 0 updated, 0 unchanged, 0 left out.").waitFor();
  assert.deepEqual(await stored(page), [], "nothing is written before the parent says yes");
  await page.getByRole("button", { name: "Add these to my log" }).click();
  await page.getByText("Backup imported.").waitFor();
  // Said where the button was, too: the header may be scrolled far out of sight.
  await page.locator(".import-done").getByText("Added to your log: 2 new entries.").waitFor();
  assert.deepEqual(await stored(page), before);

  await choose(page, "backup.json", Buffer.from(file));
  await page.getByText("0 new, 0 updated, 2 unchanged, 0 left out.").waitFor();
  await page.getByRole("button", { name: "Add these to my log" }).click();
  await page.getByText("Everything in this file is already in your log.").waitFor();
  assert.deepEqual(await stored(page), before);

  // Relact's own spreadsheet export is named as such, with the way to a backup; nothing changes.
  await page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).waitFor();
  const [exported] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).click(),
  ]);
  await page.getByLabel("Restore or merge a backup file").setInputFiles({
    name: "relact-log.csv",
    mimeType: "text/csv",
    buffer: readFileSync(await exported.path()),
  });
  await page.getByText("This is Relact's spreadsheet export (.csv)").waitFor();
  await page.getByText("use “Save a backup file (.json)” and import that file").waitFor();
  assert.deepEqual(await stored(page), before);

  // Notes with markup stay text.
  await open(page, app.url, "/log");
  await page.getByText("Pumping · 20 min").waitFor();
  assert.equal(await page.locator("main b").count(), 0);

  // And the CSV export opens in a spreadsheet: header plus two rows, CRLF.
  await open(page, app.url, "/settings");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).click(),
  ]);
  const rows = readFileSync(await csv.path(), "utf8")
    .split("\r\n")
    .filter(Boolean);
  assert.equal(rows.length, 3);
  assert.match(rows[1], /^session,[^,]+,2026-11-28T09:00:\d\d\+00:00,2026-11-28T09:20:\d\d\+00:00,pumping,/);
  g.assertClean();
  await context.close();
});

test("every bad backup of the corpus is refused with its message and nothing stored changes", async () => {
  const expected = JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8"));
  const names = readdirSync(CORPUS)
    .filter((n) => n !== "expected.json")
    .sort();
  assert.ok(names.length >= 20, `corpus has ${names.length} files`);
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  await logSomething(page);
  const before = await stored(page);
  await open(page, app.url, "/settings");
  for (const name of names) {
    await choose(page, name, readFileSync(join(CORPUS, name)));
    await page
      .getByText(expected[name], { exact: false })
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {
        throw new Error(`${name}: no "${expected[name]}"`);
      });
    if (await page.getByRole("button", { name: "Cancel" }).count()) {
      await page.getByRole("button", { name: "Cancel" }).click();
    }
    assert.deepEqual(await stored(page), before, `${name} changed the stored data`);
  }
  // A file far larger than any backup is refused before it is read.
  await choose(page, "huge.json", Buffer.alloc(31 * 1024 * 1024, 32));
  await page.getByText("far larger than any Relact backup").waitFor();
  assert.deepEqual(await stored(page), before);
  await context.close();
});

/** Damaged versions of a good backup: truncations, type swaps, huge arrays, deep nesting, bad UTF-8. */
function fuzzed(good, rnd) {
  const text = JSON.stringify(good);
  const cases = [];
  const add = (name, body) => cases.push([name, Buffer.isBuffer(body) ? body : Buffer.from(body)]);
  for (let i = 0; i < 8; i++) {
    const cut = 1 + Math.floor(rnd() * (text.length - 2));
    add(`truncated at byte ${cut}`, text.slice(0, cut));
  }
  const other = (v) => {
    const kinds =
      typeof v === "number"
        ? ["12", [], {}, true]
        : typeof v === "string"
          ? [5, [], {}, false]
          : typeof v === "boolean"
            ? [1, "true", []]
            : Array.isArray(v)
              ? [{}, "[]", 3]
              : ["{}", 7, []];
    return kinds[Math.floor(rnd() * kinds.length)];
  };
  for (const key of ["app", "schema", "entries"]) {
    add(`envelope ${key} swapped`, JSON.stringify({ ...good, [key]: other(good[key]) }));
  }
  // Each entry gets one of its own fields swapped, so every entry is broken and none may be used.
  const pick = (obj) => {
    const keys = Object.keys(obj).filter((k) => obj[k] !== null);
    return keys[Math.floor(rnd() * keys.length)];
  };
  for (let i = 0; i < 6; i++) {
    const deep = i % 2 === 1;
    const swapped = [];
    const entries = good.entries.map((e) => {
      const key = pick(deep ? e.record : e);
      swapped.push(key);
      return deep
        ? { ...e, record: { ...e.record, [key]: other(e.record[key]) } }
        : { ...e, [key]: other(e[key]) };
    });
    add(
      `${deep ? "record fields" : "fields"} ${swapped.join(", ")} swapped`,
      JSON.stringify({ ...good, entries }),
    );
  }
  add("200,001 entries", `{"app":"relact","schema":1,"entries":[${Array(200_001).fill("0").join(",")}]}`);
  add(
    "every record a 500,000-item array",
    JSON.stringify({ ...good, entries: good.entries.map((e) => ({ ...e, record: Array(500_000).fill(1) })) }),
  );
  add(
    "nested 100,000 deep",
    `{"app":"relact","schema":1,"entries":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
  );
  add(
    "every record nested 100 deep",
    JSON.stringify({
      ...good,
      entries: good.entries.map((e) => ({ ...e, record: JSON.parse("[".repeat(100) + "]".repeat(100)) })),
    }),
  );
  for (let i = 0; i < 6; i++) {
    const bytes = Buffer.from(text);
    const at = Math.floor(rnd() * bytes.length);
    const bad = [
      [0xff],
      [0xc3, 0x28],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xc0, 0xaf],
    ][i];
    add(
      `invalid UTF-8 at byte ${at}`,
      Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]),
    );
  }
  return cases;
}

test("a generated set of damaged backups is refused every time, and nothing stored changes", async () => {
  const seed = Number(process.env.FUZZ_SEED) || Date.now() % 1_000_000;
  console.log(`# fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await logSomething(page);
  const good = JSON.parse(await exportBackup(page));
  assert.equal(good.entries.length, 2);
  const before = await stored(page);
  const cases = fuzzed(good, random(seed));
  assert.ok(cases.length >= 25);
  for (const [name, body] of cases) {
    // A fresh screen per file, so one refusal's message cannot be mistaken for the next one's.
    await open(page, app.url, "/settings");
    await choose(page, "fuzzed.json", body);
    await page
      .getByText("Nothing was changed.")
      .waitFor({ timeout: 20_000 })
      .catch(() => {
        throw new Error(`seed ${seed}, ${name}: not refused`);
      });
    assert.equal(
      await page.getByRole("button", { name: "Add these to my log" }).count(),
      0,
      `${name}: offered to import`,
    );
    assert.deepEqual(await stored(page), before, `seed ${seed}, ${name}: stored data changed`);
  }
  g.assertClean();
  await context.close();
});

/** The settings as stored on this phone. */
const storedSettings = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("relact.settings.v1")));

test("a backup's plan and settings are offered on a new phone and restored only when chosen", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/plan");
  await page.getByLabel("Sessions per 24 hours").selectOption("10");
  await logSomething(page);
  const file = await exportBackup(page);
  assert.equal(JSON.parse(file).settings.plan.sessions_per_day, 10);

  // A new phone: nothing stored, the first-start plan of 8.
  const fresh = await browser.newContext(CONTEXT);
  await fresh.clock.install({ time: new Date("2026-11-28T10:00:00Z") });
  const phone = await fresh.newPage();
  await open(phone, app.url, "/settings");
  assert.equal((await storedSettings(phone)).plan.sessions_per_day, 8);
  await choose(phone, "backup.json", Buffer.from(file));
  await phone.getByText("2 new, 0 updated, 0 unchanged, 0 left out.").waitFor();
  await phone
    .getByText("This backup also holds a plan and settings: 10 sessions a day of 20 minutes")
    .waitFor();
  const offer = phone.getByLabel("Also use this plan and these settings here");
  assert.equal(await offer.isChecked(), false, "never replaced without asking");

  // Not chosen: the log comes, the plan stays.
  await phone.getByRole("button", { name: "Add these to my log" }).click();
  await phone.getByText("Backup imported.").waitFor();
  assert.equal((await storedSettings(phone)).plan.sessions_per_day, 8);

  // Chosen: the plan and settings come too, and the Plan screen shows them.
  await choose(phone, "backup.json", Buffer.from(file));
  await phone.getByText("0 new, 0 updated, 2 unchanged, 0 left out.").waitFor();
  await phone.getByLabel("Also use this plan and these settings here").check();
  await phone.getByRole("button", { name: "Add these to my log" }).click();
  await phone.getByText("Backup imported, with its plan and settings.").waitFor();
  assert.equal((await storedSettings(phone)).plan.sessions_per_day, 10);
  await open(phone, app.url, "/plan");
  assert.equal(await phone.getByLabel("Sessions per 24 hours").inputValue(), "10");

  // The same file again: its settings now match, so there is nothing to choose.
  await open(phone, app.url, "/settings");
  await choose(phone, "backup.json", Buffer.from(file));
  await phone.getByText("Its plan and settings are the same as the ones on this phone.").waitFor();
  assert.equal(await phone.getByLabel("Also use this plan and these settings here").count(), 0);

  // "Delete everything" with the box ticked deletes the plan and settings too.
  await phone.getByRole("button", { name: "Cancel" }).click();
  await phone.getByRole("button", { name: "Delete everything on this device" }).click();
  await phone.getByLabel("Also delete my plan and settings").check();
  await phone.getByRole("button", { name: "Yes, delete everything" }).click();
  await phone.getByText("Your log, plan and settings were deleted from this device.").waitFor();
  assert.equal((await storedSettings(phone)).plan.sessions_per_day, 8);
  assert.deepEqual(await stored(phone), []);
  g.assertClean();
  await fresh.close();
  await context.close();
});

test("a file of only bad entries says why each was left out; a half character is named", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  await open(page, app.url, "/settings");
  await choose(page, "future.json", readFileSync(join(CORPUS, "19-all-in-the-future.json")));
  await page
    .getByText("None of the entries in this file could be used. Nothing was changed. Entry 1: ")
    .waitFor();
  const message = await page.getByRole("alert").filter({ hasText: "None of the entries" }).innerText();
  assert.match(message, /Entry 1: its dates are impossible\./, message);

  await open(page, app.url, "/settings");
  const half = JSON.stringify({ app: "relact", schema: 1, exported_at: 0, entries: [] }).replace(
    '"entries":[]',
    '"entries":[],"note":"\\ud800"',
  );
  assert.ok(half.includes("\\ud800"));
  await choose(page, "half.json", Buffer.from(half));
  await page.getByText("This file has a broken character in it").waitFor();
  assert.equal(await page.getByText("cut off part-way").count(), 0);
  await context.close();
});

test("the restore control looks like the app's buttons in both themes and opens from the keyboard", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  const page = await context.newPage();
  for (const theme of ["light", "night"]) {
    await open(page, app.url, "/settings");
    await setTheme(page, theme);
    await open(page, app.url, "/settings");
    const look = await page.evaluate(() => {
      const input = [...document.querySelectorAll('input[type="file"]')][0];
      const label = input.closest("label");
      const button = [...document.querySelectorAll("button")].find((b) =>
        b.textContent.includes("Save a backup"),
      );
      const css = (el) => {
        const s = getComputedStyle(el);
        return [s.backgroundColor, s.color, s.borderRadius, s.minHeight, s.fontWeight].join(" ");
      };
      const r = input.getBoundingClientRect();
      return { label: css(label), button: css(button), inputArea: r.width * r.height, name: label.innerText };
    });
    assert.equal(look.label, look.button, `${theme}: styled as the app's buttons`);
    assert.ok(look.inputArea <= 1, `${theme}: the raw file input is not drawn`);
    assert.equal(look.name.trim(), "Restore or merge a backup file");
    await page.getByLabel("Restore or merge a backup file").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `settings-restore-${theme}.png`) });
  }
  // Keyboard: tabbing reaches the file input inside the label, and Enter opens the file chooser.
  // Playwright starts catching file choosers with the first listener, and only reports them once
  // the browser has confirmed it: a listener added as Enter is pressed races that round trip (on
  // a busy machine the chooser opened first and went unreported). Listening from here, every
  // step below is a later round trip.
  page.on("filechooser", () => {});
  await open(page, app.url, "/settings");
  const input = page.getByLabel("Restore or merge a backup file");
  await input.focus();
  assert.equal(await page.evaluate(() => document.activeElement.type), "file");
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement.closest("label")).outlineStyle,
  );
  assert.equal(outline, "solid", "the focus ring shows on the button");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  assert.ok(chooser.isMultiple() === false);
  await context.close();
});
