import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction, runCli } from "../support/runner.js";

// Two-week cycles from Monday 2026-11-02: RC cut Thursday 2026-11-12, release Friday 2026-11-13.
const CONFIG = `calendar:
  timezone: Europe/Berlin
  minor: { anchor: 2026-11-02 }
  major: false
  blackout:
    - { from: 2026-12-20, to: 2027-01-05, reason: holidays }
`;

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

/** A project released as 1.2.0, a feature since, and a bare origin it was pushed to (so branches are remote-tracking refs, as in a checkout). */
function project(): { repo: TestRepo; origin: TestRepo } {
  const origin = TestRepo.create({ prefix: "calendar-origin-" });
  origin.git("config", "receive.denyCurrentBranch", "ignore");
  const repo = TestRepo.create({ prefix: "calendar-mode-" });
  repos.push(repo, origin);
  repo.write(".github/cadence.yml", CONFIG);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.2.0" })}\n`);
  repo.tag("v1.2.0");
  repo.commit("feat: export the calendar");
  repo.git("remote", "add", "origin", origin.dir);
  repo.git("push", "-q", "origin", "main", "--tags");
  repo.git("fetch", "-q", "origin");
  return { repo, origin };
}

const calendar = (repo: TestRepo, now: string) => runAction("gate-check", { workspace: repo.dir, inputs: { mode: "calendar", now } });

describe("gate-check in calendar mode, run as the runner runs it", () => {
  it("on RC day names the branch to cut, the commit and the candidate, with the calendar in the summary", async () => {
    const { repo } = project();
    const run = await calendar(repo, "2026-11-12T07:00:00Z");
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ today: "rc-cut", due: "rc-cut", branch: "release/v1.3", commit: repo.head(), version: "1.3.0-rc.1", prerelease: "rc", bump: "", "capsule-kind": "PRE-RELEASE" });
    expect(JSON.parse(run.outputs.next!)[0]).toMatchObject({ date: "2026-11-13", kind: "release" });
    expect(run.outputs.blackout).toBe("");
    expect(run.summary).toContain("## Cadence tick: cut a release candidate");
    expect(run.summary).toContain("```mermaid\ngantt");
  });

  it("asks for a minor when only fixes landed, so the cut opens a new line", async () => {
    const origin = TestRepo.create({ prefix: "calendar-origin-" });
    const repo = TestRepo.create({ prefix: "calendar-mode-" });
    repos.push(repo, origin);
    repo.write(".github/cadence.yml", CONFIG);
    repo.commit("chore: start");
    repo.tag("v1.2.0");
    repo.commit("fix: a crash");
    const run = await calendar(repo, "2026-11-12T07:00:00Z");
    expect(run.outputs).toMatchObject({ due: "rc-cut", version: "1.3.0-rc.1", bump: "minor", branch: "release/v1.3" });
  });

  it("after the cut: the next candidate when a fix lands on the branch, promotion on release day", async () => {
    const { repo } = project();
    // The cut as the tick makes it: the release branch with its first candidate tagged.
    repo.git("switch", "-q", "-c", "release/v1.3");
    repo.commit("chore(release): 1.3.0-rc.1");
    repo.tag("v1.3.0-rc.1");
    repo.git("push", "-q", "origin", "release/v1.3", "--tags");
    repo.git("switch", "-q", "main");
    repo.git("fetch", "-q", "origin");

    const quiet = await calendar(repo, "2026-11-12T17:00:00Z");
    expect(quiet.outputs).toMatchObject({ due: "none", reason: expect.stringContaining("still waiting for its release") });

    repo.git("switch", "-q", "release/v1.3");
    const fix = repo.commit("fix: the candidate's crash");
    repo.git("push", "-q", "origin", "release/v1.3");
    repo.git("switch", "-q", "main");
    repo.git("fetch", "-q", "origin");
    const rc2 = await calendar(repo, "2026-11-12T17:00:00Z");
    expect(rc2.outputs).toMatchObject({ due: "rc", branch: "release/v1.3", commit: fix, version: "1.3.0-rc.2", prerelease: "rc" });

    const promote = await calendar(repo, "2026-11-13T07:00:00Z");
    expect(promote.outputs).toMatchObject({ today: "release", due: "promote", branch: "release/v1.3", commit: fix, version: "1.3.0", prerelease: "", "capsule-kind": "RELEASE", "merge-into": "main" });
  });

  it("in a blackout runs nothing and says which", async () => {
    const { repo } = project();
    const run = await calendar(repo, "2026-12-24T10:00:00Z");
    expect(run.outputs).toMatchObject({ today: "blackout", due: "blackout", branch: "", commit: "" });
    expect(JSON.parse(run.outputs.blackout!)).toEqual({ from: "2026-12-20", to: "2027-01-05", reason: "holidays" });
  });

  it("refuses a bad mode or instant with a clear message", async () => {
    const { repo } = project();
    const mode = await runAction("gate-check", { workspace: repo.dir, inputs: { mode: "weekly" } });
    expect(mode.exitCode).toBe(1);
    expect(mode.stdout).toContain("mode must be one of check, calendar, metrics, not 'weekly'");
    const now = await calendar(repo, "next friday");
    expect(now.exitCode).toBe(1);
    expect(now.stdout).toContain("must be an ISO-8601 instant");
  });

  it("cadence calendar --due says the same on a laptop", async () => {
    const { repo } = project();
    const run = await runCli(["calendar", "--due", "--json", "--now", "2026-11-12T07:00:00Z"], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ today: "rc-cut", due: "rc-cut", branch: "release/v1.3", version: "1.3.0-rc.1", commit: repo.head() });
    const text = await runCli(["calendar", "--due", "--now", "2026-11-12T07:00:00Z"], { cwd: repo.dir });
    expect(text.stdout).toContain("2026-11-12 (Europe/Berlin): rc-cut: RC day: release/v1.3 is cut from main");
  });
});
