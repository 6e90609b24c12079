import { setFlagsFromString } from "node:v8";

/**
 * Keeps V8's young generation at its starting size (about 1 MB per semi-space) for the rest of
 * the process. By default V8 doubles it while most young objects survive, and reading a long
 * history is exactly that: every commit read is kept. On a machine with a large heap limit it
 * grows to 2 × 64 MB, which was a third of version-bump's peak at 100k commits (272 MB → 164 MB
 * with this; the time is the same within noise: see docs/performance.md).
 *
 * An action runs as `node dist/<name>/index.js` and cannot pass `--max-semi-space-size`, and V8
 * reads that flag only when the heap is set up; the growth factor it reads at every resize, so
 * setting it here takes effect. Call it first thing, before the work allocates.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
}

export const YOUNG_GENERATION_FLAG = "--semi-space-growth-factor=1";
