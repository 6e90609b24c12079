import { messageOf } from "./errors.js";
import { evaluate, evaluateText, type Scope } from "./expressions.js";
import type { Frame, JobState } from "./frame.js";
import { environmentSetup, decideEnvironment } from "./environments.js";
import type { GraphScope } from "./graph-scope.js";
import { createMachine, runnerContext } from "./machine.js";
import { readPermissions, repositoryDefault } from "./permissions.js";
import { newJobResult, type Conclusion, type JobResult } from "./results.js";
import { runSteps } from "./steps.js";
import type { Node } from "./tokens.js";
import { jobConcurrency } from "./concurrency.js";

/**
 * One job (or one matrix leg) on its own fresh machine, as a hosted runner runs it: the
 * environment's reviewers first, then a GITHUB_TOKEN with the job's permissions, env and
 * defaults, the steps, the post steps in reverse, the outputs; the token is revoked at the end.
 */

export const JOB_KEYS = [
  ...["name", "needs", "if", "runs-on", "permissions", "environment", "concurrency", "outputs", "env", "defaults"],
  ...["timeout-minutes", "strategy", "continue-on-error", "steps"],
] as const;

export interface JobPlan {
  graph: GraphScope;
  node: Node;
  id: string;
  key: string;
  name: string;
  matrix?: Record<string, unknown>;
  strategy: Record<string, unknown>;
  needs: Record<string, { result: string; outputs: Record<string, string> }>;
  /** Aborted by fail-fast or a cancelled run. */
  signal: AbortSignal;
}

const RUNS_ON = /^ubuntu-(latest|24\.04|22\.04)$/;

export async function runJob(plan: JobPlan): Promise<JobResult> {
  const { graph } = plan;
  const { run } = graph;
  const entries = plan.node.entries(`job ${plan.id}`, JOB_KEYS);
  const result = newJobResult({ key: plan.key, id: plan.id, name: plan.name, matrix: plan.matrix, attempt: run.attempt });
  run.jobs.push(result);
  const vars = { ...run.options.vars };
  const base: Record<string, unknown> = { github: graph.github, inputs: graph.inputs, vars, needs: plan.needs, strategy: plan.strategy, matrix: plan.matrix ?? {} };
  const fail = (error: unknown, conclusion: Conclusion = "failure") => {
    result.error = run.masker.mask(messageOf(error));
    result.result = conclusion;
    result.conclusion = conclusion;
    return result;
  };
  let concurrency: ReturnType<typeof jobConcurrency>;
  try {
    const runsOn = entries.get("runs-on");
    const value = runsOn ? evaluate(runsOn, { contexts: base }) : undefined;
    // One label, alone or in a list: a larger set of labels names a self-hosted runner.
    const label = Array.isArray(value) && value.length === 1 ? value[0] : value;
    if (typeof label !== "string" || !RUNS_ON.test(label)) {
      const message = `runs-on: '${JSON.stringify(label)}' is not a GitHub-hosted Ubuntu runner the local runner stands in for (ubuntu-latest, ubuntu-24.04, ubuntu-22.04)`;
      throw (runsOn ?? plan.node).error(message);
    }
    concurrency = jobConcurrency(entries.get("concurrency"), { contexts: base });
    if (concurrency) {
      result.concurrency = concurrency;
      run.concurrency.push({ scope: plan.key, ...concurrency });
    }
  } catch (error) {
    return fail(error);
  }
  if (plan.signal.aborted) return fail("the job was cancelled before it started", "cancelled");
  const jobAbort = new AbortController();
  const groups = run.options.concurrencyGroups;
  const holder = `run ${run.runId} job ${plan.key}`;
  if (concurrency && groups && !(await groups.enter(concurrency.group, holder, concurrency.cancelInProgress, () => jobAbort.abort()))) {
    return fail(`Canceling since a higher priority waiting request for ${concurrency.group} exists`, "cancelled");
  }
  try {
    return await runOnMachine(plan, entries, base, vars, result, jobAbort);
  } finally {
    if (concurrency) groups?.leave(concurrency.group, holder);
  }
}

async function runOnMachine(plan: JobPlan, entries: Map<string, Node>, base: Record<string, unknown>, vars: Record<string, string>, result: JobResult, jobAbort: AbortController): Promise<JobResult> {
  const { graph } = plan;
  const { run } = graph;
  const fail = (error: unknown, conclusion: Conclusion = "failure") => {
    result.error = run.masker.mask(messageOf(error));
    result.result = conclusion;
    result.conclusion = conclusion;
    return result;
  };

  // The environment's protection rules are passed before the job gets a runner.
  const environmentNode = entries.get("environment");
  let environmentName: string | undefined;
  let environmentUrl: Node | undefined;
  if (environmentNode) {
    try {
      const scope: Scope = { contexts: base };
      if (environmentNode.isMapping) {
        const fields = environmentNode.entries("environment", ["name", "url", "deployment"]);
        environmentName = evaluateText(fields.get("name")!, scope, "environment.name");
        environmentUrl = fields.get("url");
        const deployment = fields.get("deployment");
        if (deployment?.literal("environment.deployment") === "false") throw deployment.error("environment.deployment: false is not supported by the local workflow runner");
      } else environmentName = evaluateText(environmentNode, scope, "environment");
      const decision = await decideEnvironment(run.options, environmentName, plan.key, undefined);
      result.environment = decision;
      if (decision.decision === "rejected") return fail(`The deployment was rejected or didn't satisfy other protection rules (environment ${environmentName}).`);
    } catch (error) {
      return fail(error);
    }
  }
  const environment = environmentName ? environmentSetup(run.options, environmentName) : {};
  Object.assign(vars, environment.vars);

  const rootEntries = graph.workflow.root.entries("workflow");
  const declared = entries.get("permissions") ?? rootEntries.get("permissions");
  const permissions = declared ? readPermissions(declared) : (graph.ceiling ?? repositoryDefault(run.options.defaultPermissions ?? "restricted"));
  const grant = run.options.github.grants.issue(run.options.repository, permissions);
  result.token = { value: grant.token, permissions: grant.permissions };
  const masker = run.masker.clone();
  masker.add(grant.token);
  const secrets = { ...graph.secrets, ...environment.secrets, GITHUB_TOKEN: grant.token };
  for (const value of Object.values(environment.secrets ?? {})) masker.add(value);

  const signal = AbortSignal.any([plan.signal, jobAbort.signal]);
  const job: JobState = {
    run,
    workflow: graph.workflow,
    key: plan.key,
    id: plan.id,
    machine: createMachine(run, plan.id, graph.github.event),
    masker,
    github: { ...graph.github },
    contexts: {},
    env: {},
    defaults: {},
    status: "success",
    signal,
    token: grant.token,
    runtimeEnv: run.services.runtimeFor(run.runId, plan.key),
    postSteps: [],
    summary: [],
    annotations: [],
  };
  result.workspace = job.machine.root;
  job.github = { ...graph.github, job: plan.id, token: grant.token, workspace: job.machine.workspace, event_path: job.machine.eventPath };
  const matrix = plan.matrix ?? {};
  job.contexts = { inputs: graph.inputs, secrets, vars, needs: plan.needs, strategy: plan.strategy, matrix, runner: runnerContext(job.machine) };
  if (permissions["id-token"] === "write") job.runtimeEnv = { ...job.runtimeEnv, ...run.services.oidcFor(oidcClaims(graph, environmentName)) };
  let timeout: NodeJS.Timeout | undefined;
  let timedOut = false;
  const frame: Frame = { job, file: graph.workflow.file, steps: {}, status: "success" };
  try {
    const scope = (env: Record<string, string>): Scope => ({ contexts: { ...job.contexts, github: job.github, env, job: { status: "success" } } });
    for (const [key, value] of rootEntries.get("env")?.entries("env") ?? []) job.env[key] = evaluateText(value, scope(job.env), `env.${key}`);
    for (const [key, value] of entries.get("env")?.entries("env") ?? []) job.env[key] = evaluateText(value, scope(job.env), `env.${key}`);
    job.defaults = { ...readDefaults(rootEntries.get("defaults")), ...readDefaults(entries.get("defaults")) };
    const minutesNode = entries.get("timeout-minutes");
    const minutes = minutesNode ? Number(evaluate(minutesNode, scope(job.env))) : 360;
    timeout = setTimeout(() => {
      timedOut = true;
      jobAbort.abort();
    }, minutes * 60_000);
    result.steps = await runSteps(frame, entries.get("steps")?.items("steps") ?? []);
  } catch (error) {
    frame.status = "failure";
    result.error = masker.mask(messageOf(error));
  } finally {
    clearTimeout(timeout);
  }
  for (const post of job.postSteps.reverse()) {
    try {
      result.steps.push(await post.run());
    } catch (error) {
      result.steps.push({ id: "post", name: post.name, outcome: "failure", conclusion: "failure", outputs: {}, log: "", annotations: [], summary: "", error: masker.mask(messageOf(error)) });
    }
  }
  const status: Conclusion = timedOut ? "failure" : signal.aborted ? "cancelled" : frame.status;
  if (timedOut) result.error = `The job has exceeded the maximum execution time of ${minutesOf(entries)} minutes.`;
  try {
    const scope: Scope = { contexts: { ...job.contexts, github: job.github, env: job.env, steps: frame.steps, job: { status } } };
    for (const [name, value] of entries.get("outputs")?.entries("outputs") ?? []) {
      const text = evaluateText(value, scope, `outputs.${name}`);
      // GitHub drops an output that carries a secret rather than send it to the service.
      if (masker.has(text)) job.annotations.push({ level: "warning", message: `Skip output '${name}' since it may contain secret.`, properties: {} });
      else result.outputs[name] = text;
    }
    if (environmentUrl && result.environment) result.environment.url = evaluateText(environmentUrl, scope, "environment.url");
  } catch (error) {
    result.error = masker.mask(messageOf(error));
    result.result = "failure";
  }
  run.options.github.grants.revoke(grant.token);
  result.result = result.result === "failure" ? "failure" : status;
  const continueNode = entries.get("continue-on-error");
  const continueOnError = continueNode ? evaluate(continueNode, { contexts: base }) : false;
  result.conclusion = result.result === "failure" && (continueOnError === true || continueOnError === "true") ? "success" : result.result;
  result.summary = job.summary.join("\n");
  result.annotations = job.annotations;
  return result;
}

/** The claims of GitHub's OIDC token for this job (the ones Sigstore and cloud providers read). */
function oidcClaims(graph: GraphScope, environment: string | undefined): Record<string, unknown> {
  const { github } = graph;
  const repository = String(github.repository);
  return {
    sub: `repo:${repository}:${environment ? `environment:${environment}` : `ref:${String(github.ref)}`}`,
    repository,
    repository_owner: repository.split("/")[0],
    ref: github.ref,
    sha: github.sha,
    workflow_ref: github.workflow_ref,
    job_workflow_ref: github.job_workflow_ref ?? github.workflow_ref,
    job_workflow_sha: github.job_workflow_sha,
    run_id: github.run_id,
    run_attempt: github.run_attempt,
    event_name: github.event_name,
    runner_environment: "github-hosted",
    ...(environment ? { environment } : {}),
  };
}

function minutesOf(entries: Map<string, Node>): string {
  return entries.get("timeout-minutes")?.literal("timeout-minutes") ?? "360";
}

function readDefaults(node: Node | undefined): { shell?: string; workingDirectory?: string } {
  if (!node) return {};
  const run = node.entries("defaults", ["run"]).get("run");
  if (!run) return {};
  const fields = run.entries("defaults.run", ["shell", "working-directory"]);
  return {
    ...(fields.has("shell") ? { shell: fields.get("shell")!.literal("defaults.run.shell") } : {}),
    ...(fields.has("working-directory") ? { workingDirectory: fields.get("working-directory")!.literal("defaults.run.working-directory") } : {}),
  };
}
