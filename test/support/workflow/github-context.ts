import type { RunWorkflowOptions, WorkflowEvent } from "./options.js";

/**
 * The `github` context and the GITHUB_* variables a hosted runner derives from it. One base per
 * run (event, ref, sha, repository, server and API URLs); each job adds its job id, token,
 * workspace and job_workflow_sha, each step its action and file-command paths.
 */

export type GitHubContext = Record<string, unknown> & {
  event: Record<string, unknown>;
  event_name: string;
  ref: string;
  sha: string;
  repository: string;
};

export interface RunIdentity {
  runId: number;
  runNumber: number;
  runAttempt: number;
  /** The workflow's `name:` (or its path when it has none) and its path in the repository. */
  workflowName: string;
  workflowPath: string;
  defaultBranch: string;
  repositoryId: number;
  ownerId: number;
  private: boolean;
  serverUrl: string;
  apiUrl: string;
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, "");
}

/** The event a top-level run starts with (for a direct workflow_call run, its trigger). */
export function triggerOf(event: WorkflowEvent): Exclude<WorkflowEvent, { name: "workflow_call" }> {
  if (event.name !== "workflow_call") return event;
  return event.trigger ? triggerOf(event.trigger) : { name: "workflow_dispatch", inputs: {} };
}

export function baseGithubContext(options: RunWorkflowOptions, identity: RunIdentity, ref: string, sha: string): GitHubContext {
  const trigger = triggerOf(options.event);
  const [owner = "", name = ""] = options.repository.split("/");
  const actor = options.actor ?? "octocat";
  const repository = {
    id: identity.repositoryId,
    name,
    full_name: options.repository,
    private: identity.private,
    owner: { login: owner, id: identity.ownerId, type: "Organization" },
    default_branch: identity.defaultBranch,
    html_url: `${identity.serverUrl}/${options.repository}`,
    clone_url: `${identity.serverUrl}/${options.repository}.git`,
  };
  const sender = { login: actor, id: 583231, type: "User" };
  let event: Record<string, unknown>;
  if (trigger.name === "workflow_dispatch") {
    // github.event.inputs holds strings (the inputs context keeps the types).
    const inputs = Object.fromEntries(Object.entries(trigger.inputs ?? {}).map(([key, value]) => [key, String(value)]));
    event = { inputs, ref, repository, sender, workflow: identity.workflowPath };
  } else if (trigger.name === "push") {
    const push = { ref, before: "0".repeat(40), after: sha, created: false, deleted: false, forced: false, base_ref: null, commits: [], head_commit: null };
    event = { ...push, pusher: { name: actor }, repository, sender, ...trigger.payload };
  } else {
    event = { schedule: trigger.cron, repository, sender, workflow: identity.workflowPath };
  }
  return {
    event,
    event_name: trigger.name,
    ref,
    ref_name: refName(ref),
    ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch",
    ref_protected: false,
    sha,
    repository: options.repository,
    repository_id: String(identity.repositoryId),
    repository_owner: owner,
    repository_owner_id: String(identity.ownerId),
    repositoryUrl: `git://${new URL(identity.serverUrl).host}/${options.repository}.git`,
    actor,
    actor_id: "583231",
    triggering_actor: actor,
    base_ref: "",
    head_ref: "",
    run_id: String(identity.runId),
    run_number: String(identity.runNumber),
    run_attempt: String(identity.runAttempt),
    retention_days: "90",
    secret_source: "Actions",
    server_url: identity.serverUrl,
    api_url: identity.apiUrl,
    graphql_url: `${identity.apiUrl}/graphql`,
    workflow: identity.workflowName,
    workflow_ref: `${options.repository}/${identity.workflowPath}@${ref}`,
    workflow_sha: sha,
  };
}

/** The files a step writes to talk to the runner, fresh for each step. */
export interface StepFiles {
  output: string;
  env: string;
  path: string;
  state: string;
  summary: string;
}

/** The GITHUB_* variables of a step, from its github context (the runner sets these after the step's own env, so they win). */
export function githubVariables(github: Record<string, unknown>, files: StepFiles): Record<string, string> {
  const text = (key: string) => (github[key] === undefined || github[key] === null ? "" : String(github[key]));
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: text("action"),
    GITHUB_ACTION_PATH: text("action_path"),
    GITHUB_ACTION_REPOSITORY: text("action_repository"),
    GITHUB_ACTION_REF: text("action_ref"),
    GITHUB_ACTOR: text("actor"),
    GITHUB_ACTOR_ID: text("actor_id"),
    GITHUB_API_URL: text("api_url"),
    GITHUB_BASE_REF: text("base_ref"),
    GITHUB_ENV: files.env,
    GITHUB_EVENT_NAME: text("event_name"),
    GITHUB_EVENT_PATH: text("event_path"),
    GITHUB_GRAPHQL_URL: text("graphql_url"),
    GITHUB_HEAD_REF: text("head_ref"),
    GITHUB_JOB: text("job"),
    GITHUB_OUTPUT: files.output,
    GITHUB_PATH: files.path,
    GITHUB_REF: text("ref"),
    GITHUB_REF_NAME: text("ref_name"),
    GITHUB_REF_PROTECTED: text("ref_protected"),
    GITHUB_REF_TYPE: text("ref_type"),
    GITHUB_REPOSITORY: text("repository"),
    GITHUB_REPOSITORY_ID: text("repository_id"),
    GITHUB_REPOSITORY_OWNER: text("repository_owner"),
    GITHUB_REPOSITORY_OWNER_ID: text("repository_owner_id"),
    GITHUB_RETENTION_DAYS: text("retention_days"),
    GITHUB_RUN_ATTEMPT: text("run_attempt"),
    GITHUB_RUN_ID: text("run_id"),
    GITHUB_RUN_NUMBER: text("run_number"),
    GITHUB_SERVER_URL: text("server_url"),
    GITHUB_SHA: text("sha"),
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_TRIGGERING_ACTOR: text("triggering_actor"),
    GITHUB_WORKFLOW: text("workflow"),
    GITHUB_WORKFLOW_REF: text("workflow_ref"),
    GITHUB_WORKFLOW_SHA: text("workflow_sha"),
    GITHUB_WORKSPACE: text("workspace"),
  };
}
