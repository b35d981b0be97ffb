// Access for everyone: axe-core on every screen (and the states a parent passes through) in both
// themes with zero violations; a keyboard-only session from start to save; every screen at 200%
// text size without content cut off or pushed sideways.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  axe,
  guard,
  launch,
  open,
  PHONE,
  SHOTS,
  seedEntries,
  setTheme,
  startApp,
  storedRecords,
  teardown,
} from "./harness.mjs";

const NOW = new Date("2026-11-28T20:00:00Z").getTime();
const DAY = 86_400_000;
const CONTEXT = { ...PHONE, timezoneId: "Europe/London", locale: "en-GB" };
const ROUTES = ["/", "/timer", "/log", "/plan", "/progress", "/guide", "/settings", "/no-such-page"];
let browser, app;
before(async () => {
  browser = await launch();
  app = await startApp();
});
after(() => teardown(browser, app));

/** Two weeks of sessions, supplements and diapers, so charts, tables and day lists are drawn. */
function twoWeeks() {
  const out = [];
  const entry = (id, at, record) => out.push({ id, created: at, updated: at, deleted: false, at, record });
  for (let d = 1; d <= 14; d++) {
    const midnight = Date.UTC(2026, 10, 28) - d * DAY;
    for (let s = 0; s < 8; s++) {
      const start = midnight + (6 + s * 2) * 3_600_000;
      entry(`s-${d}-${s}`, start, {
        type: "session",
        kind: s % 2 ? "nursing" : "pumping",
        start,
        end: start + 25 * 60_000,
        segments: [],
        left_ml: s % 2 ? null : 10 + d,
        right_ml: s % 2 ? null : 12,
        notes: "",
      });
    }
    entry(`f-${d}`, midnight + 9 * 3_600_000, {
      type: "supplement",
      at: midnight + 9 * 3_600_000,
      ml: 200 - d * 5,
      milk: "formula",
      method: "bottle",
      after_session: null,
    });
    for (let w = 0; w < 6; w++) {
      const at = midnight + (7 + w * 2) * 3_600_000;
      entry(`w-${d}-${w}`, at, { type: "diaper", at, wet: true, dirty: w === 0 });
    }
  }
  return out;
}

async function seeded() {
  const ctx = await browser.newContext(CONTEXT);
  await ctx.clock.install({ time: NOW });
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await seedEntries(page, twoWeeks());
  return { ctx, page, g };
}

test("axe-core finds no violations on any screen, in any state a parent passes through, in either theme", async () => {
  const { ctx, page, g } = await seeded();
  const found = [];
  const check = async (where) => {
    for (const v of await axe(page)) found.push(`${where}: ${v}`);
  };
  for (const theme of ["light", "night"]) {
    await setTheme(page, theme);
    for (const route of ROUTES) {
      await open(page, app.url, route);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { polling: 50 });
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await check(`${theme} ${route}`);
    }
    // States behind taps: the table view of a chart, a hand-entry form, a running timer, the quick
    // save, the discard question, the step-down turned on, and the delete-everything question.
    await open(page, app.url, "/progress");
    await page.getByRole("button", { name: "Show as a table" }).first().click();
    await check(`${theme} /progress table`);
    await open(page, app.url, "/log");
    await page.getByRole("button", { name: "Add an entry by hand" }).click();
    await check(`${theme} /log form`);
    await open(page, app.url, "/timer");
    await page.getByRole("button", { name: "Nurse", exact: true }).click();
    await page.getByRole("button", { name: "Stop" }).waitFor();
    await check(`${theme} /timer running`);
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("heading", { name: "Save this session" }).waitFor();
    await page.getByLabel("Baby had a supplement during or right after this feed").check();
    await check(`${theme} /timer save`);
    await page.getByRole("button", { name: "Discard" }).click();
    await page.getByRole("button", { name: "Yes, discard" }).waitFor();
    await check(`${theme} /timer discard`);
    await page.getByRole("button", { name: "Yes, discard" }).click();
    // The step-down turned on (its starting amount prefilled, with its source), then a refused amount.
    await open(page, app.url, "/plan");
    await page.getByLabel("Plan a slow step-down of supplements").check();
    await page.getByText(/^Planned supplement today: /).waitFor();
    await check(`${theme} /plan step-down`);
    await page.getByLabel("Supplement per day now (ml)").fill("0");
    await page.getByLabel("Supplement per day now (ml)").blur();
    await page.getByText("The starting amount must be more than 0.").waitFor();
    await check(`${theme} /plan step-down refused`);
    await page.getByLabel("Plan a slow step-down of supplements").uncheck();
    await open(page, app.url, "/settings");
    await page.getByRole("button", { name: "Delete everything on this device" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).waitFor();
    await check(`${theme} /settings delete question`);
  }
  assert.deepEqual(found, [], found.join("\n"));
  g.assertClean();
  await ctx.close();
});

test("keyboard only: start a pumping session, switch sides, stop and save it", async () => {
  const ctx = await browser.newContext({ ...CONTEXT, hasTouch: false });
  await ctx.clock.install({ time: NOW });
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  await open(page, app.url, "/");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      // What a screen reader says: aria-label, or the text without the parts hidden from it.
      const copy = el.cloneNode(true);
      for (const hidden of copy.querySelectorAll("[aria-hidden=true]")) hidden.remove();
      return `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") || copy.textContent || "").trim()}`;
    });
  /** Presses Tab until the focused control's text starts with `name`; fails after 60 presses. */
  const tabTo = async (name) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const now = await focused();
      if (now.replace(/^\w+ /, "").startsWith(name)) return;
    }
    assert.fail(`Tab never reached "${name}" (last: ${await focused()})`);
  };
  // The first Tab reaches the skip link, which moves focus to the screen.
  await page.keyboard.press("Tab");
  assert.match(await focused(), /^a Skip to/);
  await page.keyboard.press("Enter");
  await tabTo("Start pumping");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Pumping" }).waitFor();
  await page.clock.fastForward(5 * 60_000);
  await tabTo("Left");
  await page.keyboard.press("Space");
  assert.equal(await page.getByRole("button", { name: /^Left/ }).getAttribute("aria-pressed"), "true");
  await page.clock.fastForward(5 * 60_000);
  await tabTo("Switch side");
  await page.keyboard.press("Enter");
  assert.equal(await page.getByRole("button", { name: /^Right/ }).getAttribute("aria-pressed"), "true");
  await page.clock.fastForward(10 * 60_000);
  await tabTo("Stop");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Save this session" }).waitFor();
  // Focus moves into the save form, so typing goes straight to the first field.
  await tabTo("More Milk from left");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  await tabTo("Save");
  await page.keyboard.press("Enter");
  await page.getByText("Session saved.").waitFor();
  const stored = (await storedRecords(page)).map((x) => JSON.parse(x.data).record);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].kind, "pumping");
  assert.equal(stored[0].left_ml, 15);
  // The clock keeps flowing while keys are pressed: within two seconds of 20 minutes.
  assert.ok(Math.abs(stored[0].end - stored[0].start - 20 * 60_000) < 2_000);
  assert.deepEqual(
    stored[0].segments.map((s) => s.side),
    ["both", "left", "right"],
  );
  g.assertClean();
  await ctx.close();
});

test("every screen at 200% text size, on a 390 px and the smallest 320 px phone: nothing is cut off or pushed sideways (night screenshots kept)", async () => {
  const { ctx, page, g } = await seeded();
  mkdirSync(SHOTS, { recursive: true });
  await setTheme(page, "night");
  const wide = [];
  for (const viewport of [PHONE.viewport, { width: 320, height: 568 }])
    for (const route of ROUTES) {
      await page.setViewportSize(viewport);
      await open(page, app.url, route);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      // The browser's text-size setting scales the root font size; every size in style/ is in rem.
      // (Set through the CSSOM, which the CSP's style-src allows; a <style> tag it would refuse.)
      await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      const overflow = await page.evaluate(() => {
        const out = [];
        if (document.documentElement.scrollWidth > window.innerWidth + 1)
          out.push(`page is ${document.documentElement.scrollWidth}px wide`);
        for (const el of document.querySelectorAll("body *")) {
          const style = getComputedStyle(el);
          if (
            style.display === "none" ||
            el.closest("svg") ||
            el.closest(".print-only") ||
            el.matches(".sr, .skip")
          )
            continue;
          const box = el.getBoundingClientRect();
          if (box.width && (box.right > window.innerWidth + 1 || box.left < -1))
            out.push(
              `${el.tagName.toLowerCase()}.${el.className} ${Math.round(box.left)}..${Math.round(box.right)}`,
            );
          const clips =
            ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
          if (clips && el.scrollHeight > el.clientHeight + 2 && el.clientHeight > 0)
            out.push(`${el.tagName.toLowerCase()}.${el.className} cuts its text`);
        }
        return out.slice(0, 8);
      });
      for (const o of overflow) wide.push(`${viewport.width} px, ${route}: ${o}`);
      const name = route === "/" ? "today" : route.slice(1);
      const size = viewport.width === 320 ? "-320" : "";
      await page.screenshot({ path: join(SHOTS, `zoom200-${name}${size}-night.png`) });
    }
  assert.deepEqual(wide, [], wide.join("\n"));
  g.assertClean();
  await ctx.close();
});

test("night colours come on by themselves during the plan's sleeping hours; units, clock and weeks follow the locale", async () => {
  // 03:00 in New York, a US English phone in light mode, first start.
  const ctx = await browser.newContext({
    ...PHONE,
    locale: "en-US",
    timezoneId: "America/New_York",
    colorScheme: "light",
  });
  await ctx.clock.install({ time: new Date("2026-11-28T08:00:00Z") });
  const page = await ctx.newPage();
  const g = guard(page, app.url);
  // The theme must be set before the first paint, by theme.js, not later by the wasm.
  await page.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      window.themeAtFirstParse = document.documentElement.dataset.theme;
    }),
  );
  await open(page, app.url, "/settings");
  assert.equal(await page.evaluate(() => window.themeAtFirstParse), "night");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "night");
  assert.ok(await page.getByRole("radio", { name: /^Automatic/ }).isChecked());
  assert.ok(await page.getByRole("radio", { name: "Ounces (oz)" }).isChecked());
  assert.ok(await page.getByRole("radio", { name: "12-hour (2:30 pm)" }).isChecked());
  assert.ok(await page.getByRole("radio", { name: "Sunday" }).isChecked());
  // The locale was read by the worker, off the main thread, and the answer kept for later starts.
  assert.deepEqual(await page.evaluate(() => window.relactLocaleHints), { hour12: true, firstDay: 7 });
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem("relact.settings.v1")));
  assert.deepEqual([kept.volume, kept.clock, kept.week_start], ["oz", "h12", "sunday"]);
  // Waking time (07:00 by default) turns the light colours back on without a reload.
  await page.clock.fastForward(4 * 3_600_000 + 60_000);
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light", null, {
    polling: 100,
  });
  // The phone's own dark mode also counts.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "night", null, {
    polling: 100,
  });
  g.assertClean();
  await ctx.close();

  // Noon in London on a British English phone: light, millilitres, 24-hour, Monday.
  const gb = await browser.newContext({
    ...PHONE,
    locale: "en-GB",
    timezoneId: "Europe/London",
    colorScheme: "light",
  });
  await gb.clock.install({ time: new Date("2026-11-28T12:00:00Z") });
  const p2 = await gb.newPage();
  await open(p2, app.url, "/settings");
  assert.equal(await p2.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.ok(await p2.getByRole("radio", { name: "Millilitres (ml)" }).isChecked());
  assert.ok(await p2.getByRole("radio", { name: "24-hour (14:30)" }).isChecked());
  assert.ok(await p2.getByRole("radio", { name: "Monday" }).isChecked());
  await gb.close();

  // No worker (refused here): the app asks Intl itself and gets the same answer.
  const noWorker = await browser.newContext({ ...PHONE, locale: "en-US" });
  await noWorker.route("**/locale.js", (route) => route.abort());
  const p3 = await noWorker.newPage();
  await open(p3, app.url, "/settings");
  assert.equal(await p3.evaluate(() => window.relactLocaleHints), undefined);
  assert.ok(await p3.getByRole("radio", { name: "12-hour (2:30 pm)" }).isChecked());
  assert.ok(await p3.getByRole("radio", { name: "Sunday" }).isChecked());
  await noWorker.close();
});
