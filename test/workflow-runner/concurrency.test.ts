import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConcurrencyGroups } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let gates: string;
beforeAll(async () => {
  world = await startWorld();
  gates = mkdtempSync(join(tmpdir(), "concurrency-gates-"));
});
afterAll(async () => {
  await world?.close();
  rmSync(gates, { recursive: true, force: true });
});

const dispatch = (groups: ConcurrencyGroups, runId: number, inputs: Record<string, string | boolean>) =>
  world.run({ workflow: join(FIXTURES, "concurrency.yml"), event: { name: "workflow_dispatch", inputs }, concurrencyGroups: groups, runId });

describe("concurrency groups", () => {
  it("queue a second run of the group until the first finishes when cancel-in-progress is false; other groups go on", async () => {
    const groups = new ConcurrencyGroups();
    const gate = join(gates, "first");
    const first = dispatch(groups, 1, { gate });
    await groups.until((event) => event.holder === "run 1" && event.what === "started");
    const second = dispatch(groups, 2, {});
    const hotfix = dispatch(groups, 3, { line: "release-v1.4" });
    await groups.until((event) => event.holder === "run 2" && event.what === "queued");
    // The hotfix line is another group: it finishes while main's first run still holds its group.
    expect((await hotfix).conclusion).toBe("success");
    writeFileSync(gate, "");
    const [a, b] = await Promise.all([first, second]);
    expect([a.conclusion, b.conclusion]).toEqual(["success", "success"]);
    expect(groups.events.filter((event) => event.group === "release-main").map((event) => `${event.holder} ${event.what}`)).toEqual([
      "run 1 started",
      "run 2 queued",
      "run 1 finished",
      "run 2 started",
      "run 2 finished",
    ]);
    expect(a.concurrency).toEqual([{ scope: "(workflow)", group: "release-main", cancelInProgress: false }]);
  });

  it("cancel the run in progress when the newcomer says cancel-in-progress", async () => {
    const groups = new ConcurrencyGroups();
    const gate = join(gates, "never");
    const first = dispatch(groups, 11, { gate });
    await groups.until((event) => event.holder === "run 11" && event.what === "started");
    const second = await dispatch(groups, 12, { cancel: true });
    const cancelled = await first;
    expect(cancelled.conclusion).toBe("cancelled");
    expect(cancelled.job("work").result).toBe("cancelled");
    expect(second.conclusion).toBe("success");
  });
});
