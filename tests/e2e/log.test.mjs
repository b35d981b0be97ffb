// The Log: entries typed in from paper, edited, deleted with undo, filtered; a second tab sees the
// same data; a full disk gives a message and loses nothing.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { guard, launch, open, PHONE, screenshots, startApp, storedRecords, teardown } from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

async function context() {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.clock.install({ time: new Date("2026-11-28T09:00:00Z") });
  return ctx;
}

async function addSession(page, started, minutes, left, right) {
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  await page.getByLabel("What happened").selectOption("session");
  await page.getByLabel("Started").fill(started);
  await page.getByLabel("Kind of session").selectOption("pumping");
  await page.getByLabel("Minutes").fill(String(minutes));
  await page.getByLabel("Milk from left (ml)").fill(String(left));
  await page.getByLabel("Milk from right (ml)").fill(String(right));
  await page.getByRole("button", { name: "Save entry" }).click();
}

test("add from paper, edit, delete with undo, filter", async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/log");
  await page.getByText("Nothing logged in these days yet").waitFor();
  await addSession(page, "2026-11-28T03:10", 25, 30, 20);
  await page.getByText("Entry saved.").waitFor();
  await page.getByText("Pumping · 25 min · 50 ml (L 30 ml, R 20 ml)").waitFor();

  // A weight that is not possible is refused with a message, and nothing is saved.
  await page.getByRole("button", { name: "Add an entry by hand" }).click();
  await page.getByLabel("What happened").selectOption("weight");
  await page.getByLabel("Time").fill("2026-11-28T08:00");
  await page.getByLabel("Weight in grams").fill("200");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Weight must be between 500 g and 30 kg.").waitFor();
  await page.getByLabel("Weight in grams").fill("3650");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Weight · 3.65 kg").waitFor();

  // Edit the session.
  await page.getByRole("button", { name: /^Edit Pumping · 25 min/ }).click();
  await page.getByRole("heading", { name: "Edit entry" }).waitFor();
  await page.getByLabel("Minutes").fill("30");
  await page.getByRole("button", { name: "Save entry" }).click();
  await page.getByText("Pumping · 30 min · 50 ml (L 30 ml, R 20 ml)").waitFor();
  assert.equal(await page.getByText(/^Pumping · 25 min/).count(), 0);

  // Filter.
  await page.getByRole("button", { name: "Weights" }).click();
  assert.equal(await page.getByText(/^Pumping/).count(), 0);
  await page.getByText("Weight · 3.65 kg").waitFor();
  await page.getByRole("button", { name: "All" }).click();

  // Delete, then undo.
  await page.getByRole("button", { name: /^Delete Pumping · 30 min/ }).click();
  await page.getByText("Entry deleted.").waitFor();
  await page.getByText(/^Pumping · 30 min/).waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("Pumping · 30 min · 50 ml (L 30 ml, R 20 ml)").waitFor();
  await page.getByText("1 session · 30 min · 50 ml expressed").waitFor();
  g.assertClean();
  await screenshots(page, app.url, "/log", "log");
  await ctx.close();
});

test("two tabs: entries added in both are all kept and both see them", async () => {
  const ctx = await context();
  const one = await ctx.newPage();
  const two = await ctx.newPage();
  await open(one, app.url, "/log");
  await open(two, app.url, "/log");
  await addSession(one, "2026-11-28T01:00", 20, 10, 10);
  await one.getByText("Entry saved.").waitFor();
  await addSession(two, "2026-11-28T05:00", 20, 15, 15);
  await two.getByText("Entry saved.").waitFor();
  for (const page of [one, two]) {
    await page.reload();
    await page.getByText("Pumping · 20 min · 20 ml (L 10 ml, R 10 ml)").waitFor();
    await page.getByText("Pumping · 20 min · 30 ml (L 15 ml, R 15 ml)").waitFor();
  }
  await ctx.close();
});

test("a full disk: the parent is told, nothing is half-written, earlier data is intact", async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await open(page, app.url, "/log");
  await addSession(page, "2026-11-28T01:00", 20, 10, 10);
  await page.getByText("Entry saved.").waitFor();
  // From now on every write fails as it does when storage is full.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await addSession(page, "2026-11-28T05:00", 20, 15, 15);
  await page.getByText("Your phone is out of space for Relact, so this was not saved.").waitFor();
  await page.reload();
  await page.getByText("Pumping · 20 min · 20 ml (L 10 ml, R 10 ml)").waitFor();
  assert.equal(await page.getByText(/30 ml \(L 15 ml/).count(), 0);
  await ctx.close();
});

test("a stored record that cannot be read is reported and left exactly as it is", async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await open(page, app.url, "/log");
  await addSession(page, "2026-11-28T01:00", 20, 10, 10);
  await page.getByText("Entry saved.").waitFor();
  const broken = {
    id: "broken-1",
    at: Date.parse("2026-11-28T02:00:00Z"),
    updated: 1,
    deleted: false,
    data: "{not json",
  };
  const write = (v) =>
    new Promise((ok) => {
      const r = indexedDB.open("relact");
      r.onsuccess = () => {
        const tx = r.result.transaction("entries", "readwrite");
        tx.objectStore("entries").put(v);
        tx.oncomplete = () => {
          r.result.close();
          ok();
        };
      };
    });
  await page.evaluate(write, broken);
  await page.reload();
  await page.getByText("Some saved entries could not be read").waitFor();
  await page.getByText("Pumping · 20 min · 20 ml (L 10 ml, R 10 ml)").waitFor();
  const kept = (await storedRecords(page)).find((v) => v.id === "broken-1");
  assert.deepEqual(kept, broken);
  await ctx.close();
});
