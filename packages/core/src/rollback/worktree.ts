import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Git } from "../ports/index.js";

/** Makes a Git port for another directory (a temporary worktree). */
export type GitFor = (dir: string) => Git;

/**
 * Runs `body` in a temporary worktree of the repository, detached at `commit`, and removes the
 * worktree afterwards, whatever happened: the user's own checkout is never touched. The worktree
 * lives in the runner's temporary folder (RUNNER_TEMP), not in the repository.
 */
export async function inWorktree<T>(git: Git, gitFor: GitFor, commit: string, body: (worktree: Git, dir: string) => Promise<T>): Promise<T> {
  const parent = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "cadence-rollback-"));
  const dir = join(parent, "tree");
  try {
    await git.run(["worktree", "add", "--detach", dir, commit]);
    return await body(gitFor(dir), dir);
  } finally {
    await git.run(["worktree", "remove", "--force", dir], { allowFailure: true });
    await rm(parent, { recursive: true, force: true });
    // A worktree whose folder is gone (a crash before remove) is forgotten here.
    await git.run(["worktree", "prune"], { allowFailure: true });
  }
}
