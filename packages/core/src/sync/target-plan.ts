import { planHash, type JsonValue, type Plan } from "../plan/plan.js";
import { blobSha } from "./blob.js";
import { fileDiff, type FileDiff } from "./diff.js";
import { join } from "node:path";
import type { TargetEndpoint, TargetState, TargetWork } from "./endpoints/port.js";
import { renderManifest } from "./manifest.js";
import { mergedBytes, mergeThreeWay } from "./merge.js";
import { joinPath } from "./paths.js";
import { caseProblems, classify, withMerges, type Change, type Conflict, type MergeResult } from "./planner.js";
import { renderPullRequestBody } from "./report.js";
import { SYMLINK, type Endpoint, type FileEntry, type FileMap, type SourceSnapshot, type SyncConfig } from "./types.js";

export type TargetStatus = "unchanged" | "changes" | "conflict" | "blocked" | "error";

/** One target's part of a sync: what it holds, what would change, the effects and their hash. */
export interface TargetPlan {
  syncId: string;
  target: Endpoint;
  status: TargetStatus;
  /** Why the target cannot be synced (error, blocked), said for people. */
  message?: string;
  base: string;
  changes: Change[];
  conflicts: Conflict[];
  kept: Conflict[];
  diffs: FileDiff[];
  /** The manifest changes (a file's base moves, a first sync adopts files). */
  manifestChanged: boolean;
  plan: Plan;
  planHash: string;
  /** The target holds what this plan (its hash taken from the target's record) would make: nothing to do. */
  alreadyApplied?: boolean;
  /** How an apply gets the bytes; absent for a target that could not be planned. */
  work?: TargetWork;
  state?: TargetState;
}

/** Where a target path's content comes from in the source. */
export function sourceFilesFor(source: SourceSnapshot, target: Endpoint, manifestPath: string): { files: FileMap; origin: Map<string, string> } {
  const files: FileMap = new Map();
  const origin = new Map<string, string>();
  for (const [path, entry] of source.files) {
    const targetPath = joinPath(target.path, path);
    // The manifest is the sync's own record: a source that holds one (it is a target too) never overwrites it.
    if (targetPath === manifestPath) continue;
    files.set(targetPath, entry);
    origin.set(targetPath, path);
  }
  return { files, origin };
}

/** Plans one target from what was observed of it and of the source. */
export async function planTarget(sync: SyncConfig, target: Endpoint, source: SourceSnapshot, endpoint: TargetEndpoint, state: TargetState): Promise<TargetPlan> {
  const manifestPath = sync.options.manifest;
  const { files: sourceFiles, origin } = sourceFilesFor(source, target, manifestPath);
  const readSource = (path: string) => source.reader.read(origin.get(path)!, sourceFiles.get(path)!);
  const baseBytes = async (entry: FileEntry) => (await state.blob(entry.sha)) ?? (await source.blob?.(entry.sha));

  let classified = classify({ source: sourceFiles, target: state.files, managed: state.manifest?.files, strategy: sync.options.conflictStrategy });
  if (classified.merges.length > 0) {
    const results = new Map<string, MergeResult>();
    for (const request of classified.merges) {
      results.set(request.path, await mergeThreeWay({ request, base: await baseBytes(request.base), target: await state.reader.read(request.path, request.target), source: await readSource(request.path) }));
    }
    classified = withMerges(classified, results);
  }
  const mergeOf = new Map<string, { base: FileEntry; target: FileEntry; source: FileEntry }>();
  for (const change of classified.changes) {
    if (change.content === "merge") mergeOf.set(change.path, { base: state.manifest!.files.get(change.path)!, target: change.before!, source: sourceFiles.get(change.path)! });
  }
  const conflicts = [...classified.conflicts, ...caseProblems(classified.changes, state.paths, manifestPath), ...fileFolderClashes(classified.changes, state.paths)];

  const oldManifest = state.manifest ? renderManifest({ syncId: sync.syncId, files: state.manifest.files }) : undefined;
  const manifestText = renderManifest({ syncId: sync.syncId, files: classified.manifest });
  const manifestChanged = oldManifest === undefined ? classified.manifest.size > 0 : oldManifest !== manifestText;

  const content = async (change: Change): Promise<Buffer> => {
    if (change.content === "source") return readSource(change.path);
    const merge = mergeOf.get(change.path)!;
    const request = { path: change.path, ...merge };
    return mergedBytes({ request, base: await baseBytes(merge.base), target: await state.reader.read(change.path, merge.target), source: await readSource(change.path) }, change.after!.sha);
  };
  const diffs: FileDiff[] = [];
  for (const change of classified.changes) {
    const before = change.before ? await state.reader.read(change.path, change.before) : undefined;
    const after = change.after ? await content(change) : undefined;
    diffs.push(fileDiff(change, before, after));
  }

  const blocked = state.syncBranch?.foreign;
  const status: TargetStatus = conflicts.length > 0 ? "conflict" : blocked ? "blocked" : classified.changes.length > 0 || manifestChanged ? "changes" : "unchanged";
  const message =
    status === "conflict"
      ? `${conflicts.length} file(s) in conflict (conflict_strategy ${sync.options.conflictStrategy}): ${conflicts.map((conflict) => conflict.path).join(", ")}`
      : blocked
        ? `the branch ${sync.options.prBranch} has a commit the sync did not make (${blocked.sha.slice(0, 12)} by ${blocked.author}); it is never force-pushed away: merge or close the pull request, or delete the branch`
        : undefined;
  const planned = { changes: classified.changes, manifestPath, ...(manifestChanged ? { manifestSha: blobSha(Buffer.from(manifestText)) } : {}), facts: {} };
  const effects = status === "changes" || status === "unchanged" ? await endpoint.effects(state, planned) : [];
  const plan: Plan = {
    action: "sync",
    formatVersion: 1,
    observations: {
      sync_id: sync.syncId,
      config: sync.configDigest,
      target: target.id,
      kind: target.kind,
      branch: target.branch ?? null,
      path: target.path,
      base: state.base,
      strategy: sync.options.conflictStrategy,
      delivery: target.kind === "file" ? "write" : sync.options.delivery,
      committer: target.kind === "file" ? null : `${sync.options.committer.name} <${sync.options.committer.email}>`,
      status,
      changes: classified.changes.map(changeJson),
      conflicts: conflicts.map((conflict) => ({ path: conflict.path, reason: conflict.reason })),
      manifest: planned.manifestSha ?? null,
    },
    effects,
  };
  const hash = planHash(plan);
  const sourceFile = (change: Change) =>
    change.content === "source" && source.folder && change.after && change.after.mode !== SYMLINK ? join(source.folder, ...origin.get(change.path)!.split("/")) : undefined;
  const result: TargetPlan = { syncId: sync.syncId, target, status, ...(message ? { message } : {}), base: state.base, changes: classified.changes, conflicts, kept: classified.kept, diffs, manifestChanged, plan, planHash: hash, state };
  result.work = { changes: classified.changes, manifestText, ...(planned.manifestSha ? { manifestSha: planned.manifestSha } : {}), manifestPath, content, planHash: () => result.planHash, sourceFile, pullRequestBody: () => renderPullRequestBody(result) };
  return result;
}

/** A target that could not be read or planned: its plan says so (and its hash changes when it is fixed). */
export function failedTargetPlan(sync: SyncConfig, target: Endpoint, message: string): TargetPlan {
  const plan: Plan = { action: "sync", formatVersion: 1, observations: { sync_id: sync.syncId, config: sync.configDigest, target: target.id, status: "error" }, effects: [] };
  return { syncId: sync.syncId, target, status: "error", message, base: "", changes: [], conflicts: [], kept: [], diffs: [], manifestChanged: false, plan, planHash: planHash(plan) };
}

function changeJson(change: Change): { [key: string]: JsonValue } {
  return {
    path: change.path,
    action: change.action,
    before: change.before ? `${change.before.mode} ${change.before.sha}` : null,
    after: change.after ? `${change.after.mode} ${change.after.sha}` : null,
    resolution: change.resolution,
  };
}

/** A file the source adds where the target has a file (or link) in place of one of its folders. */
function fileFolderClashes(changes: readonly Change[], targetPaths: readonly string[]): Conflict[] {
  const files = new Set(targetPaths);
  const clashes: Conflict[] = [];
  for (const change of changes) {
    if (change.action !== "add") continue;
    const parts = change.path.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join("/");
      if (files.has(folder) && !changes.some((other) => other.action === "delete" && other.path === folder)) {
        clashes.push({ path: change.path, reason: `the target has a file (or a link) at ${folder}, where the source has a folder` });
        break;
      }
    }
  }
  return clashes;
}

