import type { GitHubEmulator } from "../github/server.js";
import type { ConcurrencyGroups } from "./concurrency-groups.js";
import type { GitOrigin } from "./git-origin.js";
import type { DefaultPermissions } from "./permissions.js";
import type { WorkflowRunResult } from "./results.js";

/** How a test starts a run: the workflow, the event, the repository and the world around it. */

export type InputValue = string | boolean | number;

export type WorkflowEvent =
  | { name: "workflow_dispatch"; inputs?: Record<string, InputValue> }
  | { name: "push"; payload?: Record<string, unknown> }
  | { name: "schedule"; cron: string }
  /** Runs a reusable workflow as if called: `trigger` is the caller's event (a dispatch by default). */
  | {
      name: "workflow_call";
      inputs?: Record<string, InputValue>;
      secrets?: Record<string, string>;
      inheritSecrets?: boolean;
      callerPermissions?: "read-all" | "write-all" | Record<string, string>;
      trigger?: WorkflowEvent;
    };

export type ApprovalDecision = "approve" | "reject";

export interface ApprovalRequest {
  environment: string;
  /** The job waiting, by key (`release/approve`). */
  job: string;
  url?: string;
}

export type Approval = ApprovalDecision | ((request: ApprovalRequest) => ApprovalDecision | Promise<ApprovalDecision>);

export interface EnvironmentSetup {
  /** Required reviewers: the scripted decision. Without one the environment is unprotected and the job goes on. */
  approval?: Approval;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
}

export interface RunWorkflowOptions {
  /** The workflow file: relative to the repository root (`.github/workflows/release.yml`) or absolute. */
  workflow: string;
  /** Where the file lives in the run's repository, for github.workflow / workflow_ref (default `.github/workflows/<file name>`). */
  workflowPath?: string;
  event: WorkflowEvent;
  /** The folder standing for the run's repository when a job calls `./.github/workflows/x.yml` (default: this checkout). */
  workflowRoot?: string;
  /** owner/name: hosted by `origin` (for checkout) and known to `github` (the emulator). */
  repository: string;
  github: GitHubEmulator;
  origin: GitOrigin;
  /** The ref the run is for (default `refs/heads/<default branch>`) and its commit (default: the ref's head in the origin). */
  ref?: string;
  sha?: string;
  actor?: string;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  environments?: Record<string, EnvironmentSetup>;
  /** Shorthand for `environments[name].approval`. */
  approvals?: Record<string, Approval>;
  /** The repository's "Workflow permissions" setting (default restricted, GitHub's default for new repositories). */
  defaultPermissions?: DefaultPermissions;
  /** Variables the runner machine itself adds to every job, like a runner's `.env` file (e.g. an npm registry for Verdaccio). */
  runnerEnv?: Record<string, string>;
  /** `with:` keys an action does not declare: GitHub warns; the local runner fails the step unless this is false. */
  strictInputs?: boolean;
  /** Keep the run's folders (workspaces, homes, artifacts) after the run; by default they are removed. */
  keep?: boolean;
  /** Shared by runs that must see each other's concurrency groups (queue or cancel); without it groups are only recorded. */
  concurrencyGroups?: ConcurrencyGroups;
  /** Cancels the run, as pressing "Cancel workflow" does. */
  signal?: AbortSignal;
  runId?: number;
  runNumber?: number;
  /**
   * "Re-run failed jobs" of an earlier run of the same workflow and event (pass the same options
   * otherwise): jobs that succeeded keep their results and outputs, the others and everything
   * that needs them run again, with the same run id and the next run attempt.
   */
  rerunFailedOf?: WorkflowRunResult;
}
