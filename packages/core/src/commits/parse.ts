import { normalizeHeader, scanHeader } from "./header.js";
import type { ConventionalCommit, Footer, RawCommit } from "./types.js";

// A footer line: `Token: value` or `Token #value`; `BREAKING CHANGE` is the one token with a space
// and the one whose text may start on the next line. Another token needs a value, and a colon
// that starts `://` is a URL (`https://…` on a line of its own), not a footer: as
// conventional-commits-parser reads them (test/changelog/parser-differential.test.ts).
const FOOTER = /^(?:(BREAKING[ -]CHANGE)(?::\s?)|([A-Za-z][\w-]*)(?::(?!\/\/)\s*(?=\S)|(\s#)))(.*)$/;
const REVERT_HEADER = /^revert(?::\s*|\s+)"?([\s\S]+?)"?(?:\s*\(#\d+\))?\s*$/i;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;

/**
 * Reads a commit the Conventional Commits way. This is hand-written rather than
 * conventional-commits-parser because the version decision reads every commit of the range and
 * the library costs about 9 µs a commit (0.9 s for 100k commits), more than `git log` itself.
 * The changelog renders the same object, so notes and versions never disagree.
 */
export function parseCommit(raw: RawCommit): ConventionalCommit {
  const message = raw.message.includes("\r") ? raw.message.replace(/\r\n?/g, "\n") : raw.message;
  const newline = message.indexOf("\n");
  const header = (newline === -1 ? message : message.slice(0, newline)).trim();
  const rest = newline === -1 ? "" : message.slice(newline + 1);
  const { type, scope, bang, subject } = readHeader(header);
  // Every field present from the start, in one order: commits of one shape keep the loops over
  // 100k of them fast (objects that gain fields later get a shape each).
  const commit: ConventionalCommit = {
    raw,
    header,
    type,
    scope,
    subject,
    bang,
    breakingNotes: [],
    breaking: false,
    body: "",
    footers: [],
    releaseAs: undefined,
    revert: undefined,
  };
  const { body, footers } = splitBodyAndFooters(rest);
  commit.body = body;
  commit.footers = footers;
  for (const footer of footers) {
    const token = footer.token.toUpperCase();
    if (token === "BREAKING CHANGE" || token === "BREAKING-CHANGE") commit.breakingNotes.push(footer.value.trim());
    else if (token === "RELEASE-AS" && footer.value.trim() !== "") commit.releaseAs = footer.value.trim();
  }
  commit.breaking = commit.bang || commit.breakingNotes.length > 0;
  if (commit.bang && commit.breakingNotes.length === 0) commit.breakingNotes.push(commit.subject);
  commit.revert = readRevert(header, rest, commit.type);
  return commit;
}

/** What the header of a commit says: `type(scope)!: subject`, or just a subject when it is not conventional. */
export interface HeaderParts {
  type: string | undefined;
  scope: string | undefined;
  bang: boolean;
  subject: string;
}

/** Reads a trimmed header line. Only the header decides type, scope and the `!`. */
export function readHeader(header: string): HeaderParts {
  const scan = scanHeader(header);
  if (!scan) return { type: undefined, scope: undefined, bang: false, subject: header };
  return { type: scan.type, scope: scan.scope, bang: scan.bang, subject: scan.subject };
}

/**
 * Whether parseCommit could treat the header as a revert. Such commits need the whole message
 * (the reverted sha is in the body), so fast readers hand them to parseCommit.
 */
export function looksLikeRevert(header: string): boolean {
  return /^revert\b/i.test(header);
}

/**
 * Footers are the trailing lines that look like `Token: value`, plus `BREAKING CHANGE:` blocks
 * anywhere after the header (they may run over several lines). The body is the text before.
 */
export function splitBodyAndFooters(rest: string): { body: string; footers: Footer[] } {
  const trimmed = rest.trim();
  if (trimmed === "") return { body: "", footers: [] };
  // Without a ':' or '#' no line can be a footer: all of it is body (most commits of a long range).
  if (!rest.includes(":") && !rest.includes("#")) return { body: trimmed, footers: [] };
  const lines = rest.split("\n");
  const { footers, bodyEnd } = readFooterLines(lines);
  // The body is the text before the footers: slice it out of the message rather than join a copy
  // (over 100k commits the copies are most of the memory parsing takes).
  let bodyLength = -1;
  for (let index = 0; index < bodyEnd; index++) bodyLength += lines[index]!.length + 1;
  return { body: bodyEnd === 0 ? "" : rest.slice(0, bodyLength).trim(), footers };
}

/**
 * The footer block of a message's lines after the header: the footers, and the index of the line
 * where the body ends (lines.length when there are none).
 */
export function readFooterLines(lines: readonly string[]): { footers: Footer[]; bodyEnd: number } {
  const footers: Footer[] = [];
  let bodyEnd = lines.length;
  let current: Footer | undefined;
  let inFooters = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Most lines are prose: without a ':' or '#' none can be a footer, so spare them the expression.
    const footer = line.includes(":") || line.includes("#") ? FOOTER.exec(line.trimEnd()) : null;
    const startsBreaking = footer !== null && /^BREAKING[ -]CHANGE$/i.test(footer[1] ?? footer[2]!);
    if (footer && (inFooters || startsBreaking || index === 0 || lines[index - 1]!.trim() === "")) {
      if (!inFooters) bodyEnd = Math.min(bodyEnd, index);
      inFooters = true;
      current = { token: footer[1] ?? footer[2]!, value: footer[4]! };
      // `Refs #12`: the `#` is the separator, and the mark.
      if (footer[3] !== undefined) current.hash = true;
      footers.push(current);
    } else if (inFooters && current && line.trim() !== "") {
      current.value += `\n${line}`;
    } else if (inFooters && current && line.trim() === "") {
      // A blank line inside the footer block ends nothing for BREAKING CHANGE texts, which may be paragraphs.
      if (/^BREAKING[ -]CHANGE$/i.test(current.token)) current.value += "\n";
    }
  }
  for (const footer of footers) footer.value = footer.value.trim();
  return { footers, bodyEnd };
}

function readRevert(header: string, rest: string, type: string | undefined): ConventionalCommit["revert"] {
  // A `revert` type always starts the header with "revert", so looksLikeRevert covers it.
  const looksReverted = looksLikeRevert(header) || type === "revert";
  if (!looksReverted) return undefined;
  const sha = REVERTS_SHA.exec(rest)?.[1];
  const named = REVERT_HEADER.exec(header)?.[1] ?? header.replace(/^revert:?\s*/i, "");
  // The quoted header exactly as written, only when nothing follows the closing quote.
  const exact = /^revert:?\s+"(.*)"$/i.exec(header)?.[1] ?? (type === "revert" ? header.replace(/^revert:?\s*/i, "") : undefined);
  return { header: normalizeHeader(named), ...(exact !== undefined ? { exactHeader: exact } : {}), ...(sha ? { sha } : {}) };
}

