import { afterEach, describe, expect, it } from "vitest";
import { GitHubEmulator } from "../support/github/server.js";
import { githubOpenApi } from "../support/github/openapi.js";

const running: GitHubEmulator[] = [];
afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
});

async function start(token?: string): Promise<GitHubEmulator> {
  const emulator = await GitHubEmulator.start(token ? { token } : {});
  running.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  emulator.state.addMilestone(repo, "v1.5.0");
  emulator.state.addPull(repo, { title: "feat: export", milestone: "v1.5.0", labels: ["release:1.5.0"] });
  emulator.state.addPull(repo, { title: "fix: closed one", milestone: "v1.5.0", state: "closed", merged: true });
  emulator.state.addIssue(repo, { title: "an issue, not a PR", milestone: "v1.5.0" });
  emulator.state.addCheckRun(repo, "a".repeat(40), "test", "failure");
  emulator.state.addCheckRun(repo, "a".repeat(40), "test", "success");
  emulator.state.addCheckRun(repo, "a".repeat(40), "lint", null, "in_progress");
  emulator.state.addStatus(repo, "a".repeat(40), "ci/legacy", "success");
  emulator.state.addDependabotAlert(repo, { severity: "high", packageName: "left-pad" });
  return emulator;
}

async function get(emulator: GitHubEmulator, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe("the GitHub emulator", () => {
  it("answers every built-in route with bodies that match @octokit/openapi", async () => {
    const emulator = await start();
    const sha = "a".repeat(40);
    expect((await get(emulator, "/repos/octo-org/sample")).body.full_name).toBe("octo-org/sample");
    const pulls = await get(emulator, "/repos/octo-org/sample/pulls");
    expect(pulls.body.map((pull: { title: string }) => pull.title)).toEqual(["feat: export"]);
    expect((await get(emulator, "/repos/octo-org/sample/pulls/1")).body.number).toBe(1);
    const issues = await get(emulator, "/repos/octo-org/sample/issues?milestone=1&state=open");
    expect(issues.body.map((issue: { number: number; pull_request?: unknown }) => [issue.number, Boolean(issue.pull_request)])).toEqual([[3, false], [1, true]]);
    const labelled = await get(emulator, "/repos/octo-org/sample/issues?labels=release:1.5.0");
    expect(labelled.body.map((issue: { number: number }) => issue.number)).toEqual([1]);
    expect((await get(emulator, "/repos/octo-org/sample/milestones")).body[0].title).toBe("v1.5.0");
    const checks = await get(emulator, `/repos/octo-org/sample/commits/${sha}/check-runs`);
    expect(checks.body.check_runs.map((run: { name: string; conclusion: string | null }) => [run.name, run.conclusion])).toEqual([["test", "success"], ["lint", null]]);
    const combined = await get(emulator, `/repos/octo-org/sample/commits/${sha}/status`);
    expect(combined.body).toMatchObject({ state: "success", total_count: 1 });
    expect((await get(emulator, `/repos/octo-org/sample/commits/${sha}/statuses`)).body).toHaveLength(1);
    expect((await get(emulator, "/repos/octo-org/sample/dependabot/alerts?state=open")).body[0].security_advisory.severity).toBe("high");
    expect(emulator.problems).toEqual([]);
    expect(emulator.count("checks/list-for-ref")).toBe(1);
    expect(emulator.count()).toBe(10);
  });

  it("pages lists with a Link header", async () => {
    const emulator = await start();
    const repo = emulator.state.repo("octo-org", "sample")!;
    for (let index = 0; index < 5; index++) emulator.state.addPull(repo, { title: `pr ${index}` });
    const first = await get(emulator, "/repos/octo-org/sample/pulls?per_page=2");
    expect(first.body).toHaveLength(2);
    expect(first.headers.get("link")).toMatch(/per_page=2&page=2>; rel="next"/);
  });

  it("answers 404 for an unknown repository and 401 for a wrong token", async () => {
    const emulator = await start("s3cret");
    expect((await get(emulator, "/repos/octo-org/missing", { authorization: "token s3cret" })).status).toBe(404);
    expect((await get(emulator, "/repos/octo-org/sample", { authorization: "token wrong" })).status).toBe(401);
    expect((await get(emulator, "/repos/octo-org/sample", { authorization: "Bearer s3cret" })).status).toBe(200);
  });

  it("injects 5xx, rate limits and secondary rate limits, then recovers", async () => {
    const emulator = await start();
    emulator.inject({ kind: "status", status: 502 }, { operationId: "repos/get" });
    emulator.inject({ kind: "rate-limit", retryAfter: 0 }, { operationId: "repos/get" });
    emulator.inject({ kind: "secondary-rate-limit", retryAfter: 3 });
    const first = await get(emulator, "/repos/octo-org/sample");
    expect(first.status).toBe(502);
    const second = await get(emulator, "/repos/octo-org/sample");
    expect(second.status).toBe(429);
    expect(second.headers.get("x-ratelimit-remaining")).toBe("0");
    const third = await get(emulator, "/repos/octo-org/sample");
    expect(third.status).toBe(403);
    expect(third.body.message).toMatch(/secondary rate limit/);
    expect(third.headers.get("retry-after")).toBe("3");
    expect((await get(emulator, "/repos/octo-org/sample")).status).toBe(200);
  });

  it("holds a request open for a timeout fault until the client gives up", async () => {
    const emulator = await start();
    emulator.inject({ kind: "timeout" });
    await expect(fetch(`${emulator.url}/repos/octo-org/sample`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(emulator.requests[0]!.status).toBe(0);
  });

  it("says which permission a 403 lacks", async () => {
    const emulator = await start();
    emulator.state.repo("octo-org", "sample")!.dependabot = "forbidden";
    const response = await get(emulator, "/repos/octo-org/sample/dependabot/alerts");
    expect(response.status).toBe(403);
    expect(response.headers.get("x-accepted-github-permissions")).toBe("vulnerability_alerts=read");
  });

  it("the validator rejects a body that breaks the documented schema", () => {
    const problems = githubOpenApi().validate("repos/get", 200, { id: "not a number" });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/must have required property|must be integer/);
    expect(githubOpenApi().validate("repos/get", 201, {})).toEqual([expect.stringContaining("status 201 is not documented")]);
  });
});
