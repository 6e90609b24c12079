import { HttpProblem, paginate, type Route } from "../server.js";
import { dependabotAlertBody } from "../representations.js";

/**
 * Dependabot alerts. A token without the "Dependabot alerts: read" permission gets GitHub's 403
 * with the x-accepted-github-permissions header; a repository without alerts enabled gets 403
 * with its own message.
 */
export const dependabotRoutes: Route[] = [
  {
    operationId: "dependabot/list-alerts-for-repo",
    handle(context) {
      const repo = context.repo();
      if (repo.dependabot === "forbidden") {
        throw new HttpProblem(403, "Resource not accessible by integration", { "x-accepted-github-permissions": "vulnerability_alerts=read" });
      }
      if (repo.dependabot === "disabled") throw new HttpProblem(403, "Dependabot alerts are disabled for this repository.");
      const states = (context.query.get("state") ?? "").split(",").filter(Boolean);
      const severities = (context.query.get("severity") ?? "").split(",").filter(Boolean);
      const alerts = repo.dependabotAlerts.filter((alert) => (states.length === 0 || states.includes(alert.state)) && (severities.length === 0 || severities.includes(alert.severity)));
      const page = paginate(context, `/repos/${repo.owner}/${repo.name}/dependabot/alerts`, alerts);
      return { status: 200, body: page.items.map((alert) => dependabotAlertBody(context.baseUrl, repo, alert)), headers: page.headers };
    },
  },
];
