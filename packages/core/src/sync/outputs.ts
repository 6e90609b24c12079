import { applyMatrix, MATRIX_LIMIT, type ShardLeg } from "./matrix.js";
import { countChanges } from "./planner.js";
import type { SyncResult } from "./run.js";

/** One target as the action's `targets` output and the CLI's JSON show it: a matrix entry. */
export interface TargetOutput {
  syncId: string;
  target: string;
  type: string;
  base: string;
  add: number;
  modify: number;
  delete: number;
  planHash: string;
  /** Planned: changes, unchanged, conflict, blocked, error; after apply: success, skipped, failed, stale. */
  status: string;
  message?: string;
  conflicts?: string[];
  pullRequest?: string;
  commit?: string;
}

export interface SyncOutputs {
  mode: "dry-run" | "apply";
  planHash: string;
  status: SyncResult["status"];
  changes: boolean;
  counts: { add: number; modify: number; delete: number; total: number };
  targets: TargetOutput[];
  /** The targets an apply has work for: the matrix of a fan-out apply. */
  applyTargets: TargetOutput[];
  /** applyTargets as a matrix: one leg per target, or shards of targets beyond the matrix's limit. */
  applyMatrix: Array<TargetOutput | ShardLeg>;
  failedTargets: string[];
  /** Targets whose smoke command failed after the apply. */
  smokeFailed: string[];
  reportPath: string;
  planPath: string | null;
  diffPath: string;
  syncLogPath: string;
  syncLogPaths: string[];
  /** Dry-run: the folder of sync_log records of the targets that cannot be synced; empty when there are none. */
  unsyncedLogPath: string;
  artifact: string | null;
  /** Who to tell about this result: the syncs' notifications.on_success or on_failure lists. */
  notify: string[];
}

/** What the action sets as outputs and the CLI prints as JSON: the same facts, the same names. */
export function syncOutputs(result: SyncResult, maxMatrixLegs = MATRIX_LIMIT): SyncOutputs {
  const targets: TargetOutput[] = result.targets.map((target) => {
    const counts = countChanges(target.changes);
    const outcome = result.outcomes.get(target);
    const message = outcome?.error ?? target.message;
    return {
      syncId: target.syncId,
      target: target.target.id,
      type: target.target.kind,
      base: target.base,
      ...counts,
      planHash: target.planHash,
      status: outcome?.status ?? target.status,
      ...(message ? { message } : {}),
      ...(target.conflicts.length > 0 ? { conflicts: target.conflicts.map((conflict) => conflict.path) } : {}),
      ...(outcome?.pullRequest ? { pullRequest: outcome.pullRequest } : {}),
      ...(outcome?.commit ? { commit: outcome.commit } : {}),
    };
  });
  const counts = targets.reduce((sum, target) => ({ add: sum.add + target.add, modify: sum.modify + target.modify, delete: sum.delete + target.delete }), { add: 0, modify: 0, delete: 0 });
  const failed = targets.filter((target) => ["error", "conflict", "blocked", "failed", "stale"].includes(target.status)).map((target) => target.target);
  const logs = result.files.syncLogPaths;
  const applyTargets = targets.filter((_, index) => {
    const plan = result.targets[index]!;
    return plan.status === "changes" || (plan.status === "unchanged" && plan.plan.effects.length > 0);
  });
  return {
    mode: result.mode,
    planHash: result.planHash,
    status: result.status,
    // Something to apply: file changes, or only a pull request to close (the source went back).
    changes: applyTargets.length > 0,
    counts: { ...counts, total: counts.add + counts.modify + counts.delete },
    targets,
    applyTargets,
    applyMatrix: applyMatrix(applyTargets, maxMatrixLegs, result.planHash),
    failedTargets: failed,
    smokeFailed: result.targets.filter((plan) => result.outcomes.get(plan)?.smoke?.passed === false).map((plan) => plan.target.id),
    reportPath: result.files.reportPath,
    planPath: result.files.planPath ?? null,
    diffPath: result.files.diffPath,
    syncLogPath: logs.length === 1 ? logs[0]! : logs.length > 0 ? logs[0]!.replace(/\/[^/]+$/, "") : "",
    syncLogPaths: logs,
    unsyncedLogPath: result.files.unsyncedLogPath ?? "",
    artifact: result.files.artifact?.location ?? null,
    notify: result.notify,
  };
}
