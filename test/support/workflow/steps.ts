import { existsSync, readFileSync } from "node:fs";
import { readKeyValueFile, readPathFile } from "./command-files.js";
import { messageOf } from "./errors.js";
import { evaluate, evaluateCondition, evaluateText, textOf } from "./expressions.js";
import { frameStatus, stepScope, type Frame } from "./frame.js";
import { newStepFiles } from "./machine.js";
import type { Conclusion, StepResult } from "./results.js";
import { runActionStep } from "./actions.js";
import { runScriptStep } from "./shell.js";
import type { StepExecution, StepOutcome } from "./step-execution.js";
import { stepIds } from "./step-ids.js";
import type { Node } from "./tokens.js";
import { CommandProcessor, emptyLog } from "./workflow-commands.js";

export const STEP_KEYS = ["id", "name", "if", "uses", "run", "with", "env", "shell", "working-directory", "continue-on-error", "timeout-minutes"] as const;

/** Runs steps in order in a frame (a job or a composite action), as the runner does. */
export async function runSteps(frame: Frame, steps: Node[]): Promise<StepResult[]> {
  const ids = stepIds(steps);
  const results: StepResult[] = [];
  for (const [index, step] of steps.entries()) results.push(await runStep(frame, step, ids[index]!));
  return results;
}

function defaultName(entries: Map<string, Node>): string {
  const uses = entries.get("uses");
  if (uses) return `Run ${uses.literal("uses")}`;
  const run = entries.get("run");
  const text = run?.token.isLiteral ? run.literal("run") : (run?.token as { source?: string } | undefined)?.source ?? "";
  return `Run ${text.trim().split("\n")[0] ?? ""}`;
}

async function runStep(frame: Frame, node: Node, id: string): Promise<StepResult> {
  const { job } = frame;
  const entries = node.entries("step", STEP_KEYS);
  const userId = entries.get("id")?.literal("id");
  const uses = entries.get("uses")?.literal("uses");
  const files = newStepFiles(job.machine);
  const github: Record<string, unknown> = { ...job.github, action: id, action_path: frame.composite?.actionPath ?? "", action_repository: "", action_ref: "", env: files.env, path: files.path };
  if (frame.composite) github.action_status = frameStatus(frame);
  const baseEnv = { ...job.env, ...frame.composite?.env };
  const log = emptyLog();
  const result: StepResult = { id, name: defaultName(entries), ...(uses ? { uses } : {}), outcome: "success", conclusion: "success", outputs: {}, log: "", annotations: [], summary: "" };
  const finish = (outcome: Conclusion, conclusion: Conclusion): StepResult => {
    result.outcome = outcome;
    result.conclusion = conclusion;
    result.log = log.lines.join("\n");
    result.annotations = log.annotations;
    job.annotations.push(...log.annotations);
    if (userId) frame.steps[userId] = { outputs: result.outputs, outcome, conclusion };
    if (conclusion === "failure" && frame.status === "success") frame.status = "failure";
    return result;
  };

  let scope = stepScope(frame, github, baseEnv);
  let runIt: boolean;
  try {
    runIt = evaluateCondition(entries.get("if"), scope);
  } catch (error) {
    result.error = messageOf(error);
    return finish("failure", "failure");
  }
  if (!runIt) return finish("skipped", "skipped");

  // A step that runs after the job was cancelled (always(), cancelled()) runs to its end, as
  // cleanup steps do on GitHub; only a step running when the cancel comes is stopped.
  const afterCancel = job.signal.aborted;
  let outcome: StepOutcome;
  let continueOnError = false;
  let timedOut = false;
  const timer = new AbortController();
  let timeout: NodeJS.Timeout | undefined;
  try {
    const nameNode = entries.get("name");
    if (nameNode) result.name = evaluateText(nameNode, scope, "name");
    const ownEnv: Record<string, string> = { ...frame.composite?.env };
    for (const [key, value] of entries.get("env")?.entries("env") ?? []) ownEnv[key] = evaluateText(value, scope, `env.${key}`);
    const env = { ...job.env, ...ownEnv };
    scope = stepScope(frame, github, env);
    const continueNode = entries.get("continue-on-error");
    continueOnError = continueNode ? evaluate(continueNode, scope) === true || textOf(evaluate(continueNode, scope), continueNode, "continue-on-error") === "true" : false;
    const minutesNode = entries.get("timeout-minutes");
    if (minutesNode) {
      const minutes = Number(evaluate(minutesNode, scope));
      if (!Number.isFinite(minutes) || minutes <= 0) throw minutesNode.error("timeout-minutes must be a positive number");
      timeout = setTimeout(() => {
        timedOut = true;
        timer.abort();
      }, minutes * 60_000);
    }
    const execution: StepExecution = {
      frame,
      node,
      entries,
      id,
      name: result.name,
      files,
      log,
      processor: new CommandProcessor(log, job.masker),
      github,
      env,
      ownEnv,
      scope,
      signal: afterCancel ? timer.signal : AbortSignal.any([job.signal, timer.signal]),
      strictInputs: job.run.options.strictInputs ?? true,
    };
    outcome = entries.has("run") ? await runScriptStep(execution) : await runActionStep(execution, uses ?? "");
  } catch (error) {
    outcome = { failed: true, error: messageOf(error) };
  } finally {
    clearTimeout(timeout);
  }
  if (timedOut) outcome = { ...outcome, failed: true, error: `The action '${result.name}' has timed out.` };
  if (outcome.steps) result.steps = outcome.steps;
  try {
    readFileCommands(frame, files, result, outcome, log);
  } catch (error) {
    outcome = { ...outcome, failed: true, error: messageOf(error) };
  }
  if (log.refused.length > 0) outcome = { ...outcome, failed: true, error: log.refused.join("\n") };
  if (outcome.error) result.error = job.masker.mask(outcome.error);
  if (outcome.error) log.lines.push(`Error: ${result.error}`);
  if (!afterCancel && job.signal.aborted && outcome.failed && !timedOut) return finish("cancelled", "cancelled");
  const stepOutcome: Conclusion = outcome.failed ? "failure" : "success";
  return finish(stepOutcome, stepOutcome === "failure" && continueOnError ? "success" : stepOutcome);
}

/** After a step, as the runner does: GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, the summary. */
function readFileCommands(frame: Frame, files: StepExecution["files"], result: StepResult, outcome: StepOutcome, log: StepExecution["log"]): void {
  const { job } = frame;
  for (const [key, value] of readKeyValueFile(files.env, "GITHUB_ENV")) {
    if (key.toUpperCase() === "NODE_OPTIONS") throw new Error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    job.env[key] = value;
  }
  job.machine.prependPath.unshift(...readPathFile(files.path).reverse());
  const outputs = outcome.outputs ?? { ...Object.fromEntries(log.outputs), ...Object.fromEntries(readKeyValueFile(files.output, "GITHUB_OUTPUT")) };
  Object.assign(result.outputs, outputs);
  if (existsSync(files.summary)) {
    const summary = job.masker.mask(readFileSync(files.summary, "utf8"));
    result.summary = summary;
    if (summary !== "") job.summary.push(summary);
  }
}
