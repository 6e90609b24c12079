import { afterEach, describe, expect, it } from "vitest";
import { runGateCheck, type GateCheckResult } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";
import { ports } from "./fixtures.js";

// RL-03 and RL-08 of a monorepo's package read that package's CHANGELOG section and release
// notes (`## [core@1.5.0]`, docs/releases/core/1.5.0/), never another package's at the same version.

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function monorepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "gates-monorepo-" });
  repos.push(repo);
  repo.write(".github/cadence.yml", "versioning:\n  packages:\n    - { name: core, path: packages/core }\n    - { name: cli, path: packages/cli }\n");
  repo.commit("chore: start", "README.md", "# app\n");
  repo.tag("core@1.4.2");
  repo.tag("cli@1.4.2");
  repo.commit("feat: parser", "packages/core/src/parse.ts", "export const parse = 1;\n");
  repo.commit("feat: json flag", "packages/cli/src/json.ts", "export const json = 1;\n");
  return repo;
}

const verdict = (result: GateCheckResult, id: string) => result.results.find((candidate) => candidate.id === id)!;
const check = (repo: TestRepo, pkg: string) => runGateCheck(ports(repo), { cwd: repo.dir, dryRun: true, package: pkg });

describe("gate-check of one package of a monorepo", () => {
  it("RL-03 wants the package's own heading: another package's or a bare version's does not count", async () => {
    const repo = monorepo();
    repo.write("CHANGELOG.md", "# Changelog\n\n## [cli@1.5.0] (2026-11-18)\n\n* json flag\n\n## [1.5.0] (2026-11-18)\n\n* something\n");
    const core = await check(repo, "core");
    expect(verdict(core, "RL-03")).toMatchObject({ status: "fail", reason: 'CHANGELOG.md has no section for core@1.5.0 (expected a heading such as "## [core@1.5.0] - YYYY-MM-DD")' });
    const cli = await check(repo, "cli");
    expect(verdict(cli, "RL-03")).toMatchObject({ status: "pass", reason: "CHANGELOG.md has a section for cli@1.5.0", location: { file: "CHANGELOG.md", line: 3 } });
  });

  it("RL-08 looks for the notes in the package's record folder", async () => {
    const repo = monorepo();
    repo.write("docs/releases/cli/1.5.0/release-notes.md", "# Release Notes: cli@1.5.0\n");
    repo.write("docs/releases/1.5.0/release-notes.md", "# Release Notes: 1.5.0\n");
    const core = await check(repo, "core");
    expect(verdict(core, "RL-08").status).toBe("fail");
    expect(verdict(core, "RL-08").reason).toContain("looked for docs/releases/core/1.5.0/release-notes.md, RELEASE_NOTES.md, docs/releases/core/v1.5.0.md, release-notes/core/v1.5.0.md");
    const cli = await check(repo, "cli");
    expect(verdict(cli, "RL-08")).toMatchObject({ status: "pass", location: { file: "docs/releases/cli/1.5.0/release-notes.md" } });
  });
});
