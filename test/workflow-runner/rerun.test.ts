import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let shared: string;
beforeAll(async () => {
  world = await startWorld();
  shared = mkdtempSync(join(tmpdir(), "rerun-shared-"));
});
afterAll(async () => {
  await world?.close();
  rmSync(shared, { recursive: true, force: true });
});

describe("re-running failed jobs", () => {
  it("keeps the jobs that succeeded with their outputs and runs the failed ones and what needs them, as the next attempt", async () => {
    const options = { workflow: join(FIXTURES, "rerun.yml"), event: { name: "workflow_dispatch" as const }, runnerEnv: { SHARED: shared } };
    const first = await world.run(options);
    expect(first.conclusion).toBe("failure");
    expect(first.jobs.map((job) => [job.key, job.conclusion])).toEqual([["build", "success"], ["flaky", "failure"], ["after", "skipped"]]);

    writeFileSync(join(shared, "fixed"), "");
    const second = await world.run({ ...options, rerunFailedOf: first });
    expect(second.conclusion).toBe("success");
    expect(second.attempt).toBe(2);
    expect(second.runId).toBe(first.runId);
    expect(second.jobs.map((job) => [job.key, job.conclusion, job.attempt])).toEqual([["build", "success", 1], ["flaky", "success", 2], ["after", "success", 2]]);
    expect(second.job("flaky").steps[0]!.log).toContain(`stamp attempt-1 on attempt 2 of run ${first.runId}`);
    // build ran once: the re-run did not repeat it.
    expect(readFileSync(join(shared, "builds"), "utf8")).toBe("built\n");
  });
});
