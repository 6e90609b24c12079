/** Workflow `permissions:` names (or token settings) for the permission ids GitHub reports in x-accepted-github-permissions. */
const PERMISSION_NAMES: Record<string, string> = {
  checks: "checks",
  statuses: "statuses",
  pull_requests: "pull-requests",
  issues: "issues",
  contents: "contents",
  metadata: "metadata",
  vulnerability_alerts: "Dependabot alerts",
  security_events: "security-events",
  deployments: "deployments",
  packages: "packages",
};

/** A forge request that failed; keeps the HTTP status (undefined for timeouts and network errors). */
export class ForgeError extends Error {
  override readonly name = "ForgeError";
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly operation: string,
    /** For 403: the permission the token lacks, as GitHub names it (e.g. "vulnerability_alerts=read"). */
    readonly missingPermission?: string,
  ) {
    super(message);
  }
}

/** "vulnerability_alerts=read" → "Dependabot alerts: read"; several alternatives are separated by ";". */
export function describePermission(accepted: string): string {
  return accepted
    .split(";")
    .map((alternative) =>
      alternative
        .split(",")
        .map((pair) => {
          const [name = "", level = "read"] = pair.trim().split("=");
          return `${PERMISSION_NAMES[name] ?? name}: ${level}`;
        })
        .join(" and "),
    )
    .join(", or ");
}
