import type { Git } from "../ports/index.js";
import { CommitRecords, LOG_FORMAT } from "./stream.js";
import type { ConventionalCommit, RawCommit } from "./types.js";

export interface CommitRange {
  /** Exclusive lower end (a tag or sha); undefined reads the whole history. */
  from?: string;
  /** Inclusive upper end. */
  to: string;
  /** Only commits that touch these paths (monorepo packages). */
  paths?: readonly string[];
}

/** Streams `git log` for a range, newest first, merges included. */
export async function readCommits(git: Git, range: CommitRange): Promise<RawCommit[]> {
  return (await readConventionalCommits(git, range)).map((commit) => commit.raw);
}

/**
 * The commits of a range, each parsed the moment git has printed it: parsing runs on this
 * process's core while git is still printing on another, instead of after it. (git prints a range
 * only once it has walked all of it, so the walk itself cannot be overlapped; see
 * docs/performance.md.) Messages stay bytes until a body is asked for: see LoggedCommit.
 */
export async function readConventionalCommits(git: Git, range: CommitRange): Promise<ConventionalCommit[]> {
  const commits: ConventionalCommit[] = [];
  const records = new CommitRecords((commit) => commits.push(commit));
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  const args = ["-c", "log.showSignature=false", "log", "-z", LOG_FORMAT, "--no-color", revision];
  if (range.paths && range.paths.length > 0) args.push("--", ...range.paths);
  await git.stream(args, (chunk) => records.push(chunk));
  records.end();
  return commits;
}

/** Shas of the commits in a range that touch any of the paths. */
export async function commitsTouching(git: Git, range: CommitRange, paths: readonly string[]): Promise<Set<string>> {
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  const { stdout } = await git.run(["log", "--format=%H", revision, "--", ...paths]);
  return new Set(stdout.split("\n").filter((line) => line !== ""));
}
