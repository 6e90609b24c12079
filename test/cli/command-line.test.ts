import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CommandHelp } from "../../packages/cli/src/args.js";
import { calendarHelp } from "../../packages/cli/src/commands/calendar.js";
import { capsuleSignHelp } from "../../packages/cli/src/commands/capsule-sign.js";
import { changelogHelp } from "../../packages/cli/src/commands/changelog.js";
import { demoHelp } from "../../packages/cli/src/commands/demo.js";
import { gateCheckHelp } from "../../packages/cli/src/commands/gate-check.js";
import { publishHelp } from "../../packages/cli/src/commands/publish.js";
import { rollbackHelp } from "../../packages/cli/src/commands/rollback.js";
import { syncHelp } from "../../packages/cli/src/commands/sync.js";
import { verifyHelp } from "../../packages/cli/src/commands/verify.js";
import { versionBumpHelp } from "../../packages/cli/src/commands/version-bump.js";
import { makeKeys } from "../capsule/fixtures.js";
import { TestRepo } from "../support/git-repo.js";
import { ROOT, runCli } from "../support/runner.js";

const COMMANDS: Record<string, CommandHelp> = {
  "version-bump": versionBumpHelp,
  publish: publishHelp,
  rollback: rollbackHelp,
  "gate-check": gateCheckHelp,
  calendar: calendarHelp,
  changelog: changelogHelp,
  "capsule-sign": capsuleSignHelp,
  sync: syncHelp,
  verify: verifyHelp,
  demo: demoHelp,
};

const STACK = /\n\s+at .+:\d+/;
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cadence-cli-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-cli-repo-" });
  cleanups.push(() => repo.remove());
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("feat(api): add the export endpoint");
  return repo;
}

/** The error line of a failed run: one line on stderr, without the command's name said twice. */
function errorLine(run: { exitCode: number; stdout: string; stderr: string }, command: string): string {
  expect(run.stderr).not.toMatch(STACK);
  const lines = run.stderr.trimEnd().split("\n").filter((line) => line.startsWith("cadence"));
  expect(lines, run.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(`cadence ${command}: `), line).toBe(true);
  const message = line.slice(`cadence ${command}: `.length);
  expect(message, "a doubled prefix").not.toMatch(new RegExp(`^(cadence )?${command}\\b`));
  return message;
}

describe("the cadence command line on an older Node", () => {
  const system = "/usr/bin/node";
  const version = existsSync(system) ? spawnSync(system, ["--version"], { encoding: "utf8" }).stdout.trim() : "";
  const older = /^v(\d+)\./.exec(version) !== null && Number(/^v(\d+)\./.exec(version)![1]) < 24;

  it.skipIf(!older)(`stops with one line naming the Node it needs and how to get it (system node ${version || "absent"})`, () => {
    for (const args of [["version-bump", "--dry-run"], ["--version"], ["--help"]]) {
      const run = spawnSync(system, [join(ROOT, "dist", "cli", "index.js"), ...args], { cwd: folder(), encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).not.toMatch(STACK);
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^cadence needs Node 24 or later, this is Node ${version.slice(1).replace(/\./g, "\\.")}: install Node 24 from https://nodejs\\.org/`));
      expect(lines[0]).toContain("nvm install 24");
    }
  });
});

describe("cadence --version and --help", () => {
  it("says its version, the package's", async () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    const run = await runCli(["--version"], { cwd: folder() });
    expect(run).toMatchObject({ exitCode: 0, stdout: `cadence ${version}\n`, stderr: "" });
  });

  it("lists every flag each command reads, with its default or as required", async () => {
    const dir = folder();
    for (const [name, help] of Object.entries(COMMANDS)) {
      const run = await runCli([name, "--help"], { cwd: dir });
      expect(run.exitCode, name).toBe(0);
      // The flags part, one line per flag (a wrapped description joined to its flag's line).
      const part = run.stdout.split(/\n {2}flags[^\n]*\n/)[1] ?? "";
      const entries = part.replace(/\n {5,}/g, " ").split("\n").filter(Boolean);
      for (const [flag, spec] of Object.entries(help.flags)) {
        const line = entries.find((candidate) => candidate.startsWith(`    --${flag} `));
        expect(line, `${name} --${flag}`).toBeDefined();
        expect(line, `${name} --${flag}`).toMatch(spec.required ? /\(required\)$/ : /\(default: [^)]+(\([^)]*\)[^)]*)*\)$/);
      }
      const listed = entries.filter((line) => /^ {4}--/.test(line)).length;
      expect(listed, name).toBe(Object.keys(help.flags).length);
    }
  });

  it("lists the commands on `cadence help` with the exit codes, and on stderr with exit 2 when no command is given", async () => {
    const help = await runCli(["help"], { cwd: folder() });
    expect(help.exitCode).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(help.stdout).toContain("2 the command line is wrong");
    const none = await runCli([], { cwd: folder() });
    expect(none).toMatchObject({ exitCode: 2, stdout: "" });
    expect(none.stderr).toContain("usage: cadence <command> [flags]");
  });
});

describe("cadence exit codes: 2 for a wrong command line, 1 for a failed run", () => {
  it("exits 2, with one line and nothing done, for an unknown command or flag, a missing value, a repeated flag, a missing required flag or argument", async () => {
    const repo = sampleRepo();
    const before = repo.git("status", "--porcelain") + repo.git("for-each-ref");
    const cases: Array<[args: string[], command: string, message: RegExp]> = [
      [["version-bump", "--frobnicate"], "version-bump", /^unknown flag '--frobnicate'; run with --help for the flags$/],
      [["version-bump", "--bump"], "version-bump", /^--bump needs a value/],
      [["version-bump", "--dry-run", "--dry-run"], "version-bump", /^--dry-run is given more than once; give it once$/],
      [["version-bump", "--bump", "minor", "--bump=major"], "version-bump", /^--bump is given more than once/],
      [["changelog", "--version", "1.0.0", "--version", "2.0.0", "--dry-run"], "changelog", /^--version is given more than once/],
      [["capsule-sign", "--version", "1.0.0"], "capsule-sign", /^--key KEY\.pem \(the signing key[^)]*\) is missing$/],
      [["verify", "--key", "k.pem"], "verify", /^needs one ENVELOPE \(the \.dsse\.json capsule-sign wrote\), got 0 arguments$/],
      [["verify", "envelope.json"], "verify", /^--key PUBLIC\.pem \(.*\) is missing$/],
      [["publish", "--dry-run", "extra"], "publish", /^Unexpected argument 'extra'/],
    ];
    for (const [args, command, message] of cases) {
      const run = await runCli(args, { cwd: repo.dir });
      expect(run.exitCode, `${args.join(" ")}: ${run.stderr}`).toBe(2);
      expect(run.stdout).toBe("");
      expect(errorLine(run, command)).toMatch(message);
    }
    const unknown = await runCli(["frobnicate"], { cwd: repo.dir });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/^cadence: unknown command 'frobnicate'/);
    expect(repo.git("status", "--porcelain") + repo.git("for-each-ref")).toBe(before);
  });

  it("keeps every value of a flag that may be repeated", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    repo.write("a.bin", "a");
    repo.write("b.bin", "b");
    const run = await runCli(["capsule-sign", "--key", keys.privatePath, "--artifact", "a.bin", "--artifact", "b.bin", "--no-sbom", "--dry-run", "--json"], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    const names = (JSON.parse(run.stdout).subjects as Array<{ name: string }>).map((subject) => subject.name);
    expect(names).toEqual(expect.arrayContaining(["a.bin", "b.bin"]));
  });

  it("exits 1 for a run that fails, with the reason once", async () => {
    const dir = folder();
    const run = await runCli(["version-bump", "--dry-run"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run, "version-bump")).toMatch(/is not a git repository/);
    const bad = await runCli(["version-bump", "--bump", "huge"], { cwd: sampleRepo().dir });
    expect(bad.exitCode).toBe(1);
    expect(errorLine(bad, "version-bump")).toMatch(/bump must be one of major, minor, patch/);
  });
});

describe("cadence verify finds the artifacts where they were signed", () => {
  it("from the folder capsule-sign ran in and below it, without --artifacts", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    writeFileSync(join(repo.dir, "dist.tgz"), "bytes\n");
    mkdirSync(join(repo.dir, "dist"));
    const sign = await runCli(["capsule-sign", "--kind", "RELEASE", "--key", keys.privatePath, "--artifact", "dist.tgz", "--no-sbom", "--json"], { cwd: repo.dir });
    expect(sign.exitCode, sign.stderr).toBe(0);
    const envelope = JSON.parse(sign.stdout).envelope as string;
    const verify = await runCli(["verify", "--key", keys.publicPath, envelope], { cwd: repo.dir });
    expect(verify.exitCode, verify.stdout + verify.stderr).toBe(0);
    // Signed by a path below the folder (dist/app.tgz): found there too, without --artifacts.
    writeFileSync(join(repo.dir, "dist", "app.tgz"), "app bytes\n", { flag: "w" });
    const nested = await runCli(["capsule-sign", "--key", keys.privatePath, "--artifact", "dist/app.tgz", "--out", "nested", "--no-sbom", "--json"], { cwd: repo.dir });
    expect(nested.exitCode, nested.stderr).toBe(0);
    const nestedEnvelope = JSON.parse(nested.stdout).envelope as string;
    const below = await runCli(["verify", "--key", keys.publicPath, nestedEnvelope], { cwd: repo.dir });
    expect(below.exitCode, below.stdout + below.stderr).toBe(0);
    expect(below.stdout).toContain(join(repo.dir, "dist", "app.tgz"));
    // Two files of that name below: which one was signed is not known, so it is not guessed.
    mkdirSync(join(repo.dir, "other"));
    writeFileSync(join(repo.dir, "other", "app.tgz"), "other bytes\n");
    const ambiguous = await runCli(["verify", "--key", keys.publicPath, nestedEnvelope], { cwd: repo.dir });
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.stdout + ambiguous.stderr).toMatch(/app\.tgz.*not found/);
    // From elsewhere the artifact is not found: the search is where it was signed, not everywhere.
    const elsewhere = await runCli(["verify", "--key", keys.publicPath, envelope], { cwd: folder() });
    expect(elsewhere.exitCode).toBe(1);
    expect(elsewhere.stdout + elsewhere.stderr).toMatch(/dist\.tgz.*not found/);
  });
});
