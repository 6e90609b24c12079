/**
 * `type(scope)!: subject`, read character by character. It accepts exactly what this expression
 * does, with whitespace around the parts forgiven because people type it:
 *
 *     /^([A-Za-z][\w-]*)\s*(?:\(([^()]*)\))?\s*(!)?\s*:\s*(.*)$/
 *
 * (header.test.ts checks the two agree on generated headers). It is hand-written because
 * version-bump reads every header of the range: the expression's match array and substrings cost
 * about a microsecond a commit, a tenth of a second over 100k.
 */

/** What scanHeader found; one object, overwritten by each call (no allocation per header). */
export interface HeaderScan {
  /** The type, lower-cased. */
  type: string;
  /** The scope, trimmed; undefined when absent or blank. */
  scope: string | undefined;
  bang: boolean;
  /** The subject, trimmed. */
  subject: string;
}

const scan: HeaderScan = { type: "", scope: undefined, bang: false, subject: "" };

/**
 * Reads a header. Returns the shared HeaderScan (valid until the next call), or undefined when
 * the header is not conventional.
 */
export function scanHeader(header: string): HeaderScan | undefined {
  const length = header.length;
  if (length === 0 || !letter(header.charCodeAt(0))) return undefined;
  let at = 1;
  while (at < length && wordOrDash(header.charCodeAt(at))) at++;
  const typeEnd = at;
  at = skipSpace(header, at);
  let scope: string | undefined;
  if (header.charCodeAt(at) === OPEN) {
    let close = at + 1;
    while (close < length && header.charCodeAt(close) !== OPEN && header.charCodeAt(close) !== CLOSE) close++;
    // `(` without its `)`, or with another `(` inside: nothing else can follow the type.
    if (close === length || header.charCodeAt(close) !== CLOSE) return undefined;
    scope = trimmed(header, at + 1, close);
    at = skipSpace(header, close + 1);
  }
  const bang = header.charCodeAt(at) === BANG;
  if (bang) at = skipSpace(header, at + 1);
  if (header.charCodeAt(at) !== COLON) return undefined;
  const subjectStart = skipSpace(header, at + 1);
  // `.` does not cross a line end: a subject holding one is no match at all. (One search in native
  // code: a loop here runs in the interpreter for most of a short reading.)
  LINE_END.lastIndex = subjectStart;
  if (LINE_END.test(header)) return undefined;
  scan.type = header.slice(0, typeEnd).toLowerCase();
  scan.scope = scope === "" ? undefined : scope;
  scan.bang = bang;
  scan.subject = trimmed(header, subjectStart, length);
  return scan;
}

const OPEN = 0x28;
const CLOSE = 0x29;
const BANG = 0x21;
const COLON = 0x3a;

function letter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `[\w-]`. */
function wordOrDash(code: number): boolean {
  return letter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}

const LINE_END = /[\n\r\u2028\u2029]/g;

/** `\s`, which is also what String#trim removes. */
export function space(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && space(text.charCodeAt(at))) at++;
  return at;
}

/** text.slice(start, end).trim(), without the intermediate string. */
function trimmed(text: string, start: number, end: number): string {
  while (start < end && space(text.charCodeAt(start))) start++;
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * A header as compared for revert pairing: trimmed, a quote at either end removed, GitHub's
 * ` (#N)` suffix dropped, trimmed again. The pairing asks this of every header that ends in `)`,
 * which with squash merges is nearly all of them: it is written out rather than made of
 * expressions, and cuts one string at most.
 */
export function normalizeHeader(header: string): string {
  let start = 0;
  let end = header.length;
  while (start < end && space(header.charCodeAt(start))) start++;
  while (end > start && space(header.charCodeAt(end - 1))) end--;
  if (start < end && header.charCodeAt(start) === QUOTE) start++;
  if (end > start && header.charCodeAt(end - 1) === QUOTE) end--;
  let last = end;
  while (last > start && space(header.charCodeAt(last - 1))) last--;
  if (last > start && header.charCodeAt(last - 1) === CLOSE) {
    let digits = last - 1;
    while (digits > start && digit(header.charCodeAt(digits - 1))) digits--;
    const hash = digits - 1;
    if (digits < last - 1 && hash - 1 >= start && header.charCodeAt(hash) === HASH && header.charCodeAt(hash - 1) === OPEN) end = hash - 1;
  }
  while (start < end && space(header.charCodeAt(start))) start++;
  while (end > start && space(header.charCodeAt(end - 1))) end--;
  return header.slice(start, end);
}

/** A header normalizeHeader leaves as it is (no quote, ` (#N)` or space at its ends): most of them, told without cutting it. */
export function isNormalHeader(header: string): boolean {
  if (header === "") return false;
  const first = header.charCodeAt(0);
  const last = header.charCodeAt(header.length - 1);
  return first !== QUOTE && last !== QUOTE && last !== CLOSE && !space(first) && !space(last);
}

const QUOTE = 0x22;
const HASH = 0x23;

function digit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
