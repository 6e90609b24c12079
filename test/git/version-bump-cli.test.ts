import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../support/git-repo.js";
import { runCli } from "../support/runner.js";
import { packageJson, repositories } from "./version-bump-harness.js";

const newRepo = repositories();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function sample(): TestRepo {
  const repo = newRepo();
  repo.commit("chore(release): 1.4.2", "package.json", packageJson("1.4.2"));
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.commit("feat(api): add the export endpoint");
  return repo;
}

const cli = (repo: { dir: string } | string, ...args: string[]) => runCli(["version-bump", ...args], { cwd: typeof repo === "string" ? repo : repo.dir });

/** Everything a run could change: work tree files, HEAD, refs, status, evidence. */
function snapshot(repo: TestRepo): string {
  const digests: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (name === ".git") continue;
      if (statSync(full).isDirectory()) walk(full);
      else digests.push(`${relative(repo.dir, full)} ${createHash("sha256").update(readFileSync(full)).digest("hex")}`);
    }
  };
  walk(repo.dir);
  const evidence = repo.git("rev-parse", "--absolute-git-dir").trim();
  let records: string[] = [];
  try {
    records = readdirSync(join(evidence, "cadence", "evidence"));
  } catch {
    records = [];
  }
  return [digests.sort().join("\n"), repo.head(), repo.git("for-each-ref"), repo.git("status", "--porcelain"), records.join(",")].join("\n--\n");
}

/**
 * A failure as users see it: exit code 1, the error as one line, last on stderr (after any
 * progress lines such as "configuration: …"), no stack trace.
 */
function expectOneLineError(run: { exitCode: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  const errors = lines.filter((line) => line.startsWith("cadence version-bump: "));
  expect(errors, run.stderr).toHaveLength(1);
  expect(lines[lines.length - 1]).toBe(errors[0]);
  expect(errors[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
}

describe("cadence version-bump: the contract", () => {
  it("--dry-run --json prints one JSON object with the decision and changes nothing", async () => {
    const repo = sample();
    const before = snapshot(repo);
    const run = await cli(repo, "--dry-run", "--json");
    expect(run.exitCode, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ previous: "1.4.2", next: "1.5.0", bump: "minor", tag: "v1.5.0", releaseNeeded: true, dryRun: true, commitCount: 2 });
    expect(output.planHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(output.effects).toEqual([{ id: "write-file:package.json", status: "planned", summary: "write 1.5.0 into package.json" }]);
    expect(snapshot(repo)).toBe(before);
  });

  it("says next: null when nothing is due", async () => {
    const repo = newRepo();
    repo.commit("chore: 1.0.0", "package.json", packageJson("1.0.0"));
    repo.tag("v1.0.0");
    repo.commit("docs: typo");
    const output = JSON.parse((await cli(repo, "--dry-run", "--json")).stdout);
    expect(output).toMatchObject({ previous: "1.0.0", next: null, bump: "none", tag: null, releaseNeeded: false });
  });

  it("gives the same plan hash for the same state and a new one when the state changes; apply checks it", async () => {
    const repo = sample();
    const [first, second] = await Promise.all([cli(repo, "--dry-run", "--json"), cli(repo, "--dry-run", "--json")]);
    const hash = JSON.parse(first.stdout).planHash as string;
    expect(JSON.parse(second.stdout).planHash).toBe(hash);
    repo.commit("fix: one more");
    const changed = JSON.parse((await cli(repo, "--dry-run", "--json")).stdout).planHash as string;
    expect(changed).not.toBe(hash);
    const stale = await cli(repo, "--plan-hash", hash);
    expectOneLineError(stale, /the plan is stale/);
    const applied = await cli(repo, "--json", "--plan-hash", changed);
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ next: "1.5.0", dryRun: false, planHash: changed });
    expect(JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")).version).toBe("1.5.0");
  });

  it("--prerelease and --release-as (seed build metadata accepted, written as SemVer)", async () => {
    const repo = sample();
    const [rc, forced] = await Promise.all([cli(repo, "--dry-run", "--json", "--prerelease", "rc"), cli(repo, "--dry-run", "--json", "--release-as", "2.0.0+state-v2+prompts-v17")]);
    expect(JSON.parse(rc.stdout)).toMatchObject({ next: "1.5.0-rc.1", bump: "prerelease", tag: "v1.5.0-rc.1", channel: "rc" });
    expect(JSON.parse(forced.stdout)).toMatchObject({ next: "2.0.0+state-v2.prompts-v17", bump: "major", tag: "v2.0.0" });
  });
});

describe("cadence version-bump: errors are one clear line", () => {
  it("for inputs: unknown bump kind, release-as with bump, release-as with prerelease; an unknown flag is a usage error", async () => {
    const repo = sample();
    const [kind, both, pre, flag] = await Promise.all([
      cli(repo, "--bump", "huge"),
      cli(repo, "--release-as", "2.0.0", "--bump", "minor"),
      cli(repo, "--release-as", "2.0.0", "--prerelease", "rc"),
      cli(repo, "--frobnicate"),
    ]);
    expectOneLineError(kind, /bump must be one of major, minor, patch, not 'huge'/);
    expectOneLineError(both, /release-as and bump both say what the next version is: give only one/);
    expectOneLineError(pre, /prerelease cannot be given with it/);
    // A wrong command line exits 2 (test/cli/command-line.test.ts), with one line too.
    expect(flag).toMatchObject({ exitCode: 2, stdout: "", stderr: "cadence version-bump: unknown flag '--frobnicate'; run with --help for the flags\n" });
  });

  it("for a folder that is not a repository, and an empty repository", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cadence-vb-plain-"));
    folders.push(folder);
    const empty = newRepo();
    const [plain, nothing] = await Promise.all([cli(folder, "--dry-run"), cli(empty, "--dry-run")]);
    expectOneLineError(plain, /is not a git repository/);
    expectOneLineError(nothing, /the repository has no commits yet/);
  });

  it("for a shallow clone and a clone without tags: use fetch-depth: 0", async () => {
    const origin = sample();
    const parent = mkdtempSync(join(tmpdir(), "cadence-vb-clones-"));
    folders.push(parent);
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, join(parent, "shallow")]);
    execFileSync("git", ["clone", "-q", "--no-tags", `file://${origin.dir}`, join(parent, "untagged")]);
    const [shallow, untagged] = await Promise.all([cli(join(parent, "shallow"), "--dry-run"), cli(join(parent, "untagged"), "--dry-run")]);
    expectOneLineError(shallow, /shallow clone.*`fetch-depth: 0`/);
    expectOneLineError(untagged, /no release tags were found, but package.json says 1\.4\.2.*`fetch-depth: 0`/);
  });

  it("for a malformed config: file:line:column first, then every problem", async () => {
    const repo = sample();
    repo.write(".github/cadence.yml", "versioning:\n  tag-prefix: 3\n  rules:\n    - { type: build, release: sometimes }\n  colour: blue\n");
    const run = await cli(repo, "--dry-run");
    expect(run.exitCode).toBe(1);
    const [first, ...rest] = run.stderr.trimEnd().split("\n");
    expect(first).toBe("cadence version-bump: .github/cadence.yml:2:15: versioning.tag-prefix must be a string (and 2 more problems)");
    expect(rest).toEqual([
      "  - .github/cadence.yml:2:15: versioning.tag-prefix must be a string",
      '  - .github/cadence.yml:4:31: versioning.rules[0].release must be one of "major", "minor", "patch", "none"',
      expect.stringMatching(/^ {2}- \.github\/cadence\.yml:5:3: unknown key 'colour' in versioning; expected one of: tag-prefix, /),
    ]);
    repo.write(".github/cadence.yml", "versioning:\n  tag-prefix: v\n  tag-prefix: w\n");
    expectOneLineError(await cli(repo, "--dry-run"), /^cadence version-bump: \.github\/cadence\.yml:3:3: is not valid YAML: Map keys must be unique$/);
  });
});
