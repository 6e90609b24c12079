import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { runAction, runCli } from "../support/runner.js";
import { releaseReadyRepo } from "../gates/fixtures.js";

const TOKEN = "ghs_actionTestToken42";
const repos: TestRepo[] = [];
const emulators: GitHubEmulator[] = [];
afterEach(async () => {
  repos.splice(0).forEach((repo) => repo.remove());
  for (const emulator of emulators.splice(0)) await emulator.close();
});

async function setup() {
  const repo = releaseReadyRepo();
  repos.push(repo);
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  emulators.push(emulator);
  const model = emulator.state.addRepo("octo-org/sample");
  emulator.state.addCheckRun(model, repo.head(), "test", "success");
  return { repo, emulator, model };
}

const env = (emulator: GitHubEmulator) => ({ GITHUB_API_URL: emulator.url });

describe("the gate-check bundle, run as the runner runs it, against the emulator", () => {
  it("passes a prepared release: outputs, summary table, evidence, and the token only ever masked", async () => {
    const { repo, emulator } = await setup();
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { token: TOKEN, now: "2026-11-18T10:00:00Z" }, env: env(emulator) });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ passed: "true", "failed-gates": "[]", "requires-approval": "false", profile: "G-REL", version: "1.5.0" });
    expect(run.summary).toContain("| check | result | why |");
    expect(run.summary).toContain("| RL-01 No open PRs for the release | ✅ pass | no open pull requests (no milestone 'v1.5.0' exists) |");
    expect(run.summary).toContain("```mermaid\ngantt");
    const evidence = parse(readFileSync(run.outputs["evidence-path"]!, "utf8")).release_evidence;
    expect(evidence.validation.checklist.map((item: { check: string }) => item.check)).toEqual(["RL-01", "RL-02", "RL-03", "RL-04", "RL-05", "RL-06", "RL-07", "RL-08", "LIC-01", "COV", "CAL"]);
    expect(emulator.count("checks/list-for-ref")).toBe(1);
    expect(emulator.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    const leaks = (run.stdout + run.stderr + run.summary).split("\n").filter((line) => line.includes(TOKEN) && !line.startsWith("::add-mask::"));
    expect(leaks).toEqual([]);
  });

  it("fails the step with failed-gates and annotations on the files, after retrying a flaky API", async () => {
    const { repo, emulator, model } = await setup();
    repo.commit("chore: break the changelog", "CHANGELOG.md", "# Changelog\n");
    emulator.state.addCheckRun(model, repo.head(), "test", "failure");
    // One retry in the bundle waits Octokit's real back-off (1 s); the adapter's tests cover the other faults without waiting.
    emulator.inject({ kind: "status", status: 502 }, { operationId: "checks/list-for-ref" });
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { token: TOKEN, now: "2026-11-18T10:00:00Z" }, env: env(emulator) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe("false");
    const failed = JSON.parse(run.outputs["failed-gates"]!) as Array<{ id: string; reason: string }>;
    expect(failed.map((gate) => gate.id)).toEqual(["RL-02", "RL-03"]);
    expect(failed[0]!.reason).toContain("test (failure)");
    const annotation = run.commands.find((command) => command.command === "error" && command.properties.file === "CHANGELOG.md");
    expect(annotation?.properties.line).toBe("1");
    expect(annotation?.message).toContain("RL-03 Changelog updated: CHANGELOG.md has no section for 1.5.0");
    expect(run.stdout).toMatch(/::error::gates failed: RL-02 .*; RL-03/);
    expect(emulator.count("checks/list-for-ref")).toBe(2);
  });

  it("a major asks for approval; a blackout fails CAL until break-glass", async () => {
    const { repo, emulator } = await setup();
    repo.commit("ci: calendar", ".github/cadence.yml", 'calendar:\n  timezone: Europe/Berlin\n  blackout:\n    - from: "2026-12-20"\n      to: "2027-01-05"\n      reason: holidays\n');
    // 2.0.0 is not prepared (changelog, manifest, notes) either: only CAL matters here, so the step does not fail.
    const inputs = { token: TOKEN, version: "2.0.0", now: "2026-12-21T08:00:00Z", "dry-run": "true", "fail-on-gate-failure": "false" };
    const failedIds = (outputs: Record<string, string>) => (JSON.parse(outputs["failed-gates"]!) as Array<{ id: string }>).map((gate) => gate.id);
    const blocked = await runAction("gate-check", { workspace: repo.dir, inputs, env: env(emulator) });
    expect(blocked.exitCode, blocked.stdout).toBe(0);
    expect(blocked.outputs).toMatchObject({ "requires-approval": "true", profile: "G-REL+Human", passed: "false", "evidence-path": "" });
    expect(failedIds(blocked.outputs)).toContain("CAL");
    const forced = await runAction("gate-check", { workspace: repo.dir, inputs: { ...inputs, "break-glass": "security fix for CVE-2026-1" }, env: env(emulator) });
    expect(failedIds(forced.outputs)).not.toContain("CAL");
    expect(forced.summary).toContain("**Break-glass:** security fix for CVE-2026-1");
  });

  it("a bad config fails with an annotation at file:line and no stack trace", async () => {
    const { repo, emulator } = await setup();
    repo.commit("ci: bad", ".github/cadence.yml", "gates:\n  require:\n    - RL-42\n");
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { token: TOKEN }, env: env(emulator) });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((command) => command.command === "error" && command.properties.file);
    expect(error?.properties).toMatchObject({ file: ".github/cadence.yml", line: "3" });
    expect(error?.message).toContain("unknown gate 'RL-42'");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe("the CLI contract", () => {
  it("gate-check --json without a token: API checks na, the rest evaluated", async () => {
    const { repo } = await setup();
    const run = await runCli(["gate-check", "--json", "--now", "2026-11-18T10:00:00Z", "--dry-run"], { cwd: repo.dir, env: { GITHUB_TOKEN: "", GH_TOKEN: "", GITHUB_REPOSITORY: "" } });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ passed: true, failed: [], requiresApproval: false, evidencePath: null, profile: "G-REL" });
    expect(json.checks.find((check: { id: string }) => check.id === "RL-01")).toMatchObject({ status: "na", reason: "no GitHub token" });
  });

  it("gate-check --profile with a token talks to GITHUB_API_URL and exits 1 on failure", async () => {
    const { repo, emulator, model } = await setup();
    emulator.state.addPull(model, { title: "feat: unfinished", milestone: "v1.5.0" });
    const run = await runCli(["gate-check", "--json", "--profile", "SEV-1", "--now", "2026-11-18T10:00:00Z"], {
      cwd: repo.dir,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "octo-org/sample" },
    });
    expect(run.exitCode).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ passed: false, requiresApproval: true, profile: "SEV-1" });
    expect(json.failed).toEqual([{ id: "RL-01", reason: "1 open pull request for the release: #1", required: true }]);
    expect(json.evidencePath).toMatch(/gate-check-1\.5\.0\.yaml$/);
    expect(run.stderr).toContain("cadence gate-check: gates failed: RL-01");
    expect(run.stderr).not.toContain(TOKEN);
  });

  it("calendar --json says what is due today and lists the next dates", async () => {
    const { repo } = await setup();
    repo.write(".github/cadence.yml", 'calendar:\n  timezone: Europe/Berlin\n  minor:\n    anchor: "2026-11-02"\n  blackout:\n    - from: "2026-12-20"\n      to: "2027-01-05"\n      reason: holidays\n');
    const rc = JSON.parse((await runCli(["calendar", "--json", "--now", "2026-11-26T08:00:00Z"], { cwd: repo.dir })).stdout);
    expect(rc.today).toBe("rc-cut");
    expect(rc.next.slice(0, 3).map((event: { date: string; kind: string }) => `${event.date} ${event.kind}`)).toEqual(["2026-11-27 release", "2026-12-10 rc-cut", "2026-12-11 release"]);
    const holidays = JSON.parse((await runCli(["calendar", "--json", "--now", "2027-01-01T12:00:00Z"], { cwd: repo.dir })).stdout);
    expect(holidays).toMatchObject({ today: "blackout", blackout: { reason: "holidays" } });
    const bad = await runCli(["calendar", "--now", "yesterday"], { cwd: repo.dir });
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain("--now must be an ISO-8601 instant");
  });
});
