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

/** The exact matches at the time of writing (see docs/changelog.md); a regression lowers it. */
const MINIMUM_EXACT = 364;
