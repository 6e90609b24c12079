import { countChanges } from "./planner.js";
import { diffSummary, type TargetOutcome } from "./report.js";
import type { TargetPlan } from "./target-plan.js";
import type { SyncConfig } from "./types.js";

export interface SyncLogContext {
  sync: SyncConfig;
  targets: readonly TargetPlan[];
  executionId: string;
  executedBy: string;
  planHash: string;
  dryRunAt: string | null;
  /** Where the full diff is (a path in the artifact or the folder). */
  diffRef: string;
  /** The dry-run the approval refers to: plan hash, and the artifact or plan file. */
  dryRunRef: string;
}

export interface ApplyLog {
  startedAt: string;
  completedAt: string | null;
  approvedBy: string | null;
  approvedAt: string;
  outcomes: ReadonlyMap<TargetPlan, TargetOutcome>;
  /** Whether every effect checked done afterwards (the targets hold what the plan said). */
  integrity: boolean;
}

/**
 * The seed's `sync_log` for one sync: `dry_run` filled by the dry-run; `approval`, `execution`
 * and `verification` by the apply. `targets` adds what the seed leaves implicit when one source
 * feeds several targets: each one's base, plan hash, counts, status and errors.
 */
export function syncLogRecord(context: SyncLogContext, apply?: ApplyLog): Record<string, unknown> {
  const counts = context.targets.reduce(
    (sum, target) => {
      const each = countChanges(target.changes);
      return { add: sum.add + each.add, modify: sum.modify + each.modify, delete: sum.delete + each.delete };
    },
    { add: 0, modify: 0, delete: 0 },
  );
  const outcomes = apply?.outcomes;
  const applied = { added: 0, modified: 0, deleted: 0 };
  const errors: string[] = [];
  for (const target of context.targets) {
    const outcome = outcomes?.get(target);
    if (outcome?.status === "success") {
      const each = countChanges(target.changes);
      applied.added += each.add;
      applied.modified += each.modify;
      applied.deleted += each.delete;
    }
    if (outcome && (outcome.status === "failed" || outcome.status === "stale")) errors.push(`${target.target.id}: ${outcome.error ?? outcome.status}`);
    if (!outcome && target.status === "error") errors.push(`${target.target.id}: ${target.message ?? "error"}`);
  }
  const smokes = context.targets.map((target) => outcomes?.get(target)?.smoke).filter((smoke) => smoke !== undefined);
  return {
    sync_log: {
      sync_id: context.sync.syncId,
      execution_id: context.executionId,
      executed_at: apply?.startedAt ?? context.dryRunAt,
      executed_by: context.executedBy,
      plan_hash: context.planHash,
      dry_run: {
        executed_at: context.dryRunAt,
        result: { files_to_add: counts.add, files_to_modify: counts.modify, files_to_delete: counts.delete, total_changes: counts.add + counts.modify + counts.delete },
        diff_summary: diffSummary(context.targets),
        diff_ref: context.diffRef,
      },
      approval: apply
        ? { approved: true, approved_by: apply.approvedBy, approved_at: apply.approvedAt, dry_run_ref: context.dryRunRef, approver_role: context.sync.options.approver ?? null }
        : { approved: false, approved_by: null, approved_at: null, dry_run_ref: context.dryRunRef, approver_role: context.sync.options.approver ?? null },
      execution: apply
        ? { started_at: apply.startedAt, completed_at: apply.completedAt, status: executionStatus(context.targets, outcomes!), changes_applied: applied, errors }
        : { started_at: null, completed_at: null, status: null, changes_applied: { added: 0, modified: 0, deleted: 0 }, errors },
      verification: apply
        ? {
            smoke_tests_passed: smokes.length === 0 ? null : smokes.every((smoke) => smoke.passed),
            integrity_verified: apply.integrity,
            notes: smokes.length === 0 ? (context.sync.options.smoke ? "no smoke command ran (no target was applied, or an api target has no local copy)" : "no smoke command configured") : null,
          }
        : { smoke_tests_passed: null, integrity_verified: null, notes: "dry-run: nothing was changed" },
      notifications: {
        on_success: context.sync.notifications.onSuccess,
        on_failure: context.sync.notifications.onFailure,
        due: notificationsDue(context.sync, context.targets, outcomes),
      },
      targets: context.targets.map((target) => {
        const each = countChanges(target.changes);
        const outcome = outcomes?.get(target);
        return {
          target: target.target.id,
          type: target.target.kind,
          branch: target.target.branch ?? null,
          base: target.base || null,
          plan_hash: target.planHash,
          planned: target.status,
          status: outcome?.status ?? (target.status === "error" ? "failed" : "planned"),
          files_to_add: each.add,
          files_to_modify: each.modify,
          files_to_delete: each.delete,
          conflicts: target.conflicts.map((conflict) => `${conflict.path}: ${conflict.reason}`),
          ...(outcome?.pullRequest ? { pull_request: outcome.pullRequest } : {}),
          ...(outcome?.commit ? { commit: outcome.commit } : {}),
          errors: outcome?.error ? [outcome.error] : target.status === "error" || target.status === "blocked" ? [target.message ?? target.status] : [],
        };
      }),
    },
  };
}

/** The targets a dry-run found cannot be synced: a conflict under conflict_strategy fail, blocked, or not plannable. */
export function unsyncable(target: TargetPlan): boolean {
  return target.status === "conflict" || target.status === "blocked" || target.status === "error";
}

/**
 * The `sync_log` of targets the dry-run found cannot be synced (see unsyncable): never applied,
 * so `execution` is failed with each target's reason, and each target's status says why
 * (conflict with the files named, blocked, failed). The sync workflow gathers it with the
 * applied targets' records, so the collected log accounts for every target of the plan.
 */
export function unsyncedLogRecord(context: SyncLogContext): Record<string, unknown> {
  const record = syncLogRecord(context).sync_log as Record<string, unknown> & { targets: Array<Record<string, unknown>> };
  const reason = (target: TargetPlan) => `${target.target.id}: ${target.status}: ${target.message ?? target.status}`;
  return {
    sync_log: {
      ...record,
      execution: { started_at: null, completed_at: null, status: "failed", changes_applied: { added: 0, modified: 0, deleted: 0 }, errors: context.targets.map(reason) },
      verification: { smoke_tests_passed: null, integrity_verified: null, notes: "not applied: the dry-run found these targets cannot be synced" },
      targets: record.targets.map((entry, index) => {
        const target = context.targets[index]!;
        return { ...entry, status: target.status === "error" ? "failed" : target.status, errors: [target.message ?? target.status] };
      }),
    },
  };
}

/** success: every target applied (or had nothing to do); failed: none did; partial: some. */
export function executionStatus(targets: readonly TargetPlan[], outcomes: ReadonlyMap<TargetPlan, TargetOutcome>): "success" | "partial" | "failed" {
  const results = targets.map((target) => outcomes.get(target)?.status ?? "failed");
  const good = results.filter((status) => status === "success" || status === "skipped").length;
  if (good === results.length) return "success";
  return good === 0 ? "failed" : "partial";
}

/**
 * Whom a run's result calls for, from the sync's `notifications`: `on_failure` when a target
 * failed or cannot be planned (error, conflict, blocked), `on_success` after an apply that
 * succeeded; a dry-run that can go ahead calls for no one. The workflow sends them (`notify`).
 */
export function notificationsDue(
  sync: SyncConfig,
  targets: readonly TargetPlan[],
  outcomes: ReadonlyMap<TargetPlan, TargetOutcome> | undefined,
): string[] {
  const { onSuccess, onFailure } = sync.notifications;
  const own = targets.filter((target) => target.syncId === sync.syncId);
  if (own.length === 0) return [];
  if (outcomes) return executionStatus(own, outcomes) === "success" ? onSuccess : onFailure;
  return own.some((target) => ["error", "conflict", "blocked"].includes(target.status)) ? onFailure : [];
}
