import { describe, expect, it } from "vitest";
import { parseCommit } from "../commits/parse.js";
import type { RevertPolicy } from "../config/types.js";
import { cancelReverts } from "./reverts.js";

const sha = (digit: string) => digit.repeat(40);
const commit = (message: string, id: string) =>
  parseCommit({ sha: sha(id), parents: [], authorName: "A", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message });

const lenient: RevertPolicy = { cancelPairs: true, pairing: "lenient", lone: "patch" };
const exact: RevertPolicy = { cancelPairs: true, pairing: "exact", lone: "patch" };
const headers = (commits: ReadonlyArray<{ header: string }>) => commits.map((one) => one.header);

describe("cancelReverts", () => {
  const feat = commit("feat: add x", "1");
  const revertBySha = commit(`Revert "feat: add x"\n\nThis reverts commit ${sha("1")}.`, "2");

  it("cancels a commit and its revert (newest first in, the rest kept in order)", () => {
    const fix = commit("fix: y", "3");
    const outcome = cancelReverts([fix, revertBySha, feat], lenient);
    expect(headers(outcome.kept)).toEqual(["fix: y"]);
    expect(outcome.cancelled).toHaveLength(1);
    expect(outcome.cancelled[0]!.reverted.raw.sha).toBe(sha("1"));
  });

  it("pairs GitHub's squash revert titles, which add ` (#N)` to both ends, by header", () => {
    const merged = commit("feat: add x (#12)", "4");
    const reverted = commit('Revert "feat: add x (#12)" (#13)', "5");
    expect(cancelReverts([reverted, merged], lenient).kept).toEqual([]);
  });

  it("cancels the commit with the reverted header when the named sha is in no history (rewritten or cherry-picked)", () => {
    const rewritten = commit(`Revert "feat: add x"\n\nThis reverts commit ${"e".repeat(40)}.`, "8");
    const outcome = cancelReverts([rewritten, feat], lenient);
    expect(outcome.kept).toEqual([]);
    expect(outcome.cancelled.map((pair) => pair.reverted.raw.sha)).toEqual([sha("1")]);
    // The same with GitHub's squash titles on both sides.
    const squashed = commit("fix: y (#4)", "9");
    const revertOfSquash = commit(`Revert "fix: y (#4)" (#5)\n\nThis reverts commit ${"d".repeat(12)}.`, "a");
    expect(cancelReverts([revertOfSquash, squashed], lenient).kept).toEqual([]);
  });

  it("keeps a lone revert, whose target was released before this range", () => {
    const lone = commit(`Revert "feat: older"\n\nThis reverts commit ${sha("9")}.`, "6");
    const outcome = cancelReverts([lone], lenient);
    expect(headers(outcome.kept)).toEqual(['Revert "feat: older"']);
    expect(outcome.cancelled).toEqual([]);
  });

  it("a revert of a revert brings the original back", () => {
    const again = commit(`Revert "Revert "feat: add x""\n\nThis reverts commit ${sha("2")}.`, "7");
    const outcome = cancelReverts([again, revertBySha, feat], lenient);
    expect(headers(outcome.kept)).toEqual(["feat: add x"]);
  });

  it("pairs each revert with one commit only", () => {
    const first = commit("fix: y", "a");
    const second = commit("fix: y", "b");
    const revert = commit('Revert "fix: y"', "c");
    expect(cancelReverts([revert, second, first], lenient).kept.map((one) => one.raw.sha)).toEqual([sha("a")]);
  });

  it("in exact pairing (semantic-release's), needs header and sha as written", () => {
    const merged = commit("feat: add x (#12)", "4");
    const byTitle = commit('Revert "feat: add x (#12)" (#13)', "5");
    expect(cancelReverts([byTitle, merged], exact).kept).toHaveLength(2);
    expect(cancelReverts([revertBySha, feat], exact).kept).toEqual([]);
  });

  it("does nothing when pairs are not to cancel", () => {
    expect(cancelReverts([revertBySha, feat], { ...lenient, cancelPairs: false }).kept).toHaveLength(2);
  });
});
