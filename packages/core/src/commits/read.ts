import type { Git } from "../ports/index.js";
import { LoggedCommit } from "./logged-commit.js";
import { logArgs } from "./log-args.js";
import { CommitRecords } from "./stream.js";
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
 * process's core while git is still printing on another, instead of after it. Messages stay bytes
 * until a body is asked for: see LoggedCommit.
 *
 * git prints a range `from..to` only once it has walked all of it (it must know which commits
 * `from` reaches before it may print any), which leaves this process idle for most of the read.
 * When `from` is a sha, the range is first read as a linear history (readLinearRange), which git
 * prints while it walks; a history that turns out not to be linear is read the usual way.
 */
export async function readConventionalCommits(git: Git, range: CommitRange): Promise<ConventionalCommit[]> {
  if (range.from !== undefined && FULL_SHA.test(range.from) && !(range.paths && range.paths.length > 0)) {
    const linear = await readLinearRange(git, range.from, range.to);
    if (linear) return linear;
  }
  const commits: ConventionalCommit[] = [];
  const records = new CommitRecords((commit) => commits.push(commit));
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  await git.stream(logArgs(revision, range.paths), (chunk) => records.push(chunk));
  records.end();
  return commits;
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * `from..to` when the history from `to` down to `from` is a single line of commits, or undefined
 * when it is not. git walks back from `to` printing as it goes (no negative ref, so nothing to
 * wait for) and is stopped at `from`. The commits before it are then exactly the range, in the
 * same order: none of them can be reachable from `from`, which they descend from, and everything
 * below is. A merge or a root commit met first means the line does not lead to `from` alone:
 * undefined, and the caller asks git for the range itself.
 */
async function readLinearRange(git: Git, from: string, to: string): Promise<ConventionalCommit[] | undefined> {
  const commits: ConventionalCommit[] = [];
  let reached = false;
  const records = new CommitRecords((commit) => {
    if (commit.raw.sha === from) reached = true;
    else if (parentCount(commit) === 1) return void commits.push(commit);
    records.stop();
  });
  await git.stream(logArgs(to), (chunk) => {
    records.push(chunk);
    return !records.stopped;
  });
  if (!records.stopped) records.end();
  return reached ? commits : undefined;
}

function parentCount(commit: ConventionalCommit): number {
  return commit instanceof LoggedCommit ? commit.parentCount : commit.raw.parents.length;
}

/** Shas of the commits in a range that touch any of the paths. */
export async function commitsTouching(git: Git, range: CommitRange, paths: readonly string[]): Promise<Set<string>> {
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  const { stdout } = await git.run(["log", "--format=%H", revision, "--", ...paths]);
  return new Set(stdout.split("\n").filter((line) => line !== ""));
}
