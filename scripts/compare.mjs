// Compares built apps screen by screen: `node scripts/compare.mjs dist /path/to/other/dist …`
// (N=16 rounds by default). Not a test: nothing passes or fails here.
//
// The bench (scripts/bench.mjs) times one build after another, and on a shared two-core machine its
// medians move by 10–30 ms from one run to the next: too much to tell whether a change cost 10 ms.
// Here the builds take turns, in a rotating order, each from its own server and its own phone (one
// with an empty log, one with 25,000 entries), and each screen is timed inside the page (from the
// navigation's start, or from the tap) as well as from Node for the tap (which also counts a page
// too busy to take the tap). The mean of the middle half of the runs is printed, and each build's
// difference from the first, round by round (below).
import { benchEntries, controlled, launch, PHONE, seedEntries, startApp } from "../tests/e2e/harness.mjs";

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error("compare: name the dist folders to compare, e.g. node scripts/compare.mjs dist ../old/dist");
  process.exit(1);
}
const ROUNDS = Number(process.env.N || 16);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error("compare: N must be a whole number of rounds, 1 or more");
  process.exit(1);
}

// When each screen's content first stood in the page, and when the parent's last tap came.
function watch() {
  const ready = { today: ".timeline .slot", progress: "section.chart, .empty", log: ".day, .empty" };
  self.relactSeen = {};
  const look = () => {
    for (const [name, selector] of Object.entries(ready))
      if (!(name in self.relactSeen) && document.querySelector(selector))
        self.relactSeen[name] = performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener(
    "click",
    (e) => {
      if (!e.isTrusted) return;
      self.relactTapAt = performance.now();
      delete self.relactSeen.progress;
    },
    true,
  );
}

const browser = await launch();
const apps = await Promise.all(dirs.map((d) => startApp(d)));
const big = benchEntries(25_000);
const phones = [];
for (const app of apps) {
  const pair = [];
  for (const seeded of [false, true]) {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(watch);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.waitForSelector(".timeline .slot");
    if (seeded) await seedEntries(page, big);
    await controlled(page);
    pair.push(page);
  }
  phones.push(pair);
}

const seen = (page, name) =>
  page.waitForFunction((n) => self.relactSeen?.[n], name, { polling: 5 }).then((h) => h.jsonValue());
const measures = [
  "Today",
  "Progress a tap after Today",
  "… from Node",
  "Progress opened directly",
  "Log opened directly",
];
const results = dirs.map(() => [[], []].map(() => measures.map(() => [])));
for (let round = 0; round < ROUNDS; round++) {
  for (let turn = 0; turn < apps.length; turn++) {
    const k = (round + turn) % apps.length;
    for (const store of [0, 1]) {
      const page = phones[k][store];
      const r = results[k][store];
      await page.goto(`${apps[k].url}/`);
      r[0].push(await seen(page, "today"));
      await page.waitForFunction(() => document.querySelector(".next-milestone")?.textContent.trim(), null, {
        polling: 10,
      });
      const t0 = Date.now();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
      await page.waitForSelector("section.chart, .empty");
      r[2].push(Date.now() - t0);
      r[1].push((await seen(page, "progress")) - (await page.evaluate(() => self.relactTapAt)));
      await page.goto(`${apps[k].url}/progress`);
      r[3].push(await seen(page, "progress"));
      await page.goto(`${apps[k].url}/log`);
      r[4].push(await seen(page, "log"));
    }
  }
}

const middle = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = Math.floor(s.length / 4);
  const m = s.slice(q, s.length - q);
  return m.reduce((a, b) => a + b, 0) / m.length;
};
// Each later build against the first, round by round (the machine's pace drifts less within a
// round than across the run): the median difference, and its 95% confidence interval (the order
// statistics a sign test gives; no assumption about the spread). An interval that holds 0 is no
// difference this machine can tell.
const medianWithInterval = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  // Under 6 rounds no pair of ranks holds the median 95% of the time.
  const k = Math.floor((n - 1.96 * Math.sqrt(n)) / 2);
  return k < 1 ? [median] : [median, s[k - 1], s[n - k]];
};
const signed = (x) => (x >= 0 ? "+" : "") + x.toFixed(1);
console.log(`${ROUNDS} rounds; ms, the mean of the middle half; inside the page unless said`);
for (const [store, label] of ["empty log", "25,000 entries"].entries()) {
  console.log(`\n== ${label}`);
  console.log("".padEnd(30) + dirs.map((d) => d.slice(-18).padStart(20)).join(""));
  for (const [m, name] of measures.entries())
    console.log(
      name.padEnd(30) + dirs.map((_, k) => middle(results[k][store][m]).toFixed(1).padStart(20)).join(""),
    );
  for (let k = 1; k < dirs.length; k++) {
    console.log(`\n   ${dirs[k]} minus ${dirs[0]}, round by round: median [95% interval]`);
    for (const [m, name] of measures.entries()) {
      const [median, low, high] = medianWithInterval(
        results[k][store][m].map((x, i) => x - results[0][store][m][i]),
      );
      const interval =
        low === undefined ? "(too few rounds for an interval)" : `[${signed(low)}, ${signed(high)}]`;
      console.log(`   ${name.padEnd(27)}${signed(median).padStart(8)}   ${interval}`);
    }
  }
}
await browser.close();
for (const app of apps) await app.stop();
process.exit(0);
