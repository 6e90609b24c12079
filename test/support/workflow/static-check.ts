import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../runner.js";
import { parseUses } from "./actions.js";
import { CALL_KEYS } from "./call.js";
import { JOB_KEYS } from "./job.js";
import type { LoadedAction, LoadedWorkflow } from "./loader.js";
import { TOOLKIT_REPOSITORY } from "./run-state.js";
import { standIn } from "./stand-ins/index.js";
import { STEP_KEYS } from "./steps.js";
import type { Node } from "./tokens.js";

/**
 * Before anything runs: every job, step and `uses:` of a workflow (or a composite action) is
 * one the local runner implements, so an unsupported construct fails at once with its file
 * and line instead of half-way through a run.
 */

export async function checkWorkflow(workflow: LoadedWorkflow): Promise<void> {
  const root = workflow.root.entries("workflow", ["name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"]);
  for (const [id, job] of root.get("jobs")!.entries("jobs")) {
    const entries = job.entries(`job ${id}`);
    if (entries.has("uses")) {
      job.entries(`job ${id}`, CALL_KEYS);
      continue;
    }
    job.entries(`job ${id}`, JOB_KEYS);
    for (const step of entries.get("steps")?.items("steps") ?? []) checkStep(step);
  }
}

export function checkAction(action: LoadedAction): void {
  const runs = action.root.entries("action").get("runs")!.entries("runs");
  if (runs.get("using")?.literal("runs.using") !== "composite") return;
  for (const step of runs.get("steps")?.items("runs.steps") ?? []) checkStep(step);
}

function checkStep(step: Node): void {
  const entries = step.entries("step", STEP_KEYS);
  const usesNode = entries.get("uses");
  if (!usesNode) return;
  const uses = usesNode.literal("uses");
  if (uses.startsWith("./")) return; // found in the workspace when the step runs, as on GitHub
  if (uses.startsWith("docker://")) throw usesNode.error(`'${uses}': container actions are not supported by the local workflow runner`);
  const reference = parseUses(uses);
  if (!reference) throw usesNode.error(`'${uses}' is not a valid action reference (owner/name[/path]@ref)`);
  if (reference.repository.toLowerCase() === TOOLKIT_REPOSITORY) {
    if (!["action.yml", "action.yaml"].some((name) => existsSync(join(ROOT, reference.path, name)))) throw usesNode.error(`'${uses}': this checkout has no ${reference.path || "."}/action.yml`);
    return;
  }
  if (!standIn(reference)) throw usesNode.error(`the local workflow runner has no stand-in for '${reference.repository}${reference.path ? `/${reference.path}` : ""}' (add one in test/support/workflow/stand-ins/)`);
}
