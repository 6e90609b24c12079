import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";
import { makeKeys } from "../capsule/fixtures.js";

// Two packages of one repository released at the same version must not share a CHANGELOG
// section, a release record folder or a gate-check evidence file: each is named by its package.

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const manifest = (name: string, version: string) => `${JSON.stringify({ name, version, private: true }, null, 2)}\n`;

/** core and cli both at 1.4.2, each with a feature since: both release 1.5.0. */
function monorepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-monorepo-records-" });
  repos.push(repo);
  repo.write(".github/cadence.yml", "versioning:\n  packages:\n    - { name: core, path: packages/core }\n    - { name: cli, path: packages/cli }\n");
  repo.write("packages/core/package.json", manifest("@app/core", "1.4.2"));
  repo.write("packages/cli/package.json", manifest("@app/cli", "1.4.2"));
  repo.commit("chore: start", "package.json", manifest("app", "0.0.0"));
  repo.tag("core@1.4.2");
  repo.tag("cli@1.4.2");
  repo.commit("feat: core exports the parser", "packages/core/src/parse.ts", "export const parse = 1;\n");
  repo.commit("feat: cli gains a --json flag", "packages/cli/src/json.ts", "export const json = 1;\n");
  return repo;
}

const read = (repo: TestRepo, path: string) => readFileSync(join(repo.dir, path), "utf8");

/** The section of the CHANGELOG that starts at the heading, up to the next `## ` heading. */
function sectionAt(changelog: string, heading: string): string {
  const start = changelog.indexOf(heading);
  expect(start, `${heading} in\n${changelog}`).toBeGreaterThanOrEqual(0);
  const next = changelog.indexOf("\n## ", start + heading.length);
  return changelog.slice(start, next === -1 ? undefined : next);
}

describe("a monorepo's two packages released at the same version, through the bundles", () => {
  it("changelog keeps a section and a record folder for each package", async () => {
    const repo = monorepo();
    const core = await runAction("changelog", { workspace: repo.dir, inputs: { package: "core" } });
    expect(core.exitCode, core.stdout + core.stderr).toBe(0);
    const cli = await runAction("changelog", { workspace: repo.dir, inputs: { package: "cli" } });
    expect(cli.exitCode, cli.stdout + cli.stderr).toBe(0);

    expect(core.outputs).toMatchObject({ version: "1.5.0", "record-dir": "docs/releases/core/1.5.0", "notes-path": "docs/releases/core/1.5.0/release-notes.md" });
    expect(cli.outputs).toMatchObject({ version: "1.5.0", "record-dir": "docs/releases/cli/1.5.0", "notes-path": "docs/releases/cli/1.5.0/release-notes.md" });

    const changelog = read(repo, "CHANGELOG.md");
    const coreSection = sectionAt(changelog, "## [core@1.5.0]");
    const cliSection = sectionAt(changelog, "## [cli@1.5.0]");
    expect(coreSection).toContain("core exports the parser");
    expect(coreSection).not.toContain("--json");
    expect(cliSection).toContain("cli gains a --json flag");
    expect(cliSection).not.toContain("parser");
    // The newer release (cli, written second) is on top.
    expect(changelog.indexOf("## [cli@1.5.0]")).toBeLessThan(changelog.indexOf("## [core@1.5.0]"));

    // Each record holds its own package's release.
    expect(read(repo, "docs/releases/core/1.5.0/changelog.md")).toContain("core exports the parser");
    expect(read(repo, "docs/releases/core/1.5.0/changelog.md")).not.toContain("--json");
    expect(read(repo, "docs/releases/cli/1.5.0/changelog.md")).toContain("cli gains a --json flag");
    expect(read(repo, "docs/releases/core/1.5.0/release-notes.md")).toContain("core@1.5.0");
    expect(read(repo, "docs/releases/cli/1.5.0/release-notes.md")).toContain("cli@1.5.0");
    expect(read(repo, "docs/releases/cli/1.5.0/release-notes.md")).not.toContain("parser");
    expect(existsSync(join(repo.dir, "docs/releases/1.5.0"))).toBe(false);

    // A second run of core replaces its own section and leaves cli's alone.
    const again = await runAction("changelog", { workspace: repo.dir, inputs: { package: "core" } });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(read(repo, "CHANGELOG.md")).toBe(changelog);
  });

  it("gate-check reads each package's own CHANGELOG section and release notes, and keeps separate evidence", async () => {
    const repo = monorepo();
    const inputs = (pkg: string) => ({ package: pkg, now: "2026-11-18T10:00:00Z", "fail-on-gate-failure": "false" });
    // Only core's release is prepared: cli's gates must not pass on core's section and notes.
    const changelog = await runAction("changelog", { workspace: repo.dir, inputs: { package: "core" } });
    expect(changelog.exitCode, changelog.stdout + changelog.stderr).toBe(0);

    const statuses = (evidencePath: string) => {
      const evidence = parse(readFileSync(evidencePath, "utf8")).release_evidence;
      const checklist = evidence.validation.checklist as Array<{ check: string; status: string; reason: string }>;
      return { evidence, byId: Object.fromEntries(checklist.map((item) => [item.check, item])) };
    };
    const coreRun = await runAction("gate-check", { workspace: repo.dir, inputs: inputs("core") });
    expect(coreRun.exitCode, coreRun.stdout + coreRun.stderr).toBe(0);
    const core = statuses(coreRun.outputs["evidence-path"]!);
    expect(core.byId["RL-03"]).toMatchObject({ status: "pass" });
    expect(core.byId["RL-08"]).toMatchObject({ status: "pass", reason: "docs/releases/core/1.5.0/release-notes.md is drafted for 1.5.0" });
    expect(core.evidence.artifacts.release_notes_ref).toBe("docs/releases/core/1.5.0/release-notes.md");

    const cliRun = await runAction("gate-check", { workspace: repo.dir, inputs: inputs("cli") });
    expect(cliRun.exitCode, cliRun.stdout + cliRun.stderr).toBe(0);
    const cli = statuses(cliRun.outputs["evidence-path"]!);
    expect(cli.byId["RL-03"]).toMatchObject({ status: "fail" });
    expect(cli.byId["RL-03"]!.reason).toContain("cli@1.5.0");
    expect(cli.byId["RL-08"]).toMatchObject({ status: "fail" });
    expect(cli.byId["RL-08"]!.reason).toContain("docs/releases/cli/1.5.0/release-notes.md");
    expect(cliRun.outputs["evidence-path"]).not.toBe(coreRun.outputs["evidence-path"]);
    // core's evidence is still core's.
    expect(statuses(coreRun.outputs["evidence-path"]!).byId["RL-03"]).toMatchObject({ status: "pass" });

    // Once cli's release is written too, its gates pass on its own section and notes.
    await runAction("changelog", { workspace: repo.dir, inputs: { package: "cli" } });
    const cliReady = await runAction("gate-check", { workspace: repo.dir, inputs: inputs("cli") });
    const ready = statuses(cliReady.outputs["evidence-path"]!);
    expect(ready.byId["RL-03"]).toMatchObject({ status: "pass" });
    expect(ready.byId["RL-08"]).toMatchObject({ status: "pass", reason: "docs/releases/cli/1.5.0/release-notes.md is drafted for 1.5.0" });
  });

  it("capsule-sign of one package describes that package's release and its own CHANGELOG section", async () => {
    const repo = monorepo();
    for (const pkg of ["core", "cli"]) {
      const run = await runAction("changelog", { workspace: repo.dir, inputs: { package: pkg } });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    }
    const keys = makeKeys(repo.dir, "ed25519");
    const sign = (pkg: string) => runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, package: pkg, sbom: "false", "out-dir": `release-capsule/${pkg}` } });
    const core = await sign("core");
    expect(core.exitCode, core.stdout + core.stderr).toBe(0);
    expect(core.outputs.version).toBe("1.5.0");
    const coreCapsule = readFileSync(core.outputs.capsule!, "utf8");
    expect(coreCapsule).toContain("core exports the parser");
    expect(coreCapsule).not.toContain("--json");
    const cli = await sign("cli");
    expect(cli.exitCode, cli.stdout + cli.stderr).toBe(0);
    const cliCapsule = readFileSync(cli.outputs.capsule!, "utf8");
    expect(cliCapsule).toContain("cli gains a --json flag");
    expect(cliCapsule).not.toContain("parser");

    // Without the package the capsule cannot know whose release it is.
    const unnamed = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, sbom: "false", "dry-run": "true" } });
    expect(unnamed.exitCode).toBe(1);
    expect(unnamed.stdout).toContain("this repository releases 2 packages (core, cli): say which one the capsule is for (the package input)");
  });

  it("a single-package repository keeps version-only headings and folders", async () => {
    const repo = TestRepo.create({ prefix: "cadence-monorepo-records-single-" });
    repos.push(repo);
    repo.write(".github/cadence.yml", "versioning:\n  packages:\n    - { name: core, path: packages/core }\n");
    repo.commit("chore: start", "packages/core/package.json", manifest("@app/core", "1.4.2"));
    repo.tag("core@1.4.2");
    repo.commit("feat: core exports the parser", "packages/core/src/parse.ts", "export const parse = 1;\n");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: {} });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs["record-dir"]).toBe("docs/releases/1.5.0");
    expect(read(repo, "CHANGELOG.md")).toMatch(/^## \[1\.5\.0\]\(/m);
  });
});
