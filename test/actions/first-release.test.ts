import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function untagged(version: string): TestRepo {
  const repo = TestRepo.create();
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version }, null, 2)}\n`);
  repo.commit("feat: add the export endpoint");
  return repo;
}

describe("a first release (no release tag) starts from the version the manifest carries", () => {
  it("package.json at 1.4.2 and a feature: 1.5.0, never a silent 1.0.0", async () => {
    const repo = untagged("1.4.2");
    const run = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ version: "1.5.0", "previous-version": "1.4.2", bump: "minor", tag: "v1.5.0" });
    expect(run.stdout).toContain("first release continues from the version package.json carries (1.4.2)");
  });

  it("decides the same version again after its own release commit, so the later steps agree", async () => {
    const repo = untagged("1.4.2");
    const first = await runAction("version-bump", { workspace: repo.dir, inputs: { "release-commit": "true" } });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")).version).toBe("1.5.0");
    const again = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(again.outputs.version, again.stdout).toBe("1.5.0");
    const gate = await runAction("gate-check", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(gate.outputs.version, gate.stdout).toBe("1.5.0");
  });

  it("a fresh project whose manifest holds the initial version releases that version", async () => {
    const repo = untagged("1.0.0");
    const run = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(run.outputs).toMatchObject({ version: "1.0.0", "previous-version": "" });
  });
});
