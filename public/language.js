// Runs before first paint, before the wasm loads: picks the parent's language (the one saved in
// Settings, else the first of the phone's languages Relact speaks, else English), sets
// <html lang dir>, and puts that language's words into the loading screen as it is parsed. The
// page's loader then fetches only that language's file (/i18n/<tag>.ftl) beside the wasm, and
// the app reads `relactLanguage.phone` for Settings' note on Brazilian Portuguese. Must not throw
// when storage is blocked. Every Portuguese (pt-PT, pt-AO…) gets Brazil's; `Language::from_tag`
// in src/domain/language.rs lists the same tags.
(() => {
  // Filled in by scripts/post-build.mjs from public/i18n/*.ftl: the loading screen's words
  // (index.html's data-msg ids) in each language but English, which index.html already says.
  const SHELL = /*__SHELL__*/ {};
  const known = ["en", "es", "fr", "pt-BR", "ar"];
  let lang = null,
    phone = null;
  try {
    const s = JSON.parse(localStorage.getItem("relact.settings.v1") || "{}") || {};
    if (known.includes(s.language)) lang = s.language;
  } catch {
    /* blocked or unreadable: follow the phone */
  }
  if (!lang) {
    const tags = navigator.languages?.length ? navigator.languages : [navigator.language || ""];
    for (const tag of tags) {
      const base = String(tag).split(/[-_]/)[0].toLowerCase();
      const found = base === "pt" ? "pt-BR" : known.find((k) => k === base);
      if (found) {
        lang = found;
        phone = String(tag);
        break;
      }
    }
  }
  lang = lang || "en";
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === "ar" ? "rtl" : "ltr";
  self.relactLanguage = { lang, phone };
  const words = SHELL[lang];
  if (!words) return;
  // The shell is parsed after this script runs; each word is put in as its element arrives
  // (observer callbacks run before the browser paints), and once more when parsing ends.
  const put = () => {
    for (const el of document.querySelectorAll("[data-msg]")) {
      const word = words[el.dataset.msg];
      if (word && el.textContent !== word) el.textContent = word;
    }
  };
  const watch = new MutationObserver(put);
  watch.observe(root, { childList: true, subtree: true });
  document.addEventListener(
    "DOMContentLoaded",
    () => {
      watch.disconnect();
      put();
    },
    { once: true },
  );
})();
