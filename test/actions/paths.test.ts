import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeKeys } from "../capsule/fixtures.js";
import { TestRepo } from "../support/git-repo.js";
import { runAction, type ActionRun } from "../support/runner.js";

// One path rule for every path input of every action (packages/core/src/inputs/paths.ts): relative
// to the repository and inside it; the run's temporary folder only where the action documents it.

const repos: TestRepo[] = [];
const temps: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((repo) => repo.remove());
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-paths-action-" });
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.commit("dist: the artifact", "dist/sample-1.4.3.tgz", "package bytes\n");
  return repo;
}

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The run failed on the path input, before anything happened: nothing in the repository or outside it changed. */
function refusedAtParsing(run: ActionRun, input: string, given: string, repo: TestRepo, outside: string): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).toContain(`::error::${input}: '${given}' leads outside the repository`);
  expect(run.stdout).not.toContain("unexpected error");
  expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  expect(readdirSync(outside)).toEqual([]);
}

describe("path inputs that leave the repository are refused when the inputs are parsed", () => {
  it("version-bump: planned-dir and config", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const planned = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true", "planned-dir": `${outside}/planned` } });
    refusedAtParsing(planned, "planned-dir", `${outside}/planned`, repo, outside);
    const config = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true", config: "../../../../etc/passwd" } });
    refusedAtParsing(config, "config", "../../../../etc/passwd", repo, outside);
  });

  it("changelog: output, record-dir and evidence, every refusal reported at once", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: { output: `${outside}/CHANGELOG.md`, "record-dir": "../records", evidence: "/etc/passwd" } });
    refusedAtParsing(run, "output", `${outside}/CHANGELOG.md`, repo, outside);
    expect(run.stdout).toContain("record-dir: '../records' leads outside the repository");
    expect(run.stdout).toContain("evidence: '/etc/passwd' leads outside the repository");
  });

  it("gate-check: evidence-path, also through a symbolic link committed in the repository", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    symlinkSync(outside, join(repo.dir, "records"));
    repo.git("add", "records");
    repo.git("commit", "-q", "-m", "chore: link the records");
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { "evidence-path": "records/evidence.yaml", "fail-on-gate-failure": "false" } });
    refusedAtParsing(run, "evidence-path", "records/evidence.yaml", repo, outside);
    expect(run.stdout).toContain("through a symbolic link");
  });

  it("capsule-sign: an artifact read from /etc, an out-dir outside; verify's envelope too", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const keys = makeKeys(outside, "ed25519");
    const artifact = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "/etc/hostname" } });
    const fresh = folder("cadence-outside-");
    refusedAtParsing(artifact, "artifacts", "/etc/hostname", repo, fresh);
    const out = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz", "out-dir": `${fresh}/capsule` } });
    refusedAtParsing(out, "out-dir", `${fresh}/capsule`, repo, fresh);
    expect(out.stdout).toContain("inside the repository or the run's temporary folder (RUNNER_TEMP)");
    const verify = await runAction("capsule-sign", { workspace: repo.dir, inputs: { mode: "verify", "public-key": keys.publicPem, envelope: "../x.dsse.json" } });
    refusedAtParsing(verify, "envelope", "../x.dsse.json", repo, fresh);
  });

  it("capsule-sign: out-dir in RUNNER_TEMP is allowed, and no record carries the runner's absolute paths", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(folder("cadence-keys-"), "ed25519");
    const runnerTemp = folder("cadence-runner-temp-");
    const run = await runAction("capsule-sign", {
      workspace: repo.dir,
      runnerTemp,
      inputs: { key: keys.privatePem, artifacts: `${repo.dir}/dist/sample-1.4.3.tgz`, evidence: `${repo.dir}/package.json`, "out-dir": `${runnerTemp}/release-capsule` },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.capsule!.startsWith(`${runnerTemp}/release-capsule/`)).toBe(true);
    const evidence = readFileSync(run.outputs["evidence-path"]!, "utf8");
    const capsule = readFileSync(run.outputs.capsule!, "utf8");
    for (const record of [evidence, capsule]) {
      expect(record).not.toContain(repo.dir);
      expect(record).not.toContain(runnerTemp);
    }
    expect(capsule).toContain("name: package.json");
  });

  it("publish: npm-packages, assets and notes-file", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const run = await runAction("publish", {
      workspace: repo.dir,
      inputs: { "dry-run": "true", "npm-packages": "../other-package", assets: "/etc/*", "notes-file": `${outside}/notes.md`, release: "false" },
    });
    refusedAtParsing(run, "notes-file", `${outside}/notes.md`, repo, outside);
    expect(run.stdout).toContain("assets: '/etc/*' leads outside the repository");
    expect(run.stdout).toContain("npm-packages: '../other-package' leads outside the repository");
  });

  it("rollback: evidence-path", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const run = await runAction("rollback", { workspace: repo.dir, inputs: { "dry-run": "true", "evidence-path": `${outside}/rollback.yaml` } });
    refusedAtParsing(run, "evidence-path", `${outside}/rollback.yaml`, repo, outside);
  });

  it("sync-dry-run: plan-file and config", async () => {
    const repo = sampleRepo();
    const outside = folder("cadence-outside-");
    const run = await runAction("sync-dry-run", { workspace: repo.dir, inputs: { mode: "apply", "plan-hash": `sha256:${"a".repeat(64)}`, "plan-file": "/etc/passwd", config: "../sync.yml" } });
    refusedAtParsing(run, "plan-file", "/etc/passwd", repo, outside);
    expect(run.stdout).toContain("config: '../sync.yml' leads outside the repository");
  });
});
