import { HttpProblem, paginate, type Route } from "../server.js";
import { fullPullBody, issueBody, milestoneBody, pullBody } from "../representations.js";
import type { IssueModel } from "../state.js";
import { refresh } from "./pull-heads.js";

function byState(issue: IssueModel, wanted: string | null): boolean {
  return wanted === "all" || issue.state === (wanted ?? "open");
}

/**
 * Pull requests, and the issue listing GitHub uses to filter them by milestone and label
 * (GET /repos/{owner}/{repo}/issues lists pull requests too, marked by `pull_request`).
 */
export const pullsRoutes: Route[] = [
  {
    operationId: "pulls/list",
    handle(context) {
      const repo = context.repo();
      const base = context.query.get("base");
      // GitHub filters by head only in the documented "owner:branch" form; a bare branch name is ignored.
      const head = context.query.get("head");
      const headFilter = head?.includes(":") ? head : undefined;
      const pulls = repo.issues.filter(
        (issue) =>
          issue.pull &&
          byState(issue, context.query.get("state")) &&
          (!base || issue.pull.base === base) &&
          (!headFilter || `${repo.owner}:${issue.pull.head}`.toLowerCase() === headFilter.toLowerCase()),
      );
      // Newest first unless direction=asc (sort=created, the default).
      const ordered = context.query.get("direction") === "asc" ? pulls : pulls.reverse();
      ordered.forEach((issue) => refresh(repo, issue));
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/pulls`, ordered);
      return { status: 200, body: page.items.map((issue) => pullBody(context.baseUrl, repo, issue)), headers: page.headers };
    },
  },
  {
    operationId: "pulls/get",
    handle(context) {
      const repo = context.repo();
      const pull = repo.issues.find((issue) => issue.pull && issue.number === Number(context.params.pull_number));
      if (!pull) throw new HttpProblem(404, "Not Found");
      return { status: 200, body: fullPullBody(context.baseUrl, repo, refresh(repo, pull)) };
    },
  },
  {
    operationId: "issues/list-for-repo",
    handle(context) {
      const repo = context.repo();
      const milestone = context.query.get("milestone");
      const labels = (context.query.get("labels") ?? "").split(",").map((label) => label.trim()).filter(Boolean);
      if (milestone && milestone !== "*" && milestone !== "none" && !/^\d+$/.test(milestone)) {
        throw new HttpProblem(422, "Validation Failed");
      }
      const issues = repo.issues.filter((issue) => {
        if (!byState(issue, context.query.get("state"))) return false;
        if (milestone === "none" && issue.milestone !== undefined) return false;
        if (milestone === "*" && issue.milestone === undefined) return false;
        if (milestone && /^\d+$/.test(milestone) && issue.milestone !== Number(milestone)) return false;
        return labels.every((label) => issue.labels.includes(label));
      });
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/issues`, [...issues].reverse());
      return { status: 200, body: page.items.map((issue) => issueBody(context.baseUrl, repo, issue)), headers: page.headers };
    },
  },
  {
    operationId: "issues/list-milestones",
    handle(context) {
      const repo = context.repo();
      const wanted = context.query.get("state") ?? "open";
      const milestones = repo.milestones.filter((milestone) => wanted === "all" || milestone.state === wanted);
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/milestones`, milestones);
      return { status: 200, body: page.items.map((milestone) => milestoneBody(context.baseUrl, repo, milestone)), headers: page.headers };
    },
  },
];
