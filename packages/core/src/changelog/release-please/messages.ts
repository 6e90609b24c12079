import { parseMessage, type FooterNode, type MessageNode } from "./grammar.js";

/** One conventional message of a commit as release-please reads it (a commit can hold several). */
export interface ReleasePleaseMessage {
  type: string;
  scope?: string;
  subject: string;
  /** `type(scope)!: subject`, rebuilt from the parts (release-please's `message`). */
  header: string;
  /** Texts of its breaking-change notes (`!` gives the subject, a footer its text). */
  breakingNotes: string[];
  /** The version of a `Release-As:` footer. */
  releaseAs?: string;
  /** `Fixes #12`, `Refs: #3` footers: the issue numbers, with the footer's token. */
  references: Array<{ action: string; issue: number }>;
}

/** The types that start a new message after a blank line (release-please's own list, case as written). */
const PARAGRAPH_START = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;

/**
 * The messages release-please reads in a commit: each `BEGIN_NESTED_COMMIT … END_NESTED_COMMIT`
 * block, and each paragraph of the rest that starts with a conventional type, read on its own;
 * in each, every footer whose token is a type (`feat: …` on the lines after the header) is a
 * message too, listed before the one it is in. A part release-please cannot read is left out.
 */
export function releasePleaseMessages(message: string): ReleasePleaseMessage[] {
  const messages: ReleasePleaseMessage[] = [];
  for (const part of splitParts(message)) messages.push(...readPart(part));
  return messages;
}

function splitParts(message: string): string[] {
  const [main, ...nested] = message.split("BEGIN_NESTED_COMMIT");
  let rest = main!;
  const inner: string[] = [];
  for (const part of nested) {
    const [text, ...after] = part.split("END_NESTED_COMMIT");
    inner.push(text!);
    rest += after.join("END_NESTED_COMMIT");
  }
  return [...rest.split(PARAGRAPH_START).filter((part) => part !== ""), ...inner];
}

function readPart(text: string): ReleasePleaseMessage[] {
  const node = parseMessage(text);
  if (!node) return [];
  return fromNode(node).map(({ message, dashed }) => {
    tidyNotes(message);
    // `BREAKING-CHANGE:` inside a body line (not at its start) is read after the notes are tidied.
    if (dashed) {
      if (message.breakingNotes.length > 0) message.breakingNotes[0] += `\n${dashed}`;
      else message.breakingNotes.push(dashed);
    }
    return message;
  });
}

/** The message and the messages its footers make, footers' first (release-please's order). */
function fromNode(node: MessageNode): Array<{ message: ReleasePleaseMessage; dashed?: string }> {
  const header = `${node.type}${node.scope !== undefined ? `(${node.scope})` : ""}${node.bang ? "!" : ""}: ${node.subject}`;
  const message: ReleasePleaseMessage = {
    type: node.type,
    ...(node.scope !== undefined ? { scope: node.scope } : {}),
    subject: node.subject,
    header,
    breakingNotes: [],
    references: [],
  };
  const breaking = breakingText(node);
  if (breaking !== "") message.breakingNotes.push(breaking);
  const body = bodyText(node);
  const dashed = /BREAKING-CHANGE:\s*(.*)/.exec(body)?.[1]?.trim();
  const made: Array<{ message: ReleasePleaseMessage; dashed?: string }> = [];
  for (const footer of node.footers) {
    const reference = referenceOf(footer);
    if (reference) message.references.push(reference);
    if (footer.token.type === undefined) continue;
    if (footer.token.type.toLowerCase() === "release-as") message.releaseAs = footer.texts.at(-1)!;
    const inner = parseMessage(footerText(footer));
    if (inner) made.push(...fromNode(inner));
  }
  return [...made, { message, ...(dashed ? { dashed } : {}) }];
}

/**
 * The note of a breaking change: the subject for a `!`; replaced by the text from a body line's
 * `BREAKING CHANGE:` on; replaced by the last line of a `BREAKING CHANGE:` footer (the last such).
 */
function breakingText(node: MessageNode): string {
  let text = node.bang ? node.subject : "";
  const body = node.body;
  if (body) {
    const first = body.marked.indexOf(true);
    if (first !== -1) {
      text = "";
      for (let index = first; index < body.texts.length; index++) text += body.texts[index]! + (body.breaks[index] ?? "");
    }
  }
  for (const footer of node.footers) if (footer.token.breaking) text = footer.texts.at(-1)!;
  return text;
}

function bodyText(node: MessageNode): string {
  if (!node.body) return "";
  let text = "";
  node.body.texts.forEach((line, index) => (text += line + (node.body!.breaks[index] ?? "")));
  return text;
}

/** `Fixes #12` or `Refs: #12`: the issue, when the footer's last text is a number. */
function referenceOf(footer: FooterNode): { action: string; issue: number } | undefined {
  let hash = footer.separator === " #";
  let issue = "";
  for (const text of footer.texts) {
    if (text.startsWith("#")) {
      hash = true;
      issue = text.slice(1);
    } else {
      issue = text;
    }
  }
  if (!hash || !/^[0-9]+$/.test(issue)) return undefined;
  return { action: footer.token.type ?? "", issue: Number(issue) };
}

/** A footer as the text of a message of its own: `type(scope)!: value` and its continuation lines. */
function footerText(footer: FooterNode): string {
  const token = footer.token;
  let text = `${token.type}${token.scope !== undefined ? `(${token.scope})` : ""}${token.bang ? "!" : ""}${footer.separator === ":" ? ": " : ""}`;
  footer.texts.forEach((value, index) => (text += (index > 0 ? footer.breaks[index - 1]! : "") + value));
  return text;
}

/**
 * Notes as release-please tidies them: lines joined by spaces up to the first blank line; from a
 * later line that starts a list item or a `####` heading on, lines kept, indented by four spaces.
 */
function tidyNotes(message: ReleasePleaseMessage): void {
  message.breakingNotes = message.breakingNotes.map(tidy);
  if (message.releaseAs !== undefined) message.releaseAs = tidy(message.releaseAs);
}

function tidy(note: string): string {
  let text = "";
  let extended = false;
  const chunks = note.split(/\r?\n/);
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    if (index > 0 && !extended && /^#### |^[*-] /.test(chunk)) {
      text = `${text.trim()}\n`;
      extended = true;
    }
    if (chunk === "") break;
    text += extended ? `    ${chunk}\n` : `${chunk} `;
  }
  return text.trim();
}
