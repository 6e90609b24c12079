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
    for (const key of Object.keys(value).sort()) {
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
  return `sha256:${sha256(canonicalJson(plan))}`;
}

/** The plan as markdown for the step summary and the terminal. */
export function renderPlan(plan: Plan, hash: string): string {
  const lines = [`**Plan** for ${plan.action} (\`${hash}\`)`, ""];
  if (plan.effects.length === 0) lines.push("Nothing to do.");
  plan.effects.forEach((effect, index) => lines.push(`${index + 1}. ${effect.summary}`));
  return lines.join("\n");
}
