import { evaluateText } from "./expressions.js";
import { stepScope, type Frame } from "./frame.js";
import type { LoadedAction } from "./loader.js";
import type { StepExecution, StepOutcome } from "./step-execution.js";
import { runSteps } from "./steps.js";
import type { Node } from "./tokens.js";

/**
 * A composite action run step by step inside the job, as the runner does: its own `steps`
 * context and status, `inputs` from `with:` and defaults, the env of the step that uses it,
 * and its outputs evaluated from its steps once they are done.
 */
export async function runCompositeAction(
  execution: StepExecution,
  action: LoadedAction,
  runs: Map<string, Node>,
  inputs: Record<string, string>,
  meta: { repository: string; ref: string },
): Promise<StepOutcome> {
  const frame: Frame = {
    job: execution.frame.job,
    file: action.file,
    steps: {},
    status: "success",
    composite: { inputs, actionPath: action.directory, repository: meta.repository, ref: meta.ref, env: { ...execution.ownEnv } },
  };
  const steps = await runSteps(frame, runs.get("steps")?.items("runs.steps") ?? []);
  const scope = stepScope(frame, execution.github, { ...frame.job.env, ...frame.composite!.env });
  const outputs: Record<string, string> = {};
  for (const [name, spec] of action.root.entries("action").get("outputs")?.entries("outputs") ?? []) {
    const value = spec.entries(`outputs.${name}`).get("value");
    outputs[name] = value ? evaluateText(value, scope, `outputs.${name}.value`) : "";
  }
  const failed = frame.status !== "success";
  return { failed, outputs, steps, ...(failed ? { error: `a step of the composite action ${action.file} failed` } : {}) };
}
