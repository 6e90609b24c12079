import semver from "semver";
import type { ReleasePlace } from "../records/release-place.js";

/** A heading that opens a release (or the Unreleased section) in a CHANGELOG. */
interface ReleaseHeading {
  /** Line index of the heading. */
  line: number;
  /** Normalised version (no `v`, no build metadata), or "unreleased". */
  version: string;
  /** The package a monorepo's heading names (`## [core@1.2.0]`); undefined for a plain version. */
  package?: string | undefined;
}

// `## [1.2.0](url) (date)`, `# [2.0.0]`, `## v1.2.0 - date`, `## 1.2.0`, `### [1.2.0]`, and a
// monorepo package's `## [core@1.2.0]`, `## @org/core@1.2.0` (records/release-place.ts).
const VERSION_HEADING = /^#{1,3}\s+\[?(?:(@?[^\s[\]()@]+)@)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:[\s(]|$)/;
const UNRELEASED_HEADING = /^#{1,3}\s+\[?unreleased\]?(?:[\s(]|$)/i;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;

export function defaultHeader(format: "conventional" | "keep-a-changelog" | "release-please"): string {
  // release-please starts a CHANGELOG with its title alone.
  if (format === "release-please") return "# Changelog";
  if (format === "keep-a-changelog") {
    return [
      "# Changelog",
      "",
      "All notable changes to this project are documented in this file.",
      "",
      "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),",
      "and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).",
      "",
      "## [Unreleased]",
    ].join("\n");
  }
  return ["# Changelog", "", "All notable changes to this project are documented in this file. See [Conventional Commits](https://conventionalcommits.org) for the commit guidelines."].join("\n");
}

function normalize(version: string): string {
  return version.split("+")[0]!;
}

const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;

/**
 * Whether a line may open or close a code fence (`^\s*(```|~~~)`): it starts with a back-tick, a
 * tilde or a character that could be white space. Most lines are list items and fail this at
 * their first character, without a regex.
 */
function mayBeFence(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === BACKTICK || first === TILDE || first <= 0x20 || first >= 0xa0;
}

function findHeadings(lines: readonly string[]): ReleaseHeading[] {
  const headings: ReleaseHeading[] = [];
  let fenced = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (mayBeFence(line) && /^\s*(```|~~~)/.test(line)) fenced = !fenced;
    // Both heading patterns start with `#`.
    if (fenced || line.charCodeAt(0) !== HASH) continue;
    const version = VERSION_HEADING.exec(line);
    if (version && semver.valid(version[2]!)) headings.push({ line: index, version: normalize(version[2]!), package: version[1] });
    else if (UNRELEASED_HEADING.test(line)) headings.push({ line: index, version: "unreleased" });
  }
  return headings;
}

/** `into` with the lines from `start` on appended: a loop, as those are often most of the file (the older releases). */
function appendFrom(into: string[], lines: readonly string[], start: number): string[] {
  for (let index = start; index < lines.length; index++) into.push(lines[index]!);
  return into;
}

/** The text without its trailing newlines (as `replace(/\n+$/, "")`, without the regex's scan from every newline). */
function trimTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Index of the first line of the trailing link-definition block (`[1.0.0]: https://…`), or lines.length. */
function footerStart(lines: readonly string[]): number {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (LINK_DEFINITION.test(line)) start = index;
    else if (line.trim() !== "") break;
  }
  return start;
}

/** The lines without blank ones at either end; the same array when there are none to drop. */
function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return start === 0 && end === lines.length ? lines : lines.slice(start, end);
}

/** `### Title` blocks of a section that the generator did not write (hand-written notes), kept on regeneration. */
function handWrittenBlocks(sectionLines: readonly string[], generatedTitles: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  let keeping = false;
  for (const line of sectionLines.slice(1)) {
    const heading = /^###\s+(.*?)\s*$/.exec(line);
    if (heading) keeping = !generatedTitles.has(heading[1]!);
    if (keeping) kept.push(line);
  }
  return trimBlank(kept);
}

export interface UpsertOptions {
  version: string;
  /** The package of a monorepo release: its section is told from another package's of the same version. */
  package?: string | undefined;
  /**
   * The rendered section, starting with its heading: as text, or as the lines it would be joined
   * from (renderChangelogSectionLines; a line may hold line breaks of its own).
   */
  section: string | readonly string[];
  /** `###` titles the generator writes; other `###` blocks in an existing section are the user's and stay. */
  generatedTitles: readonly string[];
  header: string;
  /**
   * Keep runs of blank lines as they are, in the section and in the rest of the file (release-please
   * writes two blank lines after a heading and between sections); by default each run becomes one.
   */
  keepBlankRuns?: boolean;
}

/**
 * Puts the release's section into a CHANGELOG text: replaces the section of the same version if
 * there is one (so running twice gives one section), otherwise inserts it above the first older
 * release. Hand-written text in an `## [Unreleased]` section moves into the new release under
 * "Notes"; the empty Unreleased heading stays for the next cycle. Everything else is kept as it
 * was, including line endings (CRLF files stay CRLF).
 */
export function upsertRelease(existing: string | undefined, options: UpsertOptions): string {
  const eol = existing?.includes("\r\n") ? "\r\n" : "\n";
  const text = lf(existing ?? options.header);
  const lines = trimTrailingNewlines(text).split("\n");
  const footer = footerStart(lines);
  // Most files have no link definitions at the end: then the body is all the lines, not a copy of them.
  const body = footer === lines.length ? lines : lines.slice(0, footer);
  const tail = lines.slice(footer);
  const headings = findHeadings(body);
  const version = normalize(options.version);
  const endOf = (position: number) => (position + 1 < headings.length ? headings[position + 1]!.line : body.length);
  let section = typeof options.section === "string" ? options.section.replace(/\r\n/g, "\n").trim().split("\n") : sectionLines(options.section);
  const generated = new Set([...options.generatedTitles, "⚠ BREAKING CHANGES", "Migration"]);

  let result: string[];
  const same = headings.findIndex((heading) => isRelease(heading, { version, package: options.package }));
  if (same !== -1) {
    const old = body.slice(headings[same]!.line, endOf(same));
    const kept = handWrittenBlocks(old, generated);
    if (kept.length > 0) section = [...section, "", ...kept];
    result = appendFrom([...body.slice(0, headings[same]!.line), ...section, ""], body, endOf(same));
  } else {
    const unreleased = headings.findIndex((heading) => heading.version === "unreleased");
    let prefix: string[] = [];
    // Where the rest starts: the releases below the Unreleased section, or the whole body.
    let restStart = 0;
    if (unreleased !== -1) {
      const start = headings[unreleased]!.line;
      const moved = trimBlank(body.slice(start + 1, endOf(unreleased)));
      if (moved.length > 0) section = [...section, "", "### Notes", "", ...moved.map((line) => line.replace(/^###\s/, "#### "))];
      prefix = [...body.slice(0, start + 1), ""];
      restStart = endOf(unreleased);
    }
    // Newest first: below the package's newer releases (a backport), above whatever comes next
    // (another package's release, in a monorepo's CHANGELOG, or an older one of the same package).
    const releases = headings.filter((heading) => heading.line >= restStart && heading.version !== "unreleased" && semver.valid(heading.version));
    const newer = options.package === undefined ? -1 : releases.findLastIndex((heading) => heading.package === options.package && semver.gt(heading.version, version));
    const older = releases.find((heading, index) => index > newer && (heading.package !== options.package || semver.lt(heading.version, version)));
    const at = older ? older.line : body.length;
    const before = trimBlank(body.slice(restStart, at));
    const beforeBlock = before.length > 0 ? [...before, ""] : [];
    result = appendFrom([...prefix, ...beforeBlock, ...section, ""], body, at);
    if (unreleased === -1 && before.length === 0 && at === 0 && existing === undefined) result = [...section, ""];
  }
  const kept = trimBlank(result);
  const tidy = options.keepBlankRuns ? (text: string) => text : singleBlankLines;
  let written: string;
  if (tail.length === 0 && kept.length > 0) {
    // The final line break comes from the join: `${text}\n` would be one more copy of a CHANGELOG
    // that can be megabytes. The last kept line is not blank, so it cannot lengthen a run.
    written = tidy([...kept, ""].join("\n"));
  } else {
    const joined = tidy(kept.join("\n"));
    written = tail.length > 0 ? `${joined}\n\n${tail.join("\n")}\n` : `${joined}\n`;
  }
  return eol === "\n" ? written : written.replace(/\n/g, eol);
}

/**
 * What `lines.join("\n").replace(/\r\n/g, "\n").trim().split("\n")` gives, without the joined
 * text: a line holding line breaks is split, and blank space at either end trimmed as trim() would.
 */
function sectionLines(given: readonly string[]): string[] {
  const lines: string[] = [];
  for (const line of given) {
    if (line.includes("\n")) for (const part of line.replace(/\r\n/g, "\n").split("\n")) lines.push(part);
    else lines.push(line);
  }
  // A CR that ends a line would meet the join's LF: the pair is one line break.
  for (let index = 0; index < lines.length - 1; index++) if (lines[index]!.endsWith("\r")) lines[index] = lines[index]!.slice(0, -1);
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  if (start === end) return [""];
  const kept = start === 0 && end === lines.length ? lines : lines.slice(start, end);
  kept[0] = kept[0]!.trimStart();
  kept[kept.length - 1] = kept[kept.length - 1]!.trimEnd();
  return kept;
}

/** Runs of blank lines made one; the text itself when there are none (replace would copy it). */
function singleBlankLines(text: string): string {
  return text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text;
}

/** CRLF line ends as LF; a text without any is returned as it is, not copied. */
function lf(text: string): string {
  return text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text;
}

/** Whether a heading opens the release's section: the same version, and the same package (or none for both). */
function isRelease(heading: ReleaseHeading, place: ReleasePlace): boolean {
  return heading.version === normalize(place.version) && heading.package === place.package;
}

/** A version, or a version with its package (a monorepo's release). */
function placeOf(release: string | ReleasePlace): ReleasePlace {
  return typeof release === "string" ? { version: release } : release;
}

/** The text of one release's section in a CHANGELOG, or undefined. */
export function extractRelease(text: string, release: string | ReleasePlace): string | undefined {
  return extractReleaseLines(text, release)?.join("\n");
}

/** The lines of one release's section in a CHANGELOG, heading first, or undefined. */
export function extractReleaseLines(text: string, release: string | ReleasePlace): string[] | undefined {
  const lines = lf(text).split("\n");
  const range = releaseLineRange(lines, release);
  return range && lines.slice(range.from, range.to);
}

/**
 * Where one release's section is among a CHANGELOG's lines (split at LF): from its heading to the
 * next heading or the link definitions at the end, blank lines at either end left out.
 */
export function releaseLineRange(lines: readonly string[], release: string | ReleasePlace): { from: number; to: number } | undefined {
  const footer = footerStart(lines);
  const headings = findHeadings(footer === lines.length ? lines : lines.slice(0, footer));
  const place = placeOf(release);
  const index = headings.findIndex((heading) => isRelease(heading, place));
  if (index === -1) return undefined;
  let from = headings[index]!.line;
  let to = index + 1 < headings.length ? headings[index + 1]!.line : footer;
  while (from < to && lines[from]!.trim() === "") from++;
  while (to > from && lines[to - 1]!.trim() === "") to--;
  return { from, to };
}
