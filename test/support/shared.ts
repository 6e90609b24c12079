// The material beside the checkout that tests read: ../shared (the design's seeds and the
// release-history corpus). Found from the repository root, never from an absolute path; a test
// that needs it fails, with this message, when it is not there: a missing corpus must not turn
// into a silently skipped test.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "./runner.js";

export const SHARED_DIR = resolve(ROOT, "..", "shared");

/** The corpus folder: CADENCE_CORPUS when set (a copy elsewhere), otherwise ../shared/corpus. */
export const CORPUS_DIR = resolve(process.env.CADENCE_CORPUS ?? join(SHARED_DIR, "corpus"));

/** A file of the corpus, checked to exist. */
export function corpusFile(name: string): string {
  const path = join(CORPUS_DIR, name);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the tests read the release-history corpus from ../shared/corpus beside the checkout (${SHARED_DIR}), or from CADENCE_CORPUS. Put it there; these tests do not skip.`,
    );
  }
  return path;
}
