// The release-please format against what release-please published: for every release-please step
// of ../shared/corpus, the CHANGELOG section release-please generated (sections.json, taken from
// the release pull requests) is compared with the section cadence writes from the same commits.
// A section either matches exactly, or differs only by what an older release-please wrote
// (eras.ts), or is listed in differences.json with its reason (text edited in the release PR, a
// commit release-please did not read, ...). RELEASE_PLEASE_REPORT=<file> writes every difference.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildRelease, renderChangelogSection, resolveChangelogConfig } from "@release-cadence/core";
import { loadSectionCases, type SectionCase } from "./cases.js";
import { eraCombinations, sameLinesOtherOrder } from "./eras.js";

interface Differences {
  /** Windows in which the hosted release-please App ran its sentence-case plugin for a repository. */
  sentenceCase: Array<{ repo: string; from: string; to: string; reason: string }>;
  differences: Array<{ id: string; category: string; reason: string }>;
}

const DIFFERENCES: Differences = JSON.parse(readFileSync(join(import.meta.dirname, "differences.json"), "utf8")) as Differences;

function sentenceCased(item: SectionCase): boolean {
  return DIFFERENCES.sentenceCase.some((window) => window.repo === item.entry.repo && item.date >= window.from && item.date < window.to);
}

function render(item: SectionCase, sentenceCase: boolean): string {
  const config = resolveChangelogConfig({ format: "release-please", "sentence-case": sentenceCase, contributors: { enabled: false } });
  const release = buildRelease({
    version: item.entry.next_version,
    tag: item.entry.next_tag,
    previousTag: item.entry.prev_tag,
    previousVersion: item.entry.prev_version,
    date: item.date,
    head: item.entry.next_commit,
    commits: item.commits,
    commitCount: item.commits.length,
    cancelledPairs: 0,
    config,
    bangIsBreaking: true,
    links: item.links,
  });
  return renderChangelogSection(release, config);
}

interface Outcome {
  id: string;
  /** "exact", "era:<names>", or "differs". */
  kind: string;
  got: string;
  expected: string;
}

function judge(item: SectionCase): Outcome {
  const expected = item.record.expected.trim();
  const got = render(item, sentenceCased(item));
  if (got === expected) return { id: item.record.id, kind: "exact", got, expected };
  for (const eras of eraCombinations().slice(1)) {
    const older = eras.reduce((text, era) => era.rewrite(text), got);
    if (older === expected) return { id: item.record.id, kind: `era:${eras.map((era) => era.name).join("+")}`, got, expected };
    if (sameLinesOtherOrder(older, expected) && item.date < "2023-07-11") return { id: item.record.id, kind: `era:${[...eras.map((era) => era.name), "writer-5-order"].join("+")}`, got, expected };
  }
  return { id: item.record.id, kind: "differs", got, expected };
}

describe("the release-please format against the sections release-please published", () => {
  const cases = loadSectionCases();
  const outcomes = cases.map(judge);
  const listed = new Map(DIFFERENCES.differences.map((entry) => [entry.id, entry]));
  const report = process.env.RELEASE_PLEASE_REPORT;
  if (report) writeFileSync(report, outcomes.filter((outcome) => outcome.kind !== "exact").map((outcome) => `### ${outcome.id} ${outcome.kind}\n--- published\n${outcome.expected}\n--- cadence\n${outcome.got}\n`).join("\n"));

  it("compares every release-please step the corpus has a published section for", () => {
    expect(cases.length).toBeGreaterThan(570);
    expect(new Set(cases.map((item) => item.entry.repo)).size).toBe(6);
  });

  it("matches them exactly, or up to what older release-please versions wrote, or by a listed reason", () => {
    const counts = new Map<string, number>();
    for (const outcome of outcomes) counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
    const exact = counts.get("exact") ?? 0;
    const era = outcomes.filter((outcome) => outcome.kind.startsWith("era:")).length;
    console.log(`release-please sections: ${exact}/${outcomes.length} exact, ${era} differ only as an older release-please wrote them, ${counts.get("differs") ?? 0} listed in differences.json`);
    const unexplained = outcomes.filter((outcome) => outcome.kind === "differs" && !listed.has(outcome.id)).map((outcome) => outcome.id);
    const stale = DIFFERENCES.differences.filter((entry) => outcomes.find((outcome) => outcome.id === entry.id)?.kind !== "differs").map((entry) => `${entry.id} now matches: remove it from differences.json`);
    expect(unexplained, "sections that differ for no listed reason").toEqual([]);
    expect(stale).toEqual([]);
    expect(DIFFERENCES.differences.filter((entry) => !entry.reason || !entry.category)).toEqual([]);
    // Today's release-please output, exactly: at least this many of the published sections.
    expect(exact).toBeGreaterThanOrEqual(MINIMUM_EXACT);
  });
});

/**
 * The rules issue 17 found broken on real release-please histories, each with the published
 * sections that show it (found from the published text and the commits, not listed by hand): each
 * rule must be met, exactly or as an older release-please wrote it, by at least one of them.
 */
const RULES: Record<string, (item: SectionCase) => boolean> = {
  "a breaking change of a hidden type is listed under BREAKING CHANGES and under its type's section": (item) => {
    const [breaking, ...others] = item.record.expected.split(/^### /m).filter((part) => /^⚠ BREAKING CHANGES/.test(part) || /^(Miscellaneous Chores|Build System|Code Refactoring)/.test(part));
    if (!breaking?.startsWith("⚠") || others.length === 0) return false;
    const entries = (part: string) => part.split("\n").filter((line) => line.startsWith("* ")).map((line) => line.replace(/ \(\[[0-9a-f]{7}\].*$/, ""));
    const listed = new Set(entries(breaking));
    return others.some((part) => entries(part).some((line) => listed.has(line)));
  },
  "several conventional messages in a commit's first paragraph become several entries": (item) =>
    item.commits.some((commit) => {
      const first = commit.raw.message.split(/\r?\n\r?\n/)[0]!.split("\n").filter((line) => /^[a-z]+(\([^)]*\))?!?: \S/.test(line));
      return first.length > 1 && item.record.expected.split(`/commit/${commit.raw.sha}`).length - 1 > 1;
    }),
  "a chore carrying Release-As is listed under Miscellaneous Chores": (item) =>
    item.record.expected.includes("### Miscellaneous Chores") && item.commits.some((commit) => commit.type === "chore" && /^Release-As:/im.test(commit.raw.message)),
  "Performance Improvements is the title of perf": (item) => item.record.expected.includes("### Performance Improvements"),
  "the first letter upper-cased (the sentence-case plugin)": (item) => sentenceCased(item) && /^\* (\*\*[^*]+:\*\* )?[A-Z]/m.test(item.record.expected),
  "< and > inside code spans are left as they are": (item) => /^\* .*`[^`]*[<>][^`]*`/m.test(item.record.expected),
};

describe("each release-please rule of issue 17 on the sections release-please published", () => {
  const outcomes = new Map(loadSectionCases().map((item) => [item, judge(item)] as const));
  it.each(Object.keys(RULES))("%s", (rule) => {
    const showing = [...outcomes].filter(([item]) => RULES[rule]!(item));
    const met = showing.filter(([, outcome]) => outcome.kind !== "differs").map(([item]) => item.record.id);
    console.log(`${rule}: ${met.length} of ${showing.length} published sections that show it are met (${met.slice(0, 3).join(", ")})`);
    expect(met.length, `published sections showing it: ${showing.map(([item]) => item.record.id).join(", ") || "none"}`).toBeGreaterThan(0);
  });
});

/** The exact matches at the time of writing (see docs/changelog.md); a regression lowers it. */
const MINIMUM_EXACT = 364;
