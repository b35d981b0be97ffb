// Notes are text, everywhere: a backup whose notes look like markup, script or spreadsheet
// formulas is imported whole (nothing is refused for its words), and every screen, printout and
// export then shows those notes as the literal text they are. No dialog opens, no element is
// injected, no CSP violation or stray request happens (the guard), and CSV cells that a
// spreadsheet would run are defused.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { checkSeeds, guard, launch, open, PHONE, startApp, storedRecords, teardown } from "./harness.mjs";

const NOW = Date.parse("2026-11-28T20:00:00Z");
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB", acceptDownloads: true };
const ROUTES = ["/", "/timer", "/log", "/plan", "/progress", "/guide", "/settings"];
// Every handler here would set window.__injected if it ever ran as code.
const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  '<a href="javascript:alert(1)">tap</a>',
  "javascript:alert(1)",
  "<b onclick =window.__injected=1>bold?</b>",
  "<svg onload=window.__injected=1></svg>",
  "<iframe src=x></iframe>",
  "onerror = window.__injected=1",
  '=HYPERLINK("http://example.invalid","click")',
  "+1+1",
  "-2+3",
  "@SUM(1,1)",
  "the <script> of the call with the consultant",
  'line one\nline two, "quoted"\tand a tab',
];
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** One session or supplement per hostile note, over the last days, as a backup file. */
function backup() {
  const entries = HOSTILE.map((notes, i) => {
    const at = NOW - (i + 1) * 3 * 3_600_000;
    const record =
      i % 2 === 0
        ? {
            type: "session",
            kind: "pumping",
            start: at,
            end: at + 20 * 60_000,
            left_ml: 20,
            right_ml: 15,
            notes,
          }
        : { type: "supplement", at, ml: 30, milk: "donor", method: "cup", notes };
    return { id: `hostile-${i}`, created: at, updated: at, deleted: false, at, record };
  });
  checkSeeds(entries);
  return { app: "relact", schema: 1, exported_at: NOW, entries };
}

/** Anything in the page that is not the app's own: injected elements, inline handlers, script URLs. */
const injected = (page) =>
  page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll("body *")) {
      const tag = el.tagName.toLowerCase();
      if (["script", "iframe", "img", "object", "embed"].includes(tag) && el.closest("#app")) found.push(tag);
      for (const a of el.attributes) {
        if (a.name.startsWith("on")) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    if (window.__injected) found.push("a handler ran");
    return found;
  });

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and new lines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

test("hostile-looking notes import whole and stay inert text on every screen, printout, CSV and backup", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: NOW });
  const page = await context.newPage();
  const g = guard(page, app.url);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const file = backup();

  await open(page, app.url, "/settings");
  await page.getByLabel("Restore or merge a backup file").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByText(`${HOSTILE.length} new, 0 updated, 0 unchanged, 0 left out.`).waitFor();
  await page.getByRole("button", { name: "Add these to my log" }).click();
  await page.getByText("Backup imported.").waitFor();
  const kept = (await storedRecords(page)).map((r) => JSON.parse(r.data).record.notes).sort();
  assert.deepEqual(kept, [...HOSTILE].sort(), "every note stored exactly as written");

  // Every screen, drawn with the notes in the log.
  for (const path of ROUTES) {
    await open(page, app.url, path);
    await page.locator("main h1:visible").first().waitFor();
    assert.deepEqual(await injected(page), [], `${path}: injected`);
  }

  // The Log shows every note on its row, as the literal text: short ones whole, long or
  // multi-line ones shortened with "Read all", which opens the whole note.
  await open(page, app.url, "/log");
  await page.locator("li.entry .entry-notes").first().waitFor();
  const onRows = await page.evaluate(() =>
    [...document.querySelectorAll("li.entry")].map((li) => {
      const full = li.querySelector(".notes-full");
      const line = li.querySelector(".entry-notes");
      if (full) return full.textContent;
      return line ? line.textContent.replace(/^Notes: /, "") : null;
    }),
  );
  assert.deepEqual(onRows.filter((n) => n !== null).sort(), [...HOSTILE].sort(), "every note on its row");
  const multi = page.locator("details.entry-notes").filter({ hasText: "line one" });
  assert.equal(await multi.locator(".notes-full").isVisible(), false, "shortened until asked");
  await multi.getByText("Read all").click();
  assert.equal(await multi.locator(".notes-full").innerText(), HOSTILE.at(-1));
  assert.deepEqual(await injected(page), [], "log rows: injected");

  // The Log's edit form shows a session's notes as the literal text.
  await open(page, app.url, "/log");
  const edit = page.getByRole("button", { name: /^Edit Pumping · 20 min/ });
  await edit.first().waitFor();
  const sessions = HOSTILE.filter((_, i) => i % 2 === 0);
  const shown = [];
  for (let i = 0; i < sessions.length; i++) {
    await edit.nth(i).click();
    await page.getByRole("heading", { name: "Edit entry" }).waitFor();
    shown.push(await page.getByLabel("Notes (optional)").inputValue());
    assert.deepEqual(await injected(page), [], "edit form: injected");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("heading", { name: "Edit entry" }).waitFor({ state: "detached" });
  }
  assert.deepEqual(shown.sort(), [...sessions].sort());

  // The consultant summary prints the parent's own notes as text.
  await open(page, app.url, "/progress");
  await page.getByRole("button", { name: "Print for my consultant" }).waitFor();
  const words = HOSTILE.slice(0, 8).join(" | ");
  await page.getByLabel("Notes for your consultant (optional, printed, not saved)").fill(words);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".print-notes").innerText(), words);
  assert.deepEqual(await injected(page), [], "consultant summary: injected");
  const pdf = join(tmpdir(), `relact-notes-${process.pid}.pdf`);
  await page.pdf({ path: pdf, format: "A4" });
  const printedText = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.ok(printedText.includes("<img src=x onerror=alert(1)>"), "the summary prints the notes literally");
  // The log's own notes print too, a supplement's named as such, literally.
  assert.ok(printedText.includes("Notes from the log"), "the log's notes are in the summary");
  assert.ok(printedText.includes("Supplement: <script>alert(1)</script>"), "a supplement's note, literally");
  await page.emulateMedia({ media: "screen" });

  // The printed plan and night log sheet.
  await open(page, app.url, "/plan");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: pdf, format: "A4" });
  assert.deepEqual(await injected(page), [], "plan printout: injected");
  await page.emulateMedia({ media: "screen" });
  rmSync(pdf, { force: true });

  // The CSV: every note literal, and any cell a spreadsheet would run is defused with a quote.
  await open(page, app.url, "/settings");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export for a spreadsheet (.csv)" }).click(),
  ]);
  const [header, ...rows] = parseCsv(readFileSync(await csv.path(), "utf8"));
  const notesAt = header.indexOf("notes");
  assert.ok(notesAt > 0, `a notes column: ${header}`);
  assert.equal(rows.length, HOSTILE.length);
  const formula = /^[=+\-@]/;
  for (const row of rows) {
    for (const cell of row) {
      if (formula.test(cell)) assert.ok(!Number.isNaN(Number(cell)), `CSV cell not defused: ${cell}`);
    }
  }
  const notes = rows.map((r) => r[notesAt]);
  const expected = HOSTILE.map((n) => (formula.test(n) ? `'${n}` : n));
  assert.deepEqual(notes.sort(), expected.sort());

  // The backup file gives the notes back exactly.
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save a backup file (.json)" }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await json.path(), "utf8")).entries.map((e) => e.record.notes);
  assert.deepEqual(exported.sort(), [...HOSTILE].sort());

  assert.deepEqual(dialogs, [], "no dialog opened");
  g.assertClean();
  await context.close();
});

test("an imported note with a NUL byte is left out with a reason that names the control character", async () => {
  const context = await browser.newContext(CONTEXT);
  await context.clock.install({ time: NOW });
  const page = await context.newPage();
  const g = guard(page, app.url);
  const file = backup();
  file.entries[0].record.notes = "left side\u0000right side";
  await open(page, app.url, "/settings");
  await page.getByLabel("Restore or merge a backup file").setInputFiles({
    name: "nul.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByText(`${HOSTILE.length - 1} new, 0 updated, 0 unchanged, 1 left out.`).waitFor();
  await page.getByText("Notes contain an invisible control character (such as a NUL byte)").waitFor();
  g.assertClean();
  await context.close();
});
