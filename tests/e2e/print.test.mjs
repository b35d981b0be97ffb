// Printouts: the guide and the plan with its night log sheet, rendered to PDF by Chromium in A4
// and US Letter, read back with pdftotext, counted with pdfinfo, and turned into PNGs with pdftoppm
// (in tests/e2e/output/, ignored by git) for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, startApp, open, PHONE } from "./harness.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(OUT, { recursive: true });

let browser, app;
before(async () => { browser = await launch(); app = await startApp(); });
after(async () => { await browser?.close(); await app?.stop(); });

const CHROME_WORDS = ["Settings", "Progress", "Print the guide", "Print my plan", "Skip to content"];

async function printed(page, name, format) {
  const file = join(OUT, `${name}-${format.toLowerCase()}.pdf`);
  await page.pdf({ path: file, format, printBackground: true });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))[1]);
  execFileSync("pdftoppm", ["-png", "-r", "50", file, join(OUT, `${name}-${format.toLowerCase()}`)]);
  return { text, pages };
}

test("the guide prints on 2 to 4 pages in A4 and Letter, with its content and no app chrome", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/guide");
  await page.getByRole("button", { name: "Print the guide" }).waitFor();
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "guide", format);
    assert.ok(pages >= 2 && pages <= 4, `${format}: ${pages} pages`);
    for (const words of [
      "Stimulating your breasts", "8 to 12 times a day", "20 to 30 minutes", "at-breast supplementer",
      "skin-to-skin", "Herbs and medicines", "La Leche League", "llli.org", "Further reading",
      "Breastfeeding Without Giving Birth",
    ]) {
      assert.ok(text.replace(/\s+/g, " ").includes(words), `${format}: missing "${words}"`);
    }
    for (const chrome of CHROME_WORDS) assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await page.close();
});

test("the plan prints as a plan with a night log sheet on one or two pages", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/plan");
  await page.getByLabel("Sessions per 24 hours").selectOption("12");
  for (const format of ["A4", "Letter"]) {
    const { text, pages } = await printed(page, "plan", format);
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
    const flat = text.replace(/\s+/g, " ");
    for (const words of ["My Relact plan", "Night log sheet", "Sessions a day: 12", "03:00 (night)", "Milk (ml)", "Diapers (wet / dirty)"]) {
      assert.ok(flat.includes(words), `${format}: missing "${words}"`);
    }
    assert.ok(!flat.includes("Set up your plan"), "the form is not printed");
    for (const chrome of CHROME_WORDS) assert.ok(!text.includes(chrome), `${format}: chrome "${chrome}" printed`);
  }
  await page.close();
});

test("the print stylesheet hides navigation and lets the page run on", async () => {
  const page = await browser.newPage(PHONE);
  await open(page, app.url, "/guide");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("nav.bottom").isVisible(), false);
  assert.equal(await page.locator("header.top").isVisible(), false);
  const style = await page.evaluate(() => {
    const m = getComputedStyle(document.querySelector("main"));
    return { overflow: m.overflowY, height: m.height, bg: getComputedStyle(document.body).backgroundColor };
  });
  assert.equal(style.overflow, "visible");
  assert.equal(style.bg, "rgb(255, 255, 255)");
  await page.close();
});
