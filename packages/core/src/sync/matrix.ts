import type { TargetOutput } from "./outputs.js";

/** The most jobs one GitHub Actions matrix may generate. */
export const MATRIX_LIMIT = 256;

/** One target of a shard: which sync, which target, and the plan hash its apply is held to. */
export interface SelectedTarget {
  syncId: string;
  target: string;
  planHash: string;
}

/** A leg of the apply matrix that applies a group of targets, for more targets than a matrix holds. */
export interface ShardLeg {
  /** `2 of 5`: also what the leg is named after. */
  shard: string;
  /** The plan hash over every target, which the approval named; each target keeps its own in `targets`. */
  planHash: string;
  targets: SelectedTarget[];
}

/**
 * The apply matrix: one leg per target (the target's own entry) while they fit in `maxLegs`;
 * beyond that the targets, in order, split into at most `maxLegs` shards of nearly equal size.
 */
export function applyMatrix(targets: readonly TargetOutput[], maxLegs: number, planHash: string): Array<TargetOutput | ShardLeg> {
  if (targets.length <= maxLegs) return [...targets];
  const size = Math.ceil(targets.length / maxLegs);
  const count = Math.ceil(targets.length / size);
  return Array.from({ length: count }, (_, index) => ({
    shard: `${index + 1} of ${count}`,
    planHash,
    targets: targets.slice(index * size, (index + 1) * size).map(({ syncId, target, planHash }) => ({ syncId, target, planHash })),
  }));
}

const PLAN_HASH = /^sha256:[0-9a-f]{64}$/;

/** Reads the `targets` input of a shard leg: a JSON list of { syncId, target, planHash }; a string says what is wrong. */
export function parseTargetSelection(text: string): SelectedTarget[] | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `targets must be a JSON list of { syncId, target, planHash } (a shard of the apply-matrix output): ${(error as Error).message}`;
  }
  if (!Array.isArray(value) || value.length === 0) return "targets must be a non-empty JSON list of { syncId, target, planHash } (a shard of the apply-matrix output)";
  const chosen: SelectedTarget[] = [];
  for (const [index, entry] of value.entries()) {
    const { syncId, target, planHash } = (entry ?? {}) as Record<string, unknown>;
    if (typeof syncId !== "string" || typeof target !== "string" || typeof planHash !== "string" || !PLAN_HASH.test(planHash)) {
      return `targets[${index}] must have syncId, target and planHash (sha256:<64 hex digits>), not ${JSON.stringify(entry)}`;
    }
    chosen.push({ syncId, target, planHash });
  }
  return chosen;
}
