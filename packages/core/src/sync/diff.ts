import { formatPatch, structuredPatch, type StructuredPatch } from "diff";
import { isBinary } from "./blob.js";
import type { Change } from "./planner.js";

/** One file's part of the dry-run: a git-style unified diff (what `git apply` takes) and its counts. */
export interface FileDiff {
  path: string;
  action: Change["action"];
  binary: boolean;
  /** Lines added and removed (0 for binary files and diffs left out). */
  added: number;
  removed: number;
  /** [old, new] when the mode changes (an executable bit, a link). */
  modeChange?: [string, string];
  /** Why the lines are not shown, when they are not: binary, too large. */
  note?: string;
  text: string;
}

/** Files above this size are named with their sizes, not diffed line by line. */
export const DIFF_BYTES = 1024 * 1024;
/** A diff needing more edits than this is left out (jsdiff's work grows with edits × length). */
const MAX_EDITS = 20_000;

/**
 * The unified diff of one change, made by jsdiff (the `diff` package) in git's format: `diff --git`
 * headers, `new file mode`, `deleted file mode`, `old mode`/`new mode`, `/dev/null` for the
 * missing side. Binary files and mode changes are named, never dumped.
 */
export function fileDiff(change: Change, before: Buffer | undefined, after: Buffer | undefined): FileDiff {
  const oldMode = change.before?.mode;
  const newMode = change.after?.mode;
  const modeChange: [string, string] | undefined = change.action === "modify" && oldMode && newMode && oldMode !== newMode ? [oldMode, newMode] : undefined;
  const binary = Boolean((before && isBinary(before)) || (after && isBinary(after)));
  const base: StructuredPatch = {
    oldFileName: change.action === "add" ? "/dev/null" : `a/${change.path}`,
    newFileName: change.action === "delete" ? "/dev/null" : `b/${change.path}`,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: [],
    isGit: true,
    ...(change.action === "add" ? { isCreate: true, newMode } : {}),
    ...(change.action === "delete" ? { isDelete: true, oldMode } : {}),
    ...(modeChange ? { oldMode: modeChange[0], newMode: modeChange[1] } : {}),
  };
  const sameBytes = before !== undefined && after !== undefined && before.equals(after);
  const result = { path: change.path, action: change.action, binary, added: 0, removed: 0, ...(modeChange ? { modeChange } : {}) };
  // Named as git names it ("Binary files … differ"): git apply then refuses the file, rather than
  // making it empty from a header with no content.
  if (binary) {
    const named = `Binary files ${base.oldFileName} and ${base.newFileName} differ\n`;
    return { ...result, note: `binary, ${sizes(before, after)}`, text: `${formatPatch({ ...base, isBinary: true })}${named}` };
  }
  if (sameBytes) return { ...result, text: formatPatch(base) };
  if ((before?.length ?? 0) > DIFF_BYTES || (after?.length ?? 0) > DIFF_BYTES) return { ...result, note: `too large to show, ${sizes(before, after)}`, text: `${formatPatch(base)}# ${change.path}: not shown (${sizes(before, after)})\n` };
  const oldText = before?.toString("utf8") ?? "";
  const newText = after?.toString("utf8") ?? "";
  const patch = structuredPatch(base.oldFileName!, base.newFileName!, oldText, newText, undefined, undefined, { context: 3, maxEditLength: MAX_EDITS });
  if (!patch) return { ...result, note: "too many changed lines to show", text: `${formatPatch(base)}# ${change.path}: too many changed lines to show\n` };
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith("+")) added++;
      else if (line.startsWith("-")) removed++;
    }
  }
  return { ...result, added, removed, text: formatPatch({ ...base, hunks: patch.hunks }) };
}

function sizes(before: Buffer | undefined, after: Buffer | undefined): string {
  if (before && after) return `${before.length} → ${after.length} bytes`;
  return `${(before ?? after)?.length ?? 0} bytes`;
}
