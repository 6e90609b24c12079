// Cold start of each action as the runner runs it: `node dist/<name>/index.js`, its own process,
// inputs as INPUT_<NAME> (action.yml's defaults filled in), the runner's files and variables, a
// fresh HOME. Two runs per action, against `node -e 0` (what any Node action pays to start):
//
//   - "start": the bundle loads, reads its inputs and stops at a bad one (dry-run: "maybe"): what
//     loading the action costs before it does anything;
//   - "run": a small real run where the action needs nothing but git (version-bump and changelog
//     dry-runs, capsule-sign signing with a key) on a repository of a few commits.
//
// No request leaves the machine: GITHUB_API_URL names a closed port on 127.0.0.1.
//
//   node_modules/.bin/node bench/cold-start.mjs [--runs 15] [--out bench/results/cold-start.json]
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { generateKeyPairSync } from "node:crypto";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    out: { type: "string", default: join(ROOT, "bench", "results", "cold-start.json") },
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("bench: --runs wants a positive integer");
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "bench-cold-start-"));
const gitEnv = { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@example.invalid", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@example.invalid" };

/** A repository of a few commits after a release: what the small runs work on. */
function repository() {
  const dir = join(scratch, "repo");
  mkdirSync(dir);
  const git = (...args) => execFileSync("git", args, { cwd: dir, env: { ...process.env, ...gitEnv } });
  git("init", "-q", "-b", "main");
  writeFileSync(join(dir, "package.json"), '{ "name": "sample", "version": "1.4.0" }\n');
  git("add", "-A");
  git("commit", "-q", "-m", "chore: start");
  git("tag", "-a", "v1.4.0", "-m", "v1.4.0");
  for (const message of ["feat(api): add export (#3)", "fix: keep the exit code\n\nFixes #7", "docs: say how"]) {
    writeFileSync(join(dir, "notes.txt"), `${message}\n`);
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }
  return dir;
}

/** The runner's environment for one step, with the action's inputs. */
function stepEnv(name, workspace, inputs) {
  const home = join(scratch, `home-${name}`);
  const files = join(scratch, `files-${name}`);
  const temp = join(scratch, `temp-${name}`);
  for (const dir of [home, files, temp]) mkdirSync(dir, { recursive: true });
  for (const file of ["output", "summary", "env", "path", "state"]) writeFileSync(join(files, file), "");
  writeFileSync(join(files, "event.json"), "{}");
  const action = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8"));
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_EVENT_PATH: join(files, "event.json"),
    GITHUB_REPOSITORY: "octo-org/sample",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "http://127.0.0.1:9",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_ATTEMPT: "1",
    RUNNER_OS: "Linux",
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(files, "output"),
    GITHUB_STEP_SUMMARY: join(files, "summary"),
    GITHUB_ENV: join(files, "env"),
    GITHUB_PATH: join(files, "path"),
    GITHUB_STATE: join(files, "state"),
  };
  const values = { ...Object.fromEntries(Object.entries(action.inputs ?? {}).map(([key, spec]) => [key, String(spec.default ?? "").includes("${{") ? "" : String(spec.default ?? "")])), ...inputs };
  for (const [key, value] of Object.entries(values)) env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = value;
  return env;
}

const key = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" });

/** The small real runs: inputs per action (absent: the action needs a forge or a registry to do anything). */
const RUNS = {
  "version-bump": { "dry-run": "true" },
  changelog: { "dry-run": "true" },
  "capsule-sign": { "dry-run": "true", key, version: "1.5.0" },
};

/** What an action checks before its dry-run input, so that "start" gets as far as that input. */
const START_INPUTS = { "capsule-sign": { key }, "sync-dry-run": { mode: "maybe" } };

function once(args, env, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8" });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const workspace = repository();
  const actions = readdirSync(join(ROOT, "dist")).filter((name) => name !== "cli" && existsSync(join(ROOT, "dist", name, "index.js")) && existsSync(join(ROOT, "actions", name, "action.yml")));
  const cases = [{ id: "node -e 0", args: ["-e", "0"], env: { PATH: process.env.PATH ?? "" }, expect: 0 }];
  for (const name of actions) {
    const bundle = join(ROOT, "dist", name, "index.js");
    const start = { ...START_INPUTS[name], "dry-run": "maybe" };
    cases.push({ id: `${name}: start`, action: name, args: [bundle], env: stepEnv(name, workspace, start), expect: 1, says: /dry-run/ });
    if (RUNS[name]) cases.push({ id: `${name}: run`, action: name, args: [bundle], env: stepEnv(name, workspace, RUNS[name]), expect: 0 });
  }
  // A first run of each checks that it does what it says (and warms the page cache).
  for (const item of cases) {
    const result = once(item.args, item.env, workspace);
    if (result.status !== item.expect || (item.says && !item.says.test(result.stdout + result.stderr))) {
      throw new Error(`${item.id}: exit ${result.status}, expected ${item.expect}${item.says ? ` and a message about ${item.says}` : ""}:\n${(result.stdout + result.stderr).slice(-1500)}`);
    }
  }
  const samples = cases.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < cases.length; step++) {
      const index = (step + run) % cases.length;
      samples[index].push(once(cases[index].args, cases[index].env, workspace).ms);
    }
  }
  const floor = median(samples[0]);
  const results = cases.map((item, index) => ({ id: item.id, medianMs: Math.round(median(samples[index])), overNodeMs: Math.round(median(samples[index]) - floor), bundleBytes: item.action ? readFileSync(join(ROOT, "dist", item.action, "index.js")).length : null }));
  console.log("| run | median ms | over node -e 0 | bundle KB |\n|---|---:|---:|---:|");
  for (const result of results) console.log(`| ${result.id} | ${result.medianMs} | ${result.overNodeMs} | ${result.bundleBytes === null ? "" : Math.round(result.bundleBytes / 1024)} |`);
  const load = loadavg();
  if (Math.max(...load) > cpus().length) console.log(`note: load average ${load.map((value) => value.toFixed(1)).join(" ")} on ${cpus().length} CPUs: other work was running, times are noisy`);
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, `${JSON.stringify({ node: process.version, cpus: cpus().length, load, runs, results }, null, 2)}\n`);
  console.log(`wrote ${flags.out}`);
}

try {
  main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
