// Trunk post_build hook. Runs in TRUNK_STAGING_DIR after files have their final, hashed names.
// 0. Splits the wasm (scripts/split.mjs), replacing Trunk's wasm and glue.
// 1. Moves Trunk's inline module loader into its own file, so the CSP needs no 'unsafe-inline',
//    runs the app once the shell has painted (the wasm, the chosen language's words and the
//    split-off file of a screen opened by its address are fetched before that paint from the
//    phone's own copy, after it on a first visit), and drops the wasm preload from <head>; puts
//    theme.js and language.js (with the loading screen's words from public/i18n/*.ftl) into
//    <head> instead, allowed by their hashes; and minifies wasm-bindgen's JavaScript and the
//    style sheets (integrity worked out again).
// 2. Writes the list of files and a VERSION (a hash of their contents, not their names: Trunk names
//    the wasm before wasm-opt changes it) into sw.js, so every build that changes a byte gets a new
//    cache and old caches are dropped. The translations count toward VERSION but are not
//    precached: the worker keeps only the languages the phone uses (public/sw.js). Before that,
//    the translations are made compact: no comments, and no ids the app does not need.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minify } from "terser";
import { splitWasm } from "./split.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

const sha = (data) => createHash("sha256").update(data).digest("hex");

// 0. The wasm split into the first download and the files fetched later (scripts/split.mjs).
const indexPath = join(dir, "index.html");
let html;
try {
  html = await splitWasm(dir, readFileSync(indexPath, "utf8"));
} catch (e) {
  // The split's own reasons in one line; anything else with its stack.
  console.error(e instanceof Error && e.message.startsWith("split: ") ? e.message : e);
  process.exit(1);
}

// 1. Inline loader -> file.
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (!m) {
  console.error("post-build: Trunk's inline loader was not found in index.html");
  process.exit(1);
}
// The loader lets the browser paint the shell before the app runs: it waits for the browser to
// report that paint (Chromium's largest-contentful-paint entry; one frame elsewhere). A hidden tab
// paints nothing, so it starts at once; and it never waits more than 3 s, whatever happens. So the
// parent sees Relact's frame first, and the shell is the page's first and largest paint. On a
// first visit the wasm is fetched only after that paint, so that its download never competes
// with the shell's (a slow link); whenever a service worker controls the page (every later
// start, not a hard reload), so that they come from the phone's own copy, the wasm, the words and
// the file of a screen opened by its address are read and compiled off the main thread while
// the shell paints (the wasm files read from the worker's cache by the page itself), and the app
// runs as soon as it has painted (Progress and the Log opened by their address with 25,000
// entries 7 and 5 ms sooner on the two-core bench machine, 60 rounds in turn with the loader
// below inside the glue).
const painted = `const painted = new Promise((go) => {
  if (document.visibilityState === "hidden") return go();
  setTimeout(go, 3000);
  if (self.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
    new PerformanceObserver((_, seen) => { seen.disconnect(); go(); }).observe({ type: "largest-contentful-paint", buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go));
  }
});
const fromPhone = (() => {
  try {
    return !!navigator.serviceWorker?.controller;
  } catch {
    return false;
  }
})();
if (!fromPhone) await painted;
`;
// On a first start (no settings saved yet) a worker reads the locale's defaults off the main
// thread while the wasm downloads; the app waits for it at most 1 s and otherwise asks Intl itself.
const localeFirst = `const localeRead = new Promise((done) => {
  try {
    if (localStorage.getItem("relact.settings.v1") !== null) return done();
    const worker = new Worker("/locale.js");
    worker.onmessage = (e) => { self.relactLocaleHints = e.data; worker.terminate(); done(); };
    worker.onerror = () => done();
    worker.postMessage(navigator.language);
  } catch { return done(); }
  setTimeout(done, 1000);
});
`;
// The words, in the language public/language.js picked before the first paint: fetched beside the
// wasm, which waits for them. If the file fails, English; if that fails too, the app shows ids.
const textFirst = `const textFile = (lang) =>
  fetch(\`/i18n/\${lang}.ftl\`, { cache: "no-cache" }).then((r) => (r.ok ? r.text() : Promise.reject(r.status)));
const chosen = self.relactLanguage?.lang || "en";
const textRead = textFile(chosen)
  .then(
    (ftl) => ({ lang: chosen, ftl }),
    () => (chosen === "en" ? null : textFile("en").then((ftl) => ({ lang: "en", ftl }))),
  )
  .catch(() => null)
  .then((text) => {
    self.relactText = text;
  });
`;
const loader = m[1].trim();
const initCall = /const wasm = await init\(\{ module_or_path: ('[^']+\.wasm') \}\);/;
if (!initCall.test(loader)) {
  console.error("post-build: Trunk's loader no longer calls init({ module_or_path: '…wasm' })");
  process.exit(1);
}
// The split-off files (scripts/split.mjs) can be compiled ahead, off the main thread, so that a
// screen's first use only runs its file. The file of the screen the address names is fetched and
// compiled beside the main wasm, which a screen opened by its address (a reload, a shortcut, a
// pairing link) needs as much. The lists are the screens of each split module (ui::app's
// split!s); split.test.mjs checks every address. The app asks for the bottom bar's file itself,
// once Today is drawn (browser::split::compile_ahead): compiled while the shell paints, it made
// Today 10 ms slower with 25,000 entries (100 rounds in turn), and a tap right after Today no
// quicker. The loader of those files is inside wasm-bindgen's glue, which Trunk's loader imports.
const glue = loader.match(/^import init, \* as bindings from '([^']+\.js)';$/m)?.[1];
if (!glue) {
  console.error("post-build: Trunk's loader no longer imports wasm-bindgen's glue as init and bindings");
  process.exit(1);
}
const aheadFirst = `import { compileAhead, compiledModule } from '${glue}';
self.relactCompileAhead = compileAhead;
const address = location.pathname.replace(/(.)\\/$/, "$1");
self.relactAhead = ["/timer", "/log", "/plan", "/progress"].includes(address)
  ? "bar"
  : ["/guide", "/settings", "/join", "/server-help", "/receive"].includes(address)
    ? "more"
    : null;
`;
// The main wasm is compiled as it arrives, as the split-off files are (the loader's
// compiledModule, scripts/split.mjs: streaming, or from the bytes when the host sends another type
// than application/wasm; an error page refused by its status; a failure said once, where the app
// starts), and run once the shell has painted and the words are in.
const bootBody = loader.replace(
  initCall,
  `const wasmModule = compiledModule(new URL($1, location.href));
compileAhead(self.relactAhead);
await painted;
await localeRead;
await textRead;
const wasm = await init({ module_or_path: wasmModule });`,
);
const boot = painted + aheadFirst + localeFirst + textFirst + bootBody + "\n";
const bootName = `boot-${sha(boot).slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
html = html.replace(inline, `<script type="module" src="/${bootName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html) || /\sstyle="/.test(html)) {
  console.error("post-build: index.html still has inline script or style; the CSP would block it");
  process.exit(1);
}
// The loading screen's words in each language but English (index.html's own), from the
// translation files: one `id = text` line each (tests/i18n.rs checks they are plain text).
const shellIds = [...html.matchAll(/data-msg="([^"]+)"/g)].map((x) => x[1]);
const shell = {};
for (const name of readdirSync(join(dir, "i18n")).filter((n) => n.endsWith(".ftl") && n !== "en.ftl")) {
  const lines = readFileSync(join(dir, "i18n", name), "utf8").split("\n");
  const words = {};
  for (const id of shellIds) {
    const line = lines.find((l) => l.startsWith(`${id} = `));
    if (!line || line.includes("{")) {
      console.error(`post-build: ${name} has no plain ${id} for the loading screen`);
      process.exit(1);
    }
    words[id] = line.slice(id.length + 3).trim();
  }
  shell[name.slice(0, -4)] = words;
}
// theme.js and language.js must run before the first paint (no white flash at night, the right
// direction and words), and as files of their own they would cost that paint a round trip on a
// slow link; so their text goes into <head>, allowed by their hashes in the CSP (still no
// 'unsafe-inline').
const csp = "script-src 'self' 'wasm-unsafe-eval'";
if (!html.includes(csp)) {
  console.error("post-build: index.html's CSP changed");
  process.exit(1);
}
const hashes = [];
for (const [name, fill] of [
  ["theme.js", (js) => js],
  ["language.js", (js) => js.replace("/*__SHELL__*/ {}", () => JSON.stringify(shell))],
]) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8").trim();
  const script = fill(source);
  const tag = `<script src="/${name}"></script>`;
  if (!html.includes(tag) || script.includes("</script") || (name === "language.js" && script === source)) {
    console.error(`post-build: index.html no longer loads /${name}, or its placeholder is gone`);
    process.exit(1);
  }
  hashes.push(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
  html = html.replace(tag, () => `<script>${script}</script>`);
  unlinkSync(path);
}
html = html.replace(csp, `${csp} ${hashes.join(" ")}`);
// The wasm is fetched by the loader (on a first visit once the page has painted its shell), not
// preloaded from <head>: a preload competes with the first paint on a slow link and makes
// Lighthouse count the whole wasm download toward the shell's paint.
html = html.replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>\s*/, "");
// The page's module comes out readable: wasm-bindgen's JavaScript half, with the loader of
// split-off files inside (minified it is 2.4 KB smaller gzipped, on every first load). It keeps
// the name scripts/split.mjs gave it (a hash of its text before, and of the main wasm); an
// integrity the page gives for it is worked out again.
const integrity = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
const modules = [...html.matchAll(/<link rel="modulepreload" href="\/([^"]+\.js)"[^>]*>/g)];
if (!modules.some(([link]) => /integrity="sha384-/.test(link))) {
  console.error("post-build: index.html no longer preloads wasm-bindgen's module with its integrity");
  process.exit(1);
}
for (const [link, name] of modules) {
  const path = join(dir, name);
  const small = await minify(readFileSync(path, "utf8"), { module: true, format: { comments: false } });
  if (!small.code) {
    console.error(`post-build: ${name} could not be minified`);
    process.exit(1);
  }
  writeFileSync(path, small.code);
  const sri = link.match(/integrity="(sha384-[^"]+)"/);
  if (sri) html = html.replace(sri[1], integrity(small.code));
}
// The style sheets without their comments and indentation: 11.1 → 7.1 KB gzip. Nothing else is
// rewritten, so no rule can change (no string in them holds a comment's marks; checked here).
for (const [, name, sri] of html.matchAll(
  /<link rel="stylesheet" href="\/([^"]+\.css)" integrity="(sha384-[^"]+)"/g,
)) {
  const path = join(dir, name);
  const lean = readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  if (lean.includes("/*") || lean.includes("*/")) {
    console.error(`post-build: ${name} has a comment mark the comment-stripper cannot place`);
    process.exit(1);
  }
  writeFileSync(path, `${lean}\n`);
  html = html.replace(sri, integrity(`${lean}\n`));
}
writeFileSync(indexPath, html);

// 2. Precache list and content version.
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
// Notes for translators (public/i18n/*.md, and the back-translations' folder) are not part of the app.
for (const name of readdirSync(join(dir, "i18n")).filter((n) => n.endsWith(".md")))
  unlinkSync(join(dir, "i18n", name));
rmSync(join(dir, "i18n", "back-translations"), { recursive: true, force: true });
// Each phone downloads a compact form of its language (src/text/i18n/ftl.rs,
// `compact_fingerprint`; en.ftl 21.0 → 16.4 KB gzip): the translators' comments and the ids stay
// in the source files. The app finds a message by its position, so an entry keeps its id only
// when another message refers to it (`{ -brand }`); the ids' fingerprint goes on the first line,
// worked out as `order_hash` does (FNV-1a over each id and a line break), so the app still
// refuses a file that is not this version's. The source files use only messages and terms, one
// `id = …` line each at column 0 (continuation lines are indented, and a comment is a line that
// starts with "#"); anything else stops the build here rather than ship a file the app misreads.
const entryLine = /^(-?[A-Za-z][A-Za-z0-9_-]*) = ?(.*)$/;
const reference = /\{\s*(-?[A-Za-z][A-Za-z0-9_-]*)(?:\.[A-Za-z][A-Za-z0-9_-]*)?\s*\}/g;
const fingerprint = (ids) => {
  let hash = 0xcbf29ce484222325n;
  for (const id of ids)
    for (const byte of Buffer.from(`${id}\n`))
      hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
};
for (const name of readdirSync(join(dir, "i18n")).filter((n) => n.endsWith(".ftl"))) {
  const file = join(dir, "i18n", name);
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => !l.startsWith("#"));
  const ids = [];
  const referenced = new Set();
  for (const [n, line] of lines.entries()) {
    const entry = line.match(entryLine);
    if (entry) {
      if (entry[2].trim() === "" && !/^\s+[^\s.]/.test(lines[n + 1] ?? "")) {
        console.error(
          `post-build: ${name}: ${entry[1]} has no value of its own (attributes are not compacted)`,
        );
        process.exit(1);
      }
      ids.push(entry[1]);
    } else if (/^\s+\./.test(line) || !/^(\s|\}|$)/.test(line)) {
      console.error(`post-build: ${name}: this line is not a message the compact form handles:\n${line}`);
      process.exit(1);
    }
    for (const r of line.matchAll(reference)) referenced.add(r[1]);
  }
  const compact = lines.map((line) => {
    const entry = line.match(entryLine);
    return entry && !referenced.has(entry[1]) ? `= ${entry[2]}` : line;
  });
  const body = compact
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  writeFileSync(file, `#!order ${fingerprint(ids)}\n${body}\n`);
}
walk(dir);
const all = files.map((p) => "/" + relative(dir, p).split(sep).join("/")).filter((u) => u !== "/sw.js");
const assets = all.filter((u) => !u.startsWith("/i18n/"));
const version = createHash("sha256");
for (const u of all) version.update(u).update(readFileSync(join(dir, u)));
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
  // The formatter may put the placeholder on a line of its own inside the brackets.
  .replace(/\[\s*\/\*__ASSETS__\*\/\s*\]/, () => JSON.stringify(assets));
if (sw.includes("__VERSION__") || sw.includes("__ASSETS__")) {
  console.error("post-build: placeholders left in sw.js");
  process.exit(1);
}
writeFileSync(swPath, sw);
console.log(`post-build: ${assets.length} files precached, boot script ${bootName}`);
