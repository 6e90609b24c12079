import { join, resolve } from "node:path";
import { ROOT } from "../runner.js";
import { evaluateText } from "./expressions.js";
import { loadAction, type LoadedAction } from "./loader.js";
import { runCompositeAction } from "./composite.js";
import { runNodeAction } from "./node-action.js";
import { TOOLKIT_REPOSITORY } from "./run-state.js";
import { standIn } from "./stand-ins/index.js";
import type { StepExecution, StepOutcome } from "./step-execution.js";

/**
 * `uses:` of a step, resolved as the runner resolves it, onto what exists here:
 * - `./path`: an action in the workspace (as on GitHub: checked out first);
 * - `release-cadence/release-cadence[/path]@REF`: this checkout (its action.yml and committed dist/);
 * - a third-party action we use (actions/checkout, upload/download-artifact): its stand-in;
 * - anything else fails loudly.
 */

export interface ActionReference {
  repository: string;
  path: string;
  ref: string;
}

export function parseUses(uses: string): ActionReference | undefined {
  const match = /^([^/@\s]+\/[^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(uses);
  return match ? { repository: match[1]!, path: match[2]!.replace(/^\//, ""), ref: match[3]! } : undefined;
}

export async function runActionStep(execution: StepExecution, uses: string): Promise<StepOutcome> {
  if (uses.startsWith("docker://")) throw execution.entries.get("uses")!.error(`'${uses}': container actions are not supported by the local workflow runner`);
  if (uses.startsWith("./")) {
    const action = loadAction(resolve(execution.frame.job.machine.workspace, uses));
    return runLoadedAction(execution, action, { repository: "", ref: "" });
  }
  const reference = parseUses(uses);
  if (!reference) throw execution.entries.get("uses")!.error(`'${uses}' is not a valid action reference (owner/name[/path]@ref)`);
  if (reference.repository.toLowerCase() === TOOLKIT_REPOSITORY) {
    const action = loadAction(join(ROOT, reference.path));
    return runLoadedAction(execution, action, { repository: reference.repository, ref: reference.ref });
  }
  const implementation = standIn(reference);
  if (!implementation) {
    throw execution.entries.get("uses")!.error(
      `the local workflow runner has no stand-in for '${reference.repository}${reference.path ? `/${reference.path}` : ""}' (add one in test/support/workflow/stand-ins/)`,
    );
  }
  execution.github.action_repository = reference.repository;
  execution.github.action_ref = reference.ref;
  const inputs = actionInputs(execution, implementation.inputs);
  return implementation.run(execution, inputs);
}

async function runLoadedAction(execution: StepExecution, action: LoadedAction, meta: { repository: string; ref: string }): Promise<StepOutcome> {
  const runs = action.root.entries("action").get("runs")!.entries("runs");
  const using = runs.get("using")!.literal("runs.using");
  execution.github.action_path = action.directory;
  execution.github.action_repository = meta.repository;
  execution.github.action_ref = meta.ref;
  const declared = declaredInputs(execution, action);
  const inputs = actionInputs(execution, declared);
  if (using === "composite") return runCompositeAction(execution, action, runs, inputs, meta);
  if (using === "node24") return runNodeAction(execution, action, runs, inputs);
  throw runs.get("using")!.error(`runs.using '${using}' is not supported by the local workflow runner (node24 and composite are)`);
}

/** An action's declared inputs: name → its default, evaluated in the step's scope when it is used. */
export type DeclaredInputs = Record<string, { default: (execution: StepExecution) => string; required: boolean }>;

function declaredInputs(execution: StepExecution, action: LoadedAction): DeclaredInputs {
  const declared: DeclaredInputs = {};
  for (const [name, spec] of action.root.entries("action").get("inputs")?.entries("inputs") ?? []) {
    const fields = spec.entries(`inputs.${name}`);
    const value = fields.get("default");
    declared[name] = { default: () => (value ? evaluateText(value, execution.scope, `inputs.${name}.default`) : ""), required: fields.get("required")?.literal("required") === "true" };
  }
  return declared;
}

/** `with:` values evaluated, defaults filled in; a key the action does not declare fails (GitHub only warns). */
export function actionInputs(execution: StepExecution, declared: DeclaredInputs): Record<string, string> {
  const given = new Map<string, string>();
  const withNode = execution.entries.get("with");
  for (const [key, value] of withNode?.entries("with") ?? []) given.set(key.toLowerCase(), evaluateText(value, execution.scope, `with.${key}`));
  const names = Object.keys(declared);
  const unexpected = [...given.keys()].filter((key) => !names.some((name) => name.toLowerCase() === key));
  if (unexpected.length > 0) {
    const message = `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${names.join("', '")}']`;
    if (execution.strictInputs) throw withNode!.error(message);
    execution.log.annotations.push({ level: "warning", message, properties: {} });
  }
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given.get(name.toLowerCase());
    inputs[name] = value !== undefined ? value : spec.default(execution);
  }
  return inputs;
}
