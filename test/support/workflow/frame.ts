import type { GitHubContext } from "./github-context.js";
import type { LoadedWorkflow } from "./loader.js";
import type { Machine } from "./machine.js";
import type { Masker } from "./masker.js";
import type { StepResult } from "./results.js";
import type { RunState } from "./run-state.js";
import type { Annotation } from "./workflow-commands.js";
import type { Scope } from "./expressions.js";
import { hashFilesIn } from "./hash-files.js";

/** The state of one running job, shared by its steps (and the steps of composite actions inside it). */

export type JobStatus = "success" | "failure" | "cancelled";

export interface StepContextEntry {
  outputs: Record<string, string>;
  outcome: string;
  conclusion: string;
}

export interface PostStep {
  name: string;
  run(): Promise<StepResult>;
}

export interface JobState {
  run: RunState;
  workflow: LoadedWorkflow;
  key: string;
  id: string;
  machine: Machine;
  masker: Masker;
  /** The job's github context (job, token, workspace, job_workflow_sha...); steps add their action fields. */
  github: GitHubContext;
  /** inputs, secrets, vars, needs, matrix, strategy, runner: fixed for the job. */
  contexts: Record<string, unknown>;
  /** Workflow env, job env, then what steps wrote to GITHUB_ENV. */
  env: Record<string, string>;
  defaults: { shell?: string; workingDirectory?: string };
  status: JobStatus;
  /** Aborted when the job is cancelled (fail-fast, the run cancelled, a timeout). */
  signal: AbortSignal;
  token: string;
  /** ACTIONS_* variables the runner gives actions (not run steps): results service, OIDC when id-token: write. */
  runtimeEnv: Record<string, string>;
  postSteps: PostStep[];
  summary: string[];
  annotations: Annotation[];
}

/** Where steps run: the job itself, or a composite action with its own steps, inputs and status. */
export interface Frame {
  job: JobState;
  file: string;
  steps: Record<string, StepContextEntry>;
  status: JobStatus;
  /** Present inside a composite action: its inputs context, folder and the env its step was given. */
  composite?: { inputs: Record<string, string>; actionPath: string; repository: string; ref: string; env: Record<string, string> };
}

export function frameStatus(frame: Frame): JobStatus {
  if (frame.job.signal.aborted) return "cancelled";
  return frame.status;
}

/** What an expression in a step of this frame sees. */
export function stepScope(frame: Frame, github: Record<string, unknown>, env: Record<string, string>): Scope {
  const { job } = frame;
  const contexts: Record<string, unknown> = {
    ...job.contexts,
    github,
    env,
    steps: frame.steps,
    job: { status: frameStatus({ ...frame, status: job.status }) },
  };
  if (frame.composite) {
    contexts.inputs = frame.composite.inputs;
    delete contexts.secrets;
  }
  return {
    contexts,
    status: {
      success: () => frameStatus(frame) === "success",
      failure: () => frameStatus(frame) === "failure",
      cancelled: () => job.signal.aborted,
    },
    hashFiles: (patterns) => hashFilesIn(job.machine.workspace, patterns),
  };
}
