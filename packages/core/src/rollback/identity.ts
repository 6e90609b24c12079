import type { Git } from "../ports/index.js";
import type { Identity } from "./inputs.js";

/**
 * The Git port with an explicit identity on every command (`git -c user.name=… -c user.email=…`),
 * for the commits and tags a rollback makes: a hosted runner has no git identity of its own, and a
 * laptop's would make the rollback's commits look like a person's.
 */
export function withIdentity(git: Git, identity: Identity): Git {
  const prefix = ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`];
  return {
    cwd: git.cwd,
    run: (args, options) => git.run([...prefix, ...args], options),
    stream: (args, onChunk) => git.stream([...prefix, ...args], onChunk),
  };
}
