import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../support/runner.js";
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

describe("a reusable workflow of this repository run as called from another", () => {
  it("sees this checkout's commit as job_workflow_sha and can check the toolkit out at it, to run its actions from there", async () => {
    const called = await world.run({ workflow: join(FIXTURES, ".github/workflows/toolkit-checkout.yml"), event: { name: "workflow_call", callerPermissions: { contents: "read" } } });
    const job = called.job("own-commit");
    expect(job.result, job.steps.map((step) => `${step.id}: ${step.error ?? ""}`).join("\n")).toBe("success");
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    expect(job.steps.find((step) => step.id === "look")!.outputs).toEqual({ head, bundle: "present" });
    expect(job.steps.find((step) => step.id === "bump")!.outputs["release-needed"]).toBeDefined();
    expect(called.originRequests.some((request) => request.repository === "release-cadence/release-cadence" && request.service === "git-upload-pack")).toBe(true);
  });
});
