// Counts the GitHub API requests of a rollback (G made Latest, X marked) in repositories with
// 100, 1000 and 10000 releases, against the REST emulator. The number must not grow with the
// history: releases are asked for by tag, never listed.
// Usage: node bench/rollback-requests.mjs [sizes, default 100,1000,10000]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sizes = process.argv[2] ?? "100,1000,10000";
const report = join(root, "bench", "results", "rollback-requests.json");
const run = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/rollback/request-budget.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CADENCE_BENCH_RELEASES: sizes, CADENCE_BENCH_REPORT: report },
});
const results = JSON.parse(readFileSync(report, "utf8")).results;
for (const result of results) console.log(`${String(result.releases).padStart(6)} releases: ${result.requests} GitHub API requests (${Object.entries(result.operations).map(([id, n]) => `${id} ×${n}`).join(", ")})`);
console.log(`report: ${report}`);
process.exitCode = run.status ?? 1;
