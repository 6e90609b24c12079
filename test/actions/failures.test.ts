import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeKeys } from "../capsule/fixtures.js";
import { TestRepo } from "../support/git-repo.js";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { runAction, runCli, type ActionRun } from "../support/runner.js";

// Bad input and bad places found before the first effect, said in our words (issue 17: "Changed on
// disk despite failure" and "Unclear errors"), on the committed bundles as the runner runs them.

const repos: TestRepo[] = [];
const temps: string[] = [];
const fixtures: ReleaseRepo[] = [];
afterEach(() => {
  fixtures.splice(0).forEach((fixture) => fixture.remove());
  repos.splice(0).forEach((repo) => repo.remove());
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-failures-action-" });
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.commit("feat(api): add the export endpoint");
  repo.commit("dist: the artifact", "dist/sample-1.5.0.tgz", "package bytes\n");
  return repo;
}

const STACK = /\n\s+at .+:\d+:\d+/;

function failedClearly(run: ActionRun): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).not.toContain("unexpected error");
  expect(run.stdout + run.stderr).not.toMatch(STACK);
  expect(run.stdout).not.toMatch(/::error::E[A-Z]+: /);
}

describe("nothing is written when a later write could not be made", () => {
  it("changelog: a folder where CHANGELOG.md goes stops the run before the record folder is written", async () => {
    const repo = sampleRepo();
    mkdirSync(join(repo.dir, "CHANGELOG.md"));
    writeFileSync(join(repo.dir, "CHANGELOG.md", ".keep"), "");
    repo.git("add", "CHANGELOG.md/.keep");
    repo.git("commit", "-q", "-m", "chore: a folder in the way");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: {} });
    failedClearly(run);
    // Found while reading the CHANGELOG to merge the section into it, before any plan: said in our words.
    expect(run.stdout).toMatch(/::error::\S*CHANGELOG\.md is a folder where a file was expected: give the path of a file, or remove the folder/);
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("changelog: the same is reported by the dry-run, which is where it is knowable", async () => {
    const repo = sampleRepo();
    writeFileSync(join(repo.dir, "docs"), "a file where the record folder goes");
    repo.git("add", "docs");
    repo.git("commit", "-q", "-m", "docs: a file");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    failedClearly(run);
    expect(run.stdout).toMatch(/::error::nothing was changed: docs\/releases\/1\.5\.0\/[a-z-]+\.md cannot be written: .*docs is a file where a folder is needed/);
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("capsule-sign: an out-dir that is a file writes no SBOM, capsule or signature before failing", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(mkdtempOwned(), "ed25519");
    repo.commit("chore: a file named like the capsule folder", "release-capsule", "not a folder\n");
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.5.0.tgz", version: "1.5.0" } });
    failedClearly(run);
    expect(run.stdout).toContain("::error::nothing was changed:");
    expect(run.stdout).toContain("release-capsule is a file where a folder is needed");
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  });
});

describe("an effect that fails part-way", () => {
  it("publish: a remote that refuses tags leaves a log and summary saying what was done and what was not", async () => {
    const fixture = releaseRepo({ packageName: "cadence-failures-sample" });
    fixtures.push(fixture);
    const hook = join(fixture.remote, "hooks", "pre-receive");
    writeFileSync(hook, '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/tags/*) echo "tags are protected here" >&2; exit 1;; esac; done\n');
    chmodSync(hook, 0o755);
    const run = await runAction("publish", { workspace: fixture.repo.dir, inputs: { release: "false", "npm-packages": "", "floating-tags": "false" } });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).not.toContain("unexpected error");
    const report = /### The run stopped part-way: (\d+) of (\d+) effects done, 1 failed, (\d+) not done/.exec(run.summary);
    expect(report, run.summary).not.toBeNull();
    expect(Number(report![1])).toBeGreaterThan(0);
    expect(run.summary).toMatch(/- done: .*tag v1\.5\.0/);
    expect(run.summary).toMatch(/- failed: push the tag v1\.5\.0 to origin \(git push failed/);
    // The error line carries the remote's own reason.
    expect(run.stdout).toMatch(/::error::git push failed.*v1\.5\.0 -> v1\.5\.0 \(pre-receive hook declined\)/);
    expect(run.stdout).toContain("The run stopped part-way");
    expect(run.summary).toContain("A re-run with the same inputs skips what is done");
  });
});

describe("input mistakes are reported when the inputs are read, in our words", () => {
  it("gate-check: a bad fail-on-gate-failure stops the run before any gate runs", async () => {
    const repo = sampleRepo();
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { "fail-on-gate-failure": "maybe", "evidence-path": "gates.yaml" } });
    failedClearly(run);
    expect(run.stdout).toContain("::error::fail-on-gate-failure must be true or false, not 'maybe'");
    // @actions/core's own wording would be "Input does not meet YAML 1.2 \"Core Schema\" specification".
    expect(run.stdout).not.toContain("YAML 1.2");
    expect(run.summary).toBe("");
    expect(readdirSync(repo.dir)).not.toContain("gates.yaml");
  });

  it("gate-check names the version input, never a CLI flag; the CLI names the flag, never an input", async () => {
    const repo = TestRepo.create({ prefix: "cadence-failures-action-" });
    repos.push(repo);
    repo.commit("chore: start");
    repo.tag("v1.0.0");
    repo.commit("docs: nothing to release");
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    failedClearly(run);
    expect(run.stdout).toContain("Pass the version to check (the version input).");
    expect(run.stdout).not.toMatch(/::error::.*--version/);
    const cli = await runCli(["gate-check", "--dry-run"], { cwd: repo.dir, env: { GITHUB_TOKEN: "", GH_TOKEN: "", GITHUB_REPOSITORY: "" } });
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toContain("Pass the version to check (--version).");
    expect(cli.stderr).not.toContain("input");
  });

  it("capsule-sign: keyless: maybe is a mistake, not a silent no", async () => {
    const repo = sampleRepo();
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { keyless: "maybe", artifacts: "dist/sample-1.5.0.tgz" } });
    failedClearly(run);
    expect(run.stdout).toContain("::error::keyless must be true or false, not 'maybe'");
  });

  it("version-bump: a config file saved as UTF-16 is read as what was written", async () => {
    const repo = sampleRepo();
    const text = "# cadence\nversioning:\n  tag-prefix: release-\n";
    writeFileSync(join(repo.dir, "cadence.yml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    repo.git("add", "cadence.yml");
    repo.git("commit", "-q", "-m", "ci: a config from a Windows editor");
    // The same release under the prefix this config names.
    repo.git("tag", "-a", "release-1.4.2", "v1.4.2^{}", "-m", "1.4.2");
    const run = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true", config: "cadence.yml" } });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: "1.5.0", tag: "release-1.5.0" });
  });
});

function mkdtempOwned(): string {
  const dir = mkdtempSync(join(tmpdir(), "cadence-keys-"));
  temps.push(dir);
  return dir;
}
