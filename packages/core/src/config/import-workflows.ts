import type { Files } from "../ports/index.js";
import { yamlModule } from "./yaml-module.js";

/** One step of a GitHub Actions workflow, as far as the importers read it. */
export interface WorkflowStep {
  /** The workflow file, e.g. `.github/workflows/release.yml`. */
  file: string;
  uses?: string;
  run?: string;
  /** The step's `with:` inputs, as text. */
  with: Record<string, string>;
}

export const WORKFLOWS_DIR = ".github/workflows";

/**
 * Every step of every workflow in `.github/workflows/`, in file-name order. Needs a Files port
 * that can list a folder; without one there are no workflows to read. A workflow that is not valid
 * YAML is skipped: GitHub does not run it either.
 */
export async function workflowSteps(files: Files): Promise<WorkflowStep[]> {
  if (!files.list) return [];
  const names = (await files.list(WORKFLOWS_DIR)).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (names.length === 0) return [];
  const { parse: parseYaml } = await yamlModule();
  const steps: WorkflowStep[] = [];
  for (const name of names) {
    const file = `${WORKFLOWS_DIR}/${name}`;
    const text = await files.read(file);
    if (text === undefined) continue;
    let workflow: unknown;
    try {
      workflow = parseYaml(text);
    } catch {
      continue;
    }
    const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {};
    for (const job of Object.values(jobs)) {
      if (!isRecord(job)) continue;
      // A job that calls a reusable workflow (`uses:` on the job) is a step of sorts too.
      if (typeof job.uses === "string") steps.push({ file, uses: job.uses, with: inputs(job.with) });
      if (!Array.isArray(job.steps)) continue;
      for (const step of job.steps) {
        if (!isRecord(step)) continue;
        steps.push({
          file,
          ...(typeof step.uses === "string" ? { uses: step.uses } : {}),
          ...(typeof step.run === "string" ? { run: step.run } : {}),
          with: inputs(step.with),
        });
      }
    }
  }
  return steps;
}

function inputs(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, input] of Object.entries(value)) if (input !== null && input !== undefined) result[key] = String(input);
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Splits a shell command line into words, honouring simple quotes; enough to read a CLI's flags. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}
