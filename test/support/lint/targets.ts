import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../runner.js";

// What the lint tests cover: every workflow the project ships and every action's metadata. The
// runner's own fixtures (test/workflow-runner/fixtures) are left out: some are wrong on purpose.

function yamlFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The reusable workflows and the starter workflows, relative to the repository root. */
export const workflowFiles = (): string[] => [...yamlFiles(".github/workflows"), ...yamlFiles("workflows-templates")];

/** The root composite action and each action folder's action.yml, relative to the repository root. */
export const actionFiles = (): string[] => [
  "action.yml",
  ...readdirSync(join(ROOT, "actions"))
    .sort()
    .map((name) => join("actions", name, "action.yml"))
    .filter((path) => existsSync(join(ROOT, path))),
];
