// Runs before first paint, before the wasm loads: applies the saved theme so the screen never
// flashes white at night. Must not throw when storage is blocked.
(function () {
  var theme = "auto";
  try {
    var raw = localStorage.getItem("relact.settings.v1");
    if (raw) theme = JSON.parse(raw).theme || "auto";
  } catch (e) { /* blocked or unreadable: fall back to the system preference */ }
  var night = theme === "night" ||
    (theme === "auto" && window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.setAttribute("data-theme", night ? "night" : "light");
})();
