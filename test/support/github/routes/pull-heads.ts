import { HttpProblem } from "../server.js";
import type { IssueModel, RepoModel } from "../state.js";

/**
 * The branches of pull requests: where they point now, and the head a request names. Shared by
 * the read and write routes of pulls.
 */

/** The sha a branch points at (git or in-memory refs), or undefined when there is no such branch. */
export function branchSha(repo: RepoModel, branch: string): string | undefined {
  const ref = `refs/heads/${branch}`;
  return repo.git ? repo.git.ref(ref)?.sha : repo.refs.get(ref);
}

/** An open pull request follows its branches, as on GitHub; a closed one keeps the shas it had. */
export function refresh(repo: RepoModel, issue: IssueModel): IssueModel {
  if (!issue.pull || issue.state !== "open") return issue;
  issue.pull.headSha = branchSha(repo, issue.pull.head) ?? issue.pull.headSha;
  const base = branchSha(repo, issue.pull.base);
  if (base) issue.pull.baseSha = base;
  return issue;
}

/** A head as the API takes it, "branch" or "owner:branch"; heads from forks are not modelled. */
export function headBranch(repo: RepoModel, head: string): string | undefined {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

/** GitHub's 422 "Validation Failed" with one error. */
export function validationFailed(error: Record<string, string>): HttpProblem {
  return new HttpProblem(422, "Validation Failed", {}, [{ resource: "PullRequest", ...error }]);
}

/** The open pull request from `head` into `base`, other than `except`. */
export function openPullFor(repo: RepoModel, head: string, base: string, except?: IssueModel): IssueModel | undefined {
  return repo.issues.find((issue) => issue !== except && issue.state === "open" && issue.pull?.head === head && issue.pull.base === base);
}
