// Times `cadence changelog` against git-cliff and conventional-changelog (both from npm, same run):
//   - unreleased notes over 1k / 10k / 100k commits since the last tag;
//   - full regeneration over a history of 20k commits and 50+ tags.
// Prints a table and writes bench/results/changelog.json. Not a test: it asserts nothing about
// speed, but fails when a tool errors, prints nothing, or the tools disagree on what they list
// (per release, the feat/fix/perf commits and the number of breaking changes; cadence leaves out
// a commit and its revert, on purpose: bench/changelog-compare.mjs). The floor is `git log` over
// the range with its output to /dev/null, as in the version-bump bench. The peers print to
// stdout; cadence prints the section in its JSON (unreleased notes) or, for the full
// regeneration, writes the whole CHANGELOG.md as the action does, which the bench reads and
// removes after each run, so that each tool produces the same thing: the whole CHANGELOG.
//
//   node_modules/.bin/node bench/changelog.mjs [--sizes 1000,10000,100000] [--runs 3]
//        [--tags 50] [--tag-commits 20000] [--no-full] [--out bench/results/changelog.json]
import { spawn, execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compareReleases, readChangelog, revertedCommits } from "./changelog-compare.mjs";
import { BASE_TAG, LOG_FORMAT, gitEnv, historyRepository } from "./history.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORK = join(ROOT, "bench", ".work");
const TARGETS = { cliffRatio: 1, conventionalRatio: 10, peakMB: 256 };

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    runs: { type: "string", default: "3" },
    tags: { type: "string", default: "50" },
    "tag-commits": { type: "string", default: "20000" },
    "no-full": { type: "boolean" },
    out: { type: "string", default: join(ROOT, "bench", "results", "changelog.json") },
    cli: { type: "string", default: join(ROOT, "dist", "cli", "index.js") },
  },
});
const sizes = flags.sizes.split(",").map(Number);
const runs = Number(flags.runs);
const tagCount = Number(flags.tags);
const tagCommits = Number(flags["tag-commits"]);
if ([...sizes, runs, tagCount, tagCommits].some((value) => !Number.isInteger(value) || value < 1)) {
  console.error("bench: --sizes, --runs, --tags and --tag-commits want positive integers");
  process.exit(2);
}

const node = process.execPath;
const modules = join(ROOT, "node_modules");
const cli = resolve(flags.cli);
const cliffBinary = join(modules, "git-cliff-linux-x64", "bin", "git-cliff");
const cliffConfig = join(ROOT, "bench", "cliff-changelog.toml");
const conventional = join(modules, "conventional-changelog", "dist", "cli", "index.js");

const printed = (stdout) => stdout;
const sectionOf = (stdout) => JSON.parse(stdout).section ?? "";

/** The CHANGELOG cadence wrote in the repository, read and removed (with its evidence) so each run starts alike. */
function takeWritten(_stdout, dir) {
  const path = join(dir, "CHANGELOG.md");
  const text = readFileSync(path, "utf8");
  rmSync(path, { force: true });
  rmSync(join(dir, ".git", "cadence"), { recursive: true, force: true });
  return text;
}

/**
 * The contenders per scenario, as data: unreleased notes, then the whole history. `changelog`
 * gives what the tool produced from its stdout (and the repository), for the agreement check.
 */
const TOOLS = {
  unreleased: [
    { id: "floor", label: "git log (floor) > /dev/null", args: () => ["git", ["log", LOG_FORMAT, `${BASE_TAG}..HEAD`]], discardStdout: true },
    { id: "cadence", label: "cadence changelog", args: () => [node, [cli, "changelog", "--dry-run", "--json", "--no-record"]], changelog: sectionOf },
    // What the action does by default: the notes and the release record (docs/releases/<version>/).
    { id: "cadence-record", label: "cadence changelog with its record", args: () => [node, [cli, "changelog", "--dry-run", "--json"]], changelog: sectionOf },
    { id: "git-cliff", label: "git-cliff --unreleased", args: () => [cliffBinary, ["--config", cliffConfig, "--unreleased"]], changelog: printed },
    { id: "conventional-changelog", label: "conventional-changelog -u", args: () => [node, [conventional, "-p", "conventionalcommits", "-u", "--stdout"]], changelog: printed },
  ],
  full: [
    { id: "floor", label: "git log (floor) > /dev/null", args: () => ["git", ["log", LOG_FORMAT, "HEAD"]], discardStdout: true },
    { id: "cadence", label: "cadence changelog --from-start (writes CHANGELOG.md)", args: () => [node, [cli, "changelog", "--from-start", "--json", "--no-record"]], changelog: takeWritten },
    { id: "git-cliff", label: "git-cliff (full)", args: () => [cliffBinary, ["--config", cliffConfig]], changelog: printed },
    { id: "conventional-changelog", label: "conventional-changelog -r 0 -u", args: () => [node, [conventional, "-p", "conventionalcommits", "-r", "0", "-u", "--stdout"]], changelog: printed },
  ],
};

/**
 * Wall time here; peak resident memory (largest of the process and its children) from GNU time.
 * Then what the tool produced (`changelog`), read after the clock stopped.
 */
async function measure(tool, cwd) {
  const [file, args] = tool.args();
  const scratch = mkdtempSync(join(tmpdir(), "bench-changelog-"));
  const timeFile = join(scratch, "time");
  const devNull = tool.discardStdout ? openSync("/dev/null", "w") : undefined;
  const started = process.hrtime.bigint();
  const child = spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, file, ...args], { cwd, env: gitEnv(), stdio: ["ignore", devNull ?? "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (devNull !== undefined) closeSync(devNull);
  const peakKB = Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1));
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${file} ${args.join(" ")} exited with ${code} in ${cwd}:\n${stderr.slice(-2000)}`);
  const changelog = tool.changelog ? tool.changelog(stdout, cwd) : undefined;
  return { ms, peakMB: peakKB / 1024, bytes: changelog === undefined ? Buffer.byteLength(stdout) : Buffer.byteLength(changelog), changelog };
}

/** The tools' CHANGELOGs against cadence's, from the warm-up runs; every disagreement, as sentences. */
function disagreements(tools, warm, dir, range) {
  const ours = readChangelog(warm[tools.findIndex((tool) => tool.id === "cadence")].changelog);
  const excused = revertedCommits(dir, range, gitEnv());
  const problems = [];
  tools.forEach((tool, index) => {
    if (!tool.changelog || tool.id === "cadence") return;
    problems.push(...compareReleases(ours, readChangelog(warm[index].changelog), excused, tool.label));
  });
  return { problems, releases: ours.length, entries: ours.reduce((sum, release) => sum + [...release.entries.values()].flat().length, 0), breaking: ours.reduce((sum, release) => sum + release.breaking, 0), excused: [...excused.values()].reduce((sum, count) => sum + count, 0) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A copy of the 20k-commit history with `count` tags spread evenly over it (v1.1.0, v1.2.0, …). */
async function taggedRepository(count, commits) {
  const source = await historyRepository(WORK, commits, (line) => console.log(line));
  const dir = join(WORK, `tagged-${commits}-${count}`);
  if (existsSync(join(dir, ".git", "bench-complete"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  execFileSync("git", ["clone", "-q", source.dir, dir], { env: gitEnv() });
  const env = { ...gitEnv(), GIT_COMMITTER_NAME: "Release Bot", GIT_COMMITTER_EMAIL: "release@example.com", GIT_COMMITTER_DATE: "1700000000 +0000" };
  const git = (...args) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  for (const tag of git("tag").split("\n").filter(Boolean)) git("fetch", "-q", "origin", `refs/tags/${tag}:refs/tags/${tag}`);
  const shas = git("rev-list", "--reverse", `${source.baseTag}..HEAD`).trim().split("\n");
  const step = Math.floor(shas.length / (count + 1));
  for (let index = 1; index <= count; index++) git("tag", "-a", `v1.${index}.0`, "-m", `v1.${index}.0`, shas[index * step - 1]);
  git("remote", "remove", "origin");
  writeFileSync(join(dir, ".git", "bench-complete"), "");
  return dir;
}

async function scenario(name, label, dir, range) {
  const tools = TOOLS[name];
  // A warm-up of each (page cache, and a check that the tool works here and agrees with the
  // others), then rounds of one run each, the order rotated, so that a busy moment of the
  // machine does not fall on one tool only.
  const warm = [];
  for (const tool of tools) warm.push(await measure(tool, dir));
  const agreement = disagreements(tools, warm, dir, range);
  if (agreement.problems.length > 0) throw new Error(`the tools disagree (${label}):\n  ${agreement.problems.slice(0, 20).join("\n  ")}`);
  console.log(`\n${label}: the tools agree on ${agreement.releases} release(s), ${agreement.entries} feat/fix/perf entries, ${agreement.breaking} breaking changes (cadence leaves out ${agreement.excused} reverted commit(s))`);
  const samples = tools.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < tools.length; step++) {
      const index = (step + run) % tools.length;
      samples[index].push(await measure(tools[index], dir));
    }
  }
  const results = tools.map((tool, index) => ({
    tool: tool.id,
    label: tool.label,
    medianMs: Math.round(median(samples[index].map((sample) => sample.ms))),
    peakMB: Math.round(Math.max(...samples[index].map((sample) => sample.peakMB))),
    outputBytes: samples[index][0].bytes,
  }));
  // A tool that printed (almost) nothing did not do the work: say so rather than time it.
  results.forEach((result, index) => {
    if (!tools[index].discardStdout && result.outputBytes < 200) throw new Error(`${result.label} produced only ${result.outputBytes} bytes in ${dir}`);
  });
  const ours = results.find((result) => result.tool === "cadence");
  for (const result of results) result.ratioToCadence = Math.round((result.medianMs / ours.medianMs) * 100) / 100;
  console.log("| tool | median ms | peak MB | × cadence |\n|---|---:|---:|---:|");
  for (const result of results) console.log(`| ${result.label} | ${result.medianMs} | ${result.peakMB} | ${result.ratioToCadence} |`);
  return { scenario: name, label, agreement: { releases: agreement.releases, entries: agreement.entries, breaking: agreement.breaking, revertedLeftOut: agreement.excused }, results };
}

async function main() {
  for (const path of [cli, cliffBinary, conventional]) if (!existsSync(path)) throw new Error(`${path} is missing (build dist/cli; npm ci installs the peers)`);
  mkdirSync(WORK, { recursive: true });
  const report = [];
  for (const size of sizes) {
    const repo = await historyRepository(WORK, size, (line) => console.log(line));
    report.push(await scenario("unreleased", `unreleased notes, ${size} commits since the last tag`, repo.dir, `${BASE_TAG}..HEAD`));
  }
  if (!flags["no-full"]) report.push(await scenario("full", `full regeneration, ${tagCommits} commits, ${tagCount + 2} tags`, await taggedRepository(tagCount, tagCommits), "HEAD"));
  const verdicts = report.map((entry) => {
    const [floor, ours, cliff, conv, withRecord] = ["floor", "cadence", "git-cliff", "conventional-changelog", "cadence-record"].map((id) => entry.results.find((result) => result.tool === id));
    return {
      label: entry.label,
      fasterThanGitCliff: cliff.medianMs > ours.medianMs,
      conventionalOverCadence: Math.round((conv.medianMs / ours.medianMs) * 100) / 100,
      tenTimesConventional: conv.medianMs >= TARGETS.conventionalRatio * ours.medianMs,
      // A tenth of conventional-changelog's time below what git alone takes to print the range: no reader can get there.
      tenthOfConventionalMs: Math.round(conv.medianMs / TARGETS.conventionalRatio),
      floorMs: floor.medianMs,
      peakUnder256MB: ours.peakMB < TARGETS.peakMB,
      ...(withRecord ? { recordPeakMB: withRecord.peakMB, recordPeakUnder256MB: withRecord.peakMB < TARGETS.peakMB } : {}),
    };
  });
  console.log("\ntargets (faster than git-cliff, ≥10× conventional-changelog, peak < 256 MB):");
  for (const verdict of verdicts) {
    const tenth = verdict.tenthOfConventionalMs < verdict.floorMs ? ` (a tenth of it, ${verdict.tenthOfConventionalMs} ms, is below git log's ${verdict.floorMs} ms)` : "";
    console.log(`- ${verdict.label}: ${verdict.fasterThanGitCliff ? "✓" : "✗"} git-cliff, ${verdict.tenTimesConventional ? "✓" : "✗"} 10× conventional-changelog (${verdict.conventionalOverCadence}×${tenth}), ${verdict.peakUnder256MB ? "✓" : "✗"} memory${verdict.recordPeakMB === undefined ? "" : `, ${verdict.recordPeakUnder256MB ? "✓" : "✗"} memory with the record (${verdict.recordPeakMB} MB)`}`);
  }
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, `${JSON.stringify({ node: process.version, cpus: cpus().length, runs, targets: TARGETS, scenarios: report, verdicts }, null, 2)}\n`);
  console.log(`\nwrote ${flags.out}`);
}

main().catch((error) => {
  console.error(`bench failed: ${error?.message ?? error}`);
  process.exitCode = 1;
});
