import { createHash } from "node:crypto";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One step of a plan. `kind` picks the handler that carries it out; `id` is stable across runs. */
export interface Effect {
  kind: string;
  id: string;
  /** One line for people: what this effect does. */
  summary: string;
  [field: string]: JsonValue;
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
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of keyOrder(value)) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) sorted[key] = sortKeys(field);
    }
    return sorted;
  }
  return value;
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `sha256:<hex>` of the plan's canonical JSON. */
export function planHash(plan: Plan): string {
  return `sha256:${canonicalJsonHash(plan)}`;
}

/**
 * sha256(canonicalJson(value)), with the text fed to the hash piece by piece: a plan that carries
 * whole files (a CHANGELOG of 100k commits is megabytes) never becomes one more string of them all.
 */
export function canonicalJsonHash(value: unknown): string {
  const hash = createHash("sha256");
  writeCanonicalJson(value, (text) => hash.update(text));
  return hash.digest("hex");
}

/** Writes what canonicalJson returns, in pieces, following JSON.stringify's rules for what it leaves out. */
function writeCanonicalJson(value: unknown, write: (text: string) => void): void {
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
  write(JSON.stringify(value));
}

/**
 * The order canonicalJson writes an object's keys in: sorted, then as an object holding them
 * enumerates them (integer-like keys such as "10" and "9" first, in numeric order). Built the same
 * way rather than reasoned out, so the two cannot drift.
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
