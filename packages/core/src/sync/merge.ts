import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blobSha, isBinary } from "./blob.js";
import { runGit } from "./git-run.js";
import type { MergeRequest, MergeResult } from "./planner.js";
import { SYMLINK } from "./types.js";

/** The three versions of a file a three-way merge needs, as bytes. */
export interface MergeInput {
  request: MergeRequest;
  base: Buffer | undefined;
  target: Buffer;
  source: Buffer;
}

/**
 * Merges three ways with `git merge-file`: git's own merge of text (the one `git merge` uses),
 * deterministic, and present wherever the sync runs; a JavaScript diff3 would be one more
 * implementation of the same algorithm to trust. The target's edit and the source's change are
 * both kept when they touch different lines; overlapping edits, binary files, links and a missing
 * base are reported as conflicts, never written with conflict markers.
 */
export async function mergeThreeWay(input: MergeInput): Promise<MergeResult> {
  const { request } = input;
  if (!input.base) return { reason: `has no base: the content last synced (${request.base.sha.slice(0, 12)}) is in neither the target's nor the source's history` };
  if ([request.base, request.target, request.source].some((entry) => entry.mode === SYMLINK)) return { reason: "cannot merge a symbolic link" };
  if (isBinary(input.base) || isBinary(input.target) || isBinary(input.source)) return { reason: "cannot merge binary content" };
  const result = await mergeFile(input.target, input.base, input.source);
  if (result.code > 0) return { reason: `found ${result.code} overlapping edit${result.code > 1 ? "s" : ""}` };
  // The mode: a change of it on one side wins, as git merges modes.
  const mode = request.source.mode !== request.base.mode ? request.source.mode : request.target.mode;
  return { merged: { sha: blobSha(result.stdout), mode, size: result.stdout.length } };
}

/** Merges again at apply time and hands back the bytes; refuses when they are not what was planned. */
export async function mergedBytes(input: MergeInput, expectedSha: string): Promise<Buffer> {
  if (!input.base) throw new Error(`${input.request.path}: the merge base is gone; run the dry-run again`);
  const result = await mergeFile(input.target, input.base, input.source);
  if (result.code !== 0 || blobSha(result.stdout) !== expectedSha) throw new Error(`${input.request.path}: the merge gives other content than the plan said; run the dry-run again`);
  return result.stdout;
}

/** `git merge-file -p` on three temporary files: the result, and the number of conflicts as its exit code. */
async function mergeFile(target: Buffer, base: Buffer, source: Buffer): Promise<{ code: number; stdout: Buffer }> {
  const folder = mkdtempSync(join(tmpdir(), "cadence-merge-"));
  try {
    const paths = { target: join(folder, "target"), base: join(folder, "base"), source: join(folder, "source") };
    writeFileSync(paths.target, target);
    writeFileSync(paths.base, base);
    writeFileSync(paths.source, source);
    // Exit codes 1..127 count conflicts (capped); a negative one (255) is a failure.
    return await runGit(["merge-file", "-p", "-L", "target", "-L", "last sync", "-L", "source", paths.target, paths.base, paths.source], {
      cwd: folder,
      allowCodes: Array.from({ length: 127 }, (_, index) => index + 1),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
