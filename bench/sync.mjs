// The sync dry-run against rsync's checksum compare, side by side in one run (issue 13):
// a source and a target folder of N files (100,000 by default) with 1% changed, after an earlier
// sync (the target holds the manifest of what it wrote). Times `cadence sync` (the committed CLI
// bundle, a dry-run that reads and hashes both trees and diffs the changed files) and
// `rsync -rcn` (checksums of both trees, nothing written), medians of several runs, peak memory,
// and checks both name the same changed files. Then counts the GitHub API requests of a sync
// into an `api` target with 10,000 unchanged and 10 changed files (test/sync/request-budget.test.ts
// against the REST emulator). Writes bench/results/sync.json.
// rsync comes from the system (Debian: apt-get install rsync); this script installs nothing, and
// without rsync it says so and leaves that column out.
// Usage: node bench/sync.mjs [--files 100000] [--runs 3] [--api-files 10000] [--no-api]
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "index.js");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const FILES = option("files", 100_000);
const RUNS = option("runs", 3);
const API_FILES = option("api-files", 10_000);
const TARGETS = { ratioToRsync: 2, peakMB: 256 };
const GNU_TIME = "/usr/bin/time";

function which(tool) {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

const content = (index) => `file ${index}\n${"shared line of a synced file\n".repeat(5 + (index % 40))}`;
const pathOf = (index) => `d${Math.floor(index / 1000)}/e${Math.floor(index / 100) % 10}/f${index}.txt`;
const blob = (text) => createHash("sha1").update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest("hex");

/** The two trees after an earlier sync (target = source + manifest), then 1% of the source changed. */
function generate(dir) {
  const marker = join(dir, `ready-${FILES}`);
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  const files = {};
  for (let index = 0; index < FILES; index++) {
    const path = pathOf(index);
    const text = content(index);
    for (const side of ["src", "dst"]) {
      const full = join(dir, side, path);
      if (index % 100 === 0) mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    files[path] = blob(text);
  }
  const sorted = Object.fromEntries(Object.keys(files).sort().map((path) => [path, files[path]]));
  mkdirSync(join(dir, "dst", ".github", "cadence-sync"), { recursive: true });
  writeFileSync(join(dir, "dst", ".github", "cadence-sync", "bench.json"), `${JSON.stringify({ "cadence-sync": 1, sync_id: "bench", files: sorted }, null, 1)}\n`);
  for (let index = 0; index < FILES; index += 100) writeFileSync(join(dir, "src", pathOf(index)), `${content(index)}changed since the last sync\n`);
  mkdirSync(join(dir, ".github"), { recursive: true });
  writeFileSync(join(dir, ".github", "cadence.yml"), "sync:\n  - sync_id: bench\n    source: { type: file, location: src }\n    target: { type: file, location: dst }\n");
  writeFileSync(marker, "");
}

const gnuTime = existsSync(GNU_TIME) && /GNU/.test(spawnSync(GNU_TIME, ["--version"], { encoding: "utf8" }).stdout + spawnSync(GNU_TIME, ["--version"], { encoding: "utf8" }).stderr);

/** Wall time here; peak resident memory from GNU time (getrusage of the child), else by polling VmHWM. */
async function measure(file, argv, cwd) {
  const scratch = mkdtempSync(join(tmpdir(), "bench-sync-"));
  const timeFile = join(scratch, "time");
  const started = process.hrtime.bigint();
  const child = gnuTime ? spawn(GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, file, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] }) : spawn(file, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let peakKB = 0;
  const poll = gnuTime
    ? undefined
    : setInterval(() => {
        try {
          peakKB = Math.max(peakKB, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0));
        } catch {
          // ended
        }
      }, 5);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.on("close", done));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (poll) clearInterval(poll);
  // CPU time (user + system, the process and the children it waited for): what the work costs,
  // whatever else the machine runs; wall time is what a person waits.
  let cpuMs = null;
  if (gnuTime && existsSync(timeFile)) {
    const [peak, user, system] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
    peakKB = peak;
    cpuMs = Math.round((user + system) * 1000);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { code, ms, peakMB: peakKB / 1024, cpuMs, stdout, stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function folders() {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const rsync = which("rsync");
  if (!rsync) console.log("rsync is not installed (Debian: apt-get install rsync); this bench installs nothing, so the rsync column is left out");
  const dir = join(root, "bench", ".work", "sync");
  console.log(`generating ${FILES} files on each side in ${dir} (once) ...`);
  generate(dir);
  const out = mkdtempSync(join(tmpdir(), "bench-sync-out-"));
  const tools = [
    { id: "cadence", command: [process.execPath, [cli, "sync", "--json", "--out", out]] },
    ...(rsync ? [{ id: "rsync", command: [rsync, ["-rcn", "--exclude=/.github/", "--out-format=%n", "src/", "dst/"]] }] : []),
  ];
  const samples = new Map(tools.map((tool) => [tool.id, []]));
  const agree = { cadence: undefined, rsync: undefined };
  for (let run = -1; run < RUNS; run++) {
    for (const tool of run % 2 === 0 ? tools : [...tools].reverse()) {
      const result = await measure(tool.command[0], tool.command[1], dir);
      if (result.code !== 0) throw new Error(`${tool.id} exited with ${result.code}: ${result.stderr.slice(-2000)}`);
      if (run === -1) {
        // The warm-up also collects what each tool says changed.
        if (tool.id === "cadence") agree.cadence = JSON.parse(readFileSync(JSON.parse(result.stdout).planPath, "utf8")).targets[0].plan.observations.changes.map((change) => change.path).sort();
        else agree.rsync = result.stdout.split("\n").filter((line) => line.endsWith(".txt")).sort();
      } else samples.get(tool.id).push(result);
    }
    if (run >= 0) process.stdout.write(`\r  run ${run + 1}/${RUNS}`);
  }
  process.stdout.write("\n");
  rmSync(out, { recursive: true, force: true });
  const summary = tools.map((tool) => ({
    tool: tool.id,
    medianMs: Math.round(median(samples.get(tool.id).map((sample) => sample.ms))),
    medianCpuMs: gnuTime ? Math.round(median(samples.get(tool.id).map((sample) => sample.cpuMs))) : null,
    peakMB: Math.round(Math.max(...samples.get(tool.id).map((sample) => sample.peakMB)) * 10) / 10,
  }));
  const cadence = summary.find((item) => item.tool === "cadence");
  const rsyncResult = summary.find((item) => item.tool === "rsync");
  const ratio = rsyncResult ? Math.round((cadence.medianMs / rsyncResult.medianMs) * 100) / 100 : null;
  const cpuRatio = rsyncResult && cadence.medianCpuMs !== null ? Math.round((cadence.medianCpuMs / rsyncResult.medianCpuMs) * 100) / 100 : null;
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  const same = agree.rsync ? JSON.stringify(agree.cadence) === JSON.stringify(agree.rsync) : null;
  return { files: FILES, changed: agree.cadence.length, rsync: rsync ? execFileSync(rsync, ["--version"], { encoding: "utf8" }).split("\n")[0] : "not installed", summary, ratioToRsync: ratio, cpuRatioToRsync: cpuRatio, loadAverage: load, sameChangedFiles: same, met: { ratio: ratio === null ? null : ratio <= TARGETS.ratioToRsync, peak: cadence.peakMB < TARGETS.peakMB } };
}

function api() {
  const report = join(root, "bench", "results", "sync-api-requests.json");
  const run = spawnSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/sync/request-budget.test.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CADENCE_BENCH_API_FILES: `100,${API_FILES}`, CADENCE_BENCH_REPORT: report },
  });
  if (run.status !== 0) throw new Error("the api request count failed");
  return JSON.parse(readFileSync(report, "utf8")).results;
}

const result = { benchmark: "sync dry-run", node: process.version, targets: TARGETS, folders: await folders(), api: args.includes("--no-api") ? null : api() };
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "sync.json"), `${JSON.stringify(result, null, 2)}\n`);
const { folders: f } = result;
console.log(`\n${f.files} files, ${f.changed} changed (${f.rsync})`);
for (const item of f.summary) console.log(`  ${item.tool.padEnd(8)} median ${String(item.medianMs).padStart(6)} ms wall, ${String(item.medianCpuMs ?? "?").padStart(6)} ms CPU   peak ${item.peakMB} MB`);
console.log(`  cadence / rsync: ${f.ratioToRsync ?? "n/a"} wall, ${f.cpuRatioToRsync ?? "n/a"} CPU (target ≤ ${TARGETS.ratioToRsync}); peak < ${TARGETS.peakMB} MB: ${f.met.peak}; same changed files: ${f.sameChangedFiles ?? "n/a"}; load average ${f.loadAverage}`);
if (result.api) for (const item of result.api) console.log(`  api target, ${item.unchanged} unchanged + ${item.changed} changed: dry-run ${item.dryRunRequests} requests, apply ${item.applyRequests}`);
console.log("report: bench/results/sync.json");
