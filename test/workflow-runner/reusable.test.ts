import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let run: WorkflowRunResult;
beforeAll(async () => {
  world = await startWorld();
  run = await world.run({ workflow: join(FIXTURES, "caller.yml"), workflowRoot: FIXTURES, event: { name: "workflow_dispatch" }, secrets: { WORD: "swordfish" } });
});
afterAll(async () => {
  await world?.close();
});

describe("reusable workflows", () => {
  it("pass typed inputs and secrets in, and outputs back out to the jobs that need the caller", () => {
    const inner = run.job("call/inner");
    expect(inner.name).toBe("call / inner");
    expect(inner.outputs).toEqual({ shout: "HELLO-true" });
    expect(run.job("call").outputs).toEqual({ shout: "HELLO-true" });
    expect(run.job("after").steps[0]!.log).toContain("got HELLO-true");
    // The secret reached the called job and was masked in its log.
    expect(inner.steps[0]!.log).toContain("secret is ***");
    expect(inner.steps[0]!.log).not.toContain("swordfish");
    // A workflow of the same repository runs at the run's commit.
    expect(inner.steps[0]!.log).toContain(`sha=${world.work.head()}`);
  });

  it("give called jobs no more than the caller's permissions", () => {
    expect(run.job("call/inner").token!.permissions.contents).toBe("read");
    const greedy = run.job("too-greedy");
    expect(greedy.result).toBe("failure");
    expect(greedy.error).toContain("The nested job 'wants-write' is requesting 'contents: write', but is only allowed 'contents: read'.");
    expect(run.jobs.some((job) => job.key.startsWith("too-greedy/"))).toBe(false);
    expect(run.conclusion).toBe("failure");
  });
});
