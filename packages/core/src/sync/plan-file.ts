import { ConfigurationError } from "../errors/index.js";
import { canonicalJsonHash, planHash, type Plan } from "../plan/plan.js";
import type { TargetPlan } from "./target-plan.js";

/** The saved plan of a dry-run: every target's plan and hash, and one hash over all of them. */
export interface SyncPlanFile {
  "cadence-sync-plan": 1;
  plan_hash: string;
  created_at: string;
  targets: Array<{ sync_id: string; target: string; plan_hash: string; status: string; plan: Plan }>;
}

/** One hash over the targets' hashes, in the order they were planned: what an approval names. */
export function overallHash(targets: ReadonlyArray<{ syncId: string; targetId: string; planHash: string }>): string {
  return `sha256:${canonicalJsonHash({ sync: targets.map((target) => [target.syncId, target.targetId, target.planHash]) })}`;
}

export function planFileOf(targets: readonly TargetPlan[], createdAt: Date): SyncPlanFile {
  return {
    "cadence-sync-plan": 1,
    plan_hash: overallHash(targets.map((target) => ({ syncId: target.syncId, targetId: target.target.id, planHash: target.planHash }))),
    created_at: createdAt.toISOString(),
    targets: targets.map((target) => ({ sync_id: target.syncId, target: target.target.id, plan_hash: target.planHash, status: target.status, plan: target.plan })),
  };
}

/**
 * Reads a saved plan and checks it is the one the approval names: each target's plan hashes to
 * what it says, and all of them to `expected`. A plan edited after its dry-run is refused.
 */
export function readPlanFile(text: string, where: string, expected: string): SyncPlanFile {
  let file: SyncPlanFile;
  try {
    file = JSON.parse(text) as SyncPlanFile;
  } catch (error) {
    throw new ConfigurationError(`the plan file ${where} is not valid JSON (${(error as Error).message})`);
  }
  if (file?.["cadence-sync-plan"] !== 1 || !Array.isArray(file.targets)) throw new ConfigurationError(`${where} is not a sync plan (the plan.json of a sync dry-run)`);
  for (const target of file.targets) {
    if (planHash(target.plan) !== target.plan_hash) throw new ConfigurationError(`the plan file ${where} was changed after the dry-run: the plan of ${target.target} does not hash to ${target.plan_hash}`);
  }
  const overall = overallHash(file.targets.map((target) => ({ syncId: target.sync_id, targetId: target.target, planHash: target.plan_hash })));
  if (overall !== file.plan_hash) throw new ConfigurationError(`the plan file ${where} was changed after the dry-run: its targets hash to ${overall}, not ${file.plan_hash}`);
  const selected = file.targets.find((target) => target.plan_hash === expected);
  if (overall !== expected && !selected) throw new ConfigurationError(`the plan file ${where} is the plan ${overall}, not ${expected}; pass the plan file of the dry-run that was approved`);
  return file;
}
