// Every script the README tells a reader to run works on a fresh clone: each is run with --dry-run,
// which installs what it needs (Lighthouse's own npm ci on first use) and checks its tools and
// inputs, then stops before the long build, benchmark, audit or server.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const named = [
  ...new Set(readFileSync(join(ROOT, "README.md"), "utf8").match(/\.\/scripts\/[a-z-]+/g)),
].sort();

test("the README names the scripts this file runs", () => {
  assert.deepEqual(named, [
    "./scripts/bench",
    "./scripts/lighthouse",
    "./scripts/serve",
    "./scripts/size",
    "./scripts/test",
  ]);
});

for (const script of named) {
  test(`${script} --dry-run installs and checks what it needs and exits 0`, () => {
    const run = spawnSync(script, ["--dry-run"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 600_000,
      env: { ...process.env, DRY_RUN: "" },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(
      run.status,
      0,
      `${script} --dry-run exited ${run.status} (${run.signal ?? "no signal"}):\n${output}`,
    );
    assert.match(run.stdout, /dry run ok/);
  });
}
