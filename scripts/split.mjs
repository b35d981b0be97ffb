// Splits the wasm Trunk built into the first download and the files fetched later (#27). Called by
// scripts/post-build.mjs before anything else reads the page.
//
// Relact marks its split points in Rust with `browser::split`'s `split!` (ui/app.rs: the bottom
// bar's screens in one file, the others in another; ui/today.rs: the set-up card; state/sharing.rs:
// a sync run). `wasm_split_cli` (crate wasm_split_cli_support, installed by scripts/install-tools)
// reads cargo's own wasm, linked with `--emit-relocs` (.cargo/config.toml), and writes the main
// module, a module per split module name, modules for code several of them share (each carried
// here inside one split module's file, so there are fewer files to fetch), and
// `__wasm_split.js`, which fetches a module on its first use (put inside wasm-bindgen's glue
// here). Then, as Trunk does for an unsplit
// app: wasm-bindgen on the main module (keeping the exports the modules import), `wasm-opt` on
// every module with index.html's parameters (release builds), and names that carry a hash of the
// content, so a phone never pairs a module with another build's main. Trunk's own wasm and glue are
// replaced in the staging folder, and the page names the new ones.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Stops the split with `why`: thrown, not exited, so the working folder is still removed. */
const fail = (why) => {
  throw new Error(`split: ${why}`);
};
const hash16 = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
};
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"] });
  } catch (e) {
    fail(`${cmd} failed (${e.message.split("\n")[0]})`);
  }
};

/** `text` with `from` (a string, or a pattern that must match: the build fails if wasm_split_cli
 * changed) replaced by `to` (a string, taken as it is, or a function given the match). */
const patched = (text, from, to) => {
  const there = typeof from === "string" ? text.includes(from) : text.match(from) !== null;
  if (!there) fail(`__wasm_split.js no longer holds: ${String(from).split("\n")[0]}`);
  return text.replace(from, typeof to === "function" ? to : () => to);
};

/** Splits the wasm the page `html` (in staging folder `dir`) names; returns the page, renamed. */
export async function splitWasm(dir, html) {
  const release = process.env.TRUNK_PROFILE === "release";
  const trunkGlue = html.match(/\/(relact-[0-9a-f]+)\.js"/)?.[1];
  const trunkWasm = html.match(/\/(relact-[0-9a-f]+_bg)\.wasm/)?.[1];
  if (!trunkGlue || !trunkWasm) fail("index.html no longer names Trunk's relact-<hash>.js and _bg.wasm");
  const metadata = JSON.parse(
    execFileSync("cargo", ["metadata", "--format-version=1", "--no-deps", "--offline"], { encoding: "utf8" }),
  );
  const raw = join(
    metadata.target_directory,
    "wasm32-unknown-unknown",
    release ? "release" : "debug",
    "relact.wasm",
  );
  const work = mkdtempSync(join(tmpdir(), "relact-split-"));
  try {
    run("wasm_split_cli", [raw, work]);
    const modules = readdirSync(work).filter((n) => n.endsWith(".wasm") && n !== "main.wasm");
    if (!modules.length)
      fail("wasm_split_cli found no split point (was the wasm linked with --emit-relocs?)");
    run("wasm-bindgen", [
      "--target=web",
      "--keep-lld-exports",
      "--no-demangle",
      "--no-typescript",
      `--out-dir=${join(work, "bg")}`,
      "--out-name=relact",
      join(work, "main.wasm"),
    ]);
    // wasm-opt's parameters, from the source index.html (Trunk has taken its own link out of the
    // page it hands this hook; `./scripts/size` reads the same).
    const source = readFileSync(process.env.TRUNK_HTML_FILE ?? "index.html", "utf8");
    const given = source.match(/data-wasm-opt-params="([^"]*)"/);
    if (!given) fail("index.html no longer gives data-wasm-opt-params");
    const params = given[1].split(/\s+/).filter(Boolean);
    const optimized = (path) => {
      if (!release) return readFileSync(path);
      run("wasm-opt", ["-Oz", ...params, path, "-o", `${path}.opt`]);
      return readFileSync(`${path}.opt`);
    };
    const written = [];
    const put = (name, body) => {
      writeFileSync(join(dir, name), body);
      written.push(name);
    };
    // The modules, named by their content.
    let splitJs = readFileSync(join(work, "__wasm_split.js"), "utf8");
    // Each file is compiled apart from being run, and a compiled file is kept, so that a file can
    // be fetched and compiled ahead (`compileAhead`, exported here: by the boot script, the file
    // of the screen the address names, beside the main wasm; by the app, the bottom bar's once
    // Today is drawn) and its first use only runs it, without another trip to the service worker.
    // The boot script compiles the main wasm with the same `compiledModule`. Once a service worker
    // controls the page, a file is read from its cache by the page itself (`kept`): the same copy
    // the worker would answer with, without a fetch event and a trip through its handler (Progress
    // and the Log opened by their address 5-7 ms sooner); a file not there is fetched as before.
    // Streaming compilation needs the host to send .wasm as application/wasm; a host that sends
    // another type still works, compiled from the bytes (as wasm-bindgen's own loader does), and
    // an error page is refused by its status rather than read as code. A failed fetch or compile
    // is forgotten, so the next use tries again. wasm_split_cli writes one of two makeFetch
    // functions (a debug build's also names a file from another build, which the content-hashed
    // names here rule out): either is replaced.
    splitJs = patched(
      splitJs,
      /^function makeFetch\(srcUrl\) \{[\s\S]*?^\}$/m,
      `/** The phone's copy of a file, read from the service worker's cache without a trip through it.
 * Only for a name that carries its content's hash: any copy kept under it is this file. */
async function kept(src) {
    try {
        const hashed = /-[0-9a-f]{16}(_bg)?\\.wasm$/.test(new URL(src).pathname);
        if (hashed && navigator.serviceWorker?.controller) return await caches.match(String(src));
    } catch {
        // No cache this page may read: fetched as usual.
    }
}
const compiled = new Map();
export function compiledModule(src) {
    const key = src.section ? \`\${src.within}#\${src.section}\` : String(src);
    let module = compiled.get(key);
    if (module === undefined) {
        module = src.section
            ? compiledModule(src.within).then((within) => {
                const [bytes] = WebAssembly.Module.customSections(within, src.section);
                if (!bytes) throw new Error(\`\${key}: not there\`);
                return WebAssembly.compile(bytes);
            })
            : (async () => {
                const response = (await kept(src)) || (await fetch(src));
                if (!response.ok) throw new Error(\`\${key}: \${response.status}\`);
                if (response.headers.get("Content-Type") === "application/wasm") {
                    return await WebAssembly.compileStreaming(response);
                }
                return await WebAssembly.compile(await response.arrayBuffer());
            })();
        module.catch(() => { if (compiled.get(key) === module) compiled.delete(key); });
        compiled.set(key, module);
    }
    return module;
}
function makeFetch(srcUrl) {
    if (srcUrl === undefined) {
        return () => { return async (_imports) => { return {} } };
    }
    return () => {
        const module = compiledModule(srcUrl);
        return async (imports) => await WebAssembly.instantiate(await module, imports);
    }
}`,
    );
    splitJs = patched(
      splitJs,
      "function makeLoad(fetchOpts, deps) {",
      `const ahead = Object.create(null);
/** Fetches and compiles split module \`name\`'s file and the files it needs, without running them. */
export function compileAhead(name) {
    ahead[name]?.compileAhead();
}
function makeLoad(srcUrl, deps) {
    const load = makeRunningLoad(srcUrl, deps);
    load.compileAhead = () => {
        for (const dep of deps) dep.compileAhead();
        if (srcUrl !== undefined) compiledModule(srcUrl).catch(() => {});
    };
    return load;
}
function makeRunningLoad(fetchOpts, deps) {`,
    );
    splitJs = patched(
      splitJs,
      /^export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(/gm,
      (_, name) => `export const __wasm_split_load_${name} = wrapAsyncCb(ahead.${name} = makeLoad(`,
    );
    // Code several split modules share (wasm_split_cli's chunk_N) travels inside one of their
    // files, as a custom section, rather than in a file of its own: each file was a trip through
    // the service worker (five for the bottom bar's screens took 8 ms where one took 3.6; the page
    // now reads the worker's cache itself, but a file is still a read and a compile). What a
    // phone opens first decides where: code the bottom bar's screens (fetched once Today is drawn)
    // or the first day's set-up card (wanted on a first visit, before the service worker has kept
    // anything) share with any other module goes into the set-up card's file, which stays small;
    // so the bar's screens need 2 files, the set-up card 1, a sync run 2 (never the bar's), and the
    // screens off the bar 3. Other shared code goes with the first, by name, of the modules that
    // need it, the sync run's before the others'. Loading a module compiles the files that carry
    // what it needs; each chunk is still compiled and run once.
    const chunkLine =
      /^const (__chunk_\d+) = makeLoad\(new URL\("\.\/(chunk_\d+)\.wasm", import\.meta\.url\), \[\]\);$/gm;
    const chunkOf = new Map([...splitJs.matchAll(chunkLine)].map(([, variable, chunk]) => [variable, chunk]));
    const groupLine =
      /^export const __wasm_split_load_(\w+) = wrapAsyncCb\(ahead\.\w+ = makeLoad\(new URL\("\.\/(split_\w+)\.wasm", import\.meta\.url\), \[([^\]]*)\]\)\);$/gm;
    const groups = [...splitJs.matchAll(groupLine)].map(([, name, module, deps]) => ({
      name,
      module,
      chunks: deps
        .split(",")
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => chunkOf.get(d) ?? fail(`__wasm_split.js: ${d} is not a chunk`)),
    }));
    // A split module wasm_split_cli found empty has no file (makeLoad(undefined, …)): the rule
    // below, and a chunk only it needed, would be left without a carrier.
    const exported = splitJs.match(/^export const __wasm_split_load_/gm)?.length ?? 0;
    if (!groups.length || groups.length !== exported || groups.length + chunkOf.size !== modules.length)
      fail("__wasm_split.js no longer lists its modules and chunks as expected");
    const named = (name) => groups.find((g) => g.name === name) ?? fail(`no split module "${name}"`);
    const [setup, bar, sync] = ["setup", "bar", "sync"].map(named);
    const order = [
      sync,
      ...groups.filter((g) => ![setup, bar, sync].includes(g)).sort((a, b) => a.name.localeCompare(b.name)),
    ];
    const carrier = new Map();
    for (const c of chunkOf.values()) {
      const users = groups.filter((g) => g.chunks.includes(c));
      const by = users.includes(setup) || users.includes(bar) ? setup : order.find((g) => users.includes(g));
      carrier.set(c, by ?? fail(`${c}: no split module needs it`));
    }
    const leb = (n) => {
      const out = [];
      do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n) byte |= 0x80;
        out.push(byte);
      } while (n);
      return Buffer.from(out);
    };
    const customSection = (name, payload) => {
      const content = Buffer.concat([leb(Buffer.byteLength(name)), Buffer.from(name), payload]);
      return Buffer.concat([Buffer.from([0]), leb(content.length), content]);
    };
    const chunkBody = new Map([...chunkOf.values()].map((c) => [c, optimized(join(work, `${c}.wasm`))]));
    for (const g of groups) {
      const carried = [...carrier].filter(([, by]) => by === g).map(([c]) => c);
      const body = Buffer.concat([
        optimized(join(work, `${g.module}.wasm`)),
        ...carried.map((c) => customSection(`relact:${c}`, chunkBody.get(c))),
      ]);
      g.file = `${g.module}-${hash16(body)}.wasm`;
      splitJs = patched(splitJs, `"./${g.module}.wasm"`, `"./${g.file}"`);
      put(g.file, body);
    }
    for (const [chunk, g] of carrier)
      splitJs = patched(
        splitJs,
        `new URL("./${chunk}.wasm", import.meta.url)`,
        `{ within: new URL("./${g.file}", import.meta.url), section: "relact:${chunk}" }`,
      );
    if (/\.\/chunk_\d+\.wasm/.test(splitJs)) fail("__wasm_split.js still names a chunk file of its own");
    const mainWasm = optimized(join(work, "bg", "relact_bg.wasm"));
    const mainWasmName = `relact-${hash16(mainWasm)}_bg.wasm`;
    put(mainWasmName, mainWasm);
    // The loader of the split-off files goes inside wasm-bindgen's glue, which imports it (the
    // main module's imports) and which it imports (`initSync`): one script fewer on every start,
    // each a trip through the service worker. It runs in a scope of its own, so its names never
    // meet the glue's; the glue's imports of it become that scope's exports, and `compileAhead`
    // and `compiledModule` are exported for the boot script (scripts/post-build.mjs).
    const loader = patched(splitJs, /^import \{ initSync \} from "\.\/main\.js";?$/m, "");
    const loaderExports = [...loader.matchAll(/^export (?:const|function) (\w+)/gm)].map(([, name]) => name);
    const forBoot = ["compileAhead", "compiledModule"];
    for (const name of forBoot)
      if (!loaderExports.includes(name)) fail(`__wasm_split.js no longer exports ${name}`);
    let glue = readFileSync(join(work, "bg", "relact.js"), "utf8");
    if (!/^function initSync\(/m.test(glue)) fail("wasm-bindgen's glue no longer declares initSync");
    const glueImport = /^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm;
    const imported = [...glue.matchAll(glueImport)].map(([, name]) => name);
    if (!imported.length) fail("wasm-bindgen's glue does not import __wasm_split.js");
    glue = [
      "const relactSplitLoader = (() => {",
      loader.replace(/^export (const|function) /gm, "$1 "),
      `return { ${loaderExports.join(", ")} };`,
      "})();",
      ...imported.map((name) => `const ${name} = relactSplitLoader;`),
      glue.replace(glueImport, ""),
      `export const { ${forBoot.join(", ")} } = relactSplitLoader;`,
      "",
    ].join("\n");
    const glueName = `relact-${hash16(glue, mainWasm)}.js`;
    put(glueName, glue);
    for (const old of [`${trunkGlue}.js`, `${trunkWasm}.wasm`]) unlinkSync(join(dir, old));
    console.log(
      `split: ${modules.length} modules in ${groups.length} files beside the main one (${written.join(", ")})`,
    );
    const renamed = html
      .replaceAll(`/${trunkGlue}.js`, `/${glueName}`)
      .replaceAll(`/${trunkWasm}.wasm`, `/${mainWasmName}`);
    if (!renamed.includes(`<link rel="modulepreload" href="/${glueName}"`))
      fail("index.html no longer preloads wasm-bindgen's glue");
    return renamed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
