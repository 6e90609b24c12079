import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let run: WorkflowRunResult;
beforeAll(async () => {
  world = await startWorld();
  run = await world.run({ workflow: join(FIXTURES, "must-fail.yml"), event: { name: "workflow_dispatch", inputs: { needed: "yes" } }, secrets: { PRIVATE: "s3cr3t-value" } });
});
afterAll(async () => {
  await world?.close();
});

const failure = (key: string) => {
  const job = run.job(key);
  expect(job.result).toBe("failure");
  return job.steps[0]?.error ?? job.error;
};

describe("what GitHub refuses, the local runner refuses", () => {
  it("fails steps whose command files or commands the runner would reject", () => {
    expect(failure("unterminated")).toBe("Matching delimiter not found 'EOF' in GITHUB_OUTPUT");
    expect(failure("node-options")).toBe("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    expect(failure("set-env")).toContain("The `set-env` command is disabled.");
    expect(failure("missing-folder")).toMatch(/working directory '.*not\/there'\. No such file or directory/);
    expect(failure("local-action-without-checkout")).toContain("Did you forget to run actions/checkout before running your local action?");
    expect(failure("bad-expression")).toMatch(/must-fail\.yml:\d+:\d+: cannot evaluate .*fromJSON/);
    expect(run.conclusion).toBe("failure");
  });

  it("drops a job output that carries a secret, with GitHub's warning", () => {
    const job = run.job("secret-output");
    expect(job.result).toBe("success");
    expect(job.outputs).toEqual({});
    expect(job.annotations).toContainEqual({ level: "warning", message: "Skip output 'leaked' since it may contain secret.", properties: {} });
  });

  it("refuses a dispatch with a missing, unknown or invalid input before any job", async () => {
    const missing = await world.run({ workflow: join(FIXTURES, "must-fail.yml"), event: { name: "workflow_dispatch" } });
    expect(missing.error).toContain("Required input 'needed' not provided");
    expect(missing.jobs).toEqual([]);
    const unknown = await world.run({ workflow: join(FIXTURES, "must-fail.yml"), event: { name: "workflow_dispatch", inputs: { needed: "x", other: "y" } } });
    expect(unknown.error).toContain('Unexpected inputs provided: ["other"]');
    const choice = await world.run({ workflow: join(FIXTURES, "must-fail.yml"), event: { name: "workflow_dispatch", inputs: { needed: "x", mode: "medium" } } });
    expect(choice.error).toContain("Provided value 'medium' for input 'mode' not in the list of allowed values");
    const trigger = await world.run({ workflow: join(FIXTURES, "must-fail.yml"), event: { name: "push" } });
    expect(trigger.error).toContain("Workflow does not have 'push' trigger");
  });

  it("throws, with file and line, on what it cannot run at all", async () => {
    await expect(world.run({ workflow: join(FIXTURES, "unknown-action.yml"), event: { name: "push" } })).rejects.toThrow(/unknown-action\.yml:7:\d+: the local workflow runner has no stand-in for 'someone\/else'/);
    const windows = await world.run({ workflow: join(FIXTURES, "windows.yml"), event: { name: "push" } });
    expect(windows.job("build").error).toMatch(/windows\.yml:5:\d+: runs-on: '"windows-latest"' is not a GitHub-hosted Ubuntu runner/);
  });
});
