import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const worlds: WorkflowWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

async function world() {
  const created = await startWorld();
  worlds.push(created);
  return created;
}

describe("jobs in needs order with if:", () => {
  it("passes outputs along needs and runs always() jobs; failure() jobs are skipped when nothing failed", async () => {
    const w = await world();
    const run = await w.run({ workflow: join(FIXTURES, "needs-if.yml"), event: { name: "workflow_dispatch" } });
    expect(run.error).toBeUndefined();
    expect(run.conclusion).toBe("success");
    expect(run.job("first").outputs).toEqual({ word: "hello" });
    expect(run.job("second").steps[0]!.log).toContain("got hello");
    expect(run.job("cleanup").steps[0]!.log).toContain("first=success third=success");
    expect(run.job("on-failure").result).toBe("skipped");
  });

  it("lets a job with continue-on-error fail without failing the run or skipping what needs it", async () => {
    const w = await world();
    const run = await w.run({ workflow: join(FIXTURES, "needs-if.yml"), event: { name: "workflow_dispatch" } });
    expect(run.job("allowed-to-fail")).toMatchObject({ result: "failure", conclusion: "success" });
    expect(run.job("after-allowed").steps[0]!.log).toContain("went on after success");
    expect(run.conclusion).toBe("success");
  });

  it("skips what needs a failed job, runs always() and failure() jobs, and the run fails", async () => {
    const w = await world();
    const run = await w.run({ workflow: join(FIXTURES, "needs-if.yml"), event: { name: "workflow_dispatch", inputs: { fail: true } } });
    expect(run.conclusion).toBe("failure");
    expect(run.job("first").result).toBe("failure");
    expect(run.job("first").steps.map((step) => step.outcome)).toEqual(["success", "failure"]);
    expect(run.job("first").steps[1]!.error).toBe("Process completed with exit code 3.");
    expect(run.job("second").result).toBe("skipped");
    expect(run.job("third").result).toBe("skipped");
    expect(run.job("cleanup").steps[0]!.log).toContain("first=failure third=skipped");
    // failure() looks at every ancestor: first failed, two levels up.
    expect(run.job("on-failure").result).toBe("success");
  });
});
