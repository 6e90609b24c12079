import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { releasesOf } from "../support/github/routes/releases.js";
import { runAction, runCli } from "../support/runner.js";
import { monthOfReleases, publishRecord, rollbackRecord } from "./metrics-world.js";

const repos: TestRepo[] = [];
const emulators: GitHubEmulator[] = [];
afterEach(async () => {
  repos.splice(0).forEach((repo) => repo.remove());
  for (const emulator of emulators.splice(0)) await emulator.close();
});

const WINDOW = ["--since", "2026-11-01", "--now", "2026-11-30T12:00:00Z"];

/** The month of releases with publish's record of 1.4.0, a rollback of 1.3.0, and records metrics must pass over. */
function project(): TestRepo {
  const repo = monthOfReleases();
  repos.push(repo);
  repo.write(".git/cadence/evidence/publish-v1.4.0-0123456789ab.yaml", publishRecord("1.4.0", "2026-11-27T09:30:00Z"));
  // A dry-run of the same publish changed nothing: not a release.
  repo.write(".git/cadence/evidence/publish-v1.4.0-ba9876543210.yaml", publishRecord("1.4.0", "2026-11-27T08:00:00Z", true));
  repo.write(".git/cadence/evidence/rollback-1.3.0-1.2.0-0123456789ab.yaml", rollbackRecord("1.3.0", "1.2.0", "2026-11-14T08:00:00Z", "corrupts saved files"));
  repo.write(".git/cadence/evidence/rollback-1.4.0-drill.yaml", rollbackRecord("1.4.0", "1.3.1", "2026-11-26T09:00:00Z", "drill", { drill: true }));
  repo.write("docs/releases/1.3.0/release-notes.yaml", "release_notes:\n  version: 1.3.0\n  release_date: 2026-11-13\n");
  return repo;
}

async function github(): Promise<{ emulator: GitHubEmulator; env: Record<string, string> }> {
  const emulator = await GitHubEmulator.start({ token: "test-token" });
  emulators.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  const issue = (title: string, labels: string[], createdAt: string) => (emulator.state.addIssue(repo, { title, labels }).createdAt = createdAt);
  issue("saving corrupts files", ["critical"], "2026-11-13T20:00:00Z"); // 11 h after 1.3.0
  issue("slow start", ["critical"], "2026-11-20T10:00:00Z"); // 72 h after 1.3.1: too late to count
  issue("typo in the docs", ["docs"], "2026-11-27T12:00:00Z"); // not critical
  issue("metrics crash", ["critical"], "2026-11-28T08:00:00Z"); // 22.5 h after 1.4.0's publish
  emulator.state.addPull(repo, { title: "fix: metrics crash", labels: ["critical"] }).createdAt = "2026-11-28T09:00:00Z"; // a pull request, not an issue
  // GitHub's release of 1.3.1 went out an hour after its tag.
  releasesOf(emulator.state, repo).releases.push({
    id: 9001, tagName: "v1.3.1", target: "main", name: "v1.3.1", body: "", draft: false, prerelease: false, immutable: false, latest: false,
    createdAt: "2026-11-17T10:30:00Z", publishedAt: "2026-11-17T11:00:00Z", assets: [],
  });
  return { emulator, env: { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: "octo-org/sample", GITHUB_API_URL: emulator.url } };
}

describe("cadence metrics on a real repository", () => {
  it("computes each metric from the tags, GitHub's releases and issues, and the records", async () => {
    const repo = project();
    const { env } = await github();
    const run = await runCli(["metrics", "--json", ...WINDOW], { cwd: repo.dir, env });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.window).toEqual({ since: "2026-11-01T00:00:00.000Z", until: "2026-11-30T12:00:00.000Z", timezone: "Europe/Berlin" });
    expect(json.releases.map((row: { version: string; releasedFrom: string }) => [row.version, row.releasedFrom])).toEqual([
      ["1.3.0", "tag"],
      ["1.3.1", "forge-release"],
      ["1.4.0", "publish-evidence"],
    ]);
    const { releaseFrequency, leadTime, deploymentSuccessRate, rollbacks, criticalIssues } = json.metrics;
    expect(releaseFrequency).toMatchObject({ planned: 2, released: 3, onPlan: 2, ratio: 1.5, missed: [], unplanned: ["1.3.1"] });
    expect(releaseFrequency.inputs.plannedDates.map((date: { date: string }) => date.date)).toEqual(["2026-11-13", "2026-11-27"]);
    // RC → release: 1.3.0 25 h, 1.4.0 25.5 h (its record's instant); 1.3.1 had no candidate.
    expect(leadTime.rcToRelease).toMatchObject({ count: 2, minHours: 25, maxHours: 25.5, inputs: { withoutCandidate: ["1.3.1"] } });
    // First commit → release: 1.3.0 from Nov 2 09:00 (264 h), 1.3.1 from Nov 16 10:00 (25 h), 1.4.0 from Nov 18 10:00 (215.5 h).
    expect(json.releases.map((row: { firstCommitToReleaseHours: number }) => row.firstCommitToReleaseHours)).toEqual([264, 25, 215.5]);
    expect(leadTime.firstCommitToRelease).toMatchObject({ count: 3, medianHours: 215.5 });
    expect(deploymentSuccessRate).toMatchObject({ releases: 3, succeeded: 2, rolledBack: ["1.3.0"], rate: 0.667, met: false });
    expect(rollbacks.count).toBe(1);
    expect(rollbacks.reasons[0]).toMatchObject({ from: "1.3.0", to: "1.2.0", reason: "corrupts saved files", severity: "SEV-1", record: ".git/cadence/evidence/rollback-1.3.0-1.2.0-0123456789ab.yaml" });
    expect(criticalIssues).toMatchObject({ available: true, label: "critical", windowHours: 48, count: 2, perRelease: 0.667 });
    expect(criticalIssues.issues.map((issue: { title: string; release: string }) => [issue.title, issue.release])).toEqual([["saving corrupts files", "1.3.0"], ["metrics crash", "1.4.0"]]);
    expect(json.sources.records.releaseEvidence).toHaveLength(2);
    expect(json.sources.issues).toBe("GitHub issues of octo-org/sample");
  });

  it("works with the local forge and no token, saying why the critical issues are not measured", async () => {
    const repo = project();
    const run = await runCli(["metrics", ...WINDOW], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain("Release frequency");
    expect(run.stdout).toMatch(/3 released \/ 2 planned \(2 on the planned day\)/);
    expect(run.stdout).toMatch(/Critical issues, first 48 h\s+not measured/);
    expect(run.stdout).toContain("no GitHub token");
    const json = JSON.parse((await runCli(["metrics", "--json", ...WINDOW], { cwd: repo.dir })).stdout);
    expect(json.metrics.criticalIssues).toMatchObject({ available: false });
    // Without GitHub's release, 1.3.1 is dated by its tag.
    expect(json.releases[1]).toMatchObject({ version: "1.3.1", releasedFrom: "tag", firstCommitToReleaseHours: 24 });
  });

  it("prints markdown with the table and Mermaid charts of the recent releases", async () => {
    const repo = project();
    const run = await runCli(["metrics", "--summary", ...WINDOW], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain("## Cadence health");
    expect(run.stdout).toContain("| Deployment success rate | 66.7% (2 of 3) ❌ |");
    expect(run.stdout).toContain("```mermaid\ngantt");
    expect(run.stdout).toContain("  1.3.0 :crit, 2026-11-12, 2026-11-13");
    expect(run.stdout).toContain("  1.3.1 :milestone, done, 2026-11-17, 0d");
    expect(run.stdout).toContain("xychart-beta");
    expect(run.stdout).toContain('x-axis ["1.3.0", "1.3.1", "1.4.0"]');
  });
});

describe("cadence metrics refuses bad input plainly", () => {
  it("a --since that is not a date", async () => {
    const repo = project();
    const run = await runCli(["metrics", "--since", "2026-13-01"], { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/since must be a date YYYY-MM-DD .* not '2026-13-01'/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const late = await runCli(["metrics", "--since", "2026-12-01", "--now", "2026-11-30T12:00:00Z"], { cwd: repo.dir });
    expect(late.exitCode).toBe(1);
    expect(late.stderr).toContain("must come before now");
  });

  it("a records folder that does not exist", async () => {
    const repo = project();
    const run = await runCli(["metrics", "--records", "release/records", ...WINDOW], { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("the records folder release/records does not exist");
  });

  it("a malformed evidence file, named with its line", async () => {
    const repo = project();
    repo.write("docs/releases/1.3.1/rollback.yaml", "rollback_evidence:\n  versions: { rolled_back_from: 1.3.1\n");
    const broken = await runCli(["metrics", ...WINDOW], { cwd: repo.dir });
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toMatch(/docs\/releases\/1\.3\.1\/rollback\.yaml:\d+:\d+: is not valid YAML/);
    repo.write("docs/releases/1.3.1/rollback.yaml", rollbackRecord("1.3.1", "1.3.0", "yesterday", "bad date"));
    const badDate = await runCli(["metrics", ...WINDOW], { cwd: repo.dir });
    expect(badDate.exitCode).toBe(1);
    expect(badDate.stderr).toMatch(/docs\/releases\/1\.3\.1\/rollback\.yaml:\d+:\d+: rollback_evidence\.execution\.executed_at must be an ISO-8601 instant .* not 'yesterday'/);
  });
});

describe("gate-check in metrics mode, run as the runner runs it", () => {
  it("writes the health summary and the metrics JSON output, with the issues from GitHub", async () => {
    const repo = project();
    const { env } = await github();
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { mode: "metrics", now: "2026-11-30T12:00:00Z", since: "2026-11-01" }, env });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const metrics = JSON.parse(run.outputs.metrics!);
    expect(metrics.metrics.releaseFrequency).toMatchObject({ planned: 2, released: 3 });
    expect(metrics.metrics.criticalIssues).toMatchObject({ available: true, count: 2 });
    expect(run.summary).toContain("## Cadence health");
    expect(run.summary).toContain("```mermaid\ngantt");
    expect(run.summary).toContain("xychart-beta");
  });

  it("fails the step with the file's name when a record is malformed", async () => {
    const repo = project();
    repo.write(".git/cadence/evidence/rollback-bad.yaml", "rollback_evidence: [1, 2]\n");
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { mode: "metrics", now: "2026-11-30T12:00:00Z" } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/rollback-bad\.yaml.*rollback_evidence must be a mapping/);
  });
});
