/**
 * What the cadence metrics are computed from: the releases the repository made (tags, the forge's
 * releases, publish's records), the rollbacks it recorded and the critical issues opened after
 * them. Plain data, read by history-read.ts and records.ts, used by the pure metrics.ts.
 */

/** Where a release's instant came from, best first. */
export type ReleaseInstantSource = "publish-evidence" | "forge-release" | "tag";

/** One stable release (a version without a pre-release part). */
export interface ReleaseFact {
  version: string;
  tag: string;
  commit: string;
  /** ISO-8601 instant the release went out. */
  releasedAt: string;
  releasedFrom: ReleaseInstantSource;
  /** The stable release before it (by version), whose tag starts its range. */
  previous?: string;
  /** The first release candidate of this version (`X.Y.Z-rc.1`) and when it was tagged. */
  rcTag?: string;
  rcCutAt?: string;
  /** When the oldest commit of the range previous..tag was committed. */
  firstCommitAt?: string;
}

/** One rollback_evidence record of a rollback that was carried out (not a dry-run, drill or undo). */
export interface RollbackFact {
  from: string;
  to: string;
  at: string;
  reason: string;
  severity: string;
  type: string;
  /** The record it was read from, relative to the repository. */
  file: string;
}

export interface CriticalIssue {
  number: number;
  title: string;
  url: string;
  createdAt: string;
}

/** The critical issues, when the forge could be asked; why not otherwise (no token, local forge). */
export type IssueFacts = { available: true; label: string; issues: CriticalIssue[] } | { available: false; label: string; reason: string };

export interface CadenceHistory {
  /** Stable releases, oldest first. */
  releases: ReleaseFact[];
  rollbacks: RollbackFact[];
  issues: IssueFacts;
}

/** The span the metrics look at: releases whose instant falls in [since, until). */
export interface MetricsWindow {
  since: string;
  until: string;
  /** The calendar's time zone, in which release dates are compared with planned dates. */
  timezone: string;
}
