// A worker, started by the page's loader on a first start only: reads the locale's clock and
// first weekday with Intl off the main thread (Intl's first use loads locale data, which takes a
// slow phone tens of milliseconds) while the wasm downloads. The page sends its language, so the
// answer is about the page's locale even where a worker's defaults differ. The same questions as
// `locale_hints` in src/device.rs, which asks them itself when this answer is missing. Anything
// the engine does not offer is sent as null, never guessed.
self.onmessage = (event) => {
  const language = typeof event.data === "string" && event.data ? event.data : undefined;
  let hour12 = null,
    firstDay = null;
  try {
    const cycle = new Intl.DateTimeFormat(language, { hour: "numeric" }).resolvedOptions().hourCycle;
    if (cycle) hour12 = cycle === "h12" || cycle === "h11";
  } catch {
    /* no Intl, or an unknown language: left to the app's defaults */
  }
  try {
    const locale = new Intl.Locale(language);
    // `getWeekInfo()` is the current name; Chromium before 130 had a `weekInfo` getter.
    const info = typeof locale.getWeekInfo === "function" ? locale.getWeekInfo() : locale.weekInfo;
    if (info && typeof info.firstDay === "number") firstDay = info.firstDay;
  } catch {
    /* no Intl.Locale or week info */
  }
  postMessage({ hour12, firstDay });
};
