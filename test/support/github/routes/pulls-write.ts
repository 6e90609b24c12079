import { paginate, HttpProblem, type Route, type RouteContext } from "../server.js";
import { diffEntryBody } from "../git/bodies.js";
import { fullPullBody } from "../representations.js";
import type { IssueModel, RepoModel } from "../state.js";
import { bodyOf } from "./git-access.js";
import { branchSha, headBranch, openPullFor, refresh, validationFailed } from "./pull-heads.js";

/**
 * Opening, editing, closing and reopening pull requests, with the checks GitHub makes: the head
 * and base branches exist, there are commits between them (in a git-backed repository), and
 * there is at most one open pull request per head and base. `pulls/list-files` diffs a git-backed
 * pull request's head against its merge base with the base branch.
 */

/** Who opens a pull request with a workflow token. */
const AUTHOR = "github-actions[bot]";

function pullNamed(context: RouteContext, repo: RepoModel): IssueModel {
  const pull = repo.issues.find((issue) => issue.pull && issue.number === Number(context.params.pull_number));
  if (!pull) throw new HttpProblem(404, "Not Found");
  return pull;
}

function duplicate(repo: RepoModel, head: string): HttpProblem {
  return validationFailed({ code: "custom", message: `A pull request already exists for ${repo.owner}:${head}.` });
}

export const pullsWriteRoutes: Route[] = [
  {
    operationId: "pulls/create",
    handle(context) {
      const repo = context.repo();
      const input = bodyOf(context);
      if (typeof input.head !== "string" || typeof input.base !== "string") throw new HttpProblem(422, 'Invalid request.\n\n"head" and "base" are required.');
      if (typeof input.title !== "string" || !input.title) throw validationFailed({ field: "title", code: "missing_field" });
      const head = headBranch(repo, input.head);
      const headSha = head === undefined ? undefined : branchSha(repo, head);
      if (head === undefined || headSha === undefined) throw validationFailed({ field: "head", code: "invalid" });
      const baseSha = branchSha(repo, input.base);
      if (baseSha === undefined) throw validationFailed({ field: "base", code: "invalid" });
      if (openPullFor(repo, head, input.base)) throw duplicate(repo, head);
      if (repo.git && (headSha === baseSha || repo.git.isAncestor(headSha, baseSha))) {
        throw validationFailed({ code: "custom", message: `No commits between ${input.base} and ${head}` });
      }
      const issue = context.state.addPull(repo, { title: input.title, head, base: input.base, draft: input.draft === true, author: AUTHOR });
      issue.body = typeof input.body === "string" ? input.body : null;
      issue.pull = { ...issue.pull!, headSha, baseSha, maintainerCanModify: input.maintainer_can_modify !== false };
      return { status: 201, body: fullPullBody(context.baseUrl, repo, issue) };
    },
  },
  {
    operationId: "pulls/update",
    handle(context) {
      const repo = context.repo();
      const issue = refresh(repo, pullNamed(context, repo));
      const pull = issue.pull!;
      const input = bodyOf(context);
      if (input.state !== undefined && input.state !== "open" && input.state !== "closed") throw validationFailed({ field: "state", code: "invalid" });
      if (typeof input.base === "string" && input.base !== pull.base) {
        if (branchSha(repo, input.base) === undefined) throw validationFailed({ field: "base", code: "invalid" });
        if (issue.state === "open" && openPullFor(repo, pull.head, input.base, issue)) throw duplicate(repo, pull.head);
      }
      if (input.state === "open" && issue.state === "closed") {
        if (pull.merged) throw validationFailed({ code: "custom", message: "Cannot reopen a merged pull request" });
        if (branchSha(repo, pull.head) === undefined) throw validationFailed({ code: "custom", message: `Cannot reopen: the branch ${pull.head} was deleted` });
        if (openPullFor(repo, pull.head, typeof input.base === "string" ? input.base : pull.base, issue)) throw duplicate(repo, pull.head);
      }
      if (typeof input.title === "string") issue.title = input.title;
      if (typeof input.body === "string") issue.body = input.body;
      if (typeof input.base === "string") pull.base = input.base;
      if (typeof input.maintainer_can_modify === "boolean") pull.maintainerCanModify = input.maintainer_can_modify;
      if (input.state === "closed" && issue.state === "open") {
        issue.state = "closed";
        issue.closedAt = context.state.now;
      } else if (input.state === "open" && issue.state === "closed") {
        issue.state = "open";
        issue.closedAt = null;
      }
      issue.updatedAt = context.state.now;
      return { status: 200, body: fullPullBody(context.baseUrl, repo, refresh(repo, issue)) };
    },
  },
  {
    operationId: "pulls/list-files",
    handle(context) {
      const repo = context.repo();
      const issue = refresh(repo, pullNamed(context, repo));
      if (!repo.git) throw new HttpProblem(409, "Git Repository is empty.");
      const { headSha, baseSha } = issue.pull!;
      const files = baseSha ? repo.git.diffFiles(repo.git.mergeBase(baseSha, headSha) ?? baseSha, headSha) : [];
      const entries = files.map((file) => diffEntryBody(context.baseUrl, repo, file, file.status === "removed" ? baseSha! : headSha));
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/pulls/${issue.number}/files`, entries);
      return { status: 200, body: page.items, headers: page.headers };
    },
  },
];
