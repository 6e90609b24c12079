import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction, runCli } from "../support/runner.js";

const repos: TestRepo[] = [];
const temps: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((repo) => repo.remove());
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-changelog-action-" });
  repos.push(repo);
  repo.commit("chore: start");
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input\n\nCloses #12");
  repo.commit("feat(api): add the export endpoint (#15)");
  repo.commit("docs: typo");
  return repo;
}

describe("the changelog bundle, run as the runner runs it", () => {
  it("dry-run: sets every output, shows the notes in the summary, writes nothing in the repository", async () => {
    const repo = sampleRepo();
    // The notes file stays in RUNNER_TEMP for later steps of the job: this test is that job.
    const runnerTemp = mkdtempSync(join(tmpdir(), "cadence-runner-temp-"));
    temps.push(runnerTemp);
    const run = await runAction("changelog", { workspace: repo.dir, inputs: { "dry-run": "true" }, runnerTemp });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs["notes-path"]!.startsWith(runnerTemp)).toBe(true);
    expect(run.outputs).toMatchObject({ version: "1.5.0", "release-needed": "true", "changelog-path": "CHANGELOG.md", "record-dir": "docs/releases/1.5.0", "evidence-path": "" });
    expect(run.outputs["plan-hash"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs.notes).toContain("# Release Notes: v1.5.0");
    // Links come from the Actions context (GITHUB_SERVER_URL + GITHUB_REPOSITORY).
    expect(run.outputs.notes).toContain("https://github.com/octo-org/sample/issues/15");
    expect(readFileSync(run.outputs["notes-path"]!, "utf8")).toBe(run.outputs.notes);
    expect(run.summary).toContain("### Release Notes: v1.5.0");
    expect(run.summary).toContain("_Dry-run: nothing was changed._");
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("applies through the plan, and a second run replaces rather than duplicates", async () => {
    const repo = sampleRepo();
    const dry = await runAction("changelog", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    const first = await runAction("changelog", { workspace: repo.dir, inputs: { "plan-hash": dry.outputs["plan-hash"]! } });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs["notes-path"]).toBe("docs/releases/1.5.0/release-notes.md");
    const changelog = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    expect(changelog.split("## [1.5.0]").length - 1).toBe(1);
    expect(changelog).toMatch(/### Features\n\n\* \*\*api:\*\* add the export endpoint/);
    expect(changelog).toMatch(/### Bug Fixes\n\n\* handle empty input .*closes \[#12\]\(https:\/\/github\.com\/octo-org\/sample\/issues\/12\)/);
    expect(readFileSync(first.outputs["evidence-path"]!, "utf8")).toContain("status: done");
    const second = await runAction("changelog", { workspace: repo.dir, inputs: {} });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain("already done: update CHANGELOG.md with 1.5.0");
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toBe(changelog);
  });

  it("says nothing to release for an empty range instead of writing an empty section", async () => {
    const repo = TestRepo.create({ prefix: "cadence-changelog-action-" });
    repos.push(repo);
    repo.commit("chore: start");
    repo.tag("v1.0.0");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: {} });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ version: "", "release-needed": "false", notes: "", "record-dir": "" });
    expect(run.summary).toContain("nothing to release");
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("fails with an annotation at file:line for a bad config, never a stack trace", async () => {
    const repo = sampleRepo();
    repo.write(".github/cadence.yml", "changelog:\n  format: conventional\n  sections:\n    - title: Deps\n      kind: build\n");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((command) => command.command === "error" && command.properties.file);
    expect(error?.properties).toMatchObject({ file: ".github/cadence.yml", line: "5" });
    expect(error?.message).toContain("unknown key 'kind'");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe("the CLI contract", () => {
  it("changelog --dry-run --json prints version, notes, changelogPath and recordDir", async () => {
    const repo = sampleRepo();
    const run = await runCli(["changelog", "--dry-run", "--json"], { cwd: repo.dir, env: { GITHUB_REPOSITORY: "", GITHUB_SERVER_URL: "" } });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ version: "1.5.0", changelogPath: "CHANGELOG.md", recordDir: "docs/releases/1.5.0", dryRun: true });
    expect(json.notes).toEqual(expect.stringContaining("## New Features"));
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("changelog --version X --from-start writes the whole history", async () => {
    const repo = sampleRepo();
    const run = await runCli(["changelog", "--version", "1.6.0", "--from-start", "--json"], { cwd: repo.dir, env: { GITHUB_REPOSITORY: "", GITHUB_SERVER_URL: "" } });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: "1.6.0", releases: ["1.4.2", "1.6.0"] });
    const changelog = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    expect(changelog.indexOf("## 1.6.0")).toBeLessThan(changelog.indexOf("## 1.4.2"));
  });
});
