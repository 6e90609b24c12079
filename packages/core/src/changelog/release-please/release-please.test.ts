import { describe, expect, it } from "vitest";
import { parseCommit } from "../../commits/parse.js";
import { resolveChangelogConfig } from "../config.js";
import type { RepositoryLinks } from "../links.js";
import { buildRelease } from "../release.js";
import { renderChangelogSection } from "../render-section.js";
import { releasePleaseMessages } from "./messages.js";

const links: RepositoryLinks = { serverUrl: "https://github.com", owner: "octo", repo: "app", baseUrl: "https://github.com/octo/app" };
let counter = 0;
const commit = (message: string) =>
  parseCommit({ sha: (++counter).toString(16).padStart(40, "a"), parents: [], authorName: "A", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message });

function section(messages: string[], options: { sentenceCase?: boolean; previousTag?: string } = {}): string {
  const config = resolveChangelogConfig({ format: "release-please", "sentence-case": options.sentenceCase ?? false });
  const release = buildRelease({
    version: "1.3.0",
    tag: "v1.3.0",
    previousTag: options.previousTag ?? "v1.2.0",
    date: "2026-03-01",
    head: "f".repeat(40),
    commits: messages.map(commit),
    commitCount: messages.length,
    cancelledPairs: 0,
    config,
    bangIsBreaking: true,
    links,
  });
  return renderChangelogSection(release, config);
}

/** The entries of a section as `title: line`, links cut, for assertions that state meaning. */
function entries(text: string): string[] {
  let title = "";
  const found: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("### ")) title = line.slice(4);
    else if (line.startsWith("* ")) found.push(`${title}: ${line.slice(2).replace(/ \(\[[0-9a-f]{7}\]\([^)]*\)\)/, "").replace(/\]\([^)]*\)/g, "]")}`);
  }
  return found;
}

describe("the release-please format", () => {
  it("lists a breaking change of a type it otherwise hides under the breaking changes and under its section", () => {
    const text = section(["chore!: drop Node 18", "build(deps)!: require npm 10", "refactor!: rename the client"]);
    expect(entries(text)).toEqual([
      "⚠ BREAKING CHANGES: drop Node 18",
      "⚠ BREAKING CHANGES: **deps:** require npm 10",
      "⚠ BREAKING CHANGES: rename the client",
      "Miscellaneous Chores: drop Node 18",
      "Code Refactoring: rename the client",
      "Build System: **deps:** require npm 10",
    ]);
  });

  it("makes one entry of each conventional message in the lines after the header", () => {
    const text = section(["feat: add export\nfix(cli): keep the exit code\nperf: cache the index"]);
    expect(entries(text)).toEqual(["Features: add export", "Bug Fixes: **cli:** keep the exit code", "Performance Improvements: cache the index"]);
    // Each entry links the one commit they come from.
    expect(new Set([...text.matchAll(/\/commit\/([0-9a-f]{40})/g)].map((match) => match[1])).size).toBe(1);
  });

  it("reads a paragraph that starts with a type as its own message, and nested commits", () => {
    const messages = releasePleaseMessages("chore: sync\n\nfeat: one\n\nBEGIN_NESTED_COMMIT\nfix(io): two\nEND_NESTED_COMMIT");
    expect(messages.map((message) => message.header)).toEqual(["chore: sync", "feat: one", "fix(io): two"]);
  });

  it("lists a chore carrying Release-As under Miscellaneous Chores", () => {
    expect(entries(section(["chore: release 2.0.0\n\nRelease-As: 2.0.0", "chore: tidy"]))).toEqual(["Miscellaneous Chores: release 2.0.0"]);
  });

  it("titles sections as release-please does and orders them by its list; entries by scope and subject", () => {
    const text = section(["revert: undo the cache", "perf: faster reads", "fix: zebra", "fix(api): alpha", "feat: beta", "fix: apple"]);
    expect(text.split("\n").filter((line) => line.startsWith("### "))).toEqual(["### Features", "### Bug Fixes", "### Performance Improvements", "### Reverts"]);
    expect(entries(text).filter((line) => line.startsWith("Bug Fixes"))).toEqual(["Bug Fixes: **api:** alpha", "Bug Fixes: apple", "Bug Fixes: zebra"]);
  });

  it("with sentence case, upper-cases the first letter of entries, not of notes", () => {
    const text = section(["feat!: add streaming", "fix: `npm` path", "fix: npm"], { sentenceCase: true });
    expect(entries(text)).toEqual(["⚠ BREAKING CHANGES: add streaming", "Features: Add streaming", "Bug Fixes: `npm` path", "Bug Fixes: npm"]);
  });

  it("escapes < and > outside code spans only, and never in notes", () => {
    const text = section(["fix: accept `Array<T>` where <T> was", "feat!: Map<K, V> support"]);
    expect(text).toContain("* accept `Array<T>` where &lt;T&gt; was");
    expect(text).toContain("* Map&lt;K, V&gt; support");
    expect(text).toMatch(/BREAKING CHANGES\n\n\* Map<K, V> support\n/);
  });

  it("links issues in subjects and notes, and footer references after the commit with refs", () => {
    const text = section(["fix: handle empty body (#12)\n\nFixes #7\nRefs: #12", "feat!: new config (#3)"]);
    expect(text).toContain("* handle empty body ([#12](https://github.com/octo/app/issues/12)) ([");
    expect(text).toMatch(/\), refs \[#7\]\(https:\/\/github\.com\/octo\/app\/issues\/7\)$/m);
    expect(text).toContain("* new config ([#3](https://github.com/octo/app/issues/3))\n");
  });

  it("is laid out as release-please lays it out: two blank lines after the heading and between sections", () => {
    expect(section(["feat!: a", "fix: b"])).toBe(
      [
        "## [1.3.0](https://github.com/octo/app/compare/v1.2.0...v1.3.0) (2026-03-01)",
        "",
        "",
        "### ⚠ BREAKING CHANGES",
        "",
        "* a",
        "",
        "### Features",
        "",
        `* a ([${(counter - 1).toString(16).padStart(40, "a").slice(0, 7)}](https://github.com/octo/app/commit/${(counter - 1).toString(16).padStart(40, "a")}))`,
        "",
        "",
        "### Bug Fixes",
        "",
        `* b ([${counter.toString(16).padStart(40, "a").slice(0, 7)}](https://github.com/octo/app/commit/${counter.toString(16).padStart(40, "a")}))`,
      ].join("\n"),
    );
  });

  it("leaves out a message release-please cannot read, and a commit with nothing to list gives the heading alone", () => {
    expect(section(["Merge pull request #4 from octo/topic", "Revert \"feat: x\"", "feat(broken: x"], { previousTag: "" })).toBe("## 1.3.0 (2026-03-01)");
  });
});
