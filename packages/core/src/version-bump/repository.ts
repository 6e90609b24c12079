import { ConfigurationError, GitError } from "../errors/index.js";
import type { Git } from "../ports/index.js";
import { REPOSITORY_QUESTION } from "./first-questions.js";

export interface RepositoryState {
  head: string;
  /** The checked-out branch, or the one the caller named; undefined when HEAD is detached and nobody said. */
  branch?: string;
  detached: boolean;
  /** The repository's .git folder, absolute (where evidence records go). */
  gitDir: string;
}

/**
 * Makes sure the directory is a usable, complete git repository and reads where HEAD is, with one
 * git command (each costs a process start, and this runs before every action).
 */
export async function inspectRepository(git: Git, namedBranch: string | undefined): Promise<RepositoryState> {
  const answer = await git.run(REPOSITORY_QUESTION, { allowFailure: true });
  const [inside, shallow, gitDir, head, name] = answer.stdout.split("\n").map((line) => line.trim());
  if (inside !== "true" || !gitDir) {
    throw new ConfigurationError(`${git.cwd} is not a git repository (or a work tree of one). Run in the repository's folder, after actions/checkout.`);
  }
  if (shallow === "true") {
    throw new ConfigurationError(
      "this is a shallow clone, so the commits and tags since the last release are not all here. " +
        "With actions/checkout set `fetch-depth: 0`; locally run `git fetch --unshallow --tags`.",
    );
  }
  if (answer.exitCode !== 0 || !head || !/^[0-9a-f]{40,64}$/.test(head)) throw new ConfigurationError("the repository has no commits yet: there is nothing to release");
  const current = branchOf(name);
  return { head, detached: current === undefined, gitDir, ...((namedBranch ?? current) ? { branch: namedBranch ?? current } : {}) };
}

/** The branch HEAD's full name stands for (as `git symbolic-ref --short HEAD` says it), or undefined when HEAD is detached. */
function branchOf(fullName: string | undefined): string | undefined {
  if (!fullName || fullName === "HEAD") return undefined;
  if (fullName.startsWith("refs/heads/")) return fullName.slice("refs/heads/".length);
  return fullName.replace(/^refs\/(?:remotes\/|tags\/)?/, "");
}

/**
 * Awaits every promise, then returns their values, or throws the error of the first that failed in
 * the order given (not in the order they failed): work started at once still reports as if done in turn.
 */
export async function allInOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Whether the repository has a remote, which makes "no tags at all" suspicious. */
export async function hasRemote(git: Git): Promise<boolean> {
  try {
    const remotes = await git.run(["remote"]);
    return remotes.stdout.trim() !== "";
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}
