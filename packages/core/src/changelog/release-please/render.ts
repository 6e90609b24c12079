import { releaseLabel } from "../../records/release-place.js";
import type { SectionRule } from "../config.js";
import type { ChangeEntry } from "../entries.js";
import type { RepositoryLinks } from "../links.js";

// The section text release-please writes: conventional-changelog's writer with the
// conventionalcommits preset's templates, as release-please configures them. Written out here
// (the templates are a dozen lines) so that it costs a string join, not a template engine, and so
// that the text is the same whichever version of those packages is installed.

/** The preset orders entries by scope and subject with `localeCompare`; one collator does the same work once. */
const COLLATOR = new Intl.Collator("en-US");

/**
 * A subject as the entry shows it: `<` and `>` outside code spans written as entities (GitHub
 * would take them for HTML), `#12` linked to the issue, `@login` to the profile.
 */
export function displaySubject(subject: string, links: RepositoryLinks | undefined): string {
  const escaped = subject.replace(/``[^`].*[^`]``|`[^`]*`|<|>/g, (match) => (match.length > 1 ? match : match === "<" ? "&lt;" : "&gt;"));
  if (!links) return escaped;
  return escaped
    .replace(/#([0-9]+)/g, (_match, issue: string) => `[#${issue}](${links.baseUrl}/issues/${issue})`)
    .replace(/\B@([a-z0-9](?:-?[a-z0-9/]){0,38})/g, (match, login: string) => (login.includes("/") ? match : `[@${login}](${links.serverUrl}/${login})`));
}

/** A breaking change's note: its first `(#12)` linked, nothing escaped (release-please's own treatment). */
export function displayNote(note: string, links: RepositoryLinks | undefined): string {
  return links ? note.replace(/\(#(\d+)\)/, `([#$1](${links.baseUrl}/issues/$1))`) : note;
}

/**
 * Listed entries grouped by section: groups in the order their titles first appear in `sections`
 * (a section of a type without a rule, e.g. a breaking `deps:` commit, comes first), entries by
 * scope and subject as shown.
 */
export function releasePleaseGroups(entries: readonly ChangeEntry[], sections: readonly SectionRule[], links: RepositoryLinks | undefined): Array<{ title: string; entries: ChangeEntry[] }> {
  const groups = new Map<string, ChangeEntry[]>();
  for (const entry of entries) {
    if (entry.section === undefined) continue;
    let group = groups.get(entry.section);
    if (!group) groups.set(entry.section, (group = []));
    group.push(entry);
  }
  const order = sections.map((rule) => rule.title);
  const rank = (title: string) => order.indexOf(title);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([title, group]) => {
      const keys = new Map(group.map((entry) => [entry, (entry.scope ?? "") + displaySubject(entry.subject, links)]));
      return { title, entries: [...group].sort((a, b) => COLLATOR.compare(keys.get(a)!, keys.get(b)!)) };
    });
}

export function releasePleaseEntryLine(entry: ChangeEntry, links: RepositoryLinks | undefined): string {
  const scope = entry.scope ? ` **${entry.scope}:**` : "";
  const short = entry.sha.slice(0, 7);
  const commit = links ? ` ([${short}](${links.baseUrl}/commit/${entry.sha}))` : ` ${short}`;
  // Footer references the subject does not already link; `refs`, not `closes`, so that merging
  // the release pull request does not close them (release-please 17.10.4 and later).
  const footer = entry.references.filter((reference) => reference.in === "body");
  const refs = footer.length === 0 ? "" : `, refs ${footer.map((reference) => (links ? `[#${reference.number}](${links.baseUrl}/issues/${reference.number})` : `#${reference.number}`)).join(" ")}`;
  return `*${scope} ${displaySubject(entry.subject, links)}${commit}${refs}`;
}

export interface ReleasePleaseSection {
  version: string;
  /** A monorepo package's release is headed `core@1.5.0` (records/release-place.ts). */
  package?: string;
  previousTag?: string;
  tag: string;
  date: string;
  links?: RepositoryLinks;
  sections: ReadonlyArray<{ title: string; entries: readonly ChangeEntry[] }>;
  breaking: ReadonlyArray<{ entry: ChangeEntry; note: string }>;
}

export function releasePleaseHeading(release: Pick<ReleasePleaseSection, "version" | "package" | "previousTag" | "tag" | "date" | "links">): string {
  const { links } = release;
  const name = releaseLabel(release);
  const label = release.previousTag && links ? `[${name}](${links.baseUrl}/compare/${release.previousTag}...${release.tag})` : name;
  return `## ${label} (${release.date})`;
}

/** The breaking-change lines: `### ⚠ BREAKING CHANGES`, a blank line, one item per note. */
export function releasePleaseBreakingLines(release: ReleasePleaseSection): string[] {
  if (release.breaking.length === 0) return [];
  const notes = release.breaking.map(({ entry, note }) => `* ${entry.scope ? `**${entry.scope}:** ` : ""}${displayNote(note, release.links)}`);
  return ["### ⚠ BREAKING CHANGES", "", ...notes];
}

type EntryLine = (entry: ChangeEntry, links: RepositoryLinks | undefined) => string;

/** Each section's lines: title, a blank line, the entries; two blank lines between sections. */
export function releasePleaseSectionsLines(release: ReleasePleaseSection, line: EntryLine = releasePleaseEntryLine): string[] {
  const lines: string[] = [];
  for (const section of release.sections) {
    if (lines.length > 0) lines.push("", "");
    lines.push(`### ${section.title}`, "");
    for (const entry of section.entries) lines.push(line(entry, release.links));
  }
  return lines;
}

/**
 * The release's section as release-please writes it: heading, two blank lines, the breaking
 * changes, then each section (one blank line after the breaking changes, two between sections).
 */
export function releasePleaseSectionLines(release: ReleasePleaseSection, line?: EntryLine): string[] {
  const lines = [releasePleaseHeading(release)];
  const breaking = releasePleaseBreakingLines(release);
  const sections = releasePleaseSectionsLines(release, line);
  if (breaking.length > 0) lines.push("", "", ...breaking);
  if (sections.length > 0) lines.push(...(breaking.length > 0 ? [""] : ["", ""]), ...sections);
  return lines;
}
