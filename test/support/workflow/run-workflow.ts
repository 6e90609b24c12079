import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { callInputs, callOutputs, callSecrets, checkCeiling } from "./call.js";
import { jobConcurrency } from "./concurrency.js";
import { messageOf, WorkflowError } from "./errors.js";
import { baseGithubContext, triggerOf, type GitHubContext } from "./github-context.js";
import type { GraphScope } from "./graph-scope.js";
import { runGraph } from "./graph.js";
import { loadWorkflow, type LoadedWorkflow } from "./loader.js";
import { Masker } from "./masker.js";
import type { InputValue, RunWorkflowOptions } from "./options.js";
import { permissionsOf, repositoryDefault } from "./permissions.js";
import type { JobResult, WorkflowRunResult } from "./results.js";
import { RunnerServices } from "./runner-services.js";
import { runFolders, toolkitCommit, toolkitGitDir, TOOLKIT_REPOSITORY, type RunState } from "./run-state.js";
import { checkWorkflow } from "./static-check.js";
import { originAccess } from "./origin-access.js";
import { dispatchInputs } from "./dispatch.js";

/**
 * Runs a workflow file on this machine the way GitHub runs it for an event (see README.md).
 * Resolves when every job is done; a workflow GitHub would refuse to start concludes failure
 * with `error` set; a construct the local runner does not implement throws a WorkflowError.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
  const workflow = await loadWorkflow(options.workflow);
  await checkWorkflow(workflow, { workflowRoot: options.workflowRoot });
  const { github: emulator, origin } = options;
  const repo = emulator.state.repo(...(options.repository.split("/") as [string, string]));
  if (!repo) throw new WorkflowError(`the emulator knows no repository ${options.repository} (emulator.state.addRepo first)`);
  const gitDir = origin.gitDir(options.repository);
  if (!gitDir) throw new WorkflowError(`the origin does not host ${options.repository} (origin.host("${options.repository}", bareRepo) first)`);
  if (!origin.gitDir(TOOLKIT_REPOSITORY)) origin.host(TOOLKIT_REPOSITORY, toolkitGitDir(), { readOnly: true });
  // A re-run is for the commit of the run it re-runs, however far the branch moved since (as on GitHub).
  const earlier = options.rerunFailedOf;
  const ref = options.ref ?? earlier?.ref ?? `refs/heads/${repo.defaultBranch}`;
  const sha = options.sha ?? earlier?.sha ?? execFileSync("git", ["rev-parse", `${ref}^{commit}`], { cwd: gitDir, encoding: "utf8" }).trim();

  const root = mkdtempSync(join(tmpdir(), "workflow-run-"));
  const folders = runFolders(root);
  const services = await RunnerServices.start(folders.artifacts);
  const masker = new Masker();
  for (const value of Object.values(options.secrets ?? {})) masker.add(value);
  for (const environment of Object.values(options.environments ?? {})) for (const value of Object.values(environment.secrets ?? {})) masker.add(value);
  // Cancelled by the test's signal, or by a newer run of its concurrency group.
  const canceller = new AbortController();
  const cancelled = options.signal ? AbortSignal.any([options.signal, canceller.signal]) : canceller.signal;
  let jobNumber = 0;
  const run: RunState = {
    options,
    root,
    ...folders,
    masker,
    services,
    jobs: [],
    concurrency: [],
    runId: options.rerunFailedOf?.runId ?? options.runId ?? 4242,
    runNumber: options.runNumber ?? 1,
    attempt: (options.rerunFailedOf?.attempt ?? 0) + 1,
    cancelled,
    toolkitSha: toolkitCommit(),
    nextJobNumber: () => ++jobNumber,
  };
  // Job tokens are checked on git requests too; installed once per emulator, so runs side by side share it.
  if (origin.accessGuard !== emulator) {
    origin.access = originAccess(emulator, origin.access);
    origin.accessGuard = emulator;
  }
  const result: WorkflowRunResult = {
    conclusion: "success",
    runId: run.runId,
    attempt: run.attempt,
    ref,
    sha,
    jobs: run.jobs,
    job: (key) => findJob(run.jobs, key, result.error),
    outputs: {},
    artifactsDir: run.artifactsDir,
    originRequests: origin.requests,
    concurrency: run.concurrency,
  };
  let leave = () => {};
  try {
    const workflowPath = options.workflowPath ?? `.github/workflows/${basename(workflow.absolutePath)}`;
    const workflowName = workflow.root.entries("workflow").get("name")?.literal("name") ?? workflowPath;
    const identity = {
      runId: run.runId,
      runNumber: run.runNumber,
      runAttempt: run.attempt,
      workflowName,
      workflowPath,
      defaultBranch: repo.defaultBranch,
      repositoryId: repo.id,
      ownerId: 9919,
      private: repo.private,
      serverUrl: origin.serverUrl,
      apiUrl: emulator.url,
    };
    const github = baseGithubContext(options, identity, ref, sha);
    const graph = await startGraph(run, workflow, github);
    const workflowConcurrency = jobConcurrency(workflow.root.entries("workflow").get("concurrency"), { contexts: { github: graph.github, inputs: graph.inputs, vars: { ...options.vars } } });
    if (workflowConcurrency) {
      run.concurrency.push({ scope: "(workflow)", ...workflowConcurrency });
      const groups = options.concurrencyGroups;
      if (groups && !(await groups.enter(workflowConcurrency.group, `run ${run.runId}`, workflowConcurrency.cancelInProgress, () => canceller.abort()))) {
        result.conclusion = "cancelled";
        result.error = `Canceling since a higher priority waiting request for ${workflowConcurrency.group} exists`;
        return result;
      }
      leave = () => groups?.leave(workflowConcurrency.group, `run ${run.runId}`);
    }
    const outcomes = await runGraph(graph);
    const results = [...outcomes.values()].map((outcome) => outcome.result);
    result.conclusion = cancelled.aborted ? "cancelled" : results.includes("failure") ? "failure" : results.includes("cancelled") ? "cancelled" : "success";
    if (options.event.name === "workflow_call") {
      const jobs = Object.fromEntries([...outcomes].map(([id, outcome]) => [id, { result: outcome.result, outputs: outcome.outputs }]));
      result.outputs = callOutputs(workflow, { contexts: { github: graph.github, inputs: graph.inputs, vars: { ...options.vars }, jobs } });
    }
  } catch (error) {
    result.conclusion = "failure";
    result.error = masker.mask(messageOf(error));
  } finally {
    leave();
    await services.close();
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
  return result;
}

/** The top-level graph: the event's inputs and secrets, and for a direct call the caller's grant as ceiling. */
async function startGraph(run: RunState, workflow: LoadedWorkflow, base: GitHubContext): Promise<GraphScope> {
  const { options } = run;
  const event = options.event;
  const secrets = { ...options.secrets };
  const vars = { ...options.vars };
  if (event.name !== "workflow_call") {
    const trigger = triggerOf(event);
    if (!(trigger.name in workflow.template.events)) throw new WorkflowError(`Workflow does not have '${trigger.name}' trigger`, workflow.file);
    if (trigger.name === "schedule" && !(workflow.template.events.schedule ?? []).some((entry) => entry.cron === trigger.cron)) {
      throw new WorkflowError(`the workflow has no schedule '${trigger.cron}'`, workflow.file);
    }
    const inputs = trigger.name === "workflow_dispatch" ? dispatchInputs(workflow, trigger.inputs ?? {}, { contexts: { github: base, inputs: {}, vars } }) : {};
    const github = { ...base, job_workflow_sha: base.sha };
    // The payload carries every input as a string, defaults filled in, as "Run workflow" sends them.
    if (trigger.name === "workflow_dispatch") github.event = { ...base.event, inputs: Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, String(value)])) };
    return { run, workflow, keyPrefix: "", namePrefix: "", github, inputs, secrets };
  }
  if (!workflow.template.events.workflow_call) throw new WorkflowError("the workflow has no on.workflow_call trigger", workflow.file);
  const github = { ...base, job_workflow_sha: run.toolkitSha };
  const ceiling = event.callerPermissions === undefined ? repositoryDefault(options.defaultPermissions ?? "restricted") : permissionsOf(event.callerPermissions);
  checkCeiling(workflow, ceiling);
  const inputs = callInputs(workflow, (event.inputs ?? {}) as Record<string, InputValue>, { contexts: { github, inputs: {}, vars } });
  return { run, workflow, keyPrefix: "", namePrefix: "", github, inputs, secrets: callSecrets(workflow, event.secrets ?? {}, event.inheritSecrets ?? false), ceiling };
}

function findJob(jobs: JobResult[], key: string, error: string | undefined): JobResult {
  const found = jobs.find((job) => job.key === key);
  if (!found) throw new Error(`no job '${key}' in this run; the jobs are: ${jobs.map((job) => job.key).join(", ") || "none"}${error ? `; the run failed: ${error}` : ""}`);
  return found;
}
