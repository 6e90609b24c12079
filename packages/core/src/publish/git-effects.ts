import { ConfigurationError, GitError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import { identityArgs, identityOf, type GitIdentity } from "../identity/committer.js";
import type { Git } from "../ports/index.js";
import { isAncestor, readLocalTag, readRemoteRefs } from "./remote-refs.js";

/** An annotated tag, with the identity as its tagger (a hosted runner has none configured). */
export function gitTagEffect(tag: string, commit: string, message: string, tagger: GitIdentity): Effect {
  return {
    kind: "git-tag",
    id: `git-tag:${tag}`,
    summary: `create the annotated tag ${tag} on ${commit.slice(0, 12)} as ${tagger.name}`,
    tag,
    commit,
    message,
    tagger: { name: tagger.name, email: tagger.email },
  };
}

export function pushBranchEffect(remote: string, branch: string, commit: string): Effect {
  return { kind: "git-push-branch", id: `git-push-branch:${remote}/${branch}`, summary: `push ${commit.slice(0, 12)} to ${remote}/${branch} (fast-forward only)`, remote, branch, commit };
}

export function pushTagEffect(remote: string, tag: string, commit: string): Effect {
  return { kind: "git-push-tag", id: `git-push-tag:${remote}/${tag}`, summary: `push the tag ${tag} to ${remote}`, remote, tag, commit };
}

export function floatingTagEffect(remote: string, tag: string, commit: string, previous: string | null): Effect {
  return {
    kind: "floating-tag",
    id: `floating-tag:${remote}/${tag}`,
    summary: `move the floating tag ${tag} on ${remote} to ${commit.slice(0, 12)}${previous ? ` (from ${previous.slice(0, 12)})` : " (new)"}`,
    remote,
    tag,
    commit,
    previous,
  };
}

/** A tag is never moved once it exists: a clash is the user's to resolve. */
function tagClash(tag: string, where: string, found: string, wanted: string): ConfigurationError {
  return new ConfigurationError(
    `the tag ${tag} already exists ${where} on commit ${found.slice(0, 12)}, not on ${wanted.slice(0, 12)}. A released tag is never moved: ` +
      "release a new version instead, or delete the stray tag if it was never published.",
  );
}

export function gitTagHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const local = await readLocalTag(git, String(effect.tag));
      if (!local) return false;
      if (local.commit !== effect.commit) throw tagClash(String(effect.tag), "locally", local.commit, String(effect.commit));
      return true;
    },
    async run(effect) {
      await git.run([...identityArgs(identityOf(effect.tagger)), "tag", "-a", String(effect.tag), "-m", String(effect.message), String(effect.commit)]);
    },
  };
}

export function pushBranchHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const ref = `refs/heads/${String(effect.branch)}`;
      const remote = (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref);
      if (!remote) return false;
      return remote.commit === effect.commit || (await isAncestor(git, String(effect.commit), remote.commit));
    },
    async run(effect) {
      try {
        await git.run(["push", String(effect.remote), `${String(effect.commit)}:refs/heads/${String(effect.branch)}`]);
      } catch (error) {
        if (error instanceof GitError && /rejected|non-fast-forward|fetch first/.test(error.stderr)) {
          throw new ConfigurationError(
            `${String(effect.remote)}/${String(effect.branch)} has commits this checkout does not have, so the release commit cannot be pushed without losing them. ` +
              "Fetch, rebase or merge, and run the release again.",
          );
        }
        throw error;
      }
    },
  };
}

export function pushTagHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const ref = `refs/tags/${String(effect.tag)}`;
      const remote = (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref);
      if (!remote) return false;
      if (remote.commit !== effect.commit) throw tagClash(String(effect.tag), `on ${String(effect.remote)}`, remote.commit, String(effect.commit));
      return true;
    },
    async run(effect) {
      await git.run(["push", String(effect.remote), `refs/tags/${String(effect.tag)}`]);
    },
  };
}

export function floatingTagHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const ref = `refs/tags/${String(effect.tag)}`;
      const remote = (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref);
      return remote?.commit === effect.commit;
    },
    async run(effect) {
      const ref = `refs/tags/${String(effect.tag)}`;
      const current = (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref);
      // The lease makes the move fail if someone else moved the tag since we looked.
      const lease = `--force-with-lease=${ref}:${current?.object ?? ""}`;
      await git.run(["push", lease, String(effect.remote), `${String(effect.commit)}:${ref}`]);
      await git.run(["tag", "-f", String(effect.tag), String(effect.commit)]);
    },
  };
}
