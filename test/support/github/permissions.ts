import { randomBytes } from "node:crypto";

/**
 * Job tokens (GITHUB_TOKEN) with the permissions a workflow job was granted, checked on every
 * request as GitHub does: an operation needs one permission scope at read (GET/HEAD) or write
 * level; without it GitHub answers 403 "Resource not accessible by integration" with the
 * `x-accepted-github-permissions` header naming what would do.
 *
 * Which scope an operation needs is documented by GitHub per endpoint ("Permissions required
 * for GitHub Apps", docs.github.com/en/rest/authentication/permissions-required-for-github-apps,
 * and the "Fine-grained access tokens" box on each endpoint's page). Those pages follow the REST
 * categories of the OpenAPI description (`x-github.category`/`subcategory` in @octokit/openapi),
 * so the table maps categories, with the few endpoints that differ from their category listed
 * by operationId. An operation in no row is refused loudly (500), so a new route cannot slip
 * through unchecked.
 */

export type PermissionScope =
  | "actions"
  | "attestations"
  | "checks"
  | "contents"
  | "deployments"
  | "discussions"
  | "id-token"
  | "issues"
  | "metadata"
  | "packages"
  | "pages"
  | "pull-requests"
  | "repository-projects"
  | "security-events"
  | "statuses";

export type PermissionLevel = "none" | "read" | "write";
export type TokenPermissions = Partial<Record<PermissionScope, PermissionLevel>>;

const BY_CATEGORY: Record<string, PermissionScope> = {
  "actions/artifacts": "actions",
  "actions/workflows": "actions",
  "actions/workflow-runs": "actions",
  "actions/workflow-jobs": "actions",
  "branches/branches": "contents",
  "checks/runs": "checks",
  "checks/suites": "checks",
  "commits/commits": "contents",
  "commits/comments": "contents",
  "commits/statuses": "statuses",
  "deployments/deployments": "deployments",
  "deployments/statuses": "deployments",
  "deployments/environments": "deployments",
  "git/blobs": "contents",
  "git/commits": "contents",
  "git/refs": "contents",
  "git/tags": "contents",
  "git/trees": "contents",
  "issues/issues": "issues",
  "issues/comments": "issues",
  "issues/events": "issues",
  "issues/labels": "issues",
  "issues/milestones": "issues",
  "issues/assignees": "issues",
  "issues/timeline": "issues",
  "pulls/pulls": "pull-requests",
  "pulls/comments": "pull-requests",
  "pulls/review-requests": "pull-requests",
  "pulls/reviews": "pull-requests",
  "releases/releases": "contents",
  "releases/assets": "contents",
  "repos/contents": "contents",
  "repos/commits": "contents",
  "repos/attestations": "attestations",
  // GITHUB_TOKEN's security-events scope covers code scanning and Dependabot alerts.
  "dependabot/alerts": "security-events",
  "code-scanning/code-scanning": "security-events",
  "packages/packages": "packages",
};

/** Endpoints whose permission differs from their category's. */
const BY_OPERATION: Record<string, PermissionScope> = {
  "repos/get": "metadata",
  "repos/list-tags": "metadata",
  "repos/list-languages": "metadata",
  "repos/list-contributors": "metadata",
  "repos/create-dispatch-event": "contents",
};

export interface Requirement {
  scope: PermissionScope;
  level: "read" | "write";
}

export function requirementOf(operationId: string, method: string, category: string): Requirement | undefined {
  const scope = BY_OPERATION[operationId] ?? BY_CATEGORY[category];
  if (!scope) return undefined;
  return { scope, level: method === "GET" || method === "HEAD" ? "read" : "write" };
}

export interface TokenGrant {
  token: string;
  /** owner/name: a job token reaches only its own repository. */
  repository: string;
  permissions: TokenPermissions;
  /** Who GitHub says made the change (github-actions[bot] for GITHUB_TOKEN). */
  actor: string;
  revoked: boolean;
}

export type GrantDecision = { allowed: true } | { allowed: false; status: number; message: string; headers: Record<string, string> };

/** The job tokens an emulator knows; other tokens are checked as before (the emulator's `token` option). */
export class TokenGrants {
  private readonly grants = new Map<string, TokenGrant>();

  issue(repository: string, permissions: TokenPermissions, actor = "github-actions[bot]"): TokenGrant {
    const grant: TokenGrant = { token: `ghs_${randomBytes(18).toString("base64url")}`, repository, permissions: { ...permissions, metadata: "read" }, actor, revoked: false };
    this.grants.set(grant.token, grant);
    return grant;
  }

  /** GitHub revokes a job's GITHUB_TOKEN when the job ends. */
  revoke(token: string): void {
    const grant = this.grants.get(token);
    if (grant) grant.revoked = true;
  }

  fromHeader(authorization: string | undefined): TokenGrant | undefined {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    return token ? this.grants.get(token) : undefined;
  }

  get(token: string | undefined): TokenGrant | undefined {
    return token ? this.grants.get(token) : undefined;
  }

  /** Whether this grant may do what the operation needs on `repository` (owner/name, or undefined for non-repository routes). */
  check(grant: TokenGrant, need: Requirement | undefined, operationId: string, repository: string | undefined): GrantDecision {
    if (grant.revoked) return { allowed: false, status: 401, message: "Bad credentials", headers: {} };
    if (!need) return { allowed: false, status: 500, message: `emulator: no permission is mapped for ${operationId} (add it to test/support/github/permissions.ts)`, headers: {} };
    if (repository !== undefined && repository.toLowerCase() !== grant.repository.toLowerCase()) {
      return { allowed: false, status: 404, message: "Not Found", headers: {} };
    }
    const held = grant.permissions[need.scope] ?? "none";
    if (held === "write" || held === need.level) return { allowed: true };
    return {
      allowed: false,
      status: 403,
      message: "Resource not accessible by integration",
      headers: { "x-accepted-github-permissions": `${need.scope.replaceAll("-", "_")}=${need.level}` },
    };
  }
}
