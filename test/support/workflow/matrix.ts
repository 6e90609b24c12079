import type { Node } from "./tokens.js";

/**
 * `strategy:` as GitHub expands it: the cross product of the matrix's vectors in key order,
 * `exclude` removing the combinations it matches (partially), `include` extending every
 * combination whose original values it does not contradict, or added on its own when it
 * extends none; fail-fast true and no max-parallel limit unless said otherwise.
 */

export interface Strategy {
  legs: Array<Record<string, unknown>>;
  failFast: boolean;
  maxParallel: number;
  /** False when there is no `matrix:` (one leg, no matrix context). */
  isMatrix: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function expandStrategy(value: unknown, node: Node): Strategy {
  if (value === undefined || value === null) return { legs: [{}], failFast: true, maxParallel: Infinity, isMatrix: false };
  if (typeof value !== "object" || Array.isArray(value)) throw node.error("strategy must be a mapping");
  const strategy = value as Record<string, unknown>;
  for (const key of Object.keys(strategy)) if (!["matrix", "fail-fast", "max-parallel"].includes(key)) throw node.error(`strategy.${key} is not supported by the local workflow runner`);
  const failFast = strategy["fail-fast"] === undefined ? true : strategy["fail-fast"] === true || strategy["fail-fast"] === "true";
  const maxParallel = strategy["max-parallel"] === undefined ? Infinity : Number(strategy["max-parallel"]);
  if (!(maxParallel >= 1)) throw node.error(`strategy.max-parallel must be a number of at least 1, not ${JSON.stringify(strategy["max-parallel"])}`);
  const matrix = strategy.matrix;
  if (matrix === undefined) return { legs: [{}], failFast, maxParallel, isMatrix: false };
  if (typeof matrix !== "object" || matrix === null || Array.isArray(matrix)) throw node.error(`strategy.matrix must be a mapping, not ${JSON.stringify(matrix)}`);
  const { include = [], exclude = [], ...vectors } = matrix as Record<string, unknown>;
  if (!Array.isArray(include) || !Array.isArray(exclude)) throw node.error("strategy.matrix include and exclude must be sequences");
  let legs: Array<Record<string, unknown>> = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw node.error(`Matrix vector '${key}' must be a sequence, not ${JSON.stringify(values)}`);
    if (values.length === 0) throw node.error(`Matrix vector '${key}' does not contain any values`);
    legs = legs.flatMap((leg) => values.map((item) => ({ ...leg, [key]: item })));
  }
  if (Object.keys(vectors).length === 0) legs = [];
  legs = legs.filter((leg) => !exclude.some((rule) => Object.entries(rule as Record<string, unknown>).every(([key, item]) => same(leg[key], item))));
  const original = Object.keys(vectors);
  const originals = legs.map((leg) => ({ ...leg }));
  // Only the combinations of the vectors take an include; one an include added is never extended
  // by a later one (GitHub's docs: {fruit: banana, animal: cat} is not added to {fruit: banana}).
  const combined = legs.slice();
  for (const entry of include as Array<Record<string, unknown>>) {
    let matched = false;
    combined.forEach((leg, index) => {
      const base = originals[index]!;
      if (Object.entries(entry).every(([key, item]) => !original.includes(key) || same(base[key], item))) {
        Object.assign(leg, entry);
        matched = true;
      }
    });
    if (!matched) legs.push({ ...entry });
  }
  if (legs.length === 0) throw node.error("Matrix must define at least one vector");
  return { legs, failFast, maxParallel, isMatrix: true };
}

/** `name (a, b)`: the values of a leg, as GitHub shows them after a job's name. */
export function legSuffix(leg: Record<string, unknown>): string {
  const flat = (value: unknown): string[] => (value !== null && typeof value === "object" ? Object.values(value).flatMap(flat) : [String(value)]);
  return `(${Object.values(leg).flatMap(flat).join(", ")})`;
}
