// Runs before first paint, before the wasm loads: applies the saved theme so the screen never
// flashes white at night. Must not throw when storage is blocked. The rule is the same as
// `Settings::night_now` in src/domain/settings.rs: "auto" is night during the plan's sleeping
// hours or when the phone is in dark mode.
(() => {
  let theme = "auto",
    wake = 7 * 60,
    sleep = 23 * 60;
  try {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1") || "{}") || {};
    if (typeof s.theme === "string") theme = s.theme;
    if (s.plan && typeof s.plan.wake === "number") wake = s.plan.wake % 1440;
    if (s.plan && typeof s.plan.sleep === "number") sleep = s.plan.sleep % 1440;
  } catch {
    /* blocked or unreadable: fall back to the defaults */
  }
  const now = new Date(),
    minute = now.getHours() * 60 + now.getMinutes();
  const asleep = sleep <= wake ? minute >= sleep && minute < wake : minute >= sleep || minute < wake;
  const dark = !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  const night = theme === "night" || (theme !== "light" && (dark || asleep));
  document.documentElement.setAttribute("data-theme", night ? "night" : "light");
})();
