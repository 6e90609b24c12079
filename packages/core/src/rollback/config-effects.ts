import { ConfigurationError, GitError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { Git } from "../ports/index.js";
import { readRemoteRefs } from "../publish/remote-refs.js";
import { withIdentity } from "./identity.js";
import type { Identity } from "./inputs.js";
import type { ChannelRow } from "./plan.js";
import type { RollbackFacts } from "./types.js";
import { inWorktree, type GitFor } from "./worktree.js";

/**
 * A config rollback (type config): the listed files get their content at G back, in one commit
 * on top of the branch; delivered as a branch with a pull request, or pushed to the branch itself.
 */
export function configCommitEffects(facts: RollbackFacts, rows: ChannelRow[], notes: string[]): Effect[] {
  const config = facts.config;
  if (!config || config.files.length === 0) throw new ConfigurationError("type config restores the files listed under rollback.config.files, and none are listed");
  const changed = config.files.filter((file) => file.toBlob !== file.currentBlob);
  if (changed.length === 0) {
    notes.push(`config: ${config.files.map((file) => file.path).join(", ")} already have their content of ${facts.to.version}`);
    return [];
  }
  if (!facts.branch) throw new ConfigurationError("a config rollback commits on top of the branch, but HEAD is detached: name the branch (branch input, or check it out)");
  const short = (blob: string | null) => (blob ? `blob ${blob.slice(0, 12)}` : "absent");
  const target = config.delivery === "pull-request" ? config.branch : facts.branch;
  const commit = {
    kind: "config-commit",
    id: `config-commit:${target}`,
    summary: `commit ${changed.map((file) => (file.toBlob ? file.path : `${file.path} (removed)`)).join(", ")} as they were at ${facts.to.tag}, on ${config.delivery === "pull-request" ? `the new branch ${target}` : target}, by ${facts.identity.name}`,
    delivery: config.delivery,
    branch: target,
    parent: facts.head,
    source: facts.to.commit,
    files: changed.map((file) => ({ path: file.path, blob: file.toBlob })),
    message: `fix(config): restore ${changed.map((file) => file.path).join(", ")} of ${facts.to.version}\n\n${facts.reason}\n\nRollback-Config-From: ${facts.from.version}\nRollback-Config-To: ${facts.to.version}\n`,
    identity: { name: facts.identity.name, email: facts.identity.email },
  } satisfies Effect;
  for (const file of changed) rows.push({ channel: "config", item: file.path, before: short(file.currentBlob), after: file.toBlob ? short(file.toBlob) : "removed", effect: commit.id });
  const effects: Effect[] = [commit];
  if (facts.remote) {
    effects.push({ kind: "config-push", id: `config-push:${facts.remote}/${target}`, summary: `push the config rollback to ${facts.remote}/${target}${config.delivery === "commit" ? " (fast-forward only)" : ""}`, remote: facts.remote, branch: target });
  } else {
    notes.push(`config: there is no remote, so the commit stays on the local branch ${target}`);
  }
  if (config.delivery === "pull-request") notes.push(`config: open a pull request from ${target} into ${facts.branch} to review and merge the restored files`);
  return effects;
}

const ours = (message: string, effect: Effect): boolean => String(effect.message).split("\n").filter((line) => line.startsWith("Rollback-Config-")).every((line) => message.includes(line));

/** The commit the branch holds when it is this rollback's config commit (parent and trailers); undefined otherwise. */
async function configCommitOn(git: Git, effect: Effect): Promise<string | undefined> {
  const found = await git.run(["log", "-1", "--format=%H%x00%P%x00%B", `refs/heads/${String(effect.branch)}`, "--"], { allowFailure: true });
  if (found.exitCode !== 0) return undefined;
  const [commit = "", parents = "", message = ""] = found.stdout.split("\0");
  return parents.trim() === String(effect.parent) && ours(message, effect) ? commit : undefined;
}

export function configCommitHandler(git: Git, gitFor: GitFor): EffectHandler {
  return {
    async isDone(effect) {
      return (await configCommitOn(git, effect)) !== undefined;
    },
    async run(effect) {
      const files = effect.files as Array<{ path: string; blob: string | null }>;
      const commit = await inWorktree(git, gitFor, String(effect.parent), async (plain) => {
        const worktree = withIdentity(plain, effect.identity as unknown as Identity);
        const restored = files.filter((file) => file.blob).map((file) => file.path);
        const removed = files.filter((file) => !file.blob).map((file) => file.path);
        if (restored.length > 0) await worktree.run(["checkout", String(effect.source), "--", ...restored]);
        if (removed.length > 0) await worktree.run(["rm", "-q", "--ignore-unmatch", "--", ...removed]);
        await worktree.run(["commit", "--no-verify", "-q", "-m", String(effect.message)]);
        return (await worktree.run(["rev-parse", "HEAD"])).stdout.trim();
      });
      if (effect.delivery === "pull-request") {
        // A new branch, created only if absent.
        await git.run(["update-ref", `refs/heads/${String(effect.branch)}`, commit, ""]);
        return;
      }
      // On the checked-out branch itself: a fast-forward, refused by git if local edits are in the way.
      try {
        await git.run(["merge", "--ff-only", "-q", commit]);
      } catch (error) {
        if (error instanceof GitError) throw new ConfigurationError(`the restored files cannot be fast-forwarded into ${String(effect.branch)}: ${error.stderr.trim().split("\n").slice(-2).join(" ")}`);
        throw error;
      }
    },
  };
}

export function configPushHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const ref = `refs/heads/${String(effect.branch)}`;
      const local = (await git.run(["rev-parse", "--verify", "-q", ref], { allowFailure: true })).stdout.trim();
      const remote = (await readRemoteRefs(git, String(effect.remote), [ref])).get(ref);
      return local !== "" && remote?.commit === local;
    },
    async run(effect) {
      const ref = `refs/heads/${String(effect.branch)}`;
      try {
        await git.run(["push", String(effect.remote), `${ref}:${ref}`]);
      } catch (error) {
        if (error instanceof GitError && /rejected|non-fast-forward|fetch first/.test(error.stderr)) {
          throw new ConfigurationError(`${String(effect.remote)}/${String(effect.branch)} has commits this checkout does not have: fetch, and plan the config rollback again`);
        }
        throw error;
      }
    },
  };
}
