// Times `cadence version-bump --dry-run --json` against the `git log` floor over the same range
// and against git-cliff and conventional-recommended-bump, on generated histories of 1k, 10k
// and 100k conventional commits since the last tag. See docs/performance.md.
//
//   npm run bench -- [--sizes 1000,10000,100000] [--merges 100000] [--runs 7]
//                    [--out bench/results/version-bump.json] [--tools version-bump,git-cliff]
//                    [--cli PATH-TO-A-CLI-BUNDLE]
//
// --merges: sizes to run again on a history where every tenth commit merges a branch ("none"
// for none). A linear history is read while git walks it (docs/performance.md); with merges git
// must walk the whole range first, so both shapes are measured.
//
// Run it with Node 24 (`npm run bench` puts node_modules/.bin/node first on PATH). Not a test:
// it asserts nothing about speed, but it fails when a tool errors or the tools disagree: on the
// version, and on why (the breaking changes that make it a major: cadence's `decisive` commits,
// the breaking commits of git-cliff's --context, conventional-recommended-bump's count).
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BASE_TAG, LOG_FORMAT, gitEnv, historyRepository } from "./history.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GNU_TIME = "/usr/bin/time";
const TARGETS = { ratioToFloor: 1.5, peakMB: 256, at: 100_000 };

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    merges: { type: "string", default: "100000" },
    runs: { type: "string", default: "7" },
    out: { type: "string", default: join(ROOT, "bench", "results", "version-bump.json") },
    tools: { type: "string" },
    cli: { type: "string", default: join(ROOT, "dist", "cli", "index.js") },
    help: { type: "boolean" },
  },
});
if (flags.help) {
  console.log("usage: node bench/version-bump.mjs [--sizes 1000,10000,100000] [--merges 100000|none] [--runs 7] [--out FILE] [--tools version-bump,git-cliff,...] [--cli dist/cli/index.js]");
  process.exit(0);
}
const sizes = flags.sizes.split(",").map((size) => Number(size.trim()));
const mergeSizes = flags.merges === "none" || flags.merges === "" ? [] : flags.merges.split(",").map((size) => Number(size.trim()));
const runs = Number(flags.runs);
if ([...sizes, ...mergeSizes].some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --sizes and --merges want positive integers (got ${flags.sizes} and ${flags.merges}), --runs a positive integer (got ${flags.runs})`);
  process.exit(2);
}
if (Number(process.versions.node.split(".")[0]) < 24) {
  console.error(`bench: run with Node 24 (npm run bench, or node_modules/.bin/node bench/version-bump.mjs); this is ${process.version}`);
  process.exit(2);
}

const node = process.execPath;
const modules = join(ROOT, "node_modules");
const cli = resolve(flags.cli);
const cliffConfig = join(ROOT, "bench", "cliff.toml");

/**
 * The contenders, as data: how to run each on a repository and how to read the version it chose.
 * The node tools run on this node (24), the npm wrapper of git-cliff included.
 */
const TOOLS = [
  {
    id: "floor",
    label: "git log (floor)",
    command: () => ["git", ["log", LOG_FORMAT, `${BASE_TAG}..HEAD`]],
    discardStdout: true,
    version: () => null,
  },
  {
    id: "version-bump",
    label: "cadence version-bump",
    command: () => [node, [cli, "version-bump", "--dry-run", "--json"]],
    version: (stdout) => JSON.parse(stdout).next,
  },
  {
    id: "git-cliff",
    label: "git-cliff (npm)",
    command: () => [node, [join(modules, "git-cliff", "lib", "cli", "cli.js"), "--config", cliffConfig, "--bumped-version"]],
    version: (stdout) => stdout.trim().replace(/^v/, ""),
  },
  {
    // The same git-cliff without its node launcher (execa): the Rust binary alone.
    id: "git-cliff-binary",
    label: "git-cliff (binary)",
    command: () => [join(modules, "git-cliff-linux-x64", "bin", "git-cliff"), ["--config", cliffConfig, "--bumped-version"]],
    version: (stdout) => stdout.trim().replace(/^v/, ""),
  },
  {
    id: "conventional-recommended-bump",
    label: "conventional-recommended-bump",
    command: () => [node, [join(modules, "conventional-recommended-bump", "dist", "cli", "index.js"), "--preset", "conventionalcommits"]],
    // It answers with a release type, not a version: from 1.0.0, "major" means 2.0.0.
    version: (stdout) => ({ major: "2.0.0", minor: "1.1.0", patch: "1.0.1" })[stdout.trim()] ?? `? ${stdout.trim()}`,
  },
];
const tools = flags.tools ? TOOLS.filter((tool) => tool.id === "floor" || flags.tools.split(",").includes(tool.id)) : TOOLS;

function check() {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  for (const tool of tools) {
    const [file, args] = tool.command();
    for (const path of [file, ...args]) if (path.startsWith("/") && !existsSync(path)) throw new Error(`${tool.label}: ${path} is missing (npm ci installs the peers as devDependencies)`);
  }
}

const gnuTime = (() => {
  try {
    return /GNU/.test(execFileSync(GNU_TIME, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch {
    return false;
  }
})();

/**
 * Runs one command to the end: wall time measured here; peak resident memory and CPU time from
 * GNU time when present (getrusage of the child: the largest resident set among the process and
 * its waited-for children), otherwise by polling VmHWM in /proc for the process tree.
 */
async function measure(command, cwd, discardStdout) {
  const [file, args] = command;
  const scratch = mkdtempSync(join(tmpdir(), "bench-"));
  const timeFile = join(scratch, "time");
  const devNull = discardStdout ? openSync("/dev/null", "w") : undefined;
  const started = process.hrtime.bigint();
  const child = gnuTime
    ? spawn(GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, file, ...args], { cwd, env: gitEnv(), stdio: ["ignore", devNull ?? "pipe", "pipe"] })
    : spawn(file, args, { cwd, env: gitEnv(), stdio: ["ignore", devNull ?? "pipe", "pipe"] });
  const poller = gnuTime ? undefined : pollPeak(child.pid);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (exit) => done(exit));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (devNull !== undefined) closeSync(devNull);
  let peakKB = poller?.stop() ?? null;
  let cpuMs = null;
  if (gnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
    [peakKB] = last;
    cpuMs = Math.round((last[1] + last[2]) * 1000);
  }
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${file} ${args.join(" ")} exited with ${code} in ${cwd}:\n${stderr.slice(-2000)}`);
  return { ms, peakMB: peakKB === null ? null : peakKB / 1024, cpuMs, stdout };
}

/** The fallback without GNU time: the highest VmHWM seen in the process tree, read every 5 ms. */
function pollPeak(pid) {
  let peak = 0;
  const read = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").split(" ").filter(Boolean)) read(task);
    } catch {
      // The process ended between two looks.
    }
  };
  const timer = setInterval(() => read(pid), 5);
  return {
    stop() {
      clearInterval(timer);
      return peak || null;
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 0) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * Whether the tools agree on why the version is what it is: the breaking changes. Asked once per
 * repository, outside the timed runs (git-cliff's --context and the recommender's --verbose are
 * not what is timed). Returns the disagreements as sentences, and the count agreed on.
 */
async function breakingAgreement(dir, cadenceStdout) {
  const ours = JSON.parse(cadenceStdout).packages[0];
  const problems = [];
  if (ours.bump !== "major") return { problems: [`cadence decided ${ours.bump}, the histories hold breaking changes`], breaking: 0 };
  const cadence = new Set(ours.decisive.map((verdict) => verdict.commit));
  if (ours.decisiveCount !== cadence.size) problems.push(`cadence lists ${cadence.size} of ${ours.decisiveCount} breaking commits`);
  if (tools.some((tool) => tool.id.startsWith("git-cliff"))) {
    const context = await measure([join(modules, "git-cliff-linux-x64", "bin", "git-cliff"), ["--config", cliffConfig, "--unreleased", "--context"]], dir, false);
    const cliff = new Set(JSON.parse(context.stdout).flatMap((release) => release.commits.filter((commit) => commit.breaking).map((commit) => commit.id)));
    for (const sha of cadence) if (!cliff.has(sha)) problems.push(`git-cliff does not see ${sha.slice(0, 7)} as breaking`);
    for (const sha of cliff) if (!cadence.has(sha)) problems.push(`git-cliff sees ${sha.slice(0, 7)} as breaking, cadence does not`);
  }
  if (tools.some((tool) => tool.id === "conventional-recommended-bump")) {
    const verbose = await measure([node, [join(modules, "conventional-recommended-bump", "dist", "cli", "index.js"), "--preset", "conventionalcommits", "--verbose"]], dir, false);
    const count = Number(/There (?:are|is) (\d+) BREAKING CHANGE/.exec(verbose.stdout)?.[1]);
    if (count !== cadence.size) problems.push(`conventional-recommended-bump counts ${verbose.stdout.trim().split("\n").at(-1)}, cadence ${cadence.size} breaking commits`);
  }
  return { problems, breaking: cadence.size };
}

async function benchSize(size, workDir, shape) {
  const repo = await historyRepository(workDir, size, (line) => console.log(line), { merges: shape === "merges" });
  const samples = new Map(tools.map((tool) => [tool.id, []]));
  const versions = new Map();
  // One warm-up each (page cache, compile caches), which also checks that every tool works.
  let cadenceStdout = "";
  for (const tool of tools) {
    const warm = await measure(tool.command(), repo.dir, tool.discardStdout);
    versions.set(tool.id, tool.version(warm.stdout));
    if (tool.id === "version-bump") cadenceStdout = warm.stdout;
  }
  if (cadenceStdout) {
    const why = await breakingAgreement(repo.dir, cadenceStdout);
    if (why.problems.length > 0) throw new Error(`the tools disagree on the breaking changes (${size} commits, ${shape}):\n  ${why.problems.join("\n  ")}`);
    console.log(`  ${size} commits (${shape}): the tools agree on the ${why.breaking} breaking changes`);
  }
  for (let run = 0; run < runs; run++) {
    // Rotate the order so no tool always runs right after the same neighbour.
    for (let index = 0; index < tools.length; index++) {
      const tool = tools[(index + run) % tools.length];
      samples.get(tool.id).push(await measure(tool.command(), repo.dir, tool.discardStdout));
    }
    process.stdout.write(`\r  ${size} commits (${shape}): run ${run + 1}/${runs}`);
  }
  process.stdout.write("\n");
  const floor = median(samples.get("floor").map((sample) => sample.ms));
  return tools.map((tool) => {
    const taken = samples.get(tool.id);
    const times = taken.map((sample) => sample.ms);
    const peaks = taken.map((sample) => sample.peakMB).filter((peak) => peak !== null);
    const cpu = taken.map((sample) => sample.cpuMs).filter((value) => value !== null);
    return {
      tool: tool.id,
      label: tool.label,
      commits: size,
      shape,
      runs: taken.length,
      medianMs: round(median(times), 1),
      minMs: round(Math.min(...times), 1),
      maxMs: round(Math.max(...times), 1),
      samplesMs: times.map((ms) => round(ms, 1)),
      ratioToFloor: round(median(times) / floor, 2),
      medianCpuMs: cpu.length ? median(cpu) : null,
      peakMB: peaks.length ? round(Math.max(...peaks), 1) : null,
      version: versions.get(tool.id),
    };
  });
}

function table(results) {
  const rows = [["tool", "commits", "median ms", "× floor", "cpu ms", "peak MB", "version"]];
  for (const result of results) {
    rows.push([result.label, `${result.commits}${result.shape === "merges" ? " merges" : ""}`, result.medianMs.toFixed(0), result.ratioToFloor.toFixed(2), String(result.medianCpuMs ?? "-"), result.peakMB === null ? "-" : result.peakMB.toFixed(0), result.version ?? ""]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 || column === 6 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")).join("\n");
}

function toolVersions() {
  const read = (path) => JSON.parse(readFileSync(join(modules, path, "package.json"), "utf8")).version;
  return {
    node: process.version,
    git: execFileSync("git", ["--version"], { encoding: "utf8" }).trim(),
    "git-cliff": read("git-cliff"),
    "conventional-recommended-bump": read("conventional-recommended-bump"),
    "conventional-changelog-conventionalcommits": read("conventional-changelog-conventionalcommits"),
  };
}

function gitHead() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/** What the issue asks of version-bump at 100k commits, judged from this run's numbers. */
function verdict(results, shape) {
  const at = (tool) => results.find((result) => result.tool === tool && result.commits === TARGETS.at && result.shape === shape);
  const ours = at("version-bump");
  if (!ours) return null;
  const cliff = at("git-cliff");
  return {
    commits: TARGETS.at,
    shape,
    ratioToFloor: ours.ratioToFloor,
    withinRatio: ours.ratioToFloor <= TARGETS.ratioToFloor,
    fasterThanGitCliff: cliff ? ours.medianMs < cliff.medianMs : null,
    peakMB: ours.peakMB,
    underPeakMemory: ours.peakMB === null ? null : ours.peakMB < TARGETS.peakMB,
  };
}

async function main() {
  check();
  const workDir = join(ROOT, "bench", ".work");
  mkdirSync(workDir, { recursive: true });
  const loadBefore = loadavg();
  const results = [];
  for (const size of sizes) results.push(...(await benchSize(size, workDir, "linear")));
  for (const size of mergeSizes) results.push(...(await benchSize(size, workDir, "merges")));

  const disagreements = results.filter(
    (result) => result.tool !== "floor" && result.version !== results.find((other) => other.commits === result.commits && other.shape === result.shape && other.tool === "version-bump")?.version,
  );
  console.log(`\n${table(results)}\n`);
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", memoryMB: Math.round(totalmem() / 2 ** 20), platform: `${process.platform}-${process.arch}`, loadBefore, loadAfter: loadavg() },
    versions: toolVersions(),
    cadence: { commit: gitHead(), cli, cliBytes: statSync(cli).size },
    method: {
      runs,
      warmups: 1,
      range: `${BASE_TAG}..HEAD`,
      floor: `git log ${LOG_FORMAT} ${BASE_TAG}..HEAD > /dev/null`,
      memory: gnuTime ? "GNU time %M: maxrss of the child and its waited-for descendants (the largest single process)" : "VmHWM polled every 5 ms over the process tree (largest single process)",
      targets: TARGETS,
    },
    results,
    verdict: verdict(results, "linear"),
    verdictWithMerges: verdict(results, "merges"),
  };
  mkdirSync(dirname(resolve(flags.out)), { recursive: true });
  writeFileSync(resolve(flags.out), `${JSON.stringify(report, null, 2)}\n`);
  for (const v of [report.verdict, report.verdictWithMerges]) {
    if (!v) continue;
    console.log(`version-bump at ${v.commits} commits (${v.shape}): ${v.ratioToFloor}× the git log floor (target ≤ ${TARGETS.ratioToFloor}), ` +
      `${v.fasterThanGitCliff === null ? "git-cliff not run" : v.fasterThanGitCliff ? "faster than git-cliff" : "NOT faster than git-cliff"}, ` +
      `peak ${v.peakMB ?? "?"} MB (target < ${TARGETS.peakMB})`);
  }
  if (Math.max(...report.machine.loadAfter) > cpus().length) console.log(`note: the load average reached ${report.machine.loadAfter.map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} CPUs; other work was running, times are noisy`);
  console.log(`report: ${resolve(flags.out)}`);
  if (disagreements.length > 0) {
    console.error(`the tools disagree on the next version: ${disagreements.map((d) => `${d.label} @${d.commits} ${d.shape}: ${d.version}`).join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
