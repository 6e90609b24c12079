import { describe, expect, it } from "vitest";
import { parseCommit } from "../commits/parse.js";
import type { ConventionalCommit } from "../commits/types.js";
import { resolveChangelogConfig } from "./config.js";
import { linksFromRemote } from "./links.js";
import { buildRelease } from "./release.js";
import { buildReleaseNotes, releaseType, renderReleaseNotes } from "./release-notes.js";
import { renderChangelogSection } from "./render-section.js";

let counter = 0;
function commit(message: string, author: [string, string] = ["Ada Lovelace", "ada@example.test"]): ConventionalCommit {
  counter++;
  return parseCommit({ sha: counter.toString(16).padStart(40, "0"), parents: [], authorName: author[0], authorEmail: author[1], authorDate: "2026-01-01T00:00:00Z", message });
}

const links = linksFromRemote("https://github.com/octo/app.git")!;

function release(commits: ConventionalCommit[], raw: unknown = {}) {
  const config = resolveChangelogConfig(raw);
  const changes = buildRelease({ version: "1.5.0", tag: "v1.5.0", previousVersion: "1.4.2", previousTag: "v1.4.2", date: "2026-03-01", head: "f".repeat(40), commits, commitCount: commits.length, cancelledPairs: 0, config, bangIsBreaking: true, links });
  return { config, changes };
}

function sectionOf(text: string, title: string): string {
  const start = text.indexOf(`### ${title}\n`);
  if (start === -1) return "";
  const end = text.indexOf("\n### ", start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("the conventional format", () => {
  const commits = [
    commit("feat(api): add the export endpoint (#12)\n\nCloses #9"),
    commit("fix: survive an empty config"),
    commit("perf(parser): read headers once"),
    commit('Revert "feat: the old experiment"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.'),
    commit("refactor!: rename the entry point\n\nBREAKING CHANGE: import from `cadence/core` instead of `cadence`.\nThe old path is gone."),
    commit("docs: explain the template"),
    commit("chore(deps): bump yaml"),
  ];
  const { config, changes } = release(commits);
  const text = renderChangelogSection(changes, config);

  it("puts each commit in its section, with the compare link in the heading", () => {
    expect(text.split("\n")[0]).toBe("## [1.5.0](https://github.com/octo/app/compare/v1.4.2...v1.5.0) (2026-03-01)");
    expect(sectionOf(text, "Features")).toContain("* **api:** add the export endpoint");
    expect(sectionOf(text, "Bug Fixes")).toContain("* survive an empty config");
    expect(sectionOf(text, "Performance")).toContain("* **parser:** read headers once");
    expect(sectionOf(text, "Reverts")).toContain('Revert "feat: the old experiment"');
    expect(text).not.toContain("explain the template");
    expect(text).not.toContain("bump yaml");
  });

  it("leads with BREAKING CHANGES carrying the footer's migration text, even for an unlisted type", () => {
    expect(text.indexOf("### ⚠ BREAKING CHANGES")).toBeLessThan(text.indexOf("### Features"));
    expect(sectionOf(text, "⚠ BREAKING CHANGES")).toContain("* import from `cadence/core` instead of `cadence`.\n  The old path is gone.");
  });

  it("links the PR in the subject, the commit, and the issue it closes", () => {
    const line = sectionOf(text, "Features").split("\n").find((item) => item.includes("export endpoint"))!;
    expect(line).toContain("([#12](https://github.com/octo/app/issues/12))");
    const sha = changes.entries[0]!.sha;
    expect(line).toContain(`([${sha.slice(0, 7)}](https://github.com/octo/app/commit/${sha}))`);
    expect(line).toMatch(/, closes \[#9\]\(https:\/\/github\.com\/octo\/app\/issues\/9\)$/);
  });

  it("escapes HTML from commit messages", () => {
    const { config: c, changes: r } = release([commit("fix: render <script>alert(1)</script> safely")]);
    expect(renderChangelogSection(r, c)).toContain("&lt;script&gt;");
  });
});

describe("Keep a Changelog with the seed's extra sections", () => {
  const commits = [
    commit("feat: add capsule export"),
    commit("fix(capsule): restore state-v2 capsules"),
    commit("fix(security): escape shell arguments\n\nCVE-2026-1234\n\nSeverity: high"),
    commit("feat(cli): old flag\n\nDeprecated: --legacy, use --modern"),
    commit("perf: faster startup"),
    commit("feat!: require Node 24\n\nBREAKING CHANGE: install Node 24 first."),
  ];
  const { config, changes } = release(commits, { format: "keep-a-changelog" });
  const text = renderChangelogSection(changes, config);

  it("maps types and scopes into Added, Changed, Deprecated, Fixed, Security, State Capsules and Migration", () => {
    expect(text.split("\n")[0]).toBe("## [1.5.0](https://github.com/octo/app/compare/v1.4.2...v1.5.0) - 2026-03-01");
    expect(sectionOf(text, "Added")).toContain("- add capsule export");
    expect(sectionOf(text, "Added")).toContain("- **BREAKING:** require Node 24");
    expect(sectionOf(text, "State Capsules")).toContain("restore state-v2 capsules");
    expect(sectionOf(text, "Security")).toContain("escape shell arguments");
    expect(sectionOf(text, "Deprecated")).toContain("old flag");
    expect(sectionOf(text, "Changed")).toContain("faster startup");
    expect(sectionOf(text, "Migration")).toContain("- install Node 24 first.");
    expect(sectionOf(text, "Fixed")).toBe("");
    const titles = text.split("\n").filter((line) => line.startsWith("### ")).map((line) => line.slice(4));
    expect(titles).toEqual(["Added", "Changed", "Deprecated", "Security", "State Capsules", "Migration"]);
  });

  it("lets configuration add sections before the defaults", () => {
    const { config: c, changes: r } = release([commit("build(deps): bump x"), commit("feat: y")], { format: "keep-a-changelog", sections: [{ title: "Dependencies", type: "build", scope: "deps" }] });
    const out = renderChangelogSection(r, c);
    expect(sectionOf(out, "Dependencies")).toContain("bump x");
  });
});

describe("templates", () => {
  it("renders a section and entries through configured templates", () => {
    const { config, changes } = release([commit("feat(ui): dark mode")], { "entry-template": "- {{scope_prefix}}{{subject}} [{{short_sha}}]" });
    const text = renderChangelogSection(changes, config, "# {{version}} ({{date}}) since {{previous_tag}}\n\n{{sections}}\n\nThanks: {{contributors}}");
    expect(text).toBe(`# 1.5.0 (2026-03-01) since v1.4.2\n\n### Features\n\n- **ui:** dark mode [${changes.entries[0]!.sha.slice(0, 7)}]\n\nThanks: Ada Lovelace`);
  });

  it("names an unknown placeholder", () => {
    const { config, changes } = release([commit("feat: x")]);
    expect(() => renderChangelogSection(changes, config, "{{nope}}")).toThrow(/unknown placeholder \{\{nope\}\}/);
  });
});

describe("release notes", () => {
  const bot: [string, string] = ["dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"];
  const commits = [
    commit("feat(api): streaming export (#31)\n\nExports now stream instead of buffering.", ["Grace", "7+grace@users.noreply.github.com"]),
    commit("fix: off-by-one in pagination\n\nFixes #40"),
    commit("fix(deps): bump lodash", bot),
    commit("feat!: drop v1 endpoints\n\nBREAKING CHANGE: call /v2 instead.", ["Grace", "7+grace@users.noreply.github.com"]),
    commit("fix(security): sanitize paths\n\nCVE-2026-0042\n\nSeverity: critical"),
  ];
  const { config, changes } = release(commits, { "known-issues": [{ issue: "Slow on NFS", workaround: "use local disk" }] });
  const record = buildReleaseNotes(changes, config, { buildId: "77.1" });
  const notes = record.release_notes;

  it("fills the seed's release_notes fields", () => {
    expect(notes.version).toBe("1.5.0");
    expect(notes.release_type).toBe("minor");
    expect(notes.changes.features.map((item) => item.title)).toEqual(["api: streaming export (#31)", "drop v1 endpoints"]);
    expect(notes.changes.features[0]).toMatchObject({ pr_ref: "#31", description: "Exports now stream instead of buffering." });
    expect(notes.changes.bug_fixes).toContainEqual(expect.objectContaining({ issue_ref: "#40", description: "off-by-one in pagination" }));
    expect(notes.changes.security).toEqual([expect.objectContaining({ cve: "CVE-2026-0042", severity: "critical" })]);
    expect(notes.changes.breaking_changes).toEqual([expect.objectContaining({ title: "drop v1 endpoints", migration: "call /v2 instead." })]);
    expect(notes.known_issues).toEqual([{ issue: "Slow on NFS", workaround: "use local disk" }]);
    expect(notes.provenance).toEqual({ commit: "f".repeat(40), build_id: "77.1", signed_by: null });
  });

  it("names contributors by login where known and leaves bots out", () => {
    expect(notes.contributors).toEqual(["@grace", "Ada Lovelace"]);
  });

  it("renders the seed's template headings in order", () => {
    const markdown = renderReleaseNotes(record, changes);
    const headings = markdown.split("\n").filter((line) => line.startsWith("## ")).map((line) => line.slice(3));
    expect(headings).toEqual(["Highlights", "New Features", "Bug Fixes", "Breaking Changes", "Security", "Known Issues", "Upgrade Notes", "Contributors", "Provenance"]);
    expect(markdown).toContain("# Release Notes: v1.5.0");
    expect(markdown).toContain("**Release Type**: Minor");
    expect(markdown).toContain("- **drop v1 endpoints**: call /v2 instead.");
  });

  it("classifies release types by the core numbers", () => {
    expect(releaseType("2.0.0-rc.1", "1.9.3")).toBe("major");
    expect(releaseType("1.10.0", "1.9.3")).toBe("minor");
    expect(releaseType("1.9.4", "1.9.3")).toBe("patch");
  });
});

describe("ordering and text shaping at scale", () => {
  it("groups entries by scope in collation order, unscoped last, each scope in commit order", () => {
    const { changes } = release([commit("feat(zeta): z1"), commit("feat: plain"), commit("feat(Alpha): a1"), commit("feat(beta): b1"), commit("feat(alpha): a2"), commit("feat(zeta): z2")]);
    expect(changes.sections[0]!.entries.map((entry) => entry.subject)).toEqual(["a2", "a1", "b1", "z1", "z2", "plain"]);
  });

  it("orders scopes the same whatever the locale: letters first, then plain before accented, then lower case", () => {
    const { changes } = release([
      commit("feat(core): c"),
      commit("feat(café): cafe-accented"),
      commit("feat(Beta): B"),
      commit("feat(cafe): cafe-plain"),
      commit("feat(api): a"),
      commit("feat(beta): b"),
      commit("feat(Éclair): E"),
      commit("feat(dash-x): d"),
    ]);
    expect(changes.sections[0]!.entries.map((entry) => entry.subject)).toEqual(["a", "b", "B", "cafe-plain", "cafe-accented", "c", "d", "E"]);
  });

  it("keeps scopes written two ways for the same text (é composed or not) mixed in commit order", () => {
    const { changes } = release([commit("feat(e\u0301): one"), commit("feat(é): two"), commit("feat(e\u0301): three"), commit("feat(a): first")]);
    expect(changes.sections[0]!.entries.map((entry) => entry.subject)).toEqual(["first", "one", "two", "three"]);
  });

  it("puts the first paragraph of a feature's body on one line, however its lines are padded", () => {
    const { config, changes } = release([commit("feat: wrapped\n\nfirst line  \n\t second line\u00a0\n third\n  \nnext paragraph")]);
    expect(buildReleaseNotes(changes, config).release_notes.changes.features[0]!.description).toBe("first line second line third");
  });

  it("highlights the first five distinct breaking changes and features", () => {
    const { config, changes } = release([commit("feat!: one"), commit("feat: two"), commit("feat: three"), commit("feat!: four"), commit("feat: five"), commit("feat: six")]);
    expect(buildReleaseNotes(changes, config).release_notes.highlights).toEqual(["one", "four", "two", "three", "five"]);
  });

  it("reads footer tokens in any case", () => {
    const { config, changes } = release([commit("feat: a\n\nHIGHLIGHT: yes\nCO-AUTHORED-BY: Bea <bea@example.test>\nDEPRECATED: old api")]);
    const notes = buildReleaseNotes(changes, config).release_notes;
    expect(notes.highlights).toEqual(["a"]);
    expect(notes.contributors).toContain("Bea");
    expect(notes.changes.deprecations[0]!.item).toBe("old api");
  });

  it("takes deprecation timelines, replacements, known issues and co-authors from footers, listed commit or not", () => {
    const { config, changes } = release([
      commit("feat: new loader\n\nDeprecated: loadSync\nRemoval: 3.0.0\nRemoved-in: 4.0.0\nUse-instead: load\nCo-authored-by: Bea <bea@example.test>\nCo-authored-by: Cy <7+cy@users.noreply.github.com>"),
      commit("chore: tidy\n\nKnown-issue: cache misses on NFS\nKNOWN-ISSUE: slow first run\nCo-authored-by: Dee <dee@example.test>"),
    ]);
    const notes = buildReleaseNotes(changes, config).release_notes;
    expect(notes.changes.deprecations).toEqual([{ item: "loadSync", timeline: "3.0.0", replacement: "load", commit: changes.entries[0]!.sha }]);
    expect(notes.known_issues).toEqual([{ issue: "cache misses on NFS", workaround: null }, { issue: "slow first run", workaround: null }]);
    expect(notes.contributors).toEqual(expect.arrayContaining(["Bea", "@cy", "Dee", "Ada Lovelace"]));
    expect(changes.entries[1]!.section).toBeUndefined();
  });
});
