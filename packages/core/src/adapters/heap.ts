/**
 * Keeps V8's young generation at the size it has now for the rest of the process. By default V8
 * doubles it while most young objects survive, and reading a long history is exactly that: every
 * commit read is kept. On a machine with a large heap limit it grows to 2 × 64 MB, which was a
 * third of version-bump's peak at 100k commits (272 MB → 164 MB with this; the time is the same
 * within noise: see docs/performance.md).
 *
 * An action runs as `node dist/<name>/index.js` and cannot pass `--max-semi-space-size`, and V8
 * reads that flag only when the heap is set up; the growth factor it reads at every resize, so
 * setting it here takes effect. The commit reader calls this once a reading is long (CommitRecords),
 * not every command at its start: node:v8 costs a few milliseconds to load, a fair part of a short run.
 */
export function keepYoungGenerationSmall(): void {
  if (kept) return;
  kept = true;
  process.getBuiltinModule("node:v8").setFlagsFromString(YOUNG_GENERATION_FLAG);
}

let kept = false;

export const YOUNG_GENERATION_FLAG = "--semi-space-growth-factor=1";
