import type { ActionReference, DeclaredInputs } from "../actions.js";
import type { StepExecution, StepOutcome } from "../step-execution.js";
import { checkout } from "./checkout.js";
import { downloadArtifact, uploadArtifact } from "./artifacts.js";
import { appToken } from "./app-token.js";

/**
 * Stand-ins for the third-party actions our workflows use, matched by repository and path; the
 * ref (a SHA pin or a tag) is accepted whatever it is. Each declares the inputs of the version
 * we pin, so an input the real action does not have fails as it would.
 */
export interface StandIn {
  name: string;
  inputs: DeclaredInputs;
  run(execution: StepExecution, inputs: Record<string, string>): Promise<StepOutcome>;
}

const STAND_INS: StandIn[] = [checkout, uploadArtifact, downloadArtifact, appToken];

export function standIn(reference: ActionReference): StandIn | undefined {
  const name = `${reference.repository}${reference.path ? `/${reference.path}` : ""}`.toLowerCase();
  return STAND_INS.find((candidate) => candidate.name === name);
}

/** A declared input with a fixed default. */
export function input(value: string): DeclaredInputs[string] {
  return { default: () => value, required: false };
}

/** A declared input whose default comes from the step's github context (`${{ github.token }}`). */
export function githubInput(key: string): DeclaredInputs[string] {
  return { default: (execution) => String(execution.github[key] ?? ""), required: false };
}
