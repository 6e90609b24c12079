/**
 * A commit message read by the grammar release-please reads it with (the Conventional Commits
 * grammar of @conventional-commits/parser), so that the entries a project coming from
 * release-please gets are the ones release-please listed. It differs from cadence's own reading
 * (commits/parse.ts) in ways that decide entries: the footer block is the longest tail of lines
 * that are all `token: value` / `token #value` (with indented continuations), and any footer
 * whose token is a type (`feat: …`, `fix(x): …`) is itself a commit; a `(` left open after a word
 * at the start of the header or of a footer-like line makes the whole message unreadable.
 */

/** The parser's white space: ZWNBSP, tab, vertical tab, form feed, space, no-break space. */
const WHITE = new Set(["\uFEFF", "\t", "\v", "\f", " ", "\u00A0"]);

/** One line of the message and the run of line breaks after it ("" after the last line). */
export interface Line {
  text: string;
  breaks: string;
}

export interface Token {
  /** The type part of a footer token (`feat`, `Signed-off-by`); absent for `BREAKING CHANGE` and `!`. */
  type?: string;
  scope?: string;
  bang: boolean;
  /** `BREAKING CHANGE` or `BREAKING-CHANGE` as written. */
  breaking?: string;
}

export interface FooterNode {
  token: Token;
  /** `:` or ` #`. */
  separator: ":" | " #";
  /** The value's first line, then each continuation line (its leading white space left out). */
  texts: string[];
  /** The line breaks before each continuation line. */
  breaks: string[];
}

export interface BodyNode {
  /** Each body line's text (a leading `BREAKING CHANGE:` marker and the white space after it left out). */
  texts: string[];
  /** Whether the line started with the marker. */
  marked: boolean[];
  /** The line breaks after each line but the last. */
  breaks: string[];
}

export interface MessageNode {
  type: string;
  scope?: string;
  bang: boolean;
  subject: string;
  body?: BodyNode;
  footers: FooterNode[];
}

/** Thrown where the parser throws rather than backtracks: an unclosed `(` after a type. */
class Unreadable extends Error {}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)([\r\n]*)/g;
  for (let match = pattern.exec(text); match !== null && match[0] !== ""; match = pattern.exec(text)) lines.push({ text: match[1]!, breaks: match[2]! });
  if (lines.length === 0) lines.push({ text: "", breaks: "" });
  return lines;
}

interface TypeScan {
  type: string;
  scope?: string;
  bang: boolean;
  end: number;
}

/** `type`, `(scope)`, `!` from the start of a line; undefined when no type; throws on an unclosed scope. */
function scanType(text: string): TypeScan | undefined {
  let at = 0;
  while (at < text.length && !"()!:".includes(text[at]!) && !WHITE.has(text[at]!)) at++;
  if (at === 0) return undefined;
  const type = text.slice(0, at);
  let scope: string | undefined;
  if (text[at] === "(") {
    let close = at + 1;
    while (close < text.length && text[close] !== "(" && text[close] !== ")") close++;
    if (text[close] !== ")") throw new Unreadable(`unclosed scope in '${text}'`);
    // An empty scope is no scope, and what follows the `(` cannot be a separator.
    if (close === at + 1) return { type, bang: false, end: at + 1 };
    scope = text.slice(at + 1, close);
    at = close + 1;
  }
  const bang = text[at] === "!";
  if (bang) at++;
  return { type, ...(scope !== undefined ? { scope } : {}), bang, end: at };
}

function separatorAt(text: string, at: number): { separator: ":" | " #"; end: number } | undefined {
  if (text[at] === ":") return { separator: ":", end: at + 1 };
  if (text[at] === " " && text[at + 1] === "#") return { separator: " #", end: at + 2 };
  return undefined;
}

function skipWhite(text: string, at: number): number {
  while (at < text.length && WHITE.has(text[at]!)) at++;
  return at;
}

/** A footer's first line: its token, separator and the value's text; undefined when not one. */
function footerStart(text: string): { token: Token; separator: ":" | " #"; value: string } | undefined {
  let token: Token;
  let at: number;
  const literal = /^BREAKING[ -]CHANGE/.exec(text)?.[0];
  if (literal) {
    token = { bang: false, breaking: literal };
    at = literal.length;
  } else if (text.startsWith("!")) {
    token = { bang: true };
    at = 1;
  } else {
    const scan = scanType(text);
    if (!scan) return undefined;
    token = { type: scan.type, ...(scan.scope !== undefined ? { scope: scan.scope } : {}), bang: scan.bang };
    at = scan.end;
  }
  const separator = separatorAt(text, at);
  if (!separator) return undefined;
  return { token, separator: separator.separator, value: text.slice(skipWhite(text, separator.end)) };
}

/** Footers from line `from` to the end, or undefined when some line is neither a footer nor a continuation. */
function footersFrom(lines: readonly Line[], from: number): FooterNode[] | undefined {
  const footers: FooterNode[] = [];
  for (let index = from; index < lines.length; ) {
    const start = footerStart(lines[index]!.text);
    if (!start) return undefined;
    const footer: FooterNode = { token: start.token, separator: start.separator, texts: [start.value], breaks: [] };
    index++;
    // A continuation: a line that starts with white space, after any number of line breaks.
    while (index < lines.length && WHITE.has(lines[index]!.text[0] ?? "")) {
      footer.breaks.push(lines[index - 1]!.breaks);
      footer.texts.push(lines[index]!.text.slice(skipWhite(lines[index]!.text, 0)));
      index++;
    }
    footers.push(footer);
  }
  return footers;
}

function bodyLine(text: string): { text: string; marked: boolean } {
  const literal = /^BREAKING[ -]CHANGE/.exec(text)?.[0];
  if (!literal) return { text, marked: false };
  // The parser consumes the marker before it looks for the ':' and does not give it back.
  if (text[literal.length] !== ":") return { text: text.slice(literal.length), marked: false };
  return { text: text.slice(skipWhite(text, literal.length + 1)), marked: true };
}

/** The message as release-please's parser reads it, or undefined when that parser rejects it. */
export function parseMessage(message: string): MessageNode | undefined {
  try {
    return parse(message.trim());
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

function parse(text: string): MessageNode | undefined {
  const lines = splitLines(text);
  const header = lines[0]!.text;
  const scan = scanType(header);
  if (!scan) return undefined;
  const separator = separatorAt(header, scan.end);
  if (!separator) return undefined;
  const node: MessageNode = { type: scan.type, ...(scan.scope !== undefined ? { scope: scan.scope } : {}), bang: scan.bang, subject: header.slice(skipWhite(header, separator.end)), footers: [] };
  if (lines.length === 1) return node;
  // The body runs up to the first line from which every line is a footer (or a continuation).
  let footerLine = lines.length;
  for (let index = 1; index < lines.length; index++) {
    const footers = footersFrom(lines, index);
    if (footers) {
      footerLine = index;
      node.footers = footers;
      break;
    }
  }
  if (footerLine > 1) {
    const body: BodyNode = { texts: [], marked: [], breaks: [] };
    for (let index = 1; index < footerLine; index++) {
      const line = bodyLine(lines[index]!.text);
      body.texts.push(line.text);
      body.marked.push(line.marked);
      if (index < footerLine - 1) body.breaks.push(lines[index]!.breaks);
    }
    node.body = body;
  }
  return node;
}
