import { userBody } from "../representations.js";
import { HttpProblem, paginate, type Route, type RouteContext } from "../server.js";
import type { GitHubState, RepoModel } from "../state.js";
import { bodyOf } from "./git-access.js";

/** Comments on issues and pull requests (a pull request's conversation is its issue's comments). */

export interface CommentModel {
  id: number;
  issue: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** The comments of a repository, for tests to set up and inspect. */
export function commentsOf(state: GitHubState, repo: RepoModel): CommentModel[] {
  return state.area<CommentModel[]>(repo, "issue-comments", () => []);
}

function commentBody(context: RouteContext, repo: RepoModel, comment: CommentModel) {
  const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
  const isPull = repo.issues.some((issue) => issue.number === comment.issue && issue.pull);
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/${isPull ? "pull" : "issues"}/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issue}`,
    body: comment.body,
    user: userBody(context.baseUrl, comment.author, 41898282),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: "NONE",
  };
}

function text(context: RouteContext): string {
  const body = bodyOf(context).body;
  if (typeof body !== "string") throw new HttpProblem(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  return body;
}

export const issueCommentsRoutes: Route[] = [
  {
    operationId: "issues/create-comment",
    handle(context) {
      const repo = context.repo();
      const number = Number(context.params.issue_number);
      if (!repo.issues.some((issue) => issue.number === number)) throw new HttpProblem(404, "Not Found");
      const now = context.state.now;
      const comment: CommentModel = { id: context.state.id(), issue: number, body: text(context), author: "github-actions[bot]", createdAt: now, updatedAt: now };
      commentsOf(context.state, repo).push(comment);
      return { status: 201, body: commentBody(context, repo, comment) };
    },
  },
  {
    operationId: "issues/list-comments",
    handle(context) {
      const repo = context.repo();
      const number = Number(context.params.issue_number);
      if (!repo.issues.some((issue) => issue.number === number)) throw new HttpProblem(404, "Not Found");
      const comments = commentsOf(context.state, repo).filter((comment) => comment.issue === number);
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/issues/${number}/comments`, comments);
      return { status: 200, body: page.items.map((comment) => commentBody(context, repo, comment)), headers: page.headers };
    },
  },
  {
    operationId: "issues/update-comment",
    handle(context) {
      const repo = context.repo();
      const comment = commentsOf(context.state, repo).find((candidate) => candidate.id === Number(context.params.comment_id));
      if (!comment) throw new HttpProblem(404, "Not Found");
      comment.body = text(context);
      comment.updatedAt = context.state.now;
      return { status: 200, body: commentBody(context, repo, comment) };
    },
  },
];
