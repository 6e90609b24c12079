import type { TokenPermissions } from "../github/permissions.js";
import type { OriginRequest } from "./git-origin.js";
import type { Annotation } from "./workflow-commands.js";

/** What a run left behind, per job and step, for tests to assert on. */

export type Conclusion = "success" | "failure" | "cancelled" | "skipped";

export interface StepResult {
  /** The step's id, or the one GitHub generates (`__run`, `__actions_checkout`, ...). */
  id: string;
  name: string;
  uses?: string;
  outcome: Conclusion;
  /** The outcome after continue-on-error: a failed step that may fail concludes success. */
  conclusion: Conclusion;
  outputs: Record<string, string>;
  /** What the step printed, every secret and ::add-mask:: value replaced by ***. */
  log: string;
  annotations: Annotation[];
  /** Its GITHUB_STEP_SUMMARY, masked. */
  summary: string;
  /** Why it failed, when it did (exit code, an expression error, a refused input...). */
  error?: string;
  /** The steps of a composite action. */
  steps?: StepResult[];
}

export interface EnvironmentDecision {
  name: string;
  url?: string;
  /** approved/rejected by a reviewer; unprotected when the environment has no required reviewers. */
  decision: "approved" | "rejected" | "unprotected";
}

export interface JobToken {
  /** The GITHUB_TOKEN value (masked in logs; revoked when the job ended). */
  value: string;
  permissions: TokenPermissions;
}

export interface JobResult {
  /** Path of job ids through called workflows, `release/plan`; a matrix leg adds its values: `test (1, a)`. */
  key: string;
  id: string;
  /** The name GitHub shows: `release / plan`, `test (1, a)`. */
  name: string;
  matrix?: Record<string, unknown>;
  /** The job's own result; with job-level continue-on-error a failed job still concludes success. */
  result: Conclusion;
  conclusion: Conclusion;
  outputs: Record<string, string>;
  steps: StepResult[];
  summary: string;
  annotations: Annotation[];
  environment?: EnvironmentDecision;
  token?: JobToken;
  concurrency?: { group: string; cancelInProgress: boolean };
  /** Why the job failed outside its steps (a rejected environment, an expression, a refused permission). */
  error?: string;
  /** The job's folders; removed with the run unless `keep` was asked. */
  workspace?: string;
  /** The run attempt that produced this result (an earlier one when a re-run kept it). */
  attempt: number;
}

/** A job's result before it runs: success until something says otherwise. */
export function newJobResult(fields: { key: string; id: string; name: string; matrix?: Record<string, unknown>; attempt: number }): JobResult {
  const { matrix, ...rest } = fields;
  return { ...rest, ...(matrix ? { matrix } : {}), result: "success", conclusion: "success", outputs: {}, steps: [], summary: "", annotations: [] };
}

export interface WorkflowRunResult {
  conclusion: Exclude<Conclusion, "skipped">;
  runId: number;
  attempt: number;
  /** The ref and commit the run is for (GITHUB_REF, GITHUB_SHA); a re-run keeps them. */
  ref: string;
  sha: string;
  jobs: JobResult[];
  /** A job by key (`plan`, `release/plan`, `test (1, a)`); throws when there is none, listing the keys. */
  job(key: string): JobResult;
  /** `on.workflow_call.outputs` when the run was a call, else empty. */
  outputs: Record<string, string>;
  /** Uploaded artifacts, a folder per name. */
  artifactsDir: string;
  originRequests: OriginRequest[];
  concurrency: Array<{ scope: string; group: string; cancelInProgress: boolean }>;
  /** Why the run failed before or outside its jobs (an invalid call, a permission above the caller's). */
  error?: string;
}
