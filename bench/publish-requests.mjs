// Counts the GitHub API requests of a plain release (tag, draft, publish) at 1k and 100k commits
// of history, against the REST emulator. The number must not grow with the history.
// Usage: node bench/publish-requests.mjs [sizes, default 1000,100000]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sizes = process.argv[2] ?? "1000,100000";
const report = join(root, "bench", "results", "publish-requests.json");
const run = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/publish/request-budget.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CADENCE_BENCH_COMMITS: sizes, CADENCE_BENCH_REPORT: report, CADENCE_BENCH_WORK: join(root, "bench", ".work") },
});
const results = JSON.parse(readFileSync(report, "utf8")).results;
for (const result of results) console.log(`${String(result.commits).padStart(7)} commits: ${result.requests} GitHub API requests (${Object.entries(result.operations).map(([id, n]) => `${id} ×${n}`).join(", ")})`);
console.log(`report: ${report}`);
process.exitCode = run.status ?? 1;
