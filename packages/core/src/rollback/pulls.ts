import { createOctokit, type GitHubForgeOptions } from "../forge/github.js";
import { GitHubPulls } from "../sync/github/github-pulls.js";
import type { PullRequests } from "../sync/github/pulls.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";

/** Pull requests of the repository on GitHub: sync's adapter, for a config rollback's pull request. */
export function githubPullRequests(options: GitHubForgeOptions): PullRequests {
  return new GitHubPulls(createOctokit(options), options.repository);
}

export function pullRequestEffect(repository: string, head: string, base: string, title: string, body: string): Effect {
  const summary = `open a pull request from ${head} into ${base} on ${repository}: "${title}"`;
  return { kind: "config-pull-request", id: `config-pull-request:${head}`, summary, head, base, title, body };
}

/** Done when the branch already has an open pull request into the base (one per head and base, as GitHub allows). */
export function pullRequestHandler(pulls: PullRequests): EffectHandler {
  return {
    async isDone(effect) {
      return (await pulls.findOpen(String(effect.head), String(effect.base))) !== undefined;
    },
    async run(effect) {
      await pulls.create({ head: String(effect.head), base: String(effect.base), title: String(effect.title), body: String(effect.body) });
    },
  };
}
