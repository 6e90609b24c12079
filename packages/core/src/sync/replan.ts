import { stateBeforePending } from "./endpoints/file-target.js";
import type { TargetEndpoint } from "./endpoints/port.js";
import { planTarget, sourceFilesFor, type TargetPlan } from "./target-plan.js";
import type { Endpoint, SourceSnapshot, SyncConfig } from "./types.js";

/** Observes a target and plans it against the source. */
export async function planTargetFresh(sync: SyncConfig, target: Endpoint, source: SourceSnapshot, endpoint: TargetEndpoint): Promise<TargetPlan> {
  const { files } = sourceFilesFor(source, target, sync.options.manifest);
  const state = await endpoint.observe(new Set(files.keys()));
  return planTarget(sync, target, source, endpoint, state);
}

export interface ApplyChoice {
  sync: SyncConfig;
  target: Endpoint;
  source: SourceSnapshot;
  endpoint: TargetEndpoint;
  /** This target's approved plan hash, when known (from the plan file, or the target chosen). */
  expected: string | undefined;
}

/**
 * The plan an apply works from, when a target shows that an earlier apply reached it:
 * - a folder apply that was interrupted (its manifest notes the changes): planned from the state
 *   before it, the plan is that apply's again, and applying it finishes the rest;
 * - an apply that finished (a trailer on the branch head, or the manifest's stamp) and left
 *   nothing to do: the target counts with that plan's hash, and nothing is redone.
 * Otherwise the plan made from the target as it is now.
 */
export async function chooseForApply(now: TargetPlan, choice: ApplyChoice): Promise<TargetPlan> {
  const state = now.state;
  if (!state) return now;
  const fits = (hash: string) => choice.expected === undefined || choice.expected === hash;
  if (state.pending && fits(state.pending.planHash)) {
    const before = stateBeforePending(state);
    if (before) {
      const resumed = await planTarget(choice.sync, choice.target, choice.source, choice.endpoint, before);
      if (resumed.planHash === state.pending.planHash) return resumed;
    }
  }
  if (state.appliedPlan && now.plan.effects.length === 0 && now.status === "unchanged" && fits(state.appliedPlan) && now.planHash !== choice.expected) {
    return { ...now, planHash: state.appliedPlan, alreadyApplied: true };
  }
  return now;
}
