import type { Git } from "../ports/index.js";
import { CommitAssembler, LOG_FORMAT, NulFieldSplitter } from "./stream.js";
import type { RawCommit } from "./types.js";

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
  const assembler = new CommitAssembler();
  const splitter = new NulFieldSplitter(assembler.accept);
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  const args = ["-c", "log.showSignature=false", "log", LOG_FORMAT, "--no-color", revision];
  if (range.paths && range.paths.length > 0) args.push("--", ...range.paths);
  await git.stream(args, (chunk) => splitter.push(chunk));
  splitter.end();
  assembler.finish();
  return assembler.commits;
}

/** Shas of the commits in a range that touch any of the paths. */
export async function commitsTouching(git: Git, range: CommitRange, paths: readonly string[]): Promise<Set<string>> {
  const revision = range.from ? `${range.from}..${range.to}` : range.to;
  const { stdout } = await git.run(["log", "--format=%H", revision, "--", ...paths]);
  return new Set(stdout.split("\n").filter((line) => line !== ""));
}
