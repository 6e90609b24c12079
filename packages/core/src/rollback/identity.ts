import { identityArgs, type GitIdentity } from "../identity/committer.js";
import type { Git } from "../ports/index.js";

/**
 * The Git port with the identity on every command (identityArgs: `git -c user.name=… -c
 * user.email=…`), for a temporary worktree where a roll-forward or a config rollback commits,
 * reverts and (through publish) tags: none of it may depend on the runner's git setup.
 */
export function withIdentity(git: Git, identity: GitIdentity): Git {
  const prefix = identityArgs(identity);
  return {
    cwd: git.cwd,
    run: (args, options) => git.run([...prefix, ...args], options),
    stream: (args, onChunk) => git.stream([...prefix, ...args], onChunk),
  };
}
