import { createHash } from "node:crypto";
import { TextDigest, TextSource } from "./text-source.js";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One step of a plan. `kind` picks the handler that carries it out; `id` is stable across runs. */
export interface Effect {
  kind: string;
  id: string;
  /** One line for people: what this effect does. */
  summary: string;
  /** Data, or a file's text made when it is read and its digest (written into the plan's JSON as that text and that digest). */
  [field: string]: JsonValue | TextSource | TextDigest;
}

/** What an action means to do, and the observations it relied on. */
export interface Plan {
  action: string;
  formatVersion: 1;
  /** The state the plan was made from (HEAD, tags, digests of files it edits, ...). */
  observations: { [key: string]: JsonValue };
  effects: Effect[];
}

/** JSON with keys sorted at every level and no whitespace: one plan, one text, one hash. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonicalJson(value, (text) => parts.push(text));
  return parts.join("");
}

export function sha256(text: string | Buffer | TextSource): string {
  if (text instanceof TextSource) return text.sha256();
  const hash = createHash("sha256");
  if (typeof text === "string" && text.length > PIECE) for (const piece of pieces(text)) hash.update(piece);
  else hash.update(text);
  return hash.digest("hex");
}

/**
 * Strings longer than this (whole files in a plan) are encoded and escaped a piece at a time, so
 * that hashing a 10 MB CHANGELOG does not make a 10 MB copy of it first.
 */
const PIECE = 1 << 16;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The text in pieces of about PIECE characters, never cutting a surrogate pair in two. */
export function* pieces(text: string, size = PIECE): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end += end - start > 1 ? -1 : 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** `sha256:<hex>` of the plan's canonical JSON. */
export function planHash(plan: Plan): string {
  return `sha256:${canonicalJsonHash(plan)}`;
}

/**
 * sha256(canonicalJson(value)), with the text fed to the hash piece by piece as writeCanonicalJson
 * makes it: a plan that carries whole files (a CHANGELOG of 100k commits is megabytes) never
 * becomes one more string of them all.
 */
export function canonicalJsonHash(value: unknown): string {
  const hash = createHash("sha256");
  writeCanonicalJson(value, (text) => hash.update(text));
  return hash.digest("hex");
}

/**
 * The canonical JSON of a value, in pieces: what `JSON.stringify` would write for a copy of the
 * value with its keys sorted (own enumerable keys of any object; undefined, functions and symbols
 * left out of objects and written as null in arrays).
 */
function writeCanonicalJson(value: unknown, write: (text: string) => void): void {
  if (value instanceof TextSource) {
    // Its pieces never cut a surrogate pair: escaped one by one, they read as the whole text would.
    // The same reading works out its digest, for a TextDigest that comes later.
    write('"');
    value.each((piece) => write(JSON.stringify(piece).slice(1, -1)), true);
    write('"');
    return;
  }
  if (value instanceof TextDigest) {
    write(JSON.stringify(value.source.sha256()));
    return;
  }
  if (Array.isArray(value)) {
    write("[");
    // A plain loop: holes, undefined, functions and symbols in an array are written as null.
    for (let index = 0; index < value.length; index++) {
      if (index > 0) write(",");
      const item: unknown = value[index];
      if (leftOut(item)) write("null");
      else writeCanonicalJson(item, write);
    }
    write("]");
    return;
  }
  if (value !== null && typeof value === "object") {
    write("{");
    let first = true;
    for (const key of keyOrder(value)) {
      const field = (value as Record<string, unknown>)[key];
      if (leftOut(field)) continue;
      write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      writeCanonicalJson(field, write);
    }
    write("}");
    return;
  }
  if (typeof value === "string" && value.length > PIECE) {
    // The same text JSON.stringify writes: each piece escaped on its own, pairs kept whole.
    write('"');
    for (const piece of pieces(value)) write(JSON.stringify(piece).slice(1, -1));
    write('"');
    return;
  }
  write(JSON.stringify(value));
}

/**
 * The order the canonical JSON has always written an object's keys in, as `JSON.stringify` of a
 * key-sorted copy enumerated them: sorted, then integer-like keys such as "9" and "10" first, in
 * numeric order (as any object holding them enumerates them).
 */
function keyOrder(value: object): string[] {
  const sorted: Record<string, true> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = true;
  return Object.keys(sorted);
}

const leftOut = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/** The plan as markdown for the step summary and the terminal. */
export function renderPlan(plan: Plan, hash: string): string {
  const lines = [`**Plan** for ${plan.action} (\`${hash}\`)`, ""];
  if (plan.effects.length === 0) lines.push("Nothing to do.");
  plan.effects.forEach((effect, index) => lines.push(`${index + 1}. ${effect.summary}`));
  return lines.join("\n");
}
