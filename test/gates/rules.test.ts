import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runGateCheck, type CheckResult, type GateCheckResult } from "@release-cadence/core";
import type { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { FakeAudit, ports, releaseReadyRepo } from "./fixtures.js";

const repos: TestRepo[] = [];
const emulators: GitHubEmulator[] = [];
afterEach(async () => {
  repos.splice(0).forEach((repo) => repo.remove());
  for (const emulator of emulators.splice(0)) await emulator.close();
});

function repo(): TestRepo {
  const created = releaseReadyRepo();
  repos.push(created);
  return created;
}

async function emulatorFor(repository: TestRepo, setup: (emulator: GitHubEmulator) => void = () => {}): Promise<GitHubEmulator> {
  const emulator = await GitHubEmulator.start({ token: "test-token" });
  emulators.push(emulator);
  const model = emulator.state.addRepo("octo-org/sample");
  emulator.state.addCheckRun(model, repository.head(), "test", "success");
  emulator.state.addStatus(model, repository.head(), "ci/lint", "success");
  setup(emulator);
  return emulator;
}

function check(result: GateCheckResult, id: string): CheckResult {
  const found = result.results.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

function statuses(result: GateCheckResult): Record<string, string> {
  return Object.fromEntries(result.results.map((candidate) => [candidate.id, candidate.status]));
}

describe("gate-check on a real repository and the emulator", () => {
  it("passes a prepared minor release with G-REL and writes the seed's release_evidence", async () => {
    const repository = repo();
    const emulator = await emulatorFor(repository);
    const result = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: false });
    expect(result).toMatchObject({ version: "1.5.0", kind: "minor", profile: "G-REL", passed: true, requiresApproval: false });
    expect(statuses(result)).toEqual({ "RL-01": "pass", "RL-02": "pass", "RL-03": "pass", "RL-04": "pass", "RL-05": "pass", "RL-06": "pass", "RL-07": "na", "RL-08": "pass", "LIC-01": "na", COV: "na", CAL: "pass" });
    expect(check(result, "RL-03").location).toEqual({ file: "CHANGELOG.md", line: 3 });
    const evidence = parse(readFileSync(result.evidencePath!, "utf8")).release_evidence;
    expect(evidence).toMatchObject({ version: "1.5.0", release_date: "2026-11-18T10:00:00.000Z", provenance: { commit: repository.head(), branch: "main" } });
    expect(evidence.validation.gate_results).toMatchObject({ g_rel_passed: true, success_rate: "100%", all_tasks_passed: true });
    expect(evidence.validation.checklist).toContainEqual(expect.objectContaining({ check: "RL-07", status: "na" }));
    expect(evidence.artifacts).toMatchObject({ changelog_ref: "CHANGELOG.md", release_notes_ref: "RELEASE_NOTES.md" });
  });

  it("evaluates every check and reports each failure with its reason, never stopping at the first", async () => {
    const repository = repo();
    repository.write("CHANGELOG.md", "# Changelog\n\n## [1.4.2]\n\n- fixes\n");
    repository.write("package.json", '{\n  "name": "sample",\n  "version": "1.4.9"\n}\n');
    repository.commit("chore: oops");
    const emulator = await emulatorFor(repository, (github) => {
      const model = github.state.repo("octo-org", "sample")!;
      github.state.addPull(model, { title: "feat: late feature", milestone: "v1.5.0" });
      github.state.addCheckRun(model, repository.head(), "e2e", "failure");
    });
    const result = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true });
    expect(result.passed).toBe(false);
    expect(statuses(result)).toMatchObject({ "RL-01": "fail", "RL-02": "fail", "RL-03": "fail", "RL-04": "fail", "RL-08": "pass" });
    expect(check(result, "RL-01").reason).toBe("1 open pull request for the release: #1");
    expect(check(result, "RL-02").reason).toContain("e2e (failure)");
    expect(check(result, "RL-03")).toMatchObject({ reason: expect.stringContaining("has no section for 1.5.0"), location: { file: "CHANGELOG.md", line: 1 } });
    expect(check(result, "RL-04")).toMatchObject({ reason: 'package.json says version "1.4.9", not 1.5.0', location: { file: "package.json", line: 3 } });
    expect(result.evidencePath).toBeUndefined();
    expect(existsSync(join(repository.dir, ".git/cadence/evidence/gate-check-1.5.0.yaml"))).toBe(false);
  });

  it("on a re-run whose release commit an earlier attempt already tagged, judges the range from the release before", async () => {
    const repository = repo();
    const emulator = await emulatorFor(repository);
    const first = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, version: "1.5.0" });
    repository.tag("v1.5.0");
    const again = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, version: "1.5.0" });
    expect(again).toMatchObject({ version: "1.5.0", kind: "minor", profile: "G-REL" });
    expect(check(again, "RL-05")).toMatchObject({ status: "pass", reason: check(first, "RL-05").reason });
    expect(check(again, "RL-05").reason).toContain("since v1.4.2");
  });

  it("RL-02 judges the pushed commit CI ran on, under a release commit made on top of it, and nothing further away", async () => {
    const repository = repo();
    const pushed = repository.head();
    const emulator = await emulatorFor(repository);
    // The release job's own commit: never pushed, so GitHub knows no checks for it.
    repository.commit("chore(release): 1.5.0", "docs/releases/1.5.0/release-notes.md", "# Release Notes: v1.5.0\n");
    const onHead = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true });
    expect(check(onHead, "RL-02")).toMatchObject({ status: "fail", reason: expect.stringContaining(`no finished check runs or statuses on ${repository.head().slice(0, 7)}`) });
    const onPushed = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, commit: pushed });
    expect(check(onPushed, "RL-02")).toMatchObject({ status: "pass", reason: `2 checks passed on ${pushed.slice(0, 7)} (HEAD is the release commit on top of it)` });

    repository.commit("feat: something CI never saw");
    const further = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, commit: pushed });
    expect(check(further, "RL-02")).toMatchObject({ status: "fail", reason: expect.stringContaining(`HEAD is 2 commits above ${pushed.slice(0, 7)}`) });
    repository.git("checkout", "-q", "--orphan", "elsewhere");
    repository.commit("feat: unrelated history");
    const unrelated = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, version: "1.5.0", commit: pushed });
    expect(check(unrelated, "RL-02").reason).toContain(`is not built on ${pushed.slice(0, 7)}`);
    await expect(runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true, version: "1.5.0", commit: "0123456789abcdef" })).rejects.toThrow(/0123456789abcdef .* is not in this clone/);
  });

  it("RL-02 with required checks: a missing or running one fails", async () => {
    const repository = repo();
    repository.write(".github/cadence.yml", "gates:\n  required-checks: [test, build, deploy-preview]\n");
    repository.commit("ci: require checks", ".github/cadence.yml", "gates:\n  required-checks: [test, build, deploy-preview]\n");
    const emulator = await emulatorFor(repository, (github) => {
      const model = github.state.repo("octo-org", "sample")!;
      github.state.addCheckRun(model, repository.head(), "test", "success");
      github.state.addCheckRun(model, repository.head(), "build", null, "in_progress");
    });
    const result = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true });
    expect(check(result, "RL-02").details).toEqual(["build: still running", `deploy-preview: has not run on ${repository.head().slice(0, 7)}`]);
  });

  it("RL-01 by label, and RL-02 ignores a still-running job when no list is configured", async () => {
    const repository = repo();
    repository.write(".github/cadence.yml", 'gates:\n  release-pulls:\n    label: "release/{version}"\n');
    repository.commit("ci: label", ".github/cadence.yml", 'gates:\n  release-pulls:\n    label: "release/{version}"\n');
    const emulator = await emulatorFor(repository, (github) => {
      const model = github.state.repo("octo-org", "sample")!;
      github.state.addPull(model, { title: "fix: other release", labels: ["release/1.6.0"] });
      github.state.addCheckRun(model, repository.head(), "gate-check", null, "in_progress");
    });
    const result = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true });
    expect(check(result, "RL-01")).toMatchObject({ status: "pass", reason: "no open pull requests (label 'release/1.5.0')" });
    expect(check(result, "RL-02").reason).toBe(`2 checks passed on ${repository.head().slice(0, 7)} (1 still running, not counted: gate-check)`);
  });

  it("without a token the API checks are na 'no GitHub token', never passed", async () => {
    const repository = repo();
    const result = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true });
    expect(check(result, "RL-01")).toMatchObject({ status: "na", reason: "no GitHub token" });
    expect(check(result, "RL-02")).toMatchObject({ status: "na", reason: "no GitHub token" });
  });

  it("RL-05 fails when no documentation changed since the last release", async () => {
    const repository = repo();
    repository.write(".github/cadence.yml", "gates:\n  docs:\n    paths: [handbook/**]\n");
    repository.commit("ci: docs path", ".github/cadence.yml", "gates:\n  docs:\n    paths: [handbook/**]\n");
    const result = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true });
    expect(check(result, "RL-05")).toMatchObject({ status: "fail", reason: "no documentation (handbook/**) changed since v1.4.2" });
  });

  it("RL-06 fails on npm audit findings and Dependabot alerts at or above the severity", async () => {
    const repository = repo();
    repository.commit("chore: lockfile", "package-lock.json", '{"lockfileVersion": 3}\n');
    const audit = new FakeAudit({ vulnerabilities: { minimist: { severity: "critical" }, debug: { severity: "low" } } });
    const emulator = await emulatorFor(repository, (github) => {
      const model = github.state.repo("octo-org", "sample")!;
      github.state.addDependabotAlert(model, { severity: "high", packageName: "lodash" });
      github.state.addDependabotAlert(model, { severity: "medium", packageName: "chalk" });
    });
    const result = await runGateCheck(ports(repository, { emulator, commands: audit }), { cwd: repository.dir, dryRun: true });
    expect(audit.calls).toContainEqual(["npm", "audit", "--json"]);
    expect(check(result, "RL-06").status).toBe("fail");
    expect(check(result, "RL-06").details).toEqual(["npm audit: minimist — critical", "Dependabot: lodash (GHSA-0001-abcd-efgh) — high"]);
  });

  it("RL-06 still audits with npm when the token may not read Dependabot alerts", async () => {
    const repository = repo();
    repository.commit("chore: lockfile", "package-lock.json", '{"lockfileVersion": 3}\n');
    const emulator = await emulatorFor(repository, (github) => (github.state.repo("octo-org", "sample")!.dependabot = "forbidden"));
    const result = await runGateCheck(ports(repository, { emulator }), { cwd: repository.dir, dryRun: true });
    expect(check(result, "RL-06").status).toBe("pass");
    expect(check(result, "RL-06").reason).toContain("the token lacks the permission Dependabot alerts: read");
  });

  it("a major needs G-REL+Human: RL-07 is required, and approval is requested", async () => {
    const repository = repo();
    const result = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true, version: "2.0.0" });
    expect(result).toMatchObject({ kind: "major", profile: "G-REL+Human", requiresApproval: true });
    expect(check(result, "RL-07")).toMatchObject({ status: "pass", reason: "rollback drill on 2026-11-02 (16 days ago)" });
    const strict = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true, version: "2.0.0", now: new Date("2027-03-01T00:00:00Z") });
    expect(check(strict, "RL-07")).toMatchObject({ status: "fail", reason: "the last rollback drill was 118 days ago (2026-11-02); at most 90 days are allowed" });
  });

  it("SEV profiles decide which checks are required; an override wins over the bump", async () => {
    const repository = repo();
    const low = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true, profile: "SEV-3" });
    expect(low).toMatchObject({ profile: "SEV-3", requiresApproval: false });
    expect(check(low, "RL-05")).toMatchObject({ status: "na", reason: "not required by profile SEV-3" });
    const high = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true, profile: "SEV-0" });
    expect(high.requiresApproval).toBe(true);
    expect(check(high, "RL-07").status).toBe("pass");
  });

  it("coverage thresholds, and a malformed report fails with file:line", async () => {
    const repository = repo();
    const config = "gates:\n  coverage:\n    file: coverage/lcov.info\n    lines: 95\n    branches: 100\n";
    repository.commit("ci: coverage", ".github/cadence.yml", config);
    const good = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true });
    expect(check(good, "COV")).toMatchObject({ status: "pass", reason: "lines 100%, branches 100%, functions 100% (thresholds lines 95%, branches 100%)" });
    repository.write("coverage/lcov.info", "SF:a.ts\nLF:10\nLH:9\nBRF:2\nBRH:1\nend_of_record\n");
    expect(check(await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true }), "COV").reason).toBe("coverage below threshold: lines 90% < 95%, branches 50% < 100%");
    repository.write("coverage/lcov.info", "SF:a.ts\nLF:10\nLH:x\nend_of_record\n");
    const broken = check(await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true }), "COV");
    expect(broken).toMatchObject({ status: "fail", location: { file: "coverage/lcov.info", line: 3 } });
    expect(broken.reason).toBe("coverage/lcov.info:3: malformed coverage report: LH must be a count, not 'x'");
  });

  it("custom command gates decide by exit code and never go through a shell", async () => {
    const repository = repo();
    const config = [
      "gates:",
      "  custom:",
      "    - id: tag-free",
      '      run: [git, rev-parse, --verify, --quiet, "refs/tags/v{version}"]',
      "    - id: literal",
      '      run: [git, tag, --list, "$(touch pwned)"]',
      "",
    ].join("\n");
    repository.commit("ci: custom gates", ".github/cadence.yml", config);
    const result = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true });
    expect(check(result, "tag-free")).toMatchObject({ status: "fail", reason: "git rev-parse --verify --quiet refs/tags/v1.5.0 exited with 1" });
    expect(check(result, "literal").status).toBe("pass");
    expect(existsSync(join(repository.dir, "pwned"))).toBe(false);
  });

  it("a blackout fails CAL unless break-glass gives a reason, which the evidence records", async () => {
    const repository = repo();
    const config = 'calendar:\n  timezone: Europe/Berlin\n  blackout:\n    - from: "2026-12-20"\n      to: "2027-01-05"\n      reason: holidays\n';
    repository.commit("ci: calendar", ".github/cadence.yml", config);
    const christmas = new Date("2026-12-24T09:00:00Z");
    const blocked = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: true, now: christmas });
    expect(check(blocked, "CAL")).toMatchObject({ status: "fail", reason: "blackout 2026-12-20 – 2027-01-05 (holidays) in Europe/Berlin; a release now needs break-glass with a reason" });
    const forced = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: false, now: christmas, breakGlass: "CVE-2026-1234 hotfix" });
    expect(check(forced, "CAL").status).toBe("pass");
    const evidence = parse(readFileSync(forced.evidencePath!, "utf8")).release_evidence;
    expect(evidence.validation.break_glass).toMatchObject({ reason: "CVE-2026-1234 hotfix", blocked_by: expect.stringContaining("holidays"), at: "2026-12-24T09:00:00.000Z" });
  });
});
