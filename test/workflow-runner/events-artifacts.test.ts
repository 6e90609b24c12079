import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

describe("events and artifacts", () => {
  it("a push carries its ref; artifacts pass from job to job as folders, hidden files left out, a second upload of a name refused", async () => {
    const run = await world.run({ workflow: join(FIXTURES, "artifacts.yml"), event: { name: "push", payload: { head_commit: { message: "feat: x" } } } });
    expect(run.conclusion).toBe("success");
    const again = run.job("make").steps.find((step) => step.id === "again")!;
    expect(again.outcome).toBe("failure");
    expect(again.error).toContain("an artifact with this name already exists on the workflow run");
    expect(run.job("use").steps[1]!.log.split("\n").filter((line) => line.startsWith("got/"))).toEqual(["got/a.txt", "got/deep/b.txt", "got/event.txt"]);
    expect(run.job("make").steps[1]!.outputs["artifact-id"]).toBe("1");
  });

  it("a schedule runs on the default branch with the cron in the event; a cron the workflow lacks is refused", async () => {
    const run = await world.run({ workflow: join(FIXTURES, "schedule.yml"), event: { name: "schedule", cron: "17 3 * * 1" } });
    expect(run.job("tick").steps[0]!.log).toContain("event=schedule cron=17 3 * * 1 ref=refs/heads/main");
    const wrong = await world.run({ workflow: join(FIXTURES, "schedule.yml"), event: { name: "schedule", cron: "0 0 * * *" } });
    expect(wrong.error).toContain("the workflow has no schedule '0 0 * * *'");
  });
});
