import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { githubOpenApi } from "../support/github/openapi.js";
import { requirementOf, TokenGrants } from "../support/github/permissions.js";
import type { Route } from "../support/github/server.js";
import { ROOT } from "../support/runner.js";

// Every operation the emulator serves needs a permission scope in the table, or a job token
// would be refused with a 500: this keeps the table in step with new routes.

async function allRoutes(): Promise<Route[]> {
  const folder = join(ROOT, "test/support/github/routes");
  const routes: Route[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
    const module = (await import(join(folder, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (Array.isArray(value) && value.every((item) => typeof item?.operationId === "string")) routes.push(...(value as Route[]));
  }
  return routes;
}

describe("the job-token permission table", () => {
  it("maps every operation the emulator serves to a scope", async () => {
    const catalog = githubOpenApi();
    const routes = await allRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const unmapped = routes.filter((route) => !requirementOf(route.operationId, catalog.operation(route.operationId).method, catalog.category(route.operationId)));
    expect(unmapped.map((route) => `${route.operationId} (${catalog.category(route.operationId)})`)).toEqual([]);
  });

  it("asks what GitHub documents for the operations our actions use", () => {
    const catalog = githubOpenApi();
    const need = (operationId: string) => requirementOf(operationId, catalog.operation(operationId).method, catalog.category(operationId));
    expect(need("repos/create-release")).toEqual({ scope: "contents", level: "write" });
    expect(need("git/create-ref")).toEqual({ scope: "contents", level: "write" });
    expect(need("issues/list-milestones")).toEqual({ scope: "issues", level: "read" });
    expect(need("pulls/list")).toEqual({ scope: "pull-requests", level: "read" });
    expect(need("checks/list-for-ref")).toEqual({ scope: "checks", level: "read" });
    expect(need("repos/get-combined-status-for-ref")).toEqual({ scope: "statuses", level: "read" });
    expect(need("repos/create-commit-status")).toEqual({ scope: "statuses", level: "write" });
    expect(need("repos/get")).toEqual({ scope: "metadata", level: "read" });
  });

  it("refuses a write without the scope in GitHub's words, and names the permission that would do", () => {
    const grants = new TokenGrants();
    const grant = grants.issue("octo-org/sample", { "pull-requests": "read" });
    expect(grants.check(grant, { scope: "pull-requests", level: "write" }, "pulls/create", "octo-org/sample")).toEqual({
      allowed: false,
      status: 403,
      message: "Resource not accessible by integration",
      headers: { "x-accepted-github-permissions": "pull_requests=write" },
    });
    expect(grants.check(grant, { scope: "pull-requests", level: "read" }, "pulls/list", "octo-org/sample")).toEqual({ allowed: true });
    expect(grants.check(grant, { scope: "pull-requests", level: "read" }, "pulls/list", "octo-org/other")).toMatchObject({ allowed: false, status: 404 });
  });
});
