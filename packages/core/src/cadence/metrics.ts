import { localClock } from "../calendar/civil.js";
import type { CadenceHistory, CriticalIssue, MetricsWindow, ReleaseFact, ReleaseInstantSource, RollbackFact } from "./history.js";

/** A release the calendar planned (a release, major-release or patch-release event not blocked). */
export interface PlannedDate {
  date: string;
  kind: string;
  version?: string;
}

export interface MetricsInput {
  history: CadenceHistory;
  window: MetricsWindow;
  /** The calendar's release dates from the window's first local date to its last. */
  planned: PlannedDate[];
  criticalWindowHours: number;
}

/** One release of the window, with what each metric found for it. */
export interface ReleaseRow {
  version: string;
  tag: string;
  releasedAt: string;
  releasedFrom: ReleaseInstantSource;
  /** Local date in the calendar's zone. */
  date: string;
  /** Local date of the first release candidate, when there was one. */
  rcDate: string | null;
  rcToReleaseHours: number | null;
  firstCommitToReleaseHours: number | null;
  rolledBack: boolean;
  /** null when the issues could not be read. */
  criticalIssues: number | null;
}

export interface Spread {
  count: number;
  medianHours: number | null;
  meanHours: number | null;
  minHours: number | null;
  maxHours: number | null;
}

/** The seeds' targets (seed 002, Release Metrics and KPIs). */
export const TARGETS = {
  deploymentSuccessRate: 0.98,
  criticalIssuesPerRelease: 0.5,
  leadTimeDays: 28,
} as const;

export interface CadenceMetrics {
  window: MetricsWindow;
  releases: ReleaseRow[];
  releaseFrequency: {
    planned: number;
    released: number;
    onPlan: number;
    /** released / planned; null when nothing was planned. */
    ratio: number | null;
    missed: string[];
    unplanned: string[];
    meanIntervalDays: number | null;
    inputs: { plannedDates: PlannedDate[]; versions: string[] };
  };
  leadTime: {
    rcToRelease: Spread & { inputs: { versions: string[]; withoutCandidate: string[] } };
    firstCommitToRelease: Spread & { target: string; met: boolean | null; inputs: { versions: string[] } };
  };
  deploymentSuccessRate: {
    releases: number;
    succeeded: number;
    rolledBack: string[];
    rate: number | null;
    target: string;
    met: boolean | null;
    inputs: { versions: string[]; rollbackRecords: string[] };
  };
  rollbacks: {
    count: number;
    perRelease: number | null;
    reasons: Array<Omit<RollbackFact, "file"> & { record: string }>;
    byType: Record<string, number>;
    bySeverity: Record<string, number>;
  };
  criticalIssues:
    | {
        available: true;
        label: string;
        windowHours: number;
        count: number;
        perRelease: number | null;
        target: string;
        met: boolean | null;
        issues: Array<CriticalIssue & { release: string; hoursAfter: number }>;
      }
    | { available: false; label: string; windowHours: number; reason: string };
}

const HOUR = 3_600_000;

const hours = (from: string, to: string) => round((Date.parse(to) - Date.parse(from)) / HOUR);
const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function spread(values: number[]): Spread {
  if (values.length === 0) return { count: 0, medianHours: null, meanHours: null, minHours: null, maxHours: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    count: values.length,
    medianHours: round(median),
    meanHours: round(values.reduce((sum, value) => sum + value, 0) / values.length),
    minHours: sorted[0]!,
    maxHours: sorted.at(-1)!,
  };
}

/** Which release an issue counts against: the newest one released before it, within the window of hours. */
function issuesByRelease(releases: readonly ReleaseFact[], issues: readonly CriticalIssue[], windowHours: number) {
  const sorted = [...releases].sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
  const found: Array<CriticalIssue & { release: string; hoursAfter: number }> = [];
  for (const issue of issues) {
    const created = Date.parse(issue.createdAt);
    const before = sorted.filter((release) => Date.parse(release.releasedAt) <= created).at(-1);
    if (!before) continue;
    const after = (created - Date.parse(before.releasedAt)) / HOUR;
    if (after < windowHours) found.push({ ...issue, release: before.version, hoursAfter: round(after) });
  }
  return found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/**
 * Pure: the cadence metrics of the seeds (release frequency against the plan, lead times,
 * deployment success rate, rollbacks and their reasons, critical issues in the first hours) for
 * the releases whose instant falls in the window.
 */
export function computeMetrics(input: MetricsInput): CadenceMetrics {
  const { history, window, planned, criticalWindowHours } = input;
  const since = Date.parse(window.since);
  const until = Date.parse(window.until);
  const inWindow = (instant: string) => Date.parse(instant) >= since && Date.parse(instant) < until;
  const localDate = (instant: string) => localClock(new Date(instant), window.timezone).wallClock.slice(0, 10);
  const releases = history.releases
    .filter((release) => inWindow(release.releasedAt))
    .sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
  const rolledBackVersions = new Set(history.rollbacks.map((rollback) => rollback.from));
  const inWindowVersions = new Set(releases.map((release) => release.version));
  const issues = history.issues.available
    ? issuesByRelease(history.releases, history.issues.issues, criticalWindowHours).filter((issue) => inWindowVersions.has(issue.release))
    : [];

  const rows: ReleaseRow[] = releases.map((release) => ({
    version: release.version,
    tag: release.tag,
    releasedAt: release.releasedAt,
    releasedFrom: release.releasedFrom,
    date: localDate(release.releasedAt),
    rcDate: release.rcCutAt ? localDate(release.rcCutAt) : null,
    rcToReleaseHours: release.rcCutAt ? hours(release.rcCutAt, release.releasedAt) : null,
    firstCommitToReleaseHours: release.firstCommitAt ? hours(release.firstCommitAt, release.releasedAt) : null,
    rolledBack: rolledBackVersions.has(release.version),
    criticalIssues: history.issues.available ? issues.filter((issue) => issue.release === release.version).length : null,
  }));

  // A planned date counts once its day is over, or earlier when its release already went out.
  const today = localDate(window.until);
  const releasedDates = new Set(rows.map((row) => row.date));
  const plannedDates = planned.filter((date) => date.date < today || releasedDates.has(date.date));
  const plannedSet = new Set(plannedDates.map((date) => date.date));
  const onPlan = plannedDates.filter((date) => releasedDates.has(date.date));
  const instants = rows.map((row) => Date.parse(row.releasedAt));
  const intervals = instants.slice(1).map((instant, index) => (instant - instants[index]!) / (24 * HOUR));

  const withRc = rows.filter((row) => row.rcToReleaseHours !== null);
  const withFirst = rows.filter((row) => row.firstCommitToReleaseHours !== null);
  const firstSpread = spread(withFirst.map((row) => row.firstCommitToReleaseHours!));
  const rolledBack = rows.filter((row) => row.rolledBack).map((row) => row.version);
  const successRate = ratio(rows.length - rolledBack.length, rows.length);
  const rollbacks = history.rollbacks
    .filter((rollback) => inWindow(rollback.at))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const count = (key: "type" | "severity") => {
    const counts: Record<string, number> = {};
    for (const rollback of rollbacks) counts[rollback[key]] = (counts[rollback[key]] ?? 0) + 1;
    return counts;
  };
  const perRelease = ratio(issues.length, rows.length);

  return {
    window,
    releases: rows,
    releaseFrequency: {
      planned: plannedDates.length,
      released: rows.length,
      onPlan: new Set(onPlan.map((date) => date.date)).size,
      ratio: ratio(rows.length, plannedDates.length),
      missed: [...new Set(plannedDates.filter((date) => !releasedDates.has(date.date)).map((date) => date.date))],
      unplanned: rows.filter((row) => !plannedSet.has(row.date)).map((row) => row.version),
      meanIntervalDays: intervals.length === 0 ? null : round(intervals.reduce((sum, value) => sum + value, 0) / intervals.length),
      inputs: { plannedDates, versions: rows.map((row) => row.version) },
    },
    leadTime: {
      rcToRelease: {
        ...spread(withRc.map((row) => row.rcToReleaseHours!)),
        inputs: { versions: withRc.map((row) => row.version), withoutCandidate: rows.filter((row) => row.rcToReleaseHours === null).map((row) => row.version) },
      },
      firstCommitToRelease: {
        ...firstSpread,
        target: `median under ${TARGETS.leadTimeDays} days`,
        met: firstSpread.medianHours === null ? null : firstSpread.medianHours < TARGETS.leadTimeDays * 24,
        inputs: { versions: withFirst.map((row) => row.version) },
      },
    },
    deploymentSuccessRate: {
      releases: rows.length,
      succeeded: rows.length - rolledBack.length,
      rolledBack,
      rate: successRate,
      target: `above ${TARGETS.deploymentSuccessRate * 100}%`,
      met: successRate === null ? null : successRate > TARGETS.deploymentSuccessRate,
      inputs: {
        versions: rows.map((row) => row.version),
        rollbackRecords: history.rollbacks.filter((rollback) => rolledBack.includes(rollback.from)).map((rollback) => rollback.file),
      },
    },
    rollbacks: {
      count: rollbacks.length,
      perRelease: ratio(rollbacks.length, rows.length),
      reasons: rollbacks.map(({ file, ...rest }) => ({ ...rest, record: file })),
      byType: count("type"),
      bySeverity: count("severity"),
    },
    criticalIssues: history.issues.available
      ? {
          available: true,
          label: history.issues.label,
          windowHours: criticalWindowHours,
          count: issues.length,
          perRelease,
          target: `under ${TARGETS.criticalIssuesPerRelease} per release`,
          met: perRelease === null ? null : perRelease < TARGETS.criticalIssuesPerRelease,
          issues,
        }
      : { available: false, label: history.issues.label, windowHours: criticalWindowHours, reason: history.issues.reason },
  };
}
