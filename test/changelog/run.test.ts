import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GitCli, LocalFiles, fixedClock, parseChangelogInputs, runChangelog, type RawChangelogInputs, type Reporter } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const quiet: Reporter = {
  info() {},
  debug() {},
  annotate() {},
  group: (_title, body) => body(),
  summary: async () => {},
  secret() {},
};

function repo(): TestRepo {
  const created = TestRepo.create({ prefix: "cadence-changelog-" });
  repos.push(created);
  created.git("remote", "add", "origin", "git@github.com:octo/sample.git");
  created.commit("chore: start");
  created.tag("v1.4.2");
  return created;
}

async function run(target: TestRepo, raw: Partial<RawChangelogInputs> = {}) {
  const inputs = parseChangelogInputs({ cwd: target.dir, ...raw });
  return runChangelog({ git: new GitCli(target.dir), files: new LocalFiles(target.dir), clock: fixedClock(new Date("2026-04-01T12:00:00Z")), reporter: quiet }, inputs);
}

const read = (target: TestRepo, path: string) => readFileSync(join(target.dir, path), "utf8");
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("runChangelog on real repositories", () => {
  it("writes the section, the notes and the record; a second run leaves one section", async () => {
    const target = repo();
    target.commit("feat(api): add export (#3)\n\nExports \"all\": yes, every row.\nSecond line: true\n\nThird paragraph.");
    target.commit("fix: handle empty input\n\nRefs: #4");
    const first = await run(target);
    expect(first.release?.version).toBe("1.5.0");
    const changelog = read(target, "CHANGELOG.md");
    expect(count(changelog, "## [1.5.0]")).toBe(1);
    expect(changelog).toContain("https://github.com/octo/sample/compare/v1.4.2...v1.5.0");
    for (const name of ["changelog.md", "release-notes.md", "release-notes.yaml", "release-readiness-checklist.md", "rollback-procedures.md"]) {
      expect(existsSync(join(target.dir, "docs/releases/1.5.0", name)), name).toBe(true);
    }
    expect(read(target, "docs/releases/1.5.0/rollback-procedures.md")).toContain("Roll back to: **1.4.2** (`v1.4.2`)");
    // The YAML record reads back as the record, and as the seed's field names.
    const notesYaml = parse(read(target, "docs/releases/1.5.0/release-notes.yaml"));
    expect(notesYaml).toEqual(first.notesRecord);
    expect(notesYaml.release_notes).toMatchObject({ version: "1.5.0", release_type: "minor", changes: { features: [{ title: "api: add export (#3)", description: 'Exports "all": yes, every row. Second line: true', pr_ref: "#3" }], bug_fixes: [{ description: "handle empty input", issue_ref: "#4" }] } });
    const second = await run(target);
    expect(second.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(read(target, "CHANGELOG.md")).toBe(changelog);
  });

  it("says there is nothing to release for an empty range, and writes nothing", async () => {
    const target = repo();
    const result = await run(target);
    expect(result.nothingToRelease).toMatch(/^nothing to release: there are no commits since v1\.4\.2/);
    expect(result.plan.effects).toEqual([]);
    expect(existsSync(join(target.dir, "CHANGELOG.md"))).toBe(false);
    target.commit("docs: only docs");
    expect((await run(target)).nothingToRelease).toMatch(/ask for no release/);
  });

  it("writes nothing in a dry-run but returns the notes", async () => {
    const target = repo();
    target.commit("feat: a");
    const result = await run(target, { dryRun: true });
    expect(result.notes).toContain("# Release Notes: v1.5.0");
    expect(result.applied.outcomes.map((outcome) => outcome.status)).toContain("planned");
    expect(target.git("status", "--porcelain")).toBe("");
  });

  it("reads CRLF messages, unicode and very long bodies", async () => {
    const target = repo();
    // --cleanup=verbatim keeps the carriage returns that git would otherwise strip.
    target.git("commit", "-q", "--allow-empty", "--cleanup=verbatim", "-m", "feat(i18n): 中文提交信息 and émoji 🚀\r\n\r\nBody line\r\n\r\nBREAKING CHANGE: the café API moved\r\nto /v2\r\n");
    expect(target.git("log", "-1", "--format=%B")).toContain("\r\n");
    target.commit(`fix: long body\n\n${"word ".repeat(20000)}\n\nCloses #77`);
    const result = await run(target, { record: false });
    const changelog = read(target, "CHANGELOG.md");
    expect(result.release?.version).toBe("2.0.0");
    expect(changelog).toContain("* **i18n:** 中文提交信息 and émoji 🚀 (");
    expect(changelog).toContain("* the café API moved\n  to /v2");
    expect(changelog).not.toContain("\r");
    expect(changelog).toContain("closes [#77](https://github.com/octo/sample/issues/77)");
    expect(changelog).not.toContain("word word");
    expect(existsSync(join(target.dir, "docs"))).toBe(false);
  });

  it("leaves out a commit and its revert when both are in the range", async () => {
    const target = repo();
    const reverted = target.commit("feat: experimental sync");
    target.commit(`Revert "feat: experimental sync"\n\nThis reverts commit ${reverted}.`);
    target.commit("fix: keep this one");
    const result = await run(target);
    const changelog = read(target, "CHANGELOG.md");
    expect(result.release?.version).toBe("1.4.3");
    expect(changelog).not.toContain("experimental sync");
    expect(changelog).toContain("keep this one");
  });

  it("regenerates every release from the first tag, keeping hand-written text", async () => {
    const target = repo();
    target.commit("feat: one");
    target.tag("v1.5.0");
    target.commit("fix: two");
    target.tag("v1.5.1");
    target.commit("feat!: three");
    target.tag("v2.0.0");
    target.commit("feat: unreleased four");
    target.write("CHANGELOG.md", "# Changelog\n\nWritten by hand.\n");
    const result = await run(target, { fromStart: true, record: false });
    expect(result.releases.map((release) => release.version)).toEqual(["1.4.2", "1.5.0", "1.5.1", "2.0.0", "2.1.0"]);
    const changelog = read(target, "CHANGELOG.md");
    const order = ["## [2.1.0]", "## [2.0.0]", "## [1.5.1]", "## [1.5.0]", "## [1.4.2]"].map((heading) => changelog.indexOf(heading));
    expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]!))).toBe(true);
    expect(changelog).toContain("Written by hand.");
    expect(changelog).toContain("compare/v1.5.0...v1.5.1");
    const again = await run(target, { fromStart: true, record: false });
    expect(again.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
  });

  it("describes an already tagged version as it was released, with the tag's date", async () => {
    const target = repo();
    target.commit("feat: tagged feature");
    target.tag("v1.5.0");
    target.commit("feat: later work");
    const result = await run(target, { version: "1.5.0", record: false });
    expect(result.release?.previousTag).toBe("v1.4.2");
    expect(result.release?.entries.map((entry) => entry.subject)).toEqual(["tagged feature"]);
    expect(result.release?.date).toMatch(/^2026-01-01$/);
  });

  it("plans a re-run of a release the same as its first attempt, though that attempt already tagged its release commit", async () => {
    const target = repo();
    target.commit("feat: the feature released");
    const head = target.head();
    const first = await run(target, { version: "1.5.0", record: false, dryRun: "true" });
    // The first attempt made the release commit and tagged it, then crashed; the re-run starts again from the same commit.
    target.commit("chore(release): 1.5.0", "CHANGELOG.md", "# Changelog\n\n## [1.5.0]\n");
    target.tag("v1.5.0");
    target.git("checkout", "-q", "--detach", head);
    const again = await run(target, { version: "1.5.0", record: false, dryRun: "true" });
    expect(again.release?.entries.map((entry) => entry.subject)).toEqual(["the feature released"]);
    expect(again.planHash).toBe(first.planHash);
  });

  it("fills the readiness checklist from gate-check evidence", async () => {
    const target = repo();
    target.commit("feat: a");
    const evidence = join(target.dir, ".git", "release-evidence.yaml");
    writeFileSync(evidence, "release_evidence:\n  version: 1.5.0\n  validation:\n    checklist:\n      - check: RL-01\n        status: pass\n      - check: RL-02\n        status: fail\n      - check: RL-07\n        status: na\n");
    await run(target, { evidencePath: evidence });
    const checklist = read(target, "docs/releases/1.5.0/release-readiness-checklist.md");
    expect(checklist).toContain("- [x] RL-01: All PRs merged");
    expect(checklist).toContain("- [ ] RL-02: Gates pass — **FAILED**");
    expect(checklist).toContain("- [ ] RL-07: Rollback tested — not applicable");
    expect(checklist).toContain("**Decision**: NO-GO (failed: RL-02)");
  });

  it("creates a Keep a Changelog file with an Unreleased heading above the release", async () => {
    const target = repo();
    target.commit("feat(state): capsule format v2");
    target.commit("feat: new command");
    await run(target, { format: "keep-a-changelog", record: false });
    const changelog = read(target, "CHANGELOG.md");
    expect(changelog).toContain("[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)");
    expect(changelog.indexOf("## [Unreleased]")).toBeLessThan(changelog.indexOf("## [1.5.0]"));
    expect(changelog).toMatch(/### Added\n\n- new command/);
    expect(changelog).toMatch(/### State Capsules\n\n- \*\*state:\*\* capsule format v2/);
  });

  it("reports a bad changelog config at its file and line", async () => {
    const target = repo();
    target.commit("feat: a");
    target.write(".github/cadence.yml", "changelog:\n  format: markdown\n");
    await expect(run(target)).rejects.toMatchObject({ location: { file: ".github/cadence.yml", line: 2 } });
  });
});
