import { HttpProblem, paginate, type Route } from "../server.js";
import { repositoryBody, statusBody } from "../representations.js";
import type { StatusModel } from "../state.js";
import { resolveRef } from "./checks.js";

/** GitHub's combined state: failure or error anywhere wins, then pending, then success. */
function combine(statuses: readonly StatusModel[]): string {
  if (statuses.some((status) => status.state === "failure" || status.state === "error")) return "failure";
  if (statuses.length === 0 || statuses.some((status) => status.state === "pending")) return "pending";
  return "success";
}

/** The newest status per context, newest first. */
function latestPerContext(statuses: readonly StatusModel[]): StatusModel[] {
  const newest = new Map<string, StatusModel>();
  for (const status of statuses) newest.set(status.context, status);
  return [...newest.values()].reverse();
}

export const statusesRoutes: Route[] = [
  {
    operationId: "repos/get-combined-status-for-ref",
    handle(context) {
      const repo = context.repo();
      const sha = resolveRef(repo, context.params.ref!);
      const latest = latestPerContext(repo.statuses.filter((status) => status.sha === sha));
      const api = `${context.baseUrl}/repos/${repo.owner}/${repo.name}`;
      return {
        status: 200,
        body: {
          state: combine(latest),
          sha,
          total_count: latest.length,
          statuses: latest.map((status) => {
            const { creator: _creator, ...simple } = statusBody(context.baseUrl, repo, status);
            return simple;
          }),
          repository: repositoryBody(context.baseUrl, repo),
          commit_url: `${api}/commits/${sha}`,
          url: `${api}/commits/${sha}/status`,
        },
      };
    },
  },
  {
    operationId: "repos/list-commit-statuses-for-ref",
    handle(context) {
      const repo = context.repo();
      const sha = resolveRef(repo, context.params.ref!);
      const all = repo.statuses.filter((status) => status.sha === sha).reverse();
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/commits/${context.params.ref}/statuses`, all);
      return { status: 200, body: page.items.map((status) => statusBody(context.baseUrl, repo, status)), headers: page.headers };
    },
  },
  {
    operationId: "repos/create-commit-status",
    handle(context) {
      const repo = context.repo();
      const body = (context.body ?? {}) as { state?: StatusModel["state"]; context?: string; description?: string };
      if (!body.state || !["error", "failure", "pending", "success"].includes(body.state)) throw new HttpProblem(422, "Validation Failed");
      const status = context.state.addStatus(repo, context.params.sha!, body.context ?? "default", body.state, body.description ?? null);
      return { status: 201, body: statusBody(context.baseUrl, repo, status) };
    },
  },
];
