import { describe, expect, it } from "vitest";
import type { CadenceHistory, ReleaseFact, RollbackFact } from "./history.js";
import { computeMetrics, type MetricsInput } from "./metrics.js";

const release = (version: string, releasedAt: string, more: Partial<ReleaseFact> = {}): ReleaseFact => ({
  version,
  tag: `v${version}`,
  commit: "a".repeat(40),
  releasedAt,
  releasedFrom: "tag",
  ...more,
});
const rollback = (from: string, to: string, at: string, reason: string, more: Partial<RollbackFact> = {}): RollbackFact => ({
  from,
  to,
  at,
  reason,
  severity: "SEV-1",
  type: "immediate",
  file: `.git/cadence/evidence/rollback-${from}.yaml`,
  ...more,
});
const window = { since: "2026-11-01T00:00:00.000Z", until: "2026-12-01T00:00:00.000Z", timezone: "UTC" };
const history = (change: Partial<CadenceHistory> = {}): CadenceHistory => ({ releases: [], rollbacks: [], issues: { available: false, label: "critical", reason: "no GitHub token" }, ...change });
const metrics = (change: Partial<MetricsInput> = {}) => computeMetrics({ history: history(), window, planned: [], criticalWindowHours: 48, ...change });

describe("release frequency against the plan", () => {
  it("counts planned dates met, missed, and releases made off the plan", () => {
    const result = metrics({
      history: history({
        releases: [release("1.2.0", "2026-10-30T10:00:00Z"), release("1.3.0", "2026-11-13T10:00:00Z"), release("1.3.1", "2026-11-18T09:00:00Z"), release("1.4.0", "2026-11-27T15:00:00Z")],
      }),
      planned: [
        { date: "2026-11-13", kind: "release" },
        { date: "2026-11-27", kind: "release" },
        { date: "2026-11-20", kind: "patch-release" },
      ],
    }).releaseFrequency;
    // 1.2.0 is before the window.
    expect(result).toMatchObject({ planned: 3, released: 3, onPlan: 2, ratio: 1, missed: ["2026-11-20"], unplanned: ["1.3.1"] });
    // Intervals 13.0 → 18.0 days (4.96, 9.25): mean about 7.1 days.
    expect(result.meanIntervalDays).toBeCloseTo(7.1, 1);
  });

  it("does not count today's planned release as missed before it went out, nor divide by zero", () => {
    const now = { ...window, until: "2026-11-13T08:00:00.000Z" };
    const result = metrics({ window: now, planned: [{ date: "2026-11-13", kind: "release" }] }).releaseFrequency;
    expect(result).toMatchObject({ planned: 0, released: 0, ratio: null, missed: [] });
  });

  it("compares dates in the calendar's zone", () => {
    // 23:30 UTC on the 12th is already the 13th in Berlin.
    const result = metrics({ window: { ...window, timezone: "Europe/Berlin" }, history: history({ releases: [release("1.3.0", "2026-11-12T23:30:00Z")] }), planned: [{ date: "2026-11-13", kind: "release" }] });
    expect(result.releaseFrequency).toMatchObject({ onPlan: 1, unplanned: [] });
    expect(result.releases[0]!.date).toBe("2026-11-13");
  });
});

describe("lead time", () => {
  it("measures RC cut to release and first commit to release, with median and mean", () => {
    const result = metrics({
      history: history({
        releases: [
          release("1.3.0", "2026-11-13T10:00:00Z", { rcCutAt: "2026-11-12T10:00:00Z", firstCommitAt: "2026-11-02T10:00:00Z" }),
          release("1.3.1", "2026-11-16T10:00:00Z", { firstCommitAt: "2026-11-16T04:00:00Z" }),
          release("1.4.0", "2026-11-27T10:00:00Z", { rcCutAt: "2026-11-26T22:00:00Z", firstCommitAt: "2026-11-14T10:00:00Z" }),
        ],
      }),
    }).leadTime;
    expect(result.rcToRelease).toMatchObject({ count: 2, medianHours: 18, meanHours: 18, minHours: 12, maxHours: 24, inputs: { versions: ["1.3.0", "1.4.0"], withoutCandidate: ["1.3.1"] } });
    expect(result.firstCommitToRelease).toMatchObject({ count: 3, medianHours: 264, minHours: 6, maxHours: 312, met: true });
    expect(result.firstCommitToRelease.meanHours).toBeCloseTo((264 + 6 + 312) / 3, 1);
  });

  it("says there is nothing to measure when no release has the facts", () => {
    expect(metrics({ history: history({ releases: [release("1.3.0", "2026-11-13T10:00:00Z")] }) }).leadTime.rcToRelease).toMatchObject({ count: 0, medianHours: null });
  });
});

describe("deployment success rate and rollbacks", () => {
  const releases = [release("1.3.0", "2026-11-13T10:00:00Z"), release("1.3.1", "2026-11-16T10:00:00Z"), release("1.4.0", "2026-11-27T10:00:00Z"), release("1.4.1", "2026-11-28T10:00:00Z")];
  it("counts the releases not rolled back", () => {
    const result = metrics({ history: history({ releases, rollbacks: [rollback("1.3.0", "1.2.0", "2026-11-14T08:00:00Z", "corrupts saved files")] }) }).deploymentSuccessRate;
    expect(result).toMatchObject({ releases: 4, succeeded: 3, rolledBack: ["1.3.0"], rate: 0.75, met: false, inputs: { rollbackRecords: [".git/cadence/evidence/rollback-1.3.0.yaml"] } });
    expect(metrics({ history: history({ releases }) }).deploymentSuccessRate).toMatchObject({ rate: 1, met: true, rolledBack: [] });
    expect(metrics().deploymentSuccessRate).toMatchObject({ releases: 0, rate: null, met: null });
  });

  it("lists the rollbacks of the window with their reasons, by type and severity", () => {
    const result = metrics({
      history: history({
        releases,
        rollbacks: [
          rollback("1.3.0", "1.2.0", "2026-11-14T08:00:00Z", "corrupts saved files"),
          rollback("1.4.0", "1.3.1", "2026-11-27T18:00:00Z", "login fails", { type: "planned", severity: "SEV-2" }),
          rollback("1.1.0", "1.0.0", "2026-10-02T08:00:00Z", "older, outside the window"),
        ],
      }),
    }).rollbacks;
    expect(result.count).toBe(2);
    expect(result.perRelease).toBe(0.5);
    expect(result.reasons.map((entry) => [entry.from, entry.reason])).toEqual([["1.3.0", "corrupts saved files"], ["1.4.0", "login fails"]]);
    expect(result.byType).toEqual({ immediate: 1, planned: 1 });
    expect(result.bySeverity).toEqual({ "SEV-1": 1, "SEV-2": 1 });
  });
});

describe("critical issues in the first hours", () => {
  const releases = [release("1.3.0", "2026-11-13T10:00:00Z"), release("1.3.1", "2026-11-14T10:00:00Z"), release("1.4.0", "2026-11-27T10:00:00Z")];
  const issue = (number: number, createdAt: string) => ({ number, title: `bug ${number}`, url: `https://github.com/o/r/issues/${number}`, createdAt });
  it("counts each issue against the newest release before it, within the window of hours", () => {
    const result = metrics({
      history: history({
        releases,
        issues: { available: true, label: "critical", issues: [issue(1, "2026-11-13T12:00:00Z"), issue(2, "2026-11-14T11:00:00Z"), issue(3, "2026-11-16T11:00:00Z"), issue(4, "2026-11-29T09:59:00Z"), issue(5, "2026-11-13T09:00:00Z")] },
      }),
    });
    const critical = result.criticalIssues;
    if (!critical.available) throw new Error("expected the issues to be available");
    // 1: 2 h after 1.3.0; 2: 1 h after 1.3.1; 3: 49 h after 1.3.1 (too late); 4: 47.98 h after 1.4.0; 5: before any release here.
    expect(critical.issues.map((entry) => [entry.number, entry.release])).toEqual([[1, "1.3.0"], [2, "1.3.1"], [4, "1.4.0"]]);
    expect(critical).toMatchObject({ count: 3, perRelease: 1, met: false, windowHours: 48 });
    expect(result.releases.map((row) => row.criticalIssues)).toEqual([1, 1, 1]);
  });

  it("says why it has no count when the issues could not be read", () => {
    const result = metrics({ history: history({ releases }) });
    expect(result.criticalIssues).toEqual({ available: false, label: "critical", windowHours: 48, reason: "no GitHub token" });
    expect(result.releases.every((row) => row.criticalIssues === null)).toBe(true);
  });
});
