import { ConfigurationError, GitError } from "../errors/index.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { Git } from "../ports/index.js";
import { readRemoteRefs } from "../publish/remote-refs.js";
import { withIdentity } from "./identity.js";
import { pullRequestEffect } from "./pulls.js";
import { identityOf, type GitIdentity } from "../identity/committer.js";
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
  const listed = changed.map((file) => (file.toBlob ? file.path : `${file.path} (removed)`)).join(", ");
  const where = config.delivery === "pull-request" ? `the new branch ${target}` : target;
  const paths = changed.map((file) => file.path).join(", ");
  const trailers = `Rollback-Config-From: ${facts.from.version}\nRollback-Config-To: ${facts.to.version}`;
  const commit = {
    kind: "config-commit",
    id: `config-commit:${target}`,
    summary: `commit ${listed} as they were at ${facts.to.tag}, on ${where}, by ${facts.identity.name}`,
    delivery: config.delivery,
    branch: target,
    parent: facts.head,
    source: facts.to.commit,
    files: changed.map((file) => ({ path: file.path, blob: file.toBlob })),
    message: `fix(config): restore ${paths} of ${facts.to.version}\n\n${facts.reason}\n\n${trailers}\n`,
    identity: { name: facts.identity.name, email: facts.identity.email },
  } satisfies Effect;
  for (const file of changed) rows.push({ channel: "config", item: file.path, before: short(file.currentBlob), after: file.toBlob ? short(file.toBlob) : "removed", effect: commit.id });
  const effects: Effect[] = [commit];
  if (facts.remote) {
    effects.push({
      kind: "config-push",
      id: `config-push:${facts.remote}/${target}`,
      summary: `push the config rollback to ${facts.remote}/${target}${config.delivery === "commit" ? " (fast-forward only)" : ""}`,
      remote: facts.remote,
      branch: target,
    });
  } else {
    notes.push(`config: there is no remote, so the commit stays on the local branch ${target}`);
  }
  if (config.delivery === "pull-request") {
    if (facts.remote && config.pullRequests) {
      const body = `Restores ${paths} as ${facts.to.tag} had them (rolled back from ${facts.from.tag}): ${facts.reason}${facts.issue ? ` (${facts.issue})` : ""}.`;
      effects.push(pullRequestEffect(config.pullRequests, target, facts.branch, `fix(config): roll back ${paths} to ${facts.to.version}`, body));
    } else {
      notes.push(`config: open a pull request from ${target} into ${facts.branch} to review and merge the restored files`);
    }
  }
  return effects;
}

const ours = (message: string, effect: Effect): boolean =>
  String(effect.message)
    .split("\n")
    .filter((line) => line.startsWith("Rollback-Config-"))
    .every((line) => message.includes(line));

/** The commit `rev` names when it is this rollback's config commit (parent and trailers); undefined otherwise. */
async function configCommitOn(git: Git, effect: Effect, rev = `refs/heads/${String(effect.branch)}`): Promise<string | undefined> {
  const found = await git.run(["log", "-1", "--format=%H%x00%P%x00%B", rev, "--"], { allowFailure: true });
  if (found.exitCode !== 0) return undefined;
  const [commit = "", parents = "", message = ""] = found.stdout.split("\0");
  return parents.trim() === String(effect.parent) && ours(message, effect) ? commit : undefined;
}

/**
 * The pull request's branch as an earlier run pushed it, when this checkout does not have it (a
 * re-run job checks out afresh): its commit is fetched and the local branch made at it, so the
 * push finds it done and no second commit is made (which the remote would refuse as diverged).
 */
async function adoptPushedBranch(git: Git, remote: string | null, effect: Effect): Promise<boolean> {
  if (!remote || effect.delivery !== "pull-request") return false;
  const ref = `refs/heads/${String(effect.branch)}`;
  const pushed = (await readRemoteRefs(git, remote, [ref])).get(ref)?.commit;
  if (!pushed) return false;
  await git.run(["fetch", "-q", "--no-tags", remote, ref]);
  if ((await configCommitOn(git, effect, pushed)) !== pushed) return false;
  await git.run(["update-ref", ref, pushed, ""]);
  return true;
}

export function configCommitHandler(git: Git, gitFor: GitFor, remote: string | null): EffectHandler {
  return {
    async isDone(effect) {
      return (await configCommitOn(git, effect)) !== undefined || (await adoptPushedBranch(git, remote, effect));
    },
    async run(effect) {
      const files = effect.files as Array<{ path: string; blob: string | null }>;
      const commit = await inWorktree(git, gitFor, String(effect.parent), async (plain) => {
        const worktree = withIdentity(plain, identityOf(effect.identity));
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
        if (error instanceof GitError) {
          const said = error.stderr.trim().split("\n").slice(-2).join(" ");
          throw new ConfigurationError(`the restored files cannot be fast-forwarded into ${String(effect.branch)}: ${said}`);
        }
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
