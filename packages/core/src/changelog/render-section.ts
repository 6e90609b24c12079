import { referenceLabel, type IssueReference } from "../commits/references.js";
import { ConfigurationError } from "../errors/index.js";
import { releaseLabel } from "../records/release-place.js";
import type { ChangelogConfig } from "./config.js";
import { contributorLabel } from "./contributors.js";
import type { ChangeEntry } from "./entries.js";
import { commitUrl, issueUrl, type RepositoryLinks } from "./links.js";
import type { ReleaseChanges } from "./release.js";
import { releasePleaseBreakingLines, releasePleaseHeading, releasePleaseSectionLines, releasePleaseSectionsLines } from "./release-please/render.js";

/** Commit text is untrusted: no raw HTML from it reaches the rendered page. */
export function escapeText(text: string): string {
  // Three single-character searches beat one character-class regex here (almost every text is clean).
  if (text.indexOf("&") === -1 && text.indexOf("<") === -1 && text.indexOf(">") === -1) return text;
  return text.replace(/&(?!#?\w+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const REFERENCE_IN_TEXT = /(?<![\w&/#[-])((?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+)\b/g;

/** `#12` and `owner/repo#4` in a text become links; without links the text is left as is. */
export function linkReferences(text: string, links: RepositoryLinks | undefined): string {
  if (!links) return text;
  return text.replace(REFERENCE_IN_TEXT, (label: string) => {
    const [repository, number] = label.split("#") as [string, string];
    const reference: IssueReference = { number: Number(number), in: "header", ...(repository ? { repository } : {}) };
    return `[${label}](${issueUrl(links, reference)})`;
  });
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function commitLink(entry: ChangeEntry, links: RepositoryLinks | undefined): string {
  return links ? `[${shortSha(entry.sha)}](${commitUrl(links, entry.sha)})` : shortSha(entry.sha);
}

/** References only in the body that close something: `, closes #12` after the entry. */
function closing(entry: ChangeEntry, links: RepositoryLinks | undefined): string {
  if (entry.references.length === 0) return "";
  const closed = entry.references.filter((reference) => reference.action && reference.in === "body");
  if (closed.length === 0) return "";
  const labels = closed.map((reference) => (links ? `[${referenceLabel(reference)}](${issueUrl(links, reference)})` : referenceLabel(reference)));
  return `, closes ${labels.join(", ")}`;
}

const ENTRY_PLACEHOLDERS = ["scope", "scope_prefix", "subject", "sha", "short_sha", "commit", "commit_url", "references", "type", "breaking"] as const;
const SECTION_PLACEHOLDERS = ["version", "package", "label", "tag", "previous_version", "previous_tag", "date", "compare_url", "heading", "sections", "breaking", "contributors"] as const;

/** Fills `{{name}}` placeholders; an unknown name is a configuration mistake, named with the known ones. */
export function fillTemplate(template: string, values: Record<string, string>, where: string): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_match, name: string) => {
    if (!(name in values)) throw new ConfigurationError(`${where}: unknown placeholder {{${name}}}; known: ${Object.keys(values).join(", ")}`);
    return values[name]!;
  });
}

function entryValues(entry: ChangeEntry, links: RepositoryLinks | undefined): Record<(typeof ENTRY_PLACEHOLDERS)[number], string> {
  return {
    scope: entry.scope ? escapeText(entry.scope) : "",
    scope_prefix: entry.scope ? `**${escapeText(entry.scope)}:** ` : "",
    subject: linkReferences(escapeText(entry.subject), links),
    sha: entry.sha,
    short_sha: shortSha(entry.sha),
    commit: commitLink(entry, links),
    commit_url: links ? commitUrl(links, entry.sha) : "",
    references: entry.references.map((reference) => (links ? `[${referenceLabel(reference)}](${issueUrl(links, reference)})` : referenceLabel(reference))).join(", "),
    type: entry.type ?? "",
    breaking: entry.breaking ? "**BREAKING:** " : "",
  };
}

/** release-please's entry line, or the configured entry template. */
function releasePleaseLine(config: ChangelogConfig): ((entry: ChangeEntry, links: RepositoryLinks | undefined) => string) | undefined {
  return config.entryTemplate ? (entry, links) => renderEntry(entry, config, links) : undefined;
}

/** One changelog line for an entry. */
export function renderEntry(entry: ChangeEntry, config: ChangelogConfig, links: RepositoryLinks | undefined): string {
  if (config.entryTemplate) return fillTemplate(config.entryTemplate, entryValues(entry, links), "changelog.entry-template");
  const keepAChangelog = config.format === "keep-a-changelog";
  const breaking = keepAChangelog && entry.breaking ? "**BREAKING:** " : "";
  const scope = entry.scope ? `**${escapeText(entry.scope)}:** ` : "";
  const subject = entry.references.length > 0 ? linkReferences(escapeText(entry.subject), links) : escapeText(entry.subject);
  return `${keepAChangelog ? "-" : "*"} ${breaking}${scope}${subject} (${commitLink(entry, links)})${closing(entry, links)}`;
}

/** Indents the lines after the first so a multi-line note stays inside its list item. */
function listItem(bullet: string, text: string): string {
  const [first, ...rest] = escapeText(text.trim()).split("\n");
  return [`${bullet} ${first}`, ...rest.map((line) => (line.trim() === "" ? "" : `  ${line}`))].join("\n");
}

export function renderHeading(release: ReleaseChanges, config: ChangelogConfig): string {
  if (config.format === "release-please") return releasePleaseHeading(release);
  const name = releaseLabel(release);
  const label = release.compareUrl ? `[${name}](${release.compareUrl})` : config.format === "keep-a-changelog" ? `[${name}]` : name;
  return config.format === "keep-a-changelog" ? `## ${label} - ${release.date}` : `## ${label} (${release.date})`;
}

function renderBreaking(release: ReleaseChanges, config: ChangelogConfig): string {
  return (config.format === "release-please" ? releasePleaseBreakingLines(release) : breakingLines(release, config)).join("\n");
}

function breakingLines(release: ReleaseChanges, config: ChangelogConfig): string[] {
  if (release.breaking.length === 0) return [];
  const title = config.format === "keep-a-changelog" ? "### Migration" : "### ⚠ BREAKING CHANGES";
  const bullet = config.format === "keep-a-changelog" ? "-" : "*";
  const lines = release.breaking.map(({ entry, note }) => {
    const scope = entry.scope ? `**${escapeText(entry.scope)}:** ` : "";
    const item = listItem(bullet, note);
    return `${bullet} ${scope}${item.slice(bullet.length + 1)}`;
  });
  return [title, "", ...lines];
}

function renderSections(release: ReleaseChanges, config: ChangelogConfig): string {
  return (config.format === "release-please" ? releasePleaseSectionsLines(release, releasePleaseLine(config)) : sectionsLines(release, config)).join("\n");
}

/** Every section's lines, a blank line between sections. */
function sectionsLines(release: ReleaseChanges, config: ChangelogConfig): string[] {
  const lines: string[] = [];
  for (const section of release.sections) {
    if (lines.length > 0) lines.push("");
    lines.push(`### ${section.title}`, "");
    for (const entry of section.entries) lines.push(renderEntry(entry, config, release.links));
  }
  return lines;
}

/** The release's section of CHANGELOG.md: heading, sections, breaking changes, no trailing newline. */
export function renderChangelogSection(release: ReleaseChanges, config: ChangelogConfig, template?: string): string {
  return renderChangelogSectionLines(release, config, template).join("\n");
}

/**
 * renderChangelogSection's text as lines (a line may still hold line breaks: a breaking change's
 * note of several lines): upsertRelease takes them as they are, where the text would be joined
 * only to be split again (at 100k commits, megabytes each time).
 */
export function renderChangelogSectionLines(release: ReleaseChanges, config: ChangelogConfig, template?: string): string[] {
  const heading = renderHeading(release, config);
  if (template !== undefined) {
    const values: Record<(typeof SECTION_PLACEHOLDERS)[number], string> = {
      version: release.version,
      package: release.package ?? "",
      label: releaseLabel(release),
      tag: release.tag,
      previous_version: release.previousVersion ?? "",
      previous_tag: release.previousTag ?? "",
      date: release.date,
      compare_url: release.compareUrl ?? "",
      heading,
      sections: renderSections(release, config),
      breaking: renderBreaking(release, config),
      contributors: release.contributors.map(contributorLabel).join(", "),
    };
    return [fillTemplate(template, values, config.template ?? "changelog.template").replace(/\n{3,}/g, "\n\n").trim()];
  }
  if (config.format === "release-please") return releasePleaseSectionLines(release, releasePleaseLine(config));
  // Conventional presets lead with breaking changes; Keep a Changelog ends with Migration.
  const breaking = breakingLines(release, config);
  const sections = sectionsLines(release, config);
  const parts = (config.format === "keep-a-changelog" ? [[heading], sections, breaking] : [[heading], breaking, sections]).filter((part) => part.length > 0);
  if (parts.length === 1) parts.push(["_No user-facing changes._"]);
  // The parts, a blank line between them.
  const lines: string[] = [];
  for (const part of parts) {
    if (lines.length > 0) lines.push("");
    for (const line of part) lines.push(line);
  }
  return lines;
}
