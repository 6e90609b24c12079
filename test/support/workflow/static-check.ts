import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "../runner.js";
import { parseUses } from "./actions.js";
import { CALL_KEYS } from "./call.js";
import { JOB_KEYS } from "./job.js";
import { loadAction, loadWorkflow, type LoadedAction, type LoadedWorkflow } from "./loader.js";
import { TOOLKIT_REPOSITORY } from "./run-state.js";
import { standIn } from "./stand-ins/index.js";
import { STEP_KEYS } from "./steps.js";
import type { Node } from "./tokens.js";

/**
 * Before anything runs: every job, step and `uses:` of a workflow (or a composite action) is
 * one the local runner implements, so an unsupported construct fails at once with its file
 * and line instead of half-way through a run.
 */

/** Checks a workflow and, through `uses:`, the workflows it calls and the composite actions of this checkout it uses. */
export async function checkWorkflow(workflow: LoadedWorkflow, options: { workflowRoot?: string } = {}, seen = new Set<string>()): Promise<void> {
  if (seen.has(workflow.absolutePath)) return;
  seen.add(workflow.absolutePath);
  const root = workflow.root.entries("workflow", ["name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"]);
  for (const [id, job] of root.get("jobs")!.entries("jobs")) {
    const entries = job.entries(`job ${id}`);
    if (entries.has("uses")) {
      job.entries(`job ${id}`, CALL_KEYS);
      const usesNode = entries.get("uses")!;
      const uses = usesNode.literal("uses");
      const reference = parseUses(uses);
      const path = uses.startsWith("./") ? resolve(options.workflowRoot ?? ROOT, uses) : reference?.repository.toLowerCase() === TOOLKIT_REPOSITORY ? join(ROOT, reference.path) : undefined;
      if (!path) throw usesNode.error(`'${uses}': the local workflow runner runs called workflows of this repository only (./... or ${TOOLKIT_REPOSITORY}/...@ref)`);
      await checkWorkflow(await loadWorkflow(path), options, seen);
      continue;
    }
    job.entries(`job ${id}`, JOB_KEYS);
    for (const step of entries.get("steps")?.items("steps") ?? []) checkStep(step, seen);
  }
}

export function checkAction(action: LoadedAction, seen = new Set<string>()): void {
  if (seen.has(action.directory)) return;
  seen.add(action.directory);
  const runs = action.root.entries("action").get("runs")!.entries("runs");
  if (runs.get("using")?.literal("runs.using") !== "composite") return;
  for (const step of runs.get("steps")?.items("runs.steps") ?? []) checkStep(step, seen);
}

function checkStep(step: Node, seen: Set<string>): void {
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
    checkAction(loadAction(join(ROOT, reference.path)), seen);
    return;
  }
  if (!standIn(reference)) {
    const name = `${reference.repository}${reference.path ? `/${reference.path}` : ""}`;
    throw usesNode.error(`the local workflow runner has no stand-in for '${name}' (add one in test/support/workflow/stand-ins/)`);
  }
}
