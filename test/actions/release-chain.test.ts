import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction, type ActionRun } from "../support/runner.js";

// The reusable release workflow's chain, step by step as its jobs run them: a plan job of
// dry-runs (changelog, version-bump, gate-check) whose plan hashes an approver sees, then a release
// job on a fresh runner that applies exactly those plans.

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A pushed repository (bare origin) with a release due: v1.4.2, then a fix and a feature. */
function pushedRepo(): { origin: string; work: TestRepo } {
  const origin = folder("cadence-chain-origin-");
  execFileSync("git", ["init", "-q", "--bare", "-b", "main", origin]);
  const work = TestRepo.create({ prefix: "cadence-chain-work-" });
  cleanup.push(() => work.remove());
  const manifest = `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`;
  work.commit("chore(release): 1.4.2", "package.json", manifest);
  work.tag("v1.4.2");
  work.commit("fix: handle empty input");
  work.commit("feat(api): add the export endpoint");
  work.git("remote", "add", "origin", `file://${origin}`);
  work.git("push", "-q", "origin", "main", "--tags");
  return { origin, work };
}

/** A fresh runner's checkout of the origin (no git identity anywhere: runAction gives a clean HOME). */
function checkout(origin: string): string {
  const dir = folder("cadence-chain-checkout-");
  execFileSync("git", ["clone", "-q", `file://${origin}`, dir], { env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null" } });
  return dir;
}

const ok = (run: ActionRun): ActionRun => {
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return run;
};

async function planJob(workspace: string, runnerTemp: string) {
  const common = { workspace, runnerTemp };
  const changelog = ok(await runAction("changelog", { ...common, inputs: { "dry-run": "true" } }));
  const bump = ok(await runAction("version-bump", { ...common, inputs: { "dry-run": "true", "release-commit": "true" } }));
  const gates = ok(await runAction("gate-check", { ...common, inputs: { "dry-run": "true", version: bump.outputs.version!, profile: "G-MRG" } }));
  return { changelog, bump, gates };
}

async function releaseJob(workspace: string, plan: Awaited<ReturnType<typeof planJob>>) {
  const runnerTemp = folder("cadence-chain-release-temp-");
  const changelog = await runAction("changelog", { workspace, runnerTemp, inputs: { "plan-hash": plan.changelog.outputs["plan-hash"]!, date: plan.changelog.outputs.date! } });
  const bump = await runAction("version-bump", { workspace, runnerTemp, inputs: { "plan-hash": plan.bump.outputs["plan-hash"]!, "release-commit": "true" } });
  return { changelog, bump };
}

describe("a release planned in one job and applied in another", () => {
  it("a dry-run judges the files the earlier dry-runs planned, and writes nothing in the repository", async () => {
    const { origin } = pushedRepo();
    const workspace = checkout(origin);
    const before = execFileSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: workspace, encoding: "utf8" });
    const plan = await planJob(workspace, folder("cadence-chain-plan-temp-"));
    expect(plan.bump.outputs.version).toBe("1.5.0");
    expect(plan.changelog.outputs.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(plan.gates.outputs.passed).toBe("true");
    // G-MRG requires RL-03 and RL-04: judged against the planned CHANGELOG and package.json.
    expect(plan.gates.summary).toMatch(/RL-03 Changelog updated \| ✅ pass \| CHANGELOG.md has a section for 1.5.0/);
    expect(plan.gates.summary).toMatch(/RL-04 Version in manifests \| ✅ pass \| package.json carries 1.5.0/);
    // The release commit would carry the changelog's files too, as the plan says.
    expect(plan.bump.summary).toContain("commit package.json, CHANGELOG.md, docs/releases");
    expect(execFileSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: workspace, encoding: "utf8" })).toBe(before);

    // Without the planned files (another job's temp folder), the same dry-run is red for the right reason.
    const alone = await runAction("gate-check", { workspace, runnerTemp: folder("cadence-chain-other-temp-"), inputs: { "dry-run": "true", version: "1.5.0", profile: "G-MRG", "fail-on-gate-failure": "false" } });
    expect(JSON.parse(alone.outputs["failed-gates"]!).map((gate: { id: string }) => gate.id)).toEqual(["RL-03", "RL-04"]);
  });

  it("applies exactly the planned hashes on another runner, and the same plan makes the same release commit", async () => {
    const { origin } = pushedRepo();
    const plan = await planJob(checkout(origin), folder("cadence-chain-plan-temp-"));
    const first = checkout(origin);
    const applied = await releaseJob(first, plan);
    ok(applied.changelog);
    ok(applied.bump);
    expect(applied.bump.outputs["plan-hash"]).toBe(plan.bump.outputs["plan-hash"]);
    const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();
    expect(git(first, "log", "-1", "--format=%s|%an <%ae>")).toBe("chore(release): 1.5.0|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    expect(git(first, "show", "--name-only", "--format=", "HEAD").split("\n")).toEqual(expect.arrayContaining(["CHANGELOG.md", "package.json", "docs/releases/1.5.0/release-notes.md"]));
    expect(git(first, "status", "--porcelain")).toBe("");

    // Pushed with its tag, then the job failed: a re-run on a fresh runner (the same dispatched
    // commit, tags fetched) decides the same version and makes the very same commit.
    git(first, "tag", "v1.5.0");
    git(first, "push", "-q", "origin", "HEAD:main", "v1.5.0");
    const again = checkout(origin);
    git(again, "checkout", "-q", "HEAD~1");
    const rerun = await releaseJob(again, plan);
    ok(rerun.changelog);
    ok(rerun.bump);
    expect(git(again, "rev-parse", "HEAD")).toBe(git(first, "rev-parse", "HEAD"));
  });

  it("refuses a plan that moved while it waited for approval: a tag pushed meanwhile", async () => {
    const { origin, work } = pushedRepo();
    const plan = await planJob(checkout(origin), folder("cadence-chain-plan-temp-"));
    // Someone tags the planned commit by hand during the approval: there is nothing left to release.
    work.tag("v1.4.3");
    work.git("push", "-q", "origin", "--tags");
    const workspace = checkout(origin);
    const applied = await releaseJob(workspace, plan);
    expect(applied.changelog.exitCode).toBe(1);
    expect(applied.changelog.stdout).toContain(`::error::the plan is stale: it was made with hash ${plan.changelog.outputs["plan-hash"]}`);
    expect(execFileSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: workspace, encoding: "utf8" })).toBe("");

    // A hand-made v1.5.0 on a commit above the planned one is not this release's: refused as taken.
    work.commit("fix: hotfix by hand");
    work.tag("v1.5.0");
    work.git("push", "-q", "origin", "main", "--tags");
    work.git("push", "-q", "origin", ":refs/tags/v1.4.3");
    const later = checkout(origin);
    execFileSync("git", ["checkout", "-q", "HEAD~1"], { cwd: later });
    const taken = await releaseJob(later, plan);
    expect(taken.changelog.exitCode).toBe(1);
    expect(taken.changelog.stdout).toContain("::error::version 1.5.0 is already tagged");
  });
});
