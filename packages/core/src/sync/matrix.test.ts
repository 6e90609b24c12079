import { describe, expect, it } from "vitest";
import { parseSyncInputs } from "./inputs.js";
import { applyMatrix, parseTargetSelection } from "./matrix.js";
import type { TargetOutput } from "./outputs.js";

const hash = (digit: string) => `sha256:${digit.repeat(64)}`;
const target = (name: string, index: number): TargetOutput => ({
  syncId: "baseline",
  target: name,
  type: "git",
  base: "abc",
  add: 1,
  modify: 0,
  delete: 0,
  planHash: hash(String(index % 10)),
  status: "changes",
});

describe("the apply matrix", () => {
  it("keeps one leg per target while they fit", () => {
    const targets = ["a", "b", "c"].map(target);
    expect(applyMatrix(targets, 3, hash("f"))).toEqual(targets);
  });

  it("groups more targets than the limit into at most that many shards, in order, each target with its own hash", () => {
    const targets = Array.from({ length: 5 }, (_, index) => target(`t${index}`, index));
    expect(applyMatrix(targets, 2, hash("f"))).toEqual([
      { shard: "1 of 2", planHash: hash("f"), targets: ["t0", "t1", "t2"].map((name, index) => ({ syncId: "baseline", target: name, planHash: hash(String(index)) })) },
      { shard: "2 of 2", planHash: hash("f"), targets: ["t3", "t4"].map((name, index) => ({ syncId: "baseline", target: name, planHash: hash(String(index + 3)) })) },
    ]);
  });

  it("never makes more legs than GitHub's 256, and leaves no target out", () => {
    const targets = Array.from({ length: 1000 }, (_, index) => target(`t${index}`, index));
    const legs = applyMatrix(targets, 256, hash("f")) as Array<{ targets: unknown[] }>;
    expect(legs.length).toBeLessThanOrEqual(256);
    expect(legs.flatMap((leg) => leg.targets)).toHaveLength(1000);
  });
});

describe("the targets of a shard leg, as input", () => {
  it("reads the shard's list and says what is wrong with a bad one", () => {
    expect(parseTargetSelection(JSON.stringify([{ syncId: "s", target: "t", planHash: hash("a") }]))).toEqual([{ syncId: "s", target: "t", planHash: hash("a") }]);
    expect(parseTargetSelection("[")).toMatch(/^targets must be a JSON list/);
    expect(parseTargetSelection("[]")).toMatch(/non-empty/);
    expect(parseTargetSelection(JSON.stringify([{ syncId: "s", target: "t", planHash: "x" }]))).toMatch(/^targets\[0\] must have syncId, target and planHash/);
  });

  it("is for apply only, never with target, sync-id or plan-file, and max-matrix-legs stays within 1..256", () => {
    const targets = JSON.stringify([{ syncId: "s", target: "t", planHash: hash("a") }]);
    expect(() => parseSyncInputs({ cwd: "/repo", mode: "dry-run", targets })).toThrow(/targets is for mode apply/);
    expect(() => parseSyncInputs({ cwd: "/repo", mode: "apply", planHash: hash("b"), targets, target: "t" })).toThrow(/leave target out/);
    expect(parseSyncInputs({ cwd: "/repo", mode: "apply", planHash: hash("b"), targets }).targets).toHaveLength(1);
    expect(parseSyncInputs({ cwd: "/repo", maxMatrixLegs: "2" }).maxMatrixLegs).toBe(2);
    expect(() => parseSyncInputs({ cwd: "/repo", maxMatrixLegs: "257" })).toThrow(/max-matrix-legs must be a whole number from 1 to 256/);
  });
});
