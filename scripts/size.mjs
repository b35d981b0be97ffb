// Reads twiggy's item list of a named build (scripts/size) and prints the shipped wasm's size, then
// code and data by crate and the largest functions. A generic function is counted under the crate
// that defines it (Leptos's view code instantiated for Relact's screens is Leptos's); a second
// column says how much of it is instantiated for Relact's own types.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// The rest of the arguments: the split-off modules, fetched when their screen first opens.
const [shipped, topJson, ...modules] = process.argv.slice(2);
const top = Number(process.env.TOP ?? 25);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (body) => gzipSync(body, { level: 9 }).length;
const wasm = readFileSync(shipped);
console.log(
  `shipped wasm, first download: ${kb(wasm.length)} raw, ${kb(gz(wasm))} gzip (level 9, as the bench)`,
);
if (modules.length) {
  let raw = 0;
  let zipped = 0;
  console.log(
    "\nsplit off, fetched later (split_*: one split module's own code; chunk_*: code several share, which the build carries inside one split_* file):",
  );
  for (const path of modules) {
    const body = readFileSync(path);
    raw += body.length;
    zipped += gz(body);
    console.log(
      `${path.split("/").pop().padEnd(40)} ${kb(body.length).padStart(10)} raw ${kb(gz(body)).padStart(10)} gzip`,
    );
  }
  console.log(`${"all split off".padEnd(40)} ${kb(raw).padStart(10)} raw ${kb(zipped).padStart(10)} gzip`);
}

// The names themselves are only in the named build: they are not shipped, so not counted.
const items = JSON.parse(readFileSync(topJson, "utf8")).filter(
  (i) => !/^"[a-z ]+ names" subsection$/.test(i.name),
);
const total = items.reduce((s, i) => s + i.shallow_size, 0);

/** The crate an item belongs to: the first path of its name, or of the type in `<T as Trait>`. */
function crateOf(name) {
  if (/^data\[\d+\]$/.test(name) || name.startsWith("data segment")) return "(data: strings, tables)";
  if (/^(code|func)\[\d+\]$/.test(name)) return "(unnamed functions)";
  if (/^(type|import|export|elem|table|memory|global|custom section)/.test(name))
    return "(wasm structure: types, imports, exports, tables)";
  let n = name
    .replace(/^</, "")
    .replace(/^&(mut )?/, "")
    .replace(/^dyn /, "");
  n = n.replace(/^\(/, "");
  // `core[c5930c85a12de822]::fmt` names the crate with its hash.
  const m = n.match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (m) return m[1];
  if (/^(core|alloc|std)\b/.test(n)) return n.split(/\W/)[0];
  return "(other)";
}

const by = new Map();
for (const it of items) {
  const c = crateOf(it.name);
  const e = by.get(c) ?? { size: 0, forRelact: 0, n: 0 };
  e.size += it.shallow_size;
  e.n += 1;
  if (c !== "relact" && it.name.includes("relact::")) e.forRelact += it.shallow_size;
  by.set(c, e);
}
console.log(`\nthe first download, named, after wasm-opt -Oz: ${kb(total)} in ${items.length} items\n`);
console.log(`${"crate".padEnd(52)} ${"size".padStart(10)} ${"share".padStart(7)}  for relact's types`);
for (const [c, e] of [...by].sort((a, b) => b[1].size - a[1].size).slice(0, 30)) {
  console.log(
    `${c.padEnd(52)} ${kb(e.size).padStart(10)} ${`${((e.size / total) * 100).toFixed(1)}%`.padStart(7)}  ${e.forRelact ? kb(e.forRelact) : ""}`,
  );
}
console.log(`\nlargest ${top} items`);
for (const it of [...items].sort((a, b) => b.shallow_size - a.shallow_size).slice(0, top)) {
  const name = it.name.length > 110 ? `${it.name.slice(0, 107)}...` : it.name;
  console.log(`${kb(it.shallow_size).padStart(10)}  ${name}`);
}
