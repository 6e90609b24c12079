// What git is asked for the commits CommitRecords reads. A module of its own, without imports:
// the CLI starts this `git log` before it loads the rest (startGitAhead).

/**
 * The `git log -z` format that goes with CommitRecords: six fields, each ended by NUL (the last
 * by -z's record terminator), so no separator can be mistaken for text of a message.
 */
export const LOG_FORMAT = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";
export const FIELDS_PER_COMMIT = 6;

/** The `git log` that CommitRecords reads, of a revision (range) and optionally only some paths. */
export function logArgs(revision: string, paths: readonly string[] = []): string[] {
  // `--` ends the revisions: a file named like one (HEAD, say) is no ambiguity then.
  return ["-c", "log.showSignature=false", "log", "-z", LOG_FORMAT, "--no-color", revision, "--", ...paths];
}
