import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";

const BOT = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";
const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function sampleRepo(): TestRepo {
  const repo = TestRepo.create();
  repos.push(repo);
  repo.write("package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
  repo.commit("chore(release): 1.4.2", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.commit("feat(api): add the export endpoint");
  repo.commit("docs: typo");
  return repo;
}

describe("the version-bump bundle, run as the runner runs it", () => {
  it("sets every declared output and writes the summary in a dry-run, changing nothing", async () => {
    const repo = sampleRepo();
    const before = repo.git("status", "--porcelain") + repo.head();
    const run = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      version: "1.5.0",
      "previous-version": "1.4.2",
      bump: "minor",
      tag: "v1.5.0",
      "release-needed": "true",
      "commit-count": "3",
      "evidence-path": "",
    });
    expect(run.outputs["plan-hash"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(run.outputs.packages!)).toEqual([expect.objectContaining({ name: ".", next: "1.5.0" })]);
    expect(run.summary).toContain("feat(api): add the export endpoint");
    expect(run.summary).toContain("default rule: type feat → minor");
    expect(repo.git("status", "--porcelain") + repo.head()).toBe(before);
  });

  it("applies: writes package.json, records evidence, and a re-run finds it done", async () => {
    const repo = sampleRepo();
    const first = await runAction("version-bump", { workspace: repo.dir, inputs: { "release-commit": "true" } });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(repo.git("log", "-1", "--format=%s").trim()).toBe("chore(release): 1.5.0");
    // The runner has no git identity (no ~/.gitconfig): the commit is GitHub's bot's, author and committer.
    expect(repo.git("log", "-1", "--format=%an <%ae>|%cn <%ce>").trim()).toBe(`${BOT}|${BOT}`);
    expect(JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")).version).toBe("1.5.0");
    const evidence = readFileSync(first.outputs["evidence-path"]!, "utf8");
    expect(evidence).toContain("release_evidence:");
    expect(evidence).toContain("status: done");
    const head = repo.head();
    const second = await runAction("version-bump", { workspace: repo.dir, inputs: { "release-commit": "true" } });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs.version).toBe("1.5.0");
    expect(second.stdout).toContain("already done: write 1.5.0 into package.json");
    expect(second.stdout).toContain('already done: commit package.json: "chore(release): 1.5.0"');
    expect(repo.head()).toBe(head);
  });

  it("commits as the configured committer, the committer input over it, and refuses a bad one before writing anything", async () => {
    const repo = sampleRepo();
    repo.commit("chore: configure", ".github/cadence.yml", "committer:\n  name: Release Team\n  email: releases@example.com\n");
    const configured = await runAction("version-bump", { workspace: repo.dir, inputs: { "release-commit": "true", "dry-run": "true" } });
    expect(configured.summary).toContain("as Release Team");
    const input = await runAction("version-bump", { workspace: repo.dir, inputs: { "release-commit": "true", committer: "Jane Doe <jane@example.com>" } });
    expect(input.exitCode, input.stdout).toBe(0);
    expect(repo.git("log", "-1", "--format=%an <%ae>|%cn <%ce>").trim()).toBe("Jane Doe <jane@example.com>|Jane Doe <jane@example.com>");

    const other = sampleRepo();
    const bad = await runAction("version-bump", { workspace: other.dir, inputs: { "release-commit": "true", committer: "jane@example.com" } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::committer must be written as 'Name <email@example.com>', not 'jane@example.com'");
    expect(other.git("status", "--porcelain")).toBe("");
  });

  it("refuses a stale plan hash", async () => {
    const repo = sampleRepo();
    const dry = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    repo.commit("feat!: drop the old API");
    const apply = await runAction("version-bump", { workspace: repo.dir, inputs: { "plan-hash": dry.outputs["plan-hash"]! } });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(/::error::the plan is stale/);
    expect(JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")).version).toBe("1.4.2");
  });

  it("fails with an annotation at file:line for a bad config, never a stack trace", async () => {
    const repo = sampleRepo();
    repo.write(".github/cadence.yml", "versioning:\n  tag-prefix: v\n  rules:\n    - type: build\n      release: sometimes\n");
    const run = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((command) => command.command === "error" && command.properties.file);
    expect(error?.properties).toMatchObject({ file: ".github/cadence.yml", line: "5" });
    expect(error?.message).toContain("must be one of");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("says to fetch the whole history in a shallow clone", async () => {
    const origin = sampleRepo();
    const clone = TestRepo.create();
    repos.push(clone);
    clone.remove();
    const { execFileSync } = await import("node:child_process");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, clone.dir]);
    const run = await runAction("version-bump", { workspace: clone.dir, inputs: { "dry-run": "true" } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("fetch-depth: 0");
  });
});
