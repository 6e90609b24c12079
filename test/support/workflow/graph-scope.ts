import type { TokenPermissions } from "../github/permissions.js";
import type { GitHubContext } from "./github-context.js";
import type { LoadedWorkflow } from "./loader.js";
import type { RunState } from "./run-state.js";

/** One workflow file being run: the top-level workflow, or a reusable workflow called by a job. */
export interface GraphScope {
  run: RunState;
  workflow: LoadedWorkflow;
  /** `release/` and `release / ` inside a call; empty at the top. */
  keyPrefix: string;
  namePrefix: string;
  /** The github context of this file's jobs (job_workflow_sha is this file's commit). */
  github: GitHubContext;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** In a called workflow: what the calling job's token was granted; its jobs may not ask for more. */
  ceiling?: TokenPermissions;
}

/** What a job (all its matrix legs together) leaves for the jobs that need it. */
export interface JobOutcome {
  result: "success" | "failure" | "cancelled" | "skipped";
  outputs: Record<string, string>;
  /** False when a re-run kept the job's earlier success instead of running it. */
  ran: boolean;
}
