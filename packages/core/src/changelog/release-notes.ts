import semver from "semver";
import { referenceLabel } from "../commits/references.js";
import { TextSource } from "../plan/text-source.js";
import { writeYamlTo } from "../records/yaml-write.js";
import type { ChangelogConfig } from "./config.js";
import { contributorLabel } from "./contributors.js";
import type { ChangeEntry } from "./entries.js";
import { escapeText, linkReferences } from "./render-section.js";
import { commitUrl, type RepositoryLinks } from "./links.js";
import type { ReleaseChanges } from "./release.js";

/** The seed's `release_notes` record (seed 001), field for field, plus the commit of each item. */
export interface ReleaseNotesRecord {
  release_notes: {
    version: string;
    release_date: string;
    release_type: "major" | "minor" | "patch";
    highlights: string[];
    changes: {
      features: Array<{ title: string; description: string; pr_ref: string | null; commit: string }>;
      improvements: Array<{ title: string; description: string; commit: string }>;
      bug_fixes: Array<{ issue_ref: string | null; description: string; commit: string }>;
      breaking_changes: Array<{ title: string; description: string; migration: string; commit: string }>;
      deprecations: Array<{ item: string; timeline: string | null; replacement: string | null; commit: string }>;
      security: Array<{ cve: string | null; severity: string | null; description: string; commit: string }>;
    };
    known_issues: Array<{ issue: string; workaround: string | null }>;
    upgrade_notes: string;
    contributors: string[];
    provenance: { commit: string; build_id: string | null; signed_by: string | null };
  };
}

export interface NotesContext {
  buildId?: string;
  signedBy?: string;
}

const MAX_HIGHLIGHTS = 5;

/** What the release is by its core numbers; a pre-release counts by the core it leads to. */
export function releaseType(version: string, previous: string | undefined): "major" | "minor" | "patch" {
  const next = semver.parse(version);
  if (!next) return "patch";
  if (!previous) return next.major > 0 && next.minor === 0 && next.patch === 0 ? "major" : next.patch === 0 ? "minor" : "patch";
  const before = semver.parse(previous)!;
  if (next.major !== before.major) return "major";
  if (next.minor !== before.minor) return "minor";
  return "patch";
}

function title(entry: ChangeEntry): string {
  return entry.scope ? `${entry.scope}: ${entry.subject}` : entry.subject;
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/** The body's first paragraph on one line; only that paragraph is cut out, not every one. */
function firstParagraph(entry: ChangeEntry): string {
  const body = entry.commit.body;
  const end = body.search(PARAGRAPH_BREAK);
  const first = end === -1 ? body : body.slice(0, end);
  const paragraph = (first.includes("\n") ? joinLines(first) : first).trim();
  return paragraph.length > 280 ? `${paragraph.slice(0, 277)}...` : paragraph;
}

/**
 * What replacing every match of `\s*\n\s*` with " " gives: every run of white space that holds a
 * line break becomes one space. Done by lines, because the regex tries a match at every space of
 * the text, which made it a few times slower.
 */
function joinLines(text: string): string {
  const lines = text.split("\n");
  const last = lines.length - 1;
  if (last === 0) return text;
  let joined = lines[0]!.trimEnd();
  for (let index = 1; index <= last; index++) {
    const line = index < last ? lines[index]!.trim() : lines[index]!.trimStart();
    // A blank line inside the run is part of it: the run still becomes one space.
    if (line === "" && index < last) continue;
    joined += ` ${line}`;
  }
  return joined;
}

function prRef(entry: ChangeEntry): string | null {
  const inHeader = entry.references.find((reference) => reference.in === "header" && !reference.repository);
  return inHeader ? referenceLabel(inHeader) : null;
}

function issueRef(entry: ChangeEntry): string | null {
  const closing = entry.references.find((reference) => reference.action);
  const any = closing ?? entry.references[0];
  return any ? referenceLabel(any) : null;
}

/** The listed entries by their notes category, in commit order. */
type Categories = Record<ChangeEntry["notes"], ChangeEntry[]>;

/** What the footers of the commits add to the notes, gathered in one pass over the entries. */
interface FooterFindings {
  highlighted: ChangeEntry[];
  deprecations: ReleaseNotesRecord["release_notes"]["changes"]["deprecations"];
  knownIssues: ReleaseNotesRecord["release_notes"]["known_issues"];
}

function categorize(entries: readonly ChangeEntry[]): Categories {
  const categories: Categories = { features: [], improvements: [], bug_fixes: [], security: [], deprecations: [], none: [] };
  for (const entry of entries) if (entry.section) categories[entry.notes].push(entry);
  return categories;
}

function footerFindings(entries: readonly ChangeEntry[]): FooterFindings {
  const findings: FooterFindings = { highlighted: [], deprecations: [], knownIssues: [] };
  for (const entry of entries) {
    const facts = entry.footerFacts;
    if (facts?.highlight) findings.highlighted.push(entry);
    if (entry.deprecation !== undefined || entry.notes === "deprecations") {
      findings.deprecations.push({ item: entry.deprecation ?? title(entry), timeline: facts?.removal ?? null, replacement: facts?.replacement ?? null, commit: entry.sha });
    }
    for (const issue of facts?.knownIssues ?? []) findings.knownIssues.push({ issue, workaround: null });
  }
  return findings;
}

/** The titles of the first `MAX_HIGHLIGHTS` distinct entries of the lists, in order; stops looking once it has them. */
function highlightTitles(lists: ReadonlyArray<readonly ChangeEntry[]>): string[] {
  const seen = new Set<ChangeEntry>();
  for (const list of lists) {
    for (const entry of list) {
      if (seen.size === MAX_HIGHLIGHTS) return [...seen].map(title);
      seen.add(entry);
    }
  }
  return [...seen].map(title);
}

/** Pure: the release as the seed's release_notes record. */
export function buildReleaseNotes(release: ReleaseChanges, config: ChangelogConfig, context: NotesContext = {}): ReleaseNotesRecord {
  const of = categorize(release.entries);
  const breaking = release.breaking.map(({ entry, note }) => ({ title: title(entry), description: note.split("\n")[0]!.trim(), migration: note.trim(), commit: entry.sha }));
  const { highlighted, deprecations, knownIssues } = footerFindings(release.entries);
  const highlights = highlightTitles(highlighted.length > 0 ? [highlighted] : [release.breaking.map(({ entry }) => entry), of.features]);
  const upgrade = breaking.length > 0
    ? breaking.map((item) => `${item.title}: ${item.migration}`).join("\n\n")
    : release.previousVersion
      ? `No breaking changes: ${release.version} replaces ${release.previousVersion} in place.`
      : `First release: nothing to upgrade from.`;
  return {
    release_notes: {
      version: release.version,
      release_date: release.date,
      release_type: releaseType(release.version, release.previousVersion),
      highlights,
      changes: {
        features: of.features.map((entry) => ({ title: title(entry), description: firstParagraph(entry), pr_ref: prRef(entry), commit: entry.sha })),
        improvements: of.improvements.map((entry) => ({ title: title(entry), description: firstParagraph(entry), commit: entry.sha })),
        bug_fixes: of.bug_fixes.map((entry) => ({ issue_ref: issueRef(entry), description: title(entry), commit: entry.sha })),
        breaking_changes: breaking,
        deprecations,
        security: of.security.map((entry) => ({ cve: entry.cve ?? null, severity: entry.severity ?? null, description: title(entry), commit: entry.sha })),
      },
      known_issues: [...config.knownIssues.map((item) => ({ issue: item.issue, workaround: item.workaround ?? null })), ...knownIssues],
      upgrade_notes: upgrade,
      contributors: release.contributors.map(contributorLabel),
      provenance: { commit: release.head, build_id: context.buildId ?? null, signed_by: context.signedBy ?? null },
    },
  };
}

/** release-notes.yaml: the record, written when the plan reads it (see TextSource). */
export function releaseNotesYaml(record: ReleaseNotesRecord): TextSource {
  return new TextSource((write) => writeYamlTo(record, write));
}

function item(text: string, sha: string, links: RepositoryLinks | undefined): string {
  const commit = links ? ` ([${sha.slice(0, 7)}](${commitUrl(links, sha)}))` : ` (${sha.slice(0, 7)})`;
  return `${linkReferences(escapeText(text), links)}${commit}`;
}

function bold(label: string, text: string): string {
  const colon = text.indexOf(": ");
  return colon > 0 && colon < 40 ? `**${label || text.slice(0, colon)}**: ${text.slice(colon + 2)}` : text;
}

/** The release notes as markdown, following the seed's template; empty optional parts are left out. */
export function renderReleaseNotes(record: ReleaseNotesRecord, release: ReleaseChanges): string {
  const notes = record.release_notes;
  const links = release.links;
  const type = notes.release_type[0]!.toUpperCase() + notes.release_type.slice(1);
  const out: string[] = [`# Release Notes: ${release.tag}`, "", `**Release Date**: ${notes.release_date}`, `**Release Type**: ${type}`];
  if (release.compareUrl && release.previousTag) out.push(`**Changes since ${release.previousTag}**: ${release.compareUrl}`);
  const part = (heading: string, lines: string[], always = false, empty = "None.") => {
    if (lines.length === 0 && !always) return;
    out.push("", `## ${heading}`);
    // A loop, not push(...lines): a part can have tens of thousands of lines, too many for call arguments.
    if (lines.length === 0) out.push(empty);
    for (const line of lines) out.push(line);
  };
  part("Highlights", notes.highlights.map((text) => `- ${escapeText(text)}`), true, "Maintenance release: no new features.");
  part("New Features", notes.changes.features.map((feature) => `- ${bold("", item(feature.title, feature.commit, links))}${feature.description ? `\n  - ${escapeText(feature.description)}` : ""}`));
  part("Improvements", notes.changes.improvements.map((improvement) => `- ${bold("", item(improvement.title, improvement.commit, links))}`));
  part("Bug Fixes", notes.changes.bug_fixes.map((fix) => `- ${fix.issue_ref ? `**Issue ${linkReferences(fix.issue_ref, links)}**: ` : ""}${item(fix.description, fix.commit, links)}`));
  part(
    "Breaking Changes",
    notes.changes.breaking_changes.map((change) => `- **${escapeText(change.title)}**: ${escapeText(change.migration).replace(/\n/g, "\n  ")}`),
    true,
  );
  part("Deprecations", notes.changes.deprecations.map((deprecation) => `- **Deprecated**: ${escapeText(deprecation.item)}${deprecation.timeline ? ` (removal: ${escapeText(deprecation.timeline)})` : ""}${deprecation.replacement ? `; use ${escapeText(deprecation.replacement)} instead` : ""}`));
  part("Security", notes.changes.security.map((fix) => `- **${fix.cve ?? "Security"}**${fix.severity ? ` (${fix.severity})` : ""}: ${item(fix.description, fix.commit, links)}`));
  part("Known Issues", notes.known_issues.map((known) => `- **Issue**: ${escapeText(known.issue)}${known.workaround ? ` (workaround: ${escapeText(known.workaround)})` : ""}`), true, "None known.");
  part("Upgrade Notes", escapeText(notes.upgrade_notes).split("\n").map((line) => (line.trim() === "" ? "" : `${line}`)), true);
  part("Contributors", notes.contributors.length > 0 ? [`- ${notes.contributors.map(escapeText).join(", ")}`] : [], true, "No contributors recorded.");
  part("Provenance", [`- Commit: ${links ? `[${notes.provenance.commit.slice(0, 12)}](${commitUrl(links, notes.provenance.commit)})` : notes.provenance.commit}`, `- Build: ${notes.provenance.build_id ?? "local"}`, `- Signed: ${notes.provenance.signed_by ?? "not signed yet (capsule-sign signs the release record)"}`], true);
  return `${out.join("\n")}\n`;
}
