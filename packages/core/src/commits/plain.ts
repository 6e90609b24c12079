import type { ConventionalCommit, RawCommit } from "./types.js";

/** A commit's RawCommit fields as plain data (a LoggedCommit computes some of them on demand). */
export const rawFields = (raw: RawCommit): RawCommit => ({
  sha: raw.sha,
  parents: raw.parents,
  authorName: raw.authorName,
  authorEmail: raw.authorEmail,
  authorDate: raw.authorDate,
  message: raw.message,
});

/** Every field of a parsed commit, getters included, as plain data: for comparing two readings of a commit. */
export function parsedFields(commit: ConventionalCommit) {
  return {
    raw: rawFields(commit.raw),
    header: commit.header,
    type: commit.type,
    scope: commit.scope,
    subject: commit.subject,
    bang: commit.bang,
    breaking: commit.breaking,
    breakingNotes: [...commit.breakingNotes],
    body: commit.body,
    footers: commit.footers.map((footer) => ({ ...footer })),
    releaseAs: commit.releaseAs,
    revert: commit.revert,
  };
}
