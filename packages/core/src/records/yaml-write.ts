/**
 * A YAML writer for the plain data our records hold (maps, lists, strings, numbers, booleans,
 * null), in block style. The `yaml` package's `stringify` builds a node tree for every value
 * first: on the release notes of 100k commits that took about 1.5 s and a third of the
 * collector's time, against a few tens of milliseconds here.
 *
 * What it writes reads back the same with a YAML 1.2 parser and with a YAML 1.1 one (PyYAML and
 * older tools), so a string that either could take for something else is quoted:
 * - plain (unquoted) only for text that starts with a letter, holds letters, digits, spaces and
 *   a few safe marks, and is no word either version reads as a boolean or null;
 * - a literal block (`|`) for text of several lines, when every line is printable and the block's
 *   indentation cannot be misread;
 * - double quotes otherwise, with every character a parser could misread escaped.
 *
 * Every record of every action is written here, so this is where the secrets the run knows are
 * masked (secrets/known.ts): a token under any name (NODE_AUTH_TOKEN, NPM_TOKEN, …) that a commit
 * message, a reason, a command's output or a remote's answer carried into a record becomes `***`.
 */
import { knownSecrets, maskSecrets } from "../secrets/known.js";

export type YamlValue = string | number | boolean | null | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };
type YamlMap = { readonly [key: string]: YamlValue };

const INDENT = "  ";

// Letters first (so no number, date or indicator), then nothing that can start a comment,
// end a key (`: `) or start a flow collection; no space at the end (it would be dropped).
const PLAIN = /^[A-Za-z](?:[A-Za-z0-9 _.\/+@()=,'-]*[A-Za-z0-9_.\/+@()=,'-])?$/;
// What YAML 1.1 or 1.2 reads as a boolean or null rather than as text.
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

// Outside YAML's printable set, line breaks to a YAML 1.1 parser (NEL, LS, PS), or a byte order
// mark: escaped in double quotes, and never written bare.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const ESCAPE_AFTER_JSON = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

function plain(text: string): boolean {
  return PLAIN.test(text) && !RESERVED.test(text);
}

/** JSON's string escapes are YAML's double-quoted ones; YAML also wants these few escaped. */
function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(ESCAPE_AFTER_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Whether `text` can be a literal block: several lines, all printable, no CR (a parser reads it
 * as a line break), no line of spaces only (in the leading lines that is an indentation error,
 * elsewhere trailing spaces a reader cannot see), and a first line with text that does not
 * start with a space or a tab (the block's indentation is taken from it).
 */
function literal(text: string): boolean {
  if (!text.includes("\n") || text.includes("\r") || UNPRINTABLE.test(text)) return false;
  // Line breaks alone: the block would have no line to take its indentation from.
  if (/^\n*$/.test(text)) return false;
  // The block's indentation is taken from its first line that is not empty.
  if (/^\n*[ \t]/.test(text)) return false;
  return !/(?:^|\n)[ \t]+(?:\n|$)/.test(text);
}

function literalBlock(text: string, indent: string): string {
  const body = text.replace(/\n+$/, "");
  const trailing = text.length - body.length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const lines = body.split("\n").map((line) => (line === "" ? "" : indent + line));
  // Kept (`+`) line breaks beyond the last line are written as empty lines.
  return `|${chomp}\n${lines.join("\n")}\n${"\n".repeat(Math.max(0, trailing - 1))}`;
}

function scalar(value: unknown, where: () => string): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value} as YAML at ${where()}`);
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (typeof value !== "string") throw new TypeError(`cannot write ${kind(value)} as YAML at ${where()}`);
  return plain(value) ? value : doubleQuoted(value);
}

function kind(value: unknown): string {
  if (typeof value !== "object" || value === null) return `a ${typeof value}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  return `a ${name || "object"}`;
}

function isList(value: unknown): value is readonly YamlValue[] {
  return Array.isArray(value);
}

/** A plain object; a Date, a Map or a class instance is refused rather than written as `{}`. */
function isMap(value: unknown): value is YamlMap {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function entries(map: YamlMap): Array<[string, YamlValue]> {
  return Object.entries(map).filter(([, value]) => value !== undefined);
}

/**
 * One writing: the text in pieces, handed to `out` joined a few thousand at a time (the notes of
 * 100k commits are about a million pieces), and where it is, kept as a stack and spelled out only
 * for an error.
 */
class YamlWriter {
  private readonly pieces: string[] = [];
  private readonly path: Array<string | number> = [];
  private readonly indents = [""];
  readonly where = (): string => `$${this.path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("")}`;

  constructor(
    private readonly out: (chunk: string) => void,
    private readonly secrets: readonly string[],
  ) {}

  /** A text as the record may show it: no secret of the run in it. */
  text(value: string): string {
    return this.secrets.length === 0 ? value : maskSecrets(value, this.secrets);
  }

  push(text: string): void {
    this.pieces.push(text);
    if (this.pieces.length === 4096) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.out(this.pieces.join(""));
    this.pieces.length = 0;
  }

  indent(depth: number): string {
    return (this.indents[depth] ??= INDENT.repeat(depth));
  }

  /**
   * Writes the value after `key:` or `-`: on the same line when it is a scalar or empty, else on
   * the lines below at `depth`; always ends with a line break.
   */
  after(value: unknown, depth: number): void {
    if (isList(value)) {
      if (value.length === 0) return this.push(" []\n");
      this.push("\n");
      return this.list(value, depth);
    }
    if (isMap(value)) {
      const members = entries(value);
      if (members.length === 0) return this.push(" {}\n");
      this.push("\n");
      return this.map(members, depth);
    }
    if (value === undefined) throw new TypeError(`cannot write undefined as YAML at ${this.where()}`);
    if (typeof value === "string") {
      const text = this.text(value);
      if (literal(text)) return this.push(` ${literalBlock(text, this.indent(depth))}`);
      return this.push(` ${scalar(text, this.where)}\n`);
    }
    this.push(` ${scalar(value, this.where)}\n`);
  }

  /** A map's members; the first one's line starts with `first` (after a list's dash: nothing). */
  map(members: Array<[string, YamlValue]>, depth: number, first = this.indent(depth)): void {
    let lead = first;
    for (const [key, item] of members) {
      this.push(`${lead}${scalar(this.text(key), this.where)}:`);
      this.path.push(key);
      this.after(item, depth + 1);
      this.path.pop();
      lead = this.indent(depth);
    }
  }

  list(value: readonly YamlValue[], depth: number): void {
    const indent = this.indent(depth);
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      this.path.push(index);
      // A map in a list starts on the dash's line, its other keys under its first.
      const members = isMap(item) ? entries(item) : [];
      if (members.length > 0) {
        this.push(`${indent}- `);
        this.map(members, depth + 1, "");
      } else {
        this.push(`${indent}-`);
        this.after(item, depth + 1);
      }
      this.path.pop();
    }
  }
}

export interface YamlWriteOptions {
  /** The secrets to mask; by default every secret in the environment (secrets/known.ts). */
  secrets?: readonly string[];
}

/**
 * The value as a YAML document (a map or a list at the top, as records are). Takes any object so
 * that a record's own interface can be handed in; what is not plain data is refused with where
 * it sits (`$.changes.features[3]`).
 */
export function writeYaml(value: object, options: YamlWriteOptions = {}): string {
  const chunks: string[] = [];
  writeYamlTo(value, (chunk) => chunks.push(chunk), options);
  return chunks.join("");
}

/** writeYaml's text handed to `out` in chunks of a few thousand pieces, never whole. */
export function writeYamlTo(value: object, out: (chunk: string) => void, options: YamlWriteOptions = {}): void {
  const writer = new YamlWriter(out, options.secrets ?? knownSecrets(process.env));
  if (isMap(value)) {
    const members = entries(value);
    if (members.length === 0) return out("{}\n");
    writer.map(members, 0);
  } else if (isList(value)) {
    if (value.length === 0) return out("[]\n");
    writer.list(value, 0);
  } else {
    throw new TypeError("a YAML record must be a map or a list at the top");
  }
  writer.flush();
}
