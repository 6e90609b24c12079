import { ConfigurationError, GitError } from "../errors/index.js";
import type { Git } from "../ports/index.js";

export interface RepositoryState {
  head: string;
  /** The checked-out branch, or the one the caller named; undefined when HEAD is detached and nobody said. */
  branch?: string;
  detached: boolean;
}

/** Makes sure the directory is a usable, complete git repository and reads where HEAD is. */
export async function inspectRepository(git: Git, namedBranch: string | undefined): Promise<RepositoryState> {
  const inside = await git.run(["rev-parse", "--is-inside-work-tree"], { allowFailure: true });
  if (inside.exitCode !== 0 || inside.stdout.trim() !== "true") {
    throw new ConfigurationError(`${git.cwd} is not a git repository (or a work tree of one). Run in the repository's folder, after actions/checkout.`);
  }
  const shallow = await git.run(["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.trim() === "true") {
    throw new ConfigurationError(
      "this is a shallow clone, so the commits and tags since the last release are not all here. " +
        "With actions/checkout set `fetch-depth: 0`; locally run `git fetch --unshallow --tags`.",
    );
  }
  const head = await git.run(["rev-parse", "--verify", "-q", "HEAD^{commit}"], { allowFailure: true });
  if (head.exitCode !== 0) throw new ConfigurationError("the repository has no commits yet: there is nothing to release");
  const symbolic = await git.run(["symbolic-ref", "-q", "--short", "HEAD"], { allowFailure: true });
  const current = symbolic.exitCode === 0 ? symbolic.stdout.trim() : undefined;
  return { head: head.stdout.trim(), detached: current === undefined, ...((namedBranch ?? current) ? { branch: namedBranch ?? current } : {}) };
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
