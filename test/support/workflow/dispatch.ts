import { WorkflowError } from "./errors.js";
import { evaluate, type Scope } from "./expressions.js";
import { triggerSetting, type LoadedWorkflow } from "./loader.js";
import type { InputValue } from "./options.js";

/**
 * workflow_dispatch inputs as GitHub takes them from "Run workflow": declared names only,
 * required ones present, choices among their options, booleans and numbers typed in the
 * `inputs` context (github.event.inputs keeps the strings), defaults filled in.
 */
export function dispatchInputs(workflow: LoadedWorkflow, given: Record<string, InputValue>, scope: Scope): Record<string, unknown> {
  const declared = triggerSetting(workflow, "workflow_dispatch", "inputs");
  for (const name of Object.keys(given)) if (!declared.has(name)) throw new WorkflowError(`Unexpected inputs provided: ["${name}"]`, workflow.file);
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of declared) {
    const fields = spec.entries(`inputs.${name}`);
    const type = fields.get("type")?.literal("type") ?? "string";
    let value: unknown = given[name];
    if (value === undefined || value === "") {
      const fallback = fields.get("default");
      if (fallback) value = evaluate(fallback, scope);
      else if (fields.get("required")?.literal("required") === "true") throw new WorkflowError(`Required input '${name}' not provided`, workflow.file);
      else value = type === "boolean" ? false : "";
    }
    if (type === "boolean") {
      if (value !== true && value !== false && value !== "true" && value !== "false") throw new WorkflowError(`Provided value '${String(value)}' for input '${name}' is not a boolean`, workflow.file);
      value = value === true || value === "true";
    } else if (type === "number") {
      const number = Number(value);
      if (value === "" || Number.isNaN(number)) throw new WorkflowError(`Provided value '${String(value)}' for input '${name}' is not a number`, workflow.file);
      value = number;
    } else if (type === "choice") {
      const options = fields.get("options")?.items("options").map((option) => option.literal("option")) ?? [];
      if (!options.includes(String(value))) throw new WorkflowError(`Provided value '${String(value)}' for input '${name}' not in the list of allowed values`, workflow.file);
      value = String(value);
    } else value = String(value);
    inputs[name] = value;
  }
  return inputs;
}
