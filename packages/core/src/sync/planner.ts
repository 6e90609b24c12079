import { sameEntry } from "./blob.js";
import { byCodeUnits } from "./manifest.js";
import { caseCollisions } from "./paths.js";
import type { ConflictStrategy, FileEntry, FileMap } from "./types.js";

/**
 * The planner: pure functions from what was observed (source files, target files, the manifest
 * of what the sync last wrote) to what a sync would do to one target. No I/O: three-way merges
 * are asked for (`merges`) and their results handed back to `withMerges`.
 */

export type ChangeAction = "add" | "modify" | "delete";

export interface Change {
  /** Path in the target. */
  path: string;
  action: ChangeAction;
  /** The target's file now (modify, delete). */
  before?: FileEntry;
  /** What the target will hold (add, modify). */
  after?: FileEntry;
  /** Where the new bytes come from: the source file, or a three-way merge of base, target and source. */
  content: "source" | "merge";
  /** clean: only the source changed; theirs: the target's edit is overwritten; merged: both edits kept. */
  resolution: "clean" | "theirs" | "merged";
}

export interface Conflict {
  path: string;
  reason: string;
}

/** A file both sides changed since the last sync, to be merged three ways. */
export interface MergeRequest {
  path: string;
  base: FileEntry;
  target: FileEntry;
  source: FileEntry;
}

export interface MergeResult {
  /** The merged file; undefined when the edits overlap (or a side is binary). */
  merged?: FileEntry;
  reason?: string;
}

export interface Classification {
  changes: Change[];
  /** Target edits left in place (ours, or merge when the source did not change the file). */
  kept: Conflict[];
  conflicts: Conflict[];
  merges: MergeRequest[];
  /** The manifest after the sync: every managed path with the source content it now stands for. */
  manifest: FileMap;
}

export interface PlannerInput {
  /** Source files by target path, filtered. */
  source: FileMap;
  /** Target files at the paths that matter (source ∪ manifest), present ones only. */
  target: FileMap;
  /** The manifest's files; undefined on a first sync. */
  managed: FileMap | undefined;
  strategy: ConflictStrategy;
}

/** Decides, path by path, what happens in the target (see docs/sync.md, "What a sync does to a file"). */
export function classify(input: PlannerInput): Classification {
  const { source, target, strategy } = input;
  const managed = input.managed ?? new Map<string, FileEntry>();
  const result: Classification = { changes: [], kept: [], conflicts: [], merges: [], manifest: new Map() };
  const paths = [...source.keys()];
  for (const path of managed.keys()) if (!source.has(path)) paths.push(path);
  // The default sort compares UTF-16 code units (byCodeUnits' order), without a call per comparison.
  for (const path of paths.sort()) {
    const s = source.get(path);
    const t = target.get(path);
    // Most paths hold what the source has: settled here, before anything else is made for them.
    if (s !== undefined && t !== undefined && s.sha === t.sha && s.mode === t.mode) {
      result.manifest.set(path, s);
      continue;
    }
    const b = managed.get(path);
    if (s) classifyPresent(result, path, s, t, b, strategy);
    else if (b) classifyRemoved(result, path, t, b, strategy);
  }
  return result;
}

function classifyPresent(result: Classification, path: string, s: FileEntry, t: FileEntry | undefined, b: FileEntry | undefined, strategy: ConflictStrategy): void {
  const keep = (reason: string) => {
    result.kept.push({ path, reason });
    result.manifest.set(path, s);
  };
  const conflict = (reason: string) => {
    result.conflicts.push({ path, reason });
    if (b) result.manifest.set(path, b);
  };
  const write = (resolution: Change["resolution"]) => {
    result.changes.push(t ? { path, action: "modify", before: t, after: s, content: "source", resolution } : { path, action: "add", after: s, content: "source", resolution });
    result.manifest.set(path, s);
  };
  if (sameEntry(s, t)) {
    result.manifest.set(path, s);
    return;
  }
  if (!t) {
    if (!b) return write("clean");
    // The target deleted a file the sync wrote.
    const sourceChanged = !sameEntry(s, b);
    if (strategy === "theirs") return write("theirs");
    if (strategy === "ours") return keep("deleted in the target; the deletion is kept (ours)");
    if (strategy === "merge" && !sourceChanged) return keep("deleted in the target and unchanged in the source; the deletion is kept (merge)");
    return conflict(sourceChanged ? "changed in the source but deleted in the target since the last sync" : "deleted in the target since the last sync");
  }
  if (!b) {
    // A file of that name the sync never wrote.
    if (strategy === "theirs") return write("theirs");
    if (strategy === "ours") return keep("exists in the target and was not written by this sync; kept (ours)");
    return conflict("exists in the target and was not written by this sync (no manifest entry: use theirs to take it over, ours to keep it)");
  }
  if (sameEntry(t, b)) return write("clean");
  // The target changed the file since the last sync.
  const sourceChanged = !sameEntry(s, b);
  if (strategy === "theirs") return write("theirs");
  if (strategy === "ours") return keep("changed in the target since the last sync; the target's edit is kept (ours)");
  if (strategy === "merge") {
    if (!sourceChanged) return keep("changed in the target, unchanged in the source; the target's edit is kept (merge)");
    result.merges.push({ path, base: b, target: t, source: s });
    result.manifest.set(path, s);
    return;
  }
  return conflict(sourceChanged ? "changed in both the source and the target since the last sync" : "changed in the target since the last sync");
}

function classifyRemoved(result: Classification, path: string, t: FileEntry | undefined, b: FileEntry, strategy: ConflictStrategy): void {
  // The source no longer has (or no longer includes) a file the sync wrote.
  if (!t) return; // gone on both sides: it leaves the manifest
  if (sameEntry(t, b) || strategy === "theirs") {
    result.changes.push({ path, action: "delete", before: t, content: "source", resolution: sameEntry(t, b) ? "clean" : "theirs" });
    return;
  }
  if (strategy === "ours") {
    // The target's edited copy stays, and stops being managed: a later sync never deletes it.
    result.kept.push({ path, reason: "removed from the source but changed in the target; kept and no longer managed (ours)" });
    return;
  }
  result.conflicts.push({ path, reason: "removed from the source but changed in the target since the last sync" });
  result.manifest.set(path, b);
}

/** The classification with its merges done: a clean merge becomes a change, an overlap a conflict. */
export function withMerges(classified: Classification, results: ReadonlyMap<string, MergeResult>): Classification {
  const changes = [...classified.changes];
  const conflicts = [...classified.conflicts];
  const kept = [...classified.kept];
  const manifest = new Map(classified.manifest);
  for (const request of classified.merges) {
    const result = results.get(request.path);
    if (!result?.merged) {
      conflicts.push({ path: request.path, reason: `changed in both the source and the target; the three-way merge ${result?.reason ?? "was not made"}` });
      manifest.set(request.path, request.base);
    } else if (sameEntry(result.merged, request.target)) {
      kept.push({ path: request.path, reason: "the target already holds the source's change (merge)" });
    } else {
      changes.push({ path: request.path, action: "modify", before: request.target, after: result.merged, content: "merge", resolution: "merged" });
    }
  }
  changes.sort((a, b) => byCodeUnits(a.path, b.path));
  conflicts.sort((a, b) => byCodeUnits(a.path, b.path));
  return { changes, kept, conflicts, merges: [], manifest };
}

/**
 * Paths that differ only by case among the files the target would hold, or a rename to another
 * case: refused, since macOS and Windows checkouts hold them as one file.
 */
export function caseProblems(changes: readonly Change[], targetPaths: Iterable<string>, manifestPath: string): Conflict[] {
  const removed = new Set(changes.filter((change) => change.action === "delete").map((change) => change.path));
  const added = changes.filter((change) => change.action === "add").map((change) => change.path);
  if (added.length === 0) return [];
  const problems: Conflict[] = [];
  const folded = new Map<string, string>();
  for (const path of [...targetPaths, manifestPath]) folded.set(path.toLowerCase(), path);
  for (const path of added) {
    const other = folded.get(path.toLowerCase());
    if (other !== undefined && other !== path) {
      problems.push({
        path,
        reason: removed.has(other)
          ? `a case-only rename of ${other} to ${path}: macOS and Windows checkouts hold both as one file; rename it in two steps (another name first)`
          : `differs from the target's ${other} only by letter case: macOS and Windows checkouts hold both as one file`,
      });
    }
  }
  for (const [a, b] of caseCollisions(new Set(added))) problems.push({ path: b, reason: `differs from ${a} only by letter case` });
  return problems;
}

/** Counts by action, as the seed's dry_run.result wants them. */
export function countChanges(changes: readonly Change[]): { add: number; modify: number; delete: number } {
  const counts = { add: 0, modify: 0, delete: 0 };
  for (const change of changes) counts[change.action]++;
  return counts;
}
