import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { expandStrategy } from "../support/workflow/matrix.js";
import type { Node } from "../support/workflow/tokens.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let shared: string;
let run: WorkflowRunResult;
let failFast: WorkflowRunResult;
beforeAll(async () => {
  world = await startWorld();
  shared = mkdtempSync(join(tmpdir(), "matrix-shared-"));
  // SHARED is a folder every leg can write to, as a runner's .env would provide.
  run = await world.run({ workflow: join(FIXTURES, "matrix.yml"), event: { name: "workflow_dispatch" }, runnerEnv: { SHARED: shared } });
  failFast = await world.run({ workflow: join(FIXTURES, "fail-fast.yml"), event: { name: "workflow_dispatch" }, runnerEnv: { SHARED: shared } });
});
afterAll(async () => {
  await world?.close();
  rmSync(shared, { recursive: true, force: true });
});

describe("matrix strategies", () => {
  it("expands vectors, exclude and include as GitHub does, and names the legs", () => {
    expect(run.conclusion).toBe("success");
    const legs = run.jobs.filter((job) => job.id === "combine");
    expect(legs.map((job) => job.matrix)).toEqual([
      { os: "linux", node: 22, extra: "yes" },
      { os: "linux", node: 24, extra: "yes" },
      { os: "mac", node: 24 },
      { os: "windows", node: 24 },
    ]);
    expect(legs.map((job) => job.key)).toEqual(["combine (linux, 22, yes)", "combine (linux, 24, yes)", "combine (mac, 24)", "combine (windows, 24)"]);
    expect(run.job("combine (mac, 24)").steps[0]!.log).toContain("mac 24  2/4");
  });

  it("makes one leg per include entry when there are no vectors, and extends only the vectors' combinations (GitHub's documented example)", () => {
    const node = { error: (message: string) => new Error(message) } as unknown as Node;
    const targets = [{ target: "alpha", planHash: "a" }, { target: "beta", planHash: "b" }, { target: "gamma", planHash: "c" }];
    expect(expandStrategy({ matrix: { include: targets } }, node).legs).toEqual(targets);
    const documented = {
      matrix: {
        fruit: ["apple", "pear"],
        animal: ["cat", "dog"],
        include: [{ color: "green" }, { color: "pink", animal: "cat" }, { fruit: "apple", shape: "circle" }, { fruit: "banana" }, { fruit: "banana", animal: "cat" }],
      },
    };
    expect(expandStrategy(documented, node).legs).toEqual([
      { fruit: "apple", animal: "cat", color: "pink", shape: "circle" },
      { fruit: "apple", animal: "dog", color: "green", shape: "circle" },
      { fruit: "pear", animal: "cat", color: "pink" },
      { fruit: "pear", animal: "dog", color: "green" },
      { fruit: "banana" },
      { fruit: "banana", animal: "cat" },
    ]);
  });

  it("builds a matrix from a previous job's output with fromJSON, naming legs by an explicit name", () => {
    const legs = run.jobs.filter((job) => job.id === "from-json");
    expect(legs.map((job) => job.name)).toEqual(["paint red", "paint green"]);
    expect(legs.map((job) => job.outputs.last)).toEqual(["red", "green"]);
  });

  it("runs legs one at a time under max-parallel: 1", () => {
    expect(readFileSync(join(shared, "order"), "utf8")).toBe("start 1\nend 1\nstart 2\nend 2\nstart 3\nend 3\n");
  });

  it("fail-fast cancels the running legs (their always() steps still run) and the queued ones", () => {
    expect(failFast.job("legs (fails)").result).toBe("failure");
    const waits = failFast.job("legs (waits)");
    expect(waits.result).toBe("cancelled");
    expect(waits.steps.map((step) => step.outcome)).toEqual(["skipped", "cancelled", "success"]);
    expect(waits.steps[2]!.log).toContain("cleanup of waits");
    expect(["sequential (1)", "sequential (2)", "sequential (3)"].map((key) => failFast.job(key).result)).toEqual(["failure", "cancelled", "cancelled"]);
    expect(failFast.job("sequential (2)").steps).toEqual([]);
  });

  it("fail-fast: false lets the other legs run", () => {
    expect(["tolerant (1)", "tolerant (2)"].map((key) => failFast.job(key).result)).toEqual(["failure", "success"]);
    expect(failFast.conclusion).toBe("failure");
  });
});
