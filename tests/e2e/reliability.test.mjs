// Never lose an entry, never lose a session: the whole browser killed mid-session three times at
// random moments, and 1,000 entries saved in quick succession then reloaded.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import {
  CHROMIUM_ARGS,
  guard,
  launch,
  open,
  PHONE,
  random,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const START = new Date("2026-11-28T02:00:00Z").getTime();
const MINUTE = 60_000;
let app, browser;
before(async () => {
  app = await startApp();
  browser = await launch();
});
after(() => teardown(browser, app));

const seconds = (clock) => clock.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);

test("the browser killed mid-session three times at random moments: the timer resumes exactly each time", async () => {
  const seed = Number(process.env.RELIABILITY_SEED) || Date.now() % 1_000_000;
  console.log(`# kill seed ${seed} (replay with RELIABILITY_SEED=${seed})`);
  const rnd = random(seed);
  const dir = mkdtempSync(join(tmpdir(), "relact-kill-"));
  // What the parent should see, kept by the test itself: time counted, paused or not, side.
  let now = START,
    counted = 0,
    paused = false,
    side = "Both";
  const relaunch = async () => {
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      ...CONTEXT,
    });
    // The page clock stands still and moves only when the test moves it, so a browser that is
    // slow to start cannot shift a reading: the time shown must be exact.
    await ctx.clock.install({ time: now - MINUTE });
    await ctx.clock.pauseAt(now);
    const page = ctx.pages()[0] || (await ctx.newPage());
    return { ctx, page };
  };
  try {
    let { ctx, page } = await relaunch();
    await open(page, app.url, "/timer");
    await page.getByRole("button", { name: "Pump" }).click();
    for (let kill = 1; kill <= 3; kill++) {
      // Some time passes, and the parent does one random thing.
      const pass = Math.round((1 + rnd() * 14) * MINUTE);
      await page.clock.fastForward(pass);
      now += pass;
      if (!paused) counted += pass;
      const action = ["Switch side", "Pause or resume", "Left", "nothing"][Math.floor(rnd() * 4)];
      // Switching needs one side chosen (pumping starts on both) and a running timer.
      if (action === "Switch side" && !paused && side !== "Both") {
        await page.getByRole("button", { name: "Switch side" }).click();
        side = side === "Left" ? "Right" : "Left";
      } else if (action === "Pause or resume") {
        await page.getByRole("button", { name: paused ? "Resume" : "Pause" }).click();
        paused = !paused;
      } else if (action === "Left" && !paused) {
        await page.getByRole("button", { name: /^Left/ }).click();
        side = "Left";
      }
      // Killed a random part of a second after the last tap, then closed for a random while.
      await page.waitForTimeout(Math.floor(rnd() * 300));
      await ctx.close();
      const closed = Math.round(rnd() * 30 * MINUTE);
      now += closed;
      if (!paused) counted += closed;

      ({ ctx, page } = await relaunch());
      await open(page, app.url, "/timer");
      await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
      const shown = seconds(await page.locator(".elapsed").innerText());
      const expected = Math.floor(counted / 1000);
      assert.equal(
        shown,
        expected,
        `seed ${seed}, kill ${kill} after "${action}": shown vs expected seconds`,
      );
      assert.equal(
        await page.getByRole("button", { name: "Resume" }).count(),
        paused ? 1 : 0,
        `seed ${seed}, kill ${kill}: paused state`,
      );
      assert.equal(
        await page.getByRole("button", { name: new RegExp(`^${side}`) }).getAttribute("aria-pressed"),
        "true",
        `seed ${seed}, kill ${kill}: side`,
      );
    }
    await ctx.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh phone at noon, on Today, with its request guard. */
async function todayAtNoon() {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.clock.install({ time: new Date("2026-11-28T12:00:00Z") });
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  return { ctx, page, g };
}

test("1,000 entries saved in quick succession are all there after a reload", async () => {
  const { ctx, page, g } = await todayAtNoon();
  const add = page.getByRole("button", { name: "Add a wet diaper" });
  await add.waitFor();
  // 1,000 taps in one burst: every save is in flight at once.
  await add.evaluate((button) => {
    for (let i = 0; i < 1000; i++) button.click();
  });
  // The screen confirms what is stored; wait for it to show all of them.
  await page
    .locator(".diaper-row .count")
    .first()
    .filter({ hasText: /^1000$/ })
    .waitFor({ timeout: 60_000 });
  await page.reload();
  await page
    .locator(".diaper-row .count")
    .first()
    .filter({ hasText: /^1000$/ })
    .waitFor({ timeout: 30_000 });
  assert.equal((await storedRecords(page)).length, 1000);
  g.assertClean();
  await ctx.close();
});

test("a schema upgrade in another tab: this tab asks for a reload, says so again on a later tap, and loses nothing", async () => {
  const { ctx, page, g } = await todayAtNoon();
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await page.getByText("Diaper saved.").waitFor();
  // Another tab (a newer release) opens the database at the next version (this build writes 2).
  const other = await ctx.newPage();
  await other.goto(app.url + "/manifest.webmanifest"); // same origin, without the app running
  const records = await other.evaluate(
    () =>
      new Promise((ok, fail) => {
        const r = indexedDB.open("relact", 3);
        r.onupgradeneeded = () => {};
        r.onerror = () => fail(r.error);
        r.onsuccess = () => {
          const q = r.result.transaction("entries").objectStore("entries").count();
          q.onsuccess = () => {
            r.result.close();
            ok(q.result);
          };
        };
      }),
  );
  assert.equal(records, 1);
  const message = page.getByText("Relact was updated in another tab. Please reload this page");
  await message.waitFor();
  // Dismissed, the message is gone; a tap in the old tab brings it back rather than being lost
  // in silence.
  await page.locator(".notice").getByRole("button", { name: "Dismiss" }).click();
  await message.waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Add a wet diaper" }).click();
  await message.waitFor();
  assert.equal(await message.count(), 1);
  // The refused tap wrote nothing half-way; the diaper saved before the upgrade is still there.
  assert.equal(
    await other.evaluate(
      () =>
        new Promise((ok, fail) => {
          const r = indexedDB.open("relact");
          r.onerror = () => fail(r.error);
          r.onsuccess = () => {
            const q = r.result.transaction("entries").objectStore("entries").count();
            q.onsuccess = () => {
              r.result.close();
              ok(q.result);
            };
          };
        }),
    ),
    1,
  );
  g.assertClean();
  await ctx.close();
});
