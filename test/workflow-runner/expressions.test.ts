import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let run: WorkflowRunResult;
beforeAll(async () => {
  world = await startWorld();
  run = await world.run({ workflow: join(FIXTURES, "expressions.yml"), event: { name: "workflow_dispatch", inputs: { count: "3" } } });
});
afterAll(async () => {
  await world?.close();
});

describe("expressions, env and the command files", () => {
  it("evaluates with GitHub's engine: functions, coercion, typed inputs, null", () => {
    const job = run.job("evaluate");
    expect(job.result, JSON.stringify(job.steps.map((step) => [step.id, step.error]))).toBe("success");
    expect(job.steps[1]!.outputs).toMatchObject({
      ternary: "yes",
      format: `a-3 and ["a","b"]`,
      contains: "true",
      starts: "true",
      joined: "a+b",
      json: "[1,2]",
      equal: "true",
      number: "3",
      missing: "[]",
      choice: "blue",
      "event-input": "true",
      "bool-type": "true",
    });
  });

  it("hashes files as the runner does: SHA-256 of each matching file's SHA-256, in path order; empty when none match", () => {
    const sha = (text: string | Buffer) => createHash("sha256").update(text).digest();
    const expected = createHash("sha256").update(Buffer.concat([sha("a\n"), sha("b\n")])).digest("hex");
    expect(run.job("evaluate").steps[1]!.outputs).toMatchObject({ hash: expected, "no-hash": "[]" });
  });

  it("layers env as the runner does and reads GITHUB_OUTPUT heredocs, GITHUB_ENV, GITHUB_PATH and the summary", () => {
    const job = run.job("evaluate");
    expect(job.steps[0]!.outputs.multi).toBe("line one\nline two");
    expect(job.steps[1]!.outputs.env).toBe("wf/overridden-by-env-file/from-file/step");
    expect(job.steps[1]!.outputs.tool).toBe("tool-on-path");
    expect(job.summary).toBe("# Summary title\n");
  });

  it("runs `shell: bash` with pipefail, and if: conditions with the status functions", () => {
    const job = run.job("evaluate");
    expect(job.steps[1]!.outputs.pipefail).toBe("pipefail on");
    expect(job.steps.map((step) => step.outcome)).toEqual(["success", "success", "skipped", "success", "failure", "success"]);
    expect(job.steps[4]!.conclusion).toBe("success");
    expect(job.steps[5]!.log).toContain("continue-on-error kept the job green");
  });
});
