import { ConfigurationError, GitError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { Git } from "../ports/index.js";
import { readRemoteRefs } from "../publish/remote-refs.js";

/**
 * Moves a floating tag (v1, v1.5) on the remote to `commit`, with a lease on `lease`: the tag's
 * own object as it was when the rollback was planned. Someone who moved the tag since wins.
 */
export function moveTagEffect(remote: string, tag: string, commit: string, lease: string, fromVersion: string, toVersion: string): Effect {
  return {
    kind: "floating-tag-move",
    id: `floating-tag-move:${remote}/${tag}`,
    summary: `move the floating tag ${tag} on ${remote} from ${fromVersion} (${lease.slice(0, 12)}) to ${toVersion} (${commit.slice(0, 12)})`,
    remote,
    tag,
    commit,
    lease,
  };
}

function moved(tag: string, remote: string, now: string | undefined, lease: string): ConfigurationError {
  return new ConfigurationError(
    `the floating tag ${tag} on ${remote} now points at ${now ? now.slice(0, 12) : "nothing"}, not at ${lease.slice(0, 12)} as when the rollback was planned: someone moved it. ` +
      "Nothing was forced; look at what changed, then plan the rollback again.",
  );
}

export function moveTagHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const ref = `refs/tags/${String(effect.tag)}`;
      return (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref)?.commit === effect.commit;
    },
    async run(effect) {
      const tag = String(effect.tag);
      const remote = String(effect.remote);
      const lease = String(effect.lease);
      const ref = `refs/tags/${tag}`;
      const now = (await readRemoteRefs(git, remote, [ref])).get(ref);
      if (now?.object !== lease) throw moved(tag, remote, now?.object, lease);
      try {
        // The lease makes git refuse the push when the tag moved between the read above and now.
        await git.run(["push", `--force-with-lease=${ref}:${lease}`, remote, `${String(effect.commit)}:${ref}`]);
      } catch (error) {
        if (error instanceof GitError && /stale info|rejected/.test(error.stderr)) throw moved(tag, remote, undefined, lease);
        throw error;
      }
      // The local tag follows, so later runs here see what the remote has.
      await git.run(["tag", "-f", tag, String(effect.commit)]);
    },
  };
}
