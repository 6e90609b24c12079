import { join, resolve } from "node:path";
import { ROOT } from "../runner.js";
import type { TokenPermissions } from "../github/permissions.js";
import { parseUses } from "./actions.js";
import { WorkflowError, messageOf } from "./errors.js";
import { evaluate, evaluateText, type Scope } from "./expressions.js";
import type { GraphScope } from "./graph-scope.js";
import { runGraph } from "./graph.js";
import type { JobPlan } from "./job.js";
import { loadWorkflow, triggerSetting, type LoadedWorkflow } from "./loader.js";
import type { InputValue } from "./options.js";
import { exceeding, readPermissions, repositoryDefault } from "./permissions.js";
import { newJobResult, type Conclusion, type JobResult } from "./results.js";
import { TOOLKIT_REPOSITORY } from "./run-state.js";
import { jobConcurrency } from "./concurrency.js";
import type { Node } from "./tokens.js";

/**
 * A job that calls a reusable workflow (`uses: ./.github/workflows/x.yml` or
 * `release-cadence/release-cadence/.github/workflows/x.yml@REF`, both this checkout's file):
 * inputs checked against `on.workflow_call` (types, required, defaults), secrets passed or
 * inherited, the caller's permissions as the ceiling, the called jobs run as `caller / job`,
 * and `on.workflow_call.outputs` evaluated from their results.
 */

export const CALL_KEYS = ["name", "needs", "if", "permissions", "uses", "with", "secrets", "strategy", "concurrency"] as const;

export async function resolveCalledWorkflow(uses: string, node: Node, graph: GraphScope): Promise<{ workflow: LoadedWorkflow; sha: string; ref: string }> {
  if (uses.startsWith("./")) {
    const [path = "", ref] = uses.split("@");
    if (ref) throw node.error(`'${uses}': a local workflow is referenced without @ref`);
    const root = graph.run.options.workflowRoot ?? ROOT;
    return { workflow: await loadWorkflow(resolve(root, path)), sha: String(graph.github.sha), ref: `${graph.run.options.repository}/${path.slice(2)}@${String(graph.github.ref)}` };
  }
  const reference = parseUses(uses);
  if (reference?.repository.toLowerCase() === TOOLKIT_REPOSITORY && reference.path.startsWith(".github/workflows/")) {
    return { workflow: await loadWorkflow(join(ROOT, reference.path)), sha: graph.run.toolkitSha, ref: `${TOOLKIT_REPOSITORY}/${reference.path}@${reference.ref}` };
  }
  throw node.error(`'${uses}': the local workflow runner runs called workflows of this repository only (./.github/workflows/... or ${TOOLKIT_REPOSITORY}/.github/workflows/...@ref)`);
}

/** Inputs of a call, as GitHub checks them: declared names only, required ones present, types kept, defaults filled. */
export function callInputs(workflow: LoadedWorkflow, given: Record<string, unknown>, scope: Scope): Record<string, unknown> {
  const declared = triggerSetting(workflow, "workflow_call", "inputs");
  const inputs: Record<string, unknown> = {};
  for (const name of Object.keys(given)) if (!declared.has(name)) throw new WorkflowError(`Invalid input, ${name} is not defined in the referenced workflow.`, workflow.file);
  for (const [name, spec] of declared) {
    const fields = spec.entries(`inputs.${name}`);
    const type = fields.get("type")!.literal("type");
    let value = given[name];
    if (value === undefined) {
      if (fields.get("required")?.literal("required") === "true") throw new WorkflowError(`Input ${name} is required, but not provided while calling.`, workflow.file);
      const fallback = fields.get("default");
      value = fallback ? evaluate(fallback, scope) : type === "boolean" ? false : type === "number" ? 0 : "";
    }
    if (type === "boolean" && typeof value !== "boolean") throw new WorkflowError(`Unexpected value '${String(value)}' for the boolean input ${name}`, workflow.file);
    if (type === "number" && typeof value !== "number") throw new WorkflowError(`Unexpected value '${String(value)}' for the number input ${name}`, workflow.file);
    if (type === "string" && typeof value === "object") throw new WorkflowError(`Unexpected value for the string input ${name}`, workflow.file);
    inputs[name] = type === "string" ? String(value) : value;
  }
  return inputs;
}

/** Secrets of a call: the declared ones only, required ones present. */
export function callSecrets(workflow: LoadedWorkflow, given: Record<string, string>, inherit: boolean): Record<string, string> {
  if (inherit) return { ...given };
  const declared = triggerSetting(workflow, "workflow_call", "secrets");
  for (const name of Object.keys(given)) if (!declared.has(name)) throw new WorkflowError(`Invalid secret, ${name} is not defined in the referenced workflow.`, workflow.file);
  for (const [name, spec] of declared) {
    const required = spec.isMapping && spec.entries(`secrets.${name}`).get("required")?.literal("required") === "true";
    if (required && given[name] === undefined) throw new WorkflowError(`Secret ${name} is required, but not provided while calling.`, workflow.file);
  }
  return { ...given };
}

/** Refuses a called workflow whose jobs ask for more than the caller granted, before any of them runs. */
export function checkCeiling(workflow: LoadedWorkflow, ceiling: TokenPermissions): void {
  const root = workflow.root.entries("workflow");
  const problems: string[] = [];
  for (const [id, job] of root.get("jobs")!.entries("jobs")) {
    const declared = job.entries(`job ${id}`).get("permissions") ?? root.get("permissions");
    if (!declared) continue;
    for (const problem of exceeding(readPermissions(declared), ceiling)) problems.push(`The nested job '${id}' is requesting ${problem}.`);
  }
  if (problems.length > 0) throw new WorkflowError(problems.join("\n"), workflow.file);
}

export function callOutputs(workflow: LoadedWorkflow, scope: Scope): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const [name, spec] of triggerSetting(workflow, "workflow_call", "outputs")) {
    outputs[name] = evaluateText(spec.entries(`outputs.${name}`).get("value")!, scope, `outputs.${name}.value`);
  }
  return outputs;
}

export async function runCall(plan: JobPlan): Promise<JobResult> {
  const { graph } = plan;
  const { run } = graph;
  const entries = plan.node.entries(`job ${plan.id}`, CALL_KEYS);
  const record = newJobResult({ key: plan.key, id: plan.id, name: plan.name, matrix: plan.matrix, attempt: run.attempt });
  run.jobs.push(record);
  const secretsContext = { ...graph.secrets };
  const contexts = { github: graph.github, inputs: graph.inputs, vars: { ...run.options.vars }, needs: plan.needs, strategy: plan.strategy, matrix: plan.matrix ?? {} };
  const scope: Scope = { contexts: { ...contexts, secrets: secretsContext } };
  try {
    const usesNode = entries.get("uses")!;
    const { workflow, sha, ref } = await resolveCalledWorkflow(usesNode.literal("uses"), usesNode, graph);
    if (!workflow.template.events.workflow_call) throw usesNode.error(`${workflow.file} is not reusable: it has no on.workflow_call trigger`);
    const given = Object.fromEntries([...(entries.get("with")?.entries("with") ?? [])].map(([key, value]) => [key, evaluate(value, scope) as InputValue]));
    const secretsNode = entries.get("secrets");
    const inherit = secretsNode !== undefined && !secretsNode.isMapping && secretsNode.literal("secrets") === "inherit";
    const passed = inherit ? graph.secrets : Object.fromEntries([...(secretsNode?.entries("secrets") ?? [])].map(([key, value]) => [key, evaluateText(value, scope, `secrets.${key}`)]));
    const callerDeclared = entries.get("permissions") ?? graph.workflow.root.entries("workflow").get("permissions");
    const ceiling = callerDeclared ? readPermissions(callerDeclared) : (graph.ceiling ?? repositoryDefault(run.options.defaultPermissions ?? "restricted"));
    checkCeiling(workflow, ceiling);
    const concurrency = jobConcurrency(entries.get("concurrency"), scope);
    if (concurrency) run.concurrency.push({ scope: plan.key, ...concurrency });
    const github = { ...graph.github, job_workflow_sha: sha, job_workflow_ref: ref };
    const inputs = callInputs(workflow, given, { contexts: { github, inputs: {}, vars: { ...run.options.vars } } });
    const called: GraphScope = { run, workflow, keyPrefix: `${plan.key}/`, namePrefix: `${plan.name} / `, github, inputs, secrets: callSecrets(workflow, passed, inherit), ceiling };
    const workflowConcurrency = jobConcurrency(workflow.root.entries("workflow").get("concurrency"), { contexts: { github, inputs, vars: { ...run.options.vars } } });
    if (workflowConcurrency) run.concurrency.push({ scope: `${plan.key}/(workflow)`, ...workflowConcurrency });
    const outcomes = await runGraph({ ...called, run: { ...run, cancelled: AbortSignal.any([run.cancelled, plan.signal]) } });
    const jobs = Object.fromEntries([...outcomes].map(([id, outcome]) => [id, { result: outcome.result, outputs: outcome.outputs }]));
    const results = [...outcomes.values()].map((outcome) => outcome.result);
    const result: Conclusion = results.includes("failure") ? "failure" : results.includes("cancelled") ? "cancelled" : "success";
    record.outputs = callOutputs(workflow, { contexts: { github, inputs, vars: { ...run.options.vars }, jobs } });
    record.result = result;
    record.conclusion = result;
  } catch (error) {
    record.result = "failure";
    record.conclusion = "failure";
    record.error = run.masker.mask(messageOf(error));
  }
  return record;
}
