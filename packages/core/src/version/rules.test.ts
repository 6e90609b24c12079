import { describe, expect, it } from "vitest";
import { parseCommit } from "../commits/parse.js";
import { defaultVersioning } from "../config/defaults.js";
import type { VersioningConfig } from "../config/types.js";
import { judgeCommit } from "./rules.js";
import type { BumpRule } from "./types.js";

function commit(message: string) {
  return parseCommit({ sha: "c".repeat(40), parents: [], authorName: "A", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message });
}

function config(change: Partial<VersioningConfig> = {}): VersioningConfig {
  return { ...defaultVersioning(), ...change };
}

const level = (message: string, settings = config()) => judgeCommit(commit(message), settings).level;

describe("the default rules", () => {
  it.each([
    ["feat!: drop v1", "major"],
    ["fix(api)!: change the error shape", "major"],
    ["chore: bump\n\nBREAKING CHANGE: node 24 only", "major"],
    ["docs: x\n\nBREAKING-CHANGE: the guide moved", "major"],
    ["feat: add x", "minor"],
    ["feat(api): add x", "minor"],
    ["fix: y", "patch"],
    ["perf: faster", "patch"],
    ["docs: typo", "none"],
    ["chore: tidy", "none"],
    ["build: ncc", "none"],
    ["Update README", "none"],
  ] as const)("%j → %s", (message, expected) => {
    expect(level(message)).toBe(expected);
  });

  it("says which rule decided", () => {
    expect(judgeCommit(commit("feat: x"), config()).reason).toBe("default rule: type feat → minor");
    expect(judgeCommit(commit("docs: x"), config()).reason).toBe("type docs releases nothing");
  });

  it("reads `!` as not breaking when bang-is-breaking is off (angular preset): the header is then not conventional", () => {
    const angular = config({ bangIsBreaking: false });
    expect(level("feat!: x", angular)).toBe("none");
    expect(level("feat!: x\n\nBREAKING CHANGE: y", angular)).toBe("major");
  });
});

describe("custom rules", () => {
  const rules: BumpRule[] = [
    { type: "build", release: "patch" },
    { type: "docs", scope: "readme", release: "patch" },
    { type: "refactor", subject: "/^perf\\b/", release: "patch" },
    { type: "chore", scope: "deps*", release: "patch" },
    { subject: "*[skip release]*", release: "none" },
  ];
  const custom = config({ rules });

  it("match by type, scope (exact or glob) and subject (glob or /regex/)", () => {
    expect(level("build: ncc", custom)).toBe("patch");
    expect(level("docs(readme): typo", custom)).toBe("patch");
    expect(level("docs(guide): typo", custom)).toBe("none");
    expect(level("refactor: perf of the cache", custom)).toBe("patch");
    expect(level("refactor: tidy", custom)).toBe("none");
    expect(level("chore(deps-dev): bump vitest", custom)).toBe("patch");
  });

  it("let a glob star cross slashes in a subject or scope", () => {
    const slashy = config({ rules: [{ type: "chore", scope: "deps*", release: "patch" }, { subject: "update*", release: "minor" }] });
    expect(level("chore(deps/dev): bump vitest", slashy)).toBe("patch");
    expect(level("chore: update src/app.ts", slashy)).toBe("minor");
  });

  it("leave the defaults to commits no custom rule matched", () => {
    expect(level("feat: x", custom)).toBe("minor");
    expect(level("fix!: x", custom)).toBe("major");
  });

  it("take the highest of all matching custom rules, in any order", () => {
    const both = config({ rules: [{ type: "feat", release: "patch" }, { scope: "api", release: "major" }] });
    expect(level("feat(api): x", both)).toBe("major");
    const reversed = config({ rules: [{ scope: "api", release: "major" }, { type: "feat", release: "patch" }] });
    expect(level("feat(api): x", reversed)).toBe("major");
  });

  it("decide a commit alone once one matched: the defaults are not consulted for it", () => {
    // Documented: a team that lowers feat to patch must add a breaking rule to keep breaking feats major.
    const lowered = config({ rules: [{ type: "feat", release: "patch" }] });
    expect(level("feat: x", lowered)).toBe("patch");
    expect(level("feat!: x", lowered)).toBe("patch");
    const kept = config({ rules: [{ type: "feat", release: "patch" }, { breaking: true, release: "major" }] });
    expect(level("feat!: x", kept)).toBe("major");
    expect(level("feat: x", kept)).toBe("patch");
  });

  it("can turn a release off with `none`", () => {
    expect(level("fix: x [skip release]", custom)).toBe("none");
  });

  it("without default rules, only custom rules release", () => {
    const only = config({ rules: [{ type: "build", release: "patch" }], defaultRules: [] });
    expect(level("feat: x", only)).toBe("none");
    expect(level("build: x", only)).toBe("patch");
  });

  it("match reverts with `revert: true`; a lone revert otherwise releases reverts.lone", () => {
    const message = `Revert "feat: x"\n\nThis reverts commit ${"d".repeat(40)}.`;
    expect(level(message)).toBe("patch");
    expect(level(message, config({ reverts: { cancelPairs: true, pairing: "lenient", lone: "none" } }))).toBe("none");
    expect(level(message, config({ rules: [{ revert: true, release: "minor" }] }))).toBe("minor");
    expect(level("fix: x", config({ rules: [{ revert: true, release: "minor" }] }))).toBe("patch");
  });
});
