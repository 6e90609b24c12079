import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAction, checkWorkflow, loadAction, loadWorkflow } from "../support/workflow/index.js";
import { ROOT } from "../support/runner.js";

// Every workflow, starter and the root action must be runnable by the local runner: read by
// GitHub's parser and made only of constructs the runner implements.

function yamlFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  return existsSync(full) ? readdirSync(full).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name)) : [];
}

describe("the local runner loads", () => {
  it.each([...yamlFiles(".github/workflows"), ...yamlFiles("workflows-templates")])("the workflow %s", async (path) => {
    const workflow = await loadWorkflow(path);
    await checkWorkflow(workflow);
    expect(workflow.root.entries("workflow").get("jobs")!.entries("jobs").size).toBeGreaterThan(0);
  });

  it("the root composite action", () => {
    const action = loadAction(ROOT);
    checkAction(action);
    expect(action.root.entries("action").get("runs")!.entries("runs").get("using")!.literal("using")).toBe("composite");
  });

  it("and refuses a construct it does not implement, with the file and line", async () => {
    const workflow = await loadWorkflow(join(import.meta.dirname, "fixtures", "unsupported.yml"));
    await expect(checkWorkflow(workflow)).rejects.toThrow(/unsupported\.yml:\d+:\d+: job build: 'container' is not supported by the local workflow runner/);
  });
});
