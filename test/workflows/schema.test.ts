import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { ROOT } from "../support/runner.js";

// GitHub's own workflow and action parser (the one behind the Actions language service) checks the
// files against the workflow and action schemas, expressions included.

function yamlFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  return existsSync(full) ? readdirSync(full).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name)) : [];
}

const workflows = [...yamlFiles(".github/workflows"), ...yamlFiles("workflows-templates")];
const actions = ["action.yml", ...readdirSync(join(ROOT, "actions")).map((name) => join("actions", name, "action.yml")).filter((path) => existsSync(join(ROOT, path)))];

describe("GitHub's parser accepts", () => {
  it.each(workflows)("the workflow %s", async (path) => {
    const result = parseWorkflow({ name: path, content: readFileSync(join(ROOT, path), "utf8") }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((error) => error.Message)).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it.each(actions)("the action %s", (path) => {
    const result = parseAction({ name: path, content: readFileSync(join(ROOT, path), "utf8") }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it("and refuses a broken workflow, so the check can fail", () => {
    const result = parseWorkflow({ name: "broken.yml", content: "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1\n        run: echo both\n" }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
