/**
 * The Forge port: what the actions ask of the place the repository is hosted (DESIGN §3).
 * gate-check needs pull requests, commit checks and vulnerability alerts; publish adds releases,
 * assets and refs here as further methods (or a second interface extending this one), with
 * the GitHub adapter in github.ts and a local adapter for the CLI.
 *
 * Every method throws ForgeError (./errors.ts) when the forge answers with a failure; the error
 * keeps the HTTP status and, for 403, the permission the token lacks.
 */

export interface PullRequestSummary {
  number: number;
  title: string;
  url: string;
  draft: boolean;
  labels: string[];
}

/** One check on a commit, from a check run (GitHub Actions, apps) or a commit status (older CI). */
export interface CommitCheck {
  name: string;
  source: "check-run" | "status";
  /** passed: success/neutral/skipped; failed: failure, error, cancelled, timed out, action required; pending: not finished. */
  state: "passed" | "failed" | "pending";
  /** What the forge said, for people: "failure", "in_progress", "success", ... */
  detail: string;
  url?: string;
}

export type AlertSeverity = "low" | "medium" | "high" | "critical";

export interface VulnerabilityAlert {
  id: string;
  packageName: string;
  severity: AlertSeverity;
  summary: string;
  manifest?: string;
  url?: string;
}

export interface Forge {
  /** "owner/name" of the repository this forge talks about. */
  readonly repository: string;
  /** The number of the milestone with this title (open or closed), or undefined when there is none. */
  milestoneNumber(title: string): Promise<number | undefined>;
  /** Open pull requests (not issues) in a milestone and/or carrying a label. */
  openPullRequests(filter: { milestone?: number; label?: string }): Promise<PullRequestSummary[]>;
  /** The newest check run per name and the newest status per context on a commit sha or ref. */
  commitChecks(ref: string): Promise<CommitCheck[]>;
  /** Open Dependabot alerts of the repository. */
  vulnerabilityAlerts(): Promise<VulnerabilityAlert[]>;
}

// Releases and their assets (publish) are a second, separate interface: ReleaseForge in
// ./releases.ts, with GitHubReleases (./github-releases.ts, on createOctokit above) and the local
// folder forge (./local.ts) as its adapters.
export type { ReleaseForge, Release, ReleaseAsset, NewRelease, MakeLatest, ReleaseEdit } from "./releases.js";
