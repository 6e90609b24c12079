// A project coming from release-please: its configuration files are read, and the changelog
// action writes the section release-please would have written, into the CHANGELOG release-please
// kept, leaving the older sections as they were.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitCli, LocalFiles, changelogOutputs, fixedClock, parseChangelogInputs, runChangelog, type Reporter } from "@release-cadence/core";
import { TestRepo } from "../../support/git-repo.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const quiet: Reporter = { info() {}, debug() {}, annotate() {}, group: (_title, body) => body(), summary: async () => {}, secret() {} };

/** The CHANGELOG release-please left: its layout (two blank lines after a heading) kept as it is. */
const PREVIOUS = [
  "# Changelog",
  "",
  "## [1.4.0](https://github.com/octo/app/compare/v1.3.0...v1.4.0) (2026-01-01)",
  "",
  "",
  "### Features",
  "",
  "* Add export ([1111111](https://github.com/octo/app/commit/1111111111111111111111111111111111111111))",
  "",
].join("\n");

function project(config: Record<string, unknown>): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-release-please-" });
  repos.push(repo);
  repo.git("remote", "add", "origin", "https://github.com/octo/app.git");
  repo.write("release-please-config.json", JSON.stringify({ "release-type": "node", "include-component-in-tag": false, packages: { ".": {} }, ...config }));
  repo.write(".release-please-manifest.json", '{ ".": "1.4.0" }');
  repo.write("package.json", '{ "name": "app", "version": "1.4.0" }');
  repo.write("CHANGELOG.md", PREVIOUS);
  repo.commit("chore(main): release 1.4.0 (#9)");
  repo.tag("v1.4.0");
  return repo;
}

async function run(repo: TestRepo, dryRun = false) {
  const inputs = parseChangelogInputs({ cwd: repo.dir, record: false, dryRun });
  return runChangelog({ git: new GitCli(repo.dir), files: new LocalFiles(repo.dir), clock: fixedClock(new Date("2026-03-01T12:00:00Z")), reporter: quiet }, inputs);
}

describe("the changelog of a project set up for release-please", () => {
  it("writes release-please's section with its plugins and sections, and keeps the older ones byte for byte", async () => {
    const repo = project({ plugins: ["sentence-case"], "changelog-sections": [{ type: "feat", section: "New" }, { type: "fix", section: "Fixed" }, { type: "chore", section: "Chores", hidden: true }] });
    repo.commit("chore!: drop Node 18");
    repo.commit("fix: keep the exit code\nfeat(cli): add --json");
    const result = await run(repo);
    expect(result.config.format).toBe("release-please");
    const written = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    const log = repo.git("log", "--format=%H", "-2").trim().split("\n");
    const link = (sha: string) => `([${sha.slice(0, 7)}](https://github.com/octo/app/commit/${sha}))`;
    expect(written).toBe(
      [
        "# Changelog",
        "",
        "## [2.0.0](https://github.com/octo/app/compare/v1.4.0...v2.0.0) (2026-03-01)",
        "",
        "",
        "### ⚠ BREAKING CHANGES",
        "",
        "* drop Node 18",
        "",
        "### New",
        "",
        `* **cli:** Add --json ${link(log[0]!)}`,
        "",
        "",
        "### Fixed",
        "",
        `* Keep the exit code ${link(log[0]!)}`,
        "",
        "",
        "### Chores",
        "",
        `* Drop Node 18 ${link(log[1]!)}`,
        "",
        PREVIOUS.slice("# Changelog\n\n".length),
      ].join("\n"),
    );
    // A second run leaves the file as it is.
    await run(repo);
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toBe(written);
  });

  it("gives the entries and the section text in the dry-run's JSON, writing nothing", async () => {
    const repo = project({});
    repo.commit("feat: add export\n\nFixes #12");
    const result = await run(repo, true);
    const outputs = changelogOutputs(result);
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toBe(PREVIOUS);
    expect([...outputs.entries]).toEqual([
      { kind: "feat", section: "Features", scope: null, subject: "add export", breaking: false, commit: repo.head(), references: [{ number: 12, action: "fixes", in: "body" }] },
    ]);
    expect(outputs.section).toBe(
      `## [1.5.0](https://github.com/octo/app/compare/v1.4.0...v1.5.0) (2026-03-01)\n\n\n### Features\n\n* add export ([${repo.head().slice(0, 7)}](https://github.com/octo/app/commit/${repo.head()})), refs [#12](https://github.com/octo/app/issues/12)`,
    );
  });
});
