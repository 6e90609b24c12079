import { InputFields } from "../inputs/fields.js";
import { MATRIX_LIMIT, parseTargetSelection, type SelectedTarget } from "./matrix.js";

/** What a caller (the action or the CLI) asks a sync run to do. */
export interface SyncInputs {
  cwd: string;
  mode: "dry-run" | "apply";
  /** The dry-run's plan hash (over all targets, or one target's with `target`). */
  planHash?: string;
  /** The dry-run's plan.json: lets an apply go on with the targets that did not move. */
  planFile?: string;
  syncId?: string;
  target?: string;
  /** Apply: exactly these targets (a shard of the apply matrix), each held to its own plan hash. */
  targets?: SelectedTarget[];
  /** Dry-run: the most legs the apply matrix may have; beyond that the targets are grouped into shards. */
  maxMatrixLegs?: number;
  configPath?: string;
  /** Folder for the report, plan, diff and sync logs (a subfolder per plan hash). */
  outDir?: string;
  /** Who approved the dry-run (needed when a sync sets approval_required). */
  approvedBy?: string;
  /** Name of the uploaded artifact (a suffix with the plan hash is added); empty: no upload. */
  artifactName?: string;
}

export interface RawSyncInputs {
  cwd: string;
  mode?: string;
  planHash?: string;
  planFile?: string;
  syncId?: string;
  target?: string;
  /** JSON list of { syncId, target, planHash }: a shard of the apply matrix. */
  targets?: string;
  maxMatrixLegs?: string;
  configPath?: string;
  outDir?: string;
  approvedBy?: string;
  artifactName?: string;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseSyncInputs(raw: RawSyncInputs): SyncInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const mode = fields.oneOf("mode", raw.mode, ["dry-run", "apply"] as const) ?? "dry-run";
  const inputs: SyncInputs = { cwd: raw.cwd, mode };
  const planHash = fields.planHash("plan-hash", raw.planHash);
  if (planHash !== undefined) inputs.planHash = planHash;
  for (const [key, name, scratch] of [["planFile", "plan-file", true], ["configPath", "config", false], ["outDir", "out-dir", true]] as const) {
    const path = fields.path(name, raw[key], { scratch });
    if (path !== undefined) inputs[key] = path;
  }
  for (const key of ["syncId", "target", "approvedBy"] as const) {
    const clean = fields.text(raw[key]);
    if (clean !== undefined) inputs[key] = clean;
  }
  const legs = fields.text(raw.maxMatrixLegs);
  if (legs !== undefined) {
    if (/^\d+$/.test(legs) && Number(legs) >= 1 && Number(legs) <= MATRIX_LIMIT) inputs.maxMatrixLegs = Number(legs);
    else fields.problem(`max-matrix-legs must be a whole number from 1 to ${MATRIX_LIMIT} (what a matrix holds), not '${legs}'`);
  }
  const selection = fields.text(raw.targets);
  if (selection !== undefined) {
    const parsed = parseTargetSelection(selection);
    if (typeof parsed === "string") fields.problem(parsed);
    else inputs.targets = parsed;
    if (mode !== "apply") fields.problem("targets is for mode apply (a shard of the dry-run's apply-matrix output)");
    for (const [key, name] of [["target", "target"], ["syncId", "sync-id"], ["planFile", "plan-file"]] as const) {
      if (inputs[key] !== undefined) fields.problem(`targets names the sync and target of each entry: leave ${name} out`);
    }
  }
  const artifact = fields.text(raw.artifactName);
  if (artifact !== undefined) {
    if (/^[^"/:<>|*?\\\r\n]+$/.test(artifact)) inputs.artifactName = artifact;
    else fields.problem(`artifact-name must not contain " : < > | * ? / \\ or line breaks, not '${artifact}'`);
  }
  if (mode === "apply" && planHash === undefined && fields.text(raw.planHash) === undefined) {
    fields.problem("apply needs the plan hash of a dry-run (plan-hash): run the dry-run first, review its report, then apply with its plan hash");
  }
  if (mode === "dry-run" && planHash !== undefined) fields.problem("plan-hash is for mode apply; a dry-run makes a new plan (leave plan-hash out, or set mode: apply)");
  fields.check();
  return inputs;
}
