import { afterEach, describe, expect, it } from "vitest";
import { ForgeError, GitHubForge, describeError } from "@release-cadence/core";
import { GitHubEmulator } from "../support/github/server.js";

const TOKEN = "ghs_forgeTestToken123";
const SHA = "b".repeat(40);
const running: GitHubEmulator[] = [];
afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
});

async function setup(timeoutMs = 10_000) {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  running.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  const forge = GitHubForge.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1, retries: 3, timeoutMs });
  return { emulator, repo, forge };
}

describe("the GitHub forge adapter against the emulator", () => {
  it("finds open pull requests by milestone and by label, leaving out issues and closed ones", async () => {
    const { emulator, repo, forge } = await setup();
    emulator.state.addPull(repo, { title: "feat: one", milestone: "v2.0.0" });
    emulator.state.addPull(repo, { title: "fix: done", milestone: "v2.0.0", state: "closed" });
    emulator.state.addIssue(repo, { title: "an issue", milestone: "v2.0.0" });
    emulator.state.addPull(repo, { title: "docs: labelled", labels: ["release"] });
    const milestone = await forge.milestoneNumber("v2.0.0");
    expect(milestone).toBe(1);
    expect(await forge.milestoneNumber("v9.9.9")).toBeUndefined();
    expect((await forge.openPullRequests({ milestone })).map((pull) => pull.title)).toEqual(["feat: one"]);
    expect((await forge.openPullRequests({ label: "release" })).map((pull) => pull.number)).toEqual([4]);
    expect(emulator.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it("reads check runs and statuses as one list of passed, failed and pending checks", async () => {
    const { emulator, repo, forge } = await setup();
    emulator.state.addCheckRun(repo, SHA, "test", "success");
    emulator.state.addCheckRun(repo, SHA, "lint", "failure");
    emulator.state.addCheckRun(repo, SHA, "e2e", null, "in_progress");
    emulator.state.addStatus(repo, SHA, "ci/jenkins", "error");
    const checks = await forge.commitChecks(SHA);
    expect(checks.map((check) => [check.name, check.source, check.state])).toEqual([
      ["test", "check-run", "passed"],
      ["lint", "check-run", "failed"],
      ["e2e", "check-run", "pending"],
      ["ci/jenkins", "status", "failed"],
    ]);
  });

  it("pages through more than one page of check runs", async () => {
    const { emulator, repo, forge } = await setup();
    for (let index = 0; index < 130; index++) emulator.state.addCheckRun(repo, SHA, `job-${index}`, "success");
    expect(await forge.commitChecks(SHA)).toHaveLength(130);
    expect(emulator.count("checks/list-for-ref")).toBe(2);
  });

  it("retries 5xx, 429 and secondary rate limits, then succeeds", async () => {
    const { emulator, repo, forge } = await setup();
    emulator.state.addDependabotAlert(repo, { severity: "critical", packageName: "lodash" });
    emulator.inject({ kind: "status", status: 502 }, { operationId: "dependabot/list-alerts-for-repo" });
    emulator.inject({ kind: "rate-limit", retryAfter: 0 }, { operationId: "dependabot/list-alerts-for-repo" });
    emulator.inject({ kind: "secondary-rate-limit", retryAfter: 0 }, { operationId: "dependabot/list-alerts-for-repo" });
    const alerts = await forge.vulnerabilityAlerts();
    expect(alerts).toEqual([expect.objectContaining({ packageName: "lodash", severity: "critical" })]);
    expect(emulator.count("dependabot/list-alerts-for-repo")).toBe(4);
  });

  it("gives up after the configured retries with a ForgeError that keeps the status", async () => {
    const { emulator, forge } = await setup();
    emulator.inject({ kind: "status", status: 503 }, { times: 10 });
    const error = await forge.milestoneNumber("v1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ForgeError);
    expect((error as ForgeError).status).toBe(503);
    expect(emulator.count()).toBe(4);
  });

  it("a timeout becomes a ForgeError without a status", async () => {
    const { emulator, forge } = await setup(200);
    emulator.inject({ kind: "timeout" }, { times: 10 });
    const error = (await forge.openPullRequests({ label: "x" }).catch((caught: unknown) => caught)) as ForgeError;
    expect(error).toBeInstanceOf(ForgeError);
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/timed out/);
  });

  it("a 403 for a missing permission names the permission, and never the token", async () => {
    const { emulator, repo, forge } = await setup();
    repo.dependabot = "forbidden";
    const error = (await forge.vulnerabilityAlerts().catch((caught: unknown) => caught)) as ForgeError;
    expect(error.status).toBe(403);
    expect(error.missingPermission).toBe("vulnerability_alerts=read");
    expect(describeError(error)).toContain("the token lacks the permission Dependabot alerts: read");
    expect(describeError(error)).not.toContain(TOKEN);
    expect(emulator.count("dependabot/list-alerts-for-repo")).toBe(1);
  });

  it("a wrong token is a 401 that says so", async () => {
    const { emulator } = await setup();
    const forge = GitHubForge.create({ token: "wrong", repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1 });
    const error = (await forge.milestoneNumber("v1").catch((caught: unknown) => caught)) as ForgeError;
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/rejected the token/);
  });
});
