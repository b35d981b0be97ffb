// Runs Lighthouse (mobile emulation, Debian's Chromium) against every route of the release build
// served on 127.0.0.1, and prints the four category scores with FCP and LCP. Figures, not a test.

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/static-server.mjs";

// ROUTES=/,/guide limits the run to those routes.
const ROUTES = process.env.ROUTES
  ? process.env.ROUTES.split(",")
  : ["/", "/timer", "/log", "/plan", "/progress", "/guide", "/settings"];
const { server, url } = await serve("dist", 0);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_ARGS,
});
try {
  console.log("route        perf  a11y  best  seo    FCP      LCP      TBT     SI      CLS");
  for (const route of ROUTES) {
    const result = await lighthouse(
      url + route,
      { port: chrome.port, output: "json", logLevel: "error" },
      {
        extends: "lighthouse:default",
        settings: {
          formFactor: "mobile",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        },
      },
    );
    const c = result.lhr.categories;
    const a = result.lhr.audits;
    const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(4);
    console.log(
      `${route.padEnd(12)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}  ${a["first-contentful-paint"].displayValue.padStart(7)}  ${a["largest-contentful-paint"].displayValue.padStart(7)}  ${a["total-blocking-time"].displayValue.padStart(7)}  ${a["speed-index"].displayValue.padStart(6)}  ${a["cumulative-layout-shift"].displayValue.padStart(5)}`,
    );
    const lcp = a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    if (lcp) console.log(`    LCP element: ${lcp.snippet?.slice(0, 100)}`);
    for (const shift of a["layout-shifts"]?.details?.items ?? []) {
      console.log(`    layout shift ${shift.score.toFixed(3)}: ${shift.node?.snippet?.slice(0, 100)}`);
    }
    if (process.env.DETAIL) {
      const m = [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "speed-index",
        "cumulative-layout-shift",
      ];
      console.log(
        "    metric scores: " +
          m
            .map(
              (id) =>
                `${id
                  .split("-")
                  .map((w) => w[0])
                  .join("")}=${a[id].score}`,
            )
            .join(" ") +
          ` exact=${c.performance.score}`,
      );
      for (const item of a["render-blocking-resources"]?.details?.items ?? [])
        console.log(`    render-blocking ${item.url} ~${Math.round(item.wastedMs)} ms`);
      for (const item of a["bootup-time"]?.details?.items ?? [])
        console.log(
          `    bootup ${item.url}: total ${Math.round(item.total)} script ${Math.round(item.scripting)} compile ${Math.round(item.scriptParseCompile)}`,
        );
      for (const item of a["mainthread-work-breakdown"]?.details?.items ?? [])
        console.log(`    main thread ${item.groupLabel}: ${Math.round(item.duration)} ms`);
    }
    if (process.env.TASKS) {
      for (const task of (a["long-tasks"]?.details?.items ?? []).slice(0, 5)) {
        console.log(
          `    long task ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms: ${task.url}`,
        );
      }
    }
    for (const [k, cat] of Object.entries(c)) {
      for (const ref of cat.auditRefs) {
        const audit = a[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          console.log(`    ${k}: ${audit.id} (${audit.score})`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
