import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import type { RunWorkflowOptions } from "./options.js";
import type { StepResult, WorkflowRunResult } from "./results.js";
import { runWorkflow } from "./run-workflow.js";

export interface RunCompositeOptions extends Omit<RunWorkflowOptions, "workflow" | "event" | "workflowPath"> {
  /** The `uses:` of the step: `release-cadence/release-cadence@v1` (the root action), `./` after checkout... */
  uses: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  /** The job's permissions (default: the repository default). */
  permissions?: "read-all" | "write-all" | Record<string, string>;
  /** actions/checkout's inputs for a checkout step first (default: a full-history checkout); false for none. */
  checkout?: Record<string, string> | false;
  /** The dispatch that starts the one-job workflow. */
  inputs?: Record<string, string>;
}

/**
 * Runs one action, typically the root composite action, in a one-job workflow written for the
 * purpose (`on: workflow_dispatch`, a checkout, then the step), so it runs exactly as in a
 * user's workflow: same job machine, token, contexts and stand-ins.
 */
export async function runComposite(options: RunCompositeOptions): Promise<{ run: WorkflowRunResult; step: StepResult }> {
  const folder = mkdtempSync(join(tmpdir(), "composite-workflow-"));
  const steps: unknown[] = [];
  if (options.checkout !== false) steps.push({ uses: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", with: options.checkout ?? { "fetch-depth": "0" } });
  steps.push({ id: "action", uses: options.uses, ...(options.with ? { with: options.with } : {}), ...(options.env ? { env: options.env } : {}) });
  const workflow = {
    name: "composite",
    on: { workflow_dispatch: { inputs: Object.fromEntries(Object.keys(options.inputs ?? {}).map((name) => [name, { type: "string" }])) } },
    jobs: { composite: { "runs-on": "ubuntu-latest", ...(options.permissions ? { permissions: options.permissions } : {}), steps } },
  };
  const path = join(folder, "composite.yml");
  writeFileSync(path, stringify(workflow));
  try {
    const run = await runWorkflow({ ...options, workflow: path, workflowPath: ".github/workflows/composite.yml", event: { name: "workflow_dispatch", inputs: options.inputs ?? {} } });
    const job = run.jobs.find((candidate) => candidate.id === "composite");
    const step = job?.steps.find((candidate) => candidate.id === "action");
    if (!step) throw new Error(`the composite run did not reach its step: ${run.error ?? job?.error ?? "no job"}`);
    return { run, step };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
