import type { PermissionLevel, PermissionScope, TokenPermissions } from "../github/permissions.js";
import { evaluate } from "./expressions.js";
import type { Node } from "./tokens.js";

/**
 * A job's effective `permissions:` for its GITHUB_TOKEN, computed as GitHub does: the job's
 * own block, else the workflow's, else the repository's default (restricted: contents and
 * packages read; permissive: read and write for all but id-token); `read-all`/`write-all`; `{}`
 * for nothing but metadata. In a called workflow the caller's grant is the ceiling: asking
 * for more is an error before anything runs.
 */

export const SCOPES: readonly Exclude<PermissionScope, "metadata">[] = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
];

export type DefaultPermissions = "restricted" | "permissive";

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

function all(level: PermissionLevel): TokenPermissions {
  return Object.fromEntries(SCOPES.map((scope) => [scope, level]));
}

export function repositoryDefault(kind: DefaultPermissions): TokenPermissions {
  if (kind === "restricted") return { ...all("none"), contents: "read", packages: "read" };
  return { ...all("write"), "id-token": "none" };
}

/** Reads a `permissions:` block (literals only: GitHub allows no expressions there). */
export function readPermissions(node: Node): TokenPermissions {
  return permissionsOf(evaluate(node, { contexts: {} }), (message) => node.error(message));
}

/** `read-all`, `write-all`, or a mapping of scopes to read/write/none (missing scopes: none). */
export function permissionsOf(value: unknown, problem: (message: string) => Error = (message) => new Error(message)): TokenPermissions {
  if (value === "read-all") return { ...all("read"), "id-token": "none" };
  if (value === "write-all") return all("write");
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw problem(`permissions: '${String(value)}' is not read-all, write-all or a mapping`);
  const permissions = all("none");
  for (const [scope, level] of Object.entries(value)) {
    if (![...SCOPES, "models"].includes(scope)) throw problem(`permissions: '${scope}' is not a permission the local runner knows (${SCOPES.join(", ")})`);
    if (level !== "read" && level !== "write" && level !== "none") throw problem(`permissions.${scope}: '${String(level)}' is not read, write or none`);
    if (scope === "models") {
      if (level !== "none") throw problem("permissions.models is not supported by the local workflow runner");
      continue;
    }
    permissions[scope as PermissionScope] = level;
  }
  return permissions;
}

/** The scopes where `wanted` exceeds `ceiling`, in GitHub's wording. */
export function exceeding(wanted: TokenPermissions, ceiling: TokenPermissions): string[] {
  return SCOPES.filter((scope) => RANK[wanted[scope] ?? "none"] > RANK[ceiling[scope] ?? "none"]).map(
    (scope) => `'${scope}: ${wanted[scope]}', but is only allowed '${scope}: ${ceiling[scope] ?? "none"}'`,
  );
}

export function describePermissions(permissions: TokenPermissions): string {
  return SCOPES.filter((scope) => (permissions[scope] ?? "none") !== "none").map((scope) => `${scope}: ${permissions[scope]}`).join(", ") || "none";
}
