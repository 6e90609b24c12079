import { describe, expect, it } from "vitest";
import { caseProblems, classify, withMerges, type PlannerInput } from "./planner.js";
import type { ConflictStrategy, FileEntry, FileMap } from "./types.js";

const entry = (sha: string, mode = "100644"): FileEntry => ({ sha: sha.padEnd(40, "0"), mode, size: 1 });
const files = (pairs: Record<string, string>): FileMap => new Map(Object.entries(pairs).map(([path, sha]) => [path, entry(sha)]));

function plan(source: Record<string, string>, target: Record<string, string>, managed: Record<string, string> | undefined, strategy: ConflictStrategy = "fail") {
  const input: PlannerInput = { source: files(source), target: files(target), managed: managed ? files(managed) : undefined, strategy };
  return classify(input);
}

describe("the sync planner", () => {
  it("adds new files, updates untouched managed files and deletes managed files the source removed", () => {
    const result = plan({ "a.txt": "a2", "new.txt": "n1" }, { "a.txt": "a1", "gone.txt": "g1", "mine.txt": "m1" }, { "a.txt": "a1", "gone.txt": "g1" });
    expect(result.changes).toEqual([
      { path: "a.txt", action: "modify", before: entry("a1"), after: entry("a2"), content: "source", resolution: "clean" },
      { path: "gone.txt", action: "delete", before: entry("g1"), content: "source", resolution: "clean" },
      { path: "new.txt", action: "add", after: entry("n1"), content: "source", resolution: "clean" },
    ]);
    expect(result.conflicts).toEqual([]);
    expect([...result.manifest.keys()]).toEqual(["a.txt", "new.txt"]);
  });

  it("never deletes a file the sync did not write, whatever the strategy", () => {
    for (const strategy of ["fail", "theirs", "ours", "merge"] as const) {
      const result = plan({}, { "mine.txt": "m1", "docs/x.md": "x1" }, { "other.txt": "o1" }, strategy);
      expect(result.changes).toEqual([]);
      expect(result.conflicts).toEqual([]);
    }
  });

  it("with fail, names every managed file the target changed and plans nothing for them", () => {
    const result = plan({ "a.txt": "a2", "b.txt": "b1", "c.txt": "c1" }, { "a.txt": "aT", "b.txt": "bT" }, { "a.txt": "a1", "b.txt": "b1", "c.txt": "c1" });
    expect(result.conflicts.map((conflict) => [conflict.path, conflict.reason])).toEqual([
      ["a.txt", "changed in both the source and the target since the last sync"],
      ["b.txt", "changed in the target since the last sync"],
      ["c.txt", "deleted in the target since the last sync"],
    ]);
    expect(result.changes).toEqual([]);
  });

  it("with theirs, the source wins over target edits, deletions and unmanaged files", () => {
    const result = plan({ "a.txt": "a2", "c.txt": "c1", "u.txt": "u1" }, { "a.txt": "aT", "u.txt": "uT", "r.txt": "rT" }, { "a.txt": "a1", "c.txt": "c1", "r.txt": "r1" }, "theirs");
    expect(result.changes.map((change) => [change.path, change.action, change.resolution])).toEqual([
      ["a.txt", "modify", "theirs"],
      ["c.txt", "add", "theirs"],
      ["r.txt", "delete", "theirs"],
      ["u.txt", "modify", "theirs"],
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it("with ours, the target keeps its edits and a removed-but-edited file stops being managed", () => {
    const result = plan({ "a.txt": "a2", "b.txt": "b2" }, { "a.txt": "aT", "b.txt": "b1", "r.txt": "rT" }, { "a.txt": "a1", "b.txt": "b1", "r.txt": "r1" }, "ours");
    expect(result.changes.map((change) => [change.path, change.action])).toEqual([["b.txt", "modify"]]);
    expect(result.kept.map((kept) => kept.path)).toEqual(["a.txt", "r.txt"]);
    // a.txt's base moves to what the source now has: the next change of the source is seen as new.
    expect(result.manifest.get("a.txt")).toEqual(entry("a2"));
    expect(result.manifest.has("r.txt")).toBe(false);
  });

  it("with merge, asks for a three-way merge only where both sides changed, and keeps a target edit the source did not touch", () => {
    const result = plan({ "a.txt": "a2", "b.txt": "b1" }, { "a.txt": "aT", "b.txt": "bT" }, { "a.txt": "a1", "b.txt": "b1" }, "merge");
    expect(result.merges).toEqual([{ path: "a.txt", base: entry("a1"), target: entry("aT"), source: entry("a2") }]);
    expect(result.kept.map((kept) => kept.path)).toEqual(["b.txt"]);
    const clean = withMerges(result, new Map([["a.txt", { merged: entry("aM") }]]));
    expect(clean.changes).toEqual([{ path: "a.txt", action: "modify", before: entry("aT"), after: entry("aM"), content: "merge", resolution: "merged" }]);
    const overlapping = withMerges(result, new Map([["a.txt", { reason: "found 1 overlapping edit" }]]));
    expect(overlapping.changes).toEqual([]);
    expect(overlapping.conflicts).toEqual([{ path: "a.txt", reason: "changed in both the source and the target; the three-way merge found 1 overlapping edit" }]);
  });

  it("treats a mode change as a change and leaves identical files alone", () => {
    const source: FileMap = new Map([["run.sh", entry("s1", "100755")], ["same.txt", entry("x1")]]);
    const result = classify({ source, target: new Map([["run.sh", entry("s1")], ["same.txt", entry("x1")]]), managed: new Map([["run.sh", entry("s1")]]), strategy: "fail" });
    expect(result.changes).toEqual([{ path: "run.sh", action: "modify", before: entry("s1"), after: entry("s1", "100755"), content: "source", resolution: "clean" }]);
    expect(result.manifest.get("same.txt")).toEqual(entry("x1"));
  });

  it("refuses case-only renames and names that collide by letter case", () => {
    const renamed = plan({ "README.md": "r1" }, { "readme.md": "r1" }, { "readme.md": "r1" });
    const problems = caseProblems(renamed.changes, ["readme.md", "other.txt"], ".github/cadence-sync/s.json");
    expect(problems).toEqual([{ path: "README.md", reason: expect.stringContaining("case-only rename of readme.md to README.md") }]);
    const collision = plan({ "Docs/a.md": "d1" }, { "docs/a.md": "x1" }, undefined, "theirs");
    expect(caseProblems(collision.changes, ["docs/a.md"], "m.json")).toEqual([{ path: "Docs/a.md", reason: expect.stringContaining("only by letter case") }]);
  });
});
