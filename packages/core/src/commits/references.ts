import type { ConventionalCommit, Footer } from "./types.js";

/** An issue or pull request a commit names: `#12` in this repository, `owner/repo#4` elsewhere. */
export interface IssueReference {
  /** Set for a cross-repository reference (`owner/repo#4`). */
  repository?: string;
  number: number;
  /** The keyword that closes it (`closes`, `fixes`, `resolves`), when the message used one. */
  action?: string;
  /** Where it was written: the header (GitHub's ` (#123)` PR suffix lands there) or the body/footers. */
  in: "header" | "body";
}

// `owner/repo#4` or a bare `#12`, not inside a word (`abc#1`) and not an HTML entity (`&#38;`).
const REFERENCE = /(?<![\w&/#-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g;
const CLOSING = /\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+((?:(?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)/gi;

function key(reference: { repository?: string; number: number }): string {
  return `${reference.repository?.toLowerCase() ?? ""}#${reference.number}`;
}

function scan(text: string, where: IssueReference["in"], found: Map<string, IssueReference>): void {
  for (const match of text.matchAll(REFERENCE)) {
    const reference: IssueReference = { number: Number(match[2]), in: where, ...(match[1] ? { repository: match[1] } : {}) };
    if (!found.has(key(reference))) found.set(key(reference), reference);
  }
}

/**
 * Every issue and pull request the commit names, in order of first mention, each once. Works on
 * the parsed commit, so it reads exactly what the version decision read. Code spans and URLs are
 * skipped: `#1` inside back-ticks or a link is not a reference. `footers` and `message` are the
 * commit's, for a caller that has already read them.
 */
export function commitReferences(commit: ConventionalCommit, footers: readonly Footer[] = commit.footers, message: string = commit.raw.message): IssueReference[] {
  const found = new Map<string, IssueReference>();
  // Most messages name no issue at all: skip the scans unless a '#' is there to find.
  if (commit.header.includes("#")) scan(stripCode(commit.header), "header", found);
  // The same for the body and footers: with no '#' after the header (GitHub's ` (#123)` is in it)
  // there is nothing to find there, and no body to cut out of the message.
  const headerEnd = message.search(LINE_BREAK);
  const hasHash = headerEnd !== -1 && message.indexOf("#", headerEnd) !== -1;
  const rest = hasHash ? stripCode([commit.body, ...footers.map((footer) => (footer.hash ? `${footer.token} #${footer.value}` : `${footer.token}: ${footer.value}`))].join("\n")) : "";
  if (hasHash) scan(rest, "body", found);
  for (const footer of footers) {
    // `Closes #12` as a footer token (`Closes #12` parses as token Closes, value 12).
    if (/^(close[sd]?|fix(?:e[sd])?|resolve[sd]?)$/i.test(footer.token) && /^\d+$/.test(footer.value.trim())) {
      const reference: IssueReference = { number: Number(footer.value.trim()), in: "body", action: footer.token.toLowerCase() };
      const existing = found.get(key(reference));
      if (existing) existing.action ??= reference.action;
      else found.set(key(reference), reference);
    }
  }
  if (found.size === 0) return [];
  for (const match of `${stripCode(commit.header)}\n${rest}`.matchAll(CLOSING)) {
    for (const inner of match[2]!.matchAll(REFERENCE)) {
      const existing = found.get(key({ number: Number(inner[2]), ...(inner[1] ? { repository: inner[1] } : {}) }));
      if (existing) existing.action ??= match[1]!.toLowerCase();
    }
  }
  return [...found.values()];
}

const LINE_BREAK = /[\r\n]/;

function stripCode(text: string): string {
  const spans = text.includes("`") ? text.replace(/`[^`\n]*`/g, " ") : text;
  return spans.includes("http") ? spans.replace(/\bhttps?:\/\/\S+/g, " ") : spans;
}

/** `#12` or `owner/repo#4`, as people write it. */
export function referenceLabel(reference: { repository?: string; number: number }): string {
  return `${reference.repository ?? ""}#${reference.number}`;
}
