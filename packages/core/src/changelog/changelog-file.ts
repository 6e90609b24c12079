import semver from "semver";

/** A heading that opens a release (or the Unreleased section) in a CHANGELOG. */
interface ReleaseHeading {
  /** Line index of the heading. */
  line: number;
  /** Normalised version (no `v`, no build metadata), or "unreleased". */
  version: string;
}

// `## [1.2.0](url) (date)`, `# [2.0.0]`, `## v1.2.0 - date`, `## 1.2.0`, `### [1.2.0]`.
const VERSION_HEADING = /^#{1,3}\s+\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:[\s(]|$)/;
const UNRELEASED_HEADING = /^#{1,3}\s+\[?unreleased\]?(?:[\s(]|$)/i;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;

export function defaultHeader(format: "conventional" | "keep-a-changelog"): string {
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

function findHeadings(lines: readonly string[]): ReleaseHeading[] {
  const headings: ReleaseHeading[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const version = VERSION_HEADING.exec(line);
    if (version && semver.valid(version[1]!)) headings.push({ line: index, version: normalize(version[1]!) });
    else if (UNRELEASED_HEADING.test(line)) headings.push({ line: index, version: "unreleased" });
  });
  return headings;
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

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end);
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
  /** The rendered section, starting with its heading. */
  section: string;
  /** `###` titles the generator writes; other `###` blocks in an existing section are the user's and stay. */
  generatedTitles: readonly string[];
  header: string;
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
  const text = (existing ?? options.header).replace(/\r\n/g, "\n");
  const lines = text.replace(/\n+$/, "").split("\n");
  const footer = footerStart(lines);
  const body = lines.slice(0, footer);
  const tail = lines.slice(footer);
  const headings = findHeadings(body);
  const version = normalize(options.version);
  const endOf = (position: number) => (position + 1 < headings.length ? headings[position + 1]!.line : body.length);
  let section = options.section.replace(/\r\n/g, "\n").trim().split("\n");
  const generated = new Set([...options.generatedTitles, "⚠ BREAKING CHANGES", "Migration"]);

  let result: string[];
  const same = headings.findIndex((heading) => heading.version === version);
  if (same !== -1) {
    const old = body.slice(headings[same]!.line, endOf(same));
    const kept = handWrittenBlocks(old, generated);
    if (kept.length > 0) section = [...section, "", ...kept];
    result = [...body.slice(0, headings[same]!.line), ...section, "", ...body.slice(endOf(same))];
  } else {
    const unreleased = headings.findIndex((heading) => heading.version === "unreleased");
    let prefix: string[];
    let rest: string[];
    if (unreleased !== -1) {
      const start = headings[unreleased]!.line;
      const moved = trimBlank(body.slice(start + 1, endOf(unreleased)));
      if (moved.length > 0) section = [...section, "", "### Notes", "", ...moved.map((line) => line.replace(/^###\s/, "#### "))];
      prefix = [...body.slice(0, start + 1), ""];
      rest = body.slice(endOf(unreleased));
    } else {
      prefix = [];
      rest = body;
    }
    const restHeadings = findHeadings(rest).filter((heading) => heading.version !== "unreleased");
    const older = restHeadings.find((heading) => semver.valid(heading.version) && semver.lt(heading.version, version));
    const at = older ? older.line : rest.length;
    const before = trimBlank(rest.slice(0, at));
    const beforeBlock = before.length > 0 ? [...before, ""] : [];
    result = [...(unreleased === -1 ? [] : prefix), ...beforeBlock, ...section, "", ...rest.slice(at)];
    if (unreleased === -1 && before.length === 0 && prefix.length === 0 && at === 0 && existing === undefined) result = [...section, ""];
  }
  const joined = trimBlank([...result]).join("\n").replace(/\n{3,}/g, "\n\n");
  const withFooter = tail.length > 0 ? `${joined}\n\n${tail.join("\n")}` : joined;
  return `${withFooter}\n`.replace(/\n/g, eol);
}

/** The text of one release's section in a CHANGELOG, or undefined. */
export function extractRelease(text: string, version: string): string | undefined {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const body = lines.slice(0, footerStart(lines));
  const headings = findHeadings(body);
  const index = headings.findIndex((heading) => heading.version === normalize(version));
  if (index === -1) return undefined;
  const end = index + 1 < headings.length ? headings[index + 1]!.line : body.length;
  return trimBlank(body.slice(headings[index]!.line, end)).join("\n");
}
