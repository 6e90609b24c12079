import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import type { WorkflowWorld } from "../support/workflow/world.js";
import { RC_DAY, SIGNING_KEY, ciPassed, failures, originRefs, releases, seedProject, startWorld } from "./world.js";

const worlds: WorkflowWorld[] = [];
const kept: string[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
  for (const dir of kept.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The project with 1.2.0 tagged on 2026-10-30 at 09:00Z, as the release that tagged it would have. */
async function releasedProject(): Promise<WorkflowWorld> {
  const world = await startWorld({
    seed: (work) => {
      seedProject(work);
      const date = "2026-10-30T09:00:00Z";
      const env = { ...process.env, GIT_COMMITTER_NAME: "Release", GIT_COMMITTER_EMAIL: "release@example.invalid", GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
      execFileSync("git", ["tag", "-f", "-a", "v1.2.0", "v1.2.0^{commit}", "-m", "v1.2.0"], { cwd: work.dir, env });
    },
  });
  worlds.push(world);
  releasedOnGitHub(world);
  return world;
}

/** GitHub's release of 1.2.0, published an hour after its tag, and a critical issue opened the night after. */
function releasedOnGitHub(world: WorkflowWorld): void {
  const repo = world.emulator.state.repo("octo-org", "sample")!;
  releases(world).push({
    id: 7001, tagName: "v1.2.0", target: "main", name: "v1.2.0", body: "", draft: false, prerelease: false, immutable: false, latest: true,
    createdAt: "2026-10-30T09:00:00Z", publishedAt: "2026-10-30T10:00:00Z", assets: [],
  });
  // 14 h after the release: in its first 48 hours, so the capsule lists it.
  world.emulator.state.addIssue(repo, { title: "calendar off by a day", labels: ["critical"] }).createdAt = "2026-10-31T00:00:00Z";
}

const AFTER_RELEASE = "2026-11-17T07:00:00Z"; // 18 days after 1.2.0: its 7 post-release days are over; nothing else is due
const capsuleAssets = (world: WorkflowWorld) => releases(world).find((release) => release.tagName === "v1.2.0")!.assets.map((asset) => asset.name).sort();
const postRelease = (run: WorkflowRunResult) => JSON.parse(run.job("post-release").steps.find((step) => step.id === "capsules")!.outputs["post-release"]!);

async function project(extraConfig = ""): Promise<WorkflowWorld> {
  const world = await startWorld({ seed: (work) => seedProject(work, extraConfig) });
  worlds.push(world);
  ciPassed(world, world.work.head());
  return world;
}

const TICK = "workflows-templates/cadence-tick.yml";
const tick = (world: WorkflowWorld, inputs: Record<string, string | boolean>) =>
  world.run({ workflow: TICK, event: { name: "workflow_dispatch", inputs }, secrets: { RELEASE_SIGNING_KEY: SIGNING_KEY } });
/** A tick whose artifacts are kept until the test ends. */
const keptTick = async (world: WorkflowWorld, inputs: Record<string, string | boolean>) => {
  const run = await world.run({ workflow: TICK, event: { name: "workflow_dispatch", inputs }, secrets: { RELEASE_SIGNING_KEY: SIGNING_KEY }, keep: true });
  kept.push(dirname(run.artifactsDir));
  return run;
};
const artifacts = (run: WorkflowRunResult) => (existsSync(run.artifactsDir) ? readdirSync(run.artifactsDir) : []);

describe("the cadence tick, run by the local runner with a fixed clock", () => {
  it("on RC day the calendar decides rc-cut and the same run cuts release/v1.3 and releases v1.3.0-rc.1; the summary shows the calendar", async () => {
    const world = await project();
    const main = world.work.head();
    const run = await tick(world, { now: RC_DAY, "dry-run": false });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("decide").outputs.due).toBe("rc-cut");
    const summary = run.job("decide").summary;
    expect(summary).toContain("## Cadence tick: cut a release candidate");
    expect(summary).toContain("```mermaid\ngantt");
    // The called workflow ran the stage it was given, from the commit the calendar named.
    expect(run.job("candidate/decide").outputs).toMatchObject({ due: "rc-cut", commit: main, branch: "release/v1.3" });
    expect(run.job("candidate/release").outputs.version).toBe("1.3.0-rc.1");
    const refs = originRefs(world);
    expect(refs.get("refs/heads/release/v1.3")).toBe(refs.get("refs/tags/v1.3.0-rc.1"));
    expect(releases(world)).toEqual([expect.objectContaining({ tagName: "v1.3.0-rc.1", prerelease: true })]);
  });

  it("a dispatch dry-runs by default: the stage is planned and nothing changes", async () => {
    const world = await project();
    const before = originRefs(world);
    const run = await tick(world, { now: RC_DAY });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("candidate/release").outputs.version).toBe("1.3.0-rc.1");
    expect(originRefs(world)).toEqual(before);
    expect(releases(world)).toEqual([]);
  });

  it("on a day with nothing due it runs no stage", async () => {
    const world = await project();
    const before = originRefs(world);
    const run = await tick(world, { now: "2026-11-17T07:00:00Z", "dry-run": false });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("decide").outputs.due).toBe("none");
    expect(run.job("candidate").result).toBe("skipped");
    expect(originRefs(world)).toEqual(before);
  });

  it("the schedule in a blackout decides blackout, runs nothing, and still shows the calendar", async () => {
    // A blackout around whatever today is, so the scheduled run (the real clock) is deterministic.
    const world = await project();
    world.work.write(".github/cadence.yml", world.work.git("show", "HEAD:.github/cadence.yml").replace("{ from: 2026-12-20, to: 2027-01-05, reason: holidays }", "{ from: 2020-01-01, to: 2099-12-31, reason: the long freeze }"));
    world.work.commit("chore: freeze the cadence");
    world.push();
    const before = originRefs(world);
    const run = await world.run({ workflow: TICK, event: { name: "schedule", cron: "17 5 * * *" } });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("decide").outputs.due).toBe("blackout");
    expect(run.job("decide").summary).toContain("```mermaid\ngantt");
    expect(run.job("candidate").result).toBe("skipped");
    // The health and the capsules are not the calendar's to stop; a schedule has no inputs and is no dry-run.
    expect(run.job("health").summary).toContain("## Cadence health");
    expect(postRelease(run)).toMatchObject({ dryRun: false, capsules: [] });
    expect(originRefs(world)).toEqual(before);
  });

  it("a failed gate stops the stage the tick started", async () => {
    const world = await project(`gates:\n  custom:\n    - { id: SEC-SCAN, title: Security scan, run: [node, -e, "process.exit(3)"] }\n`);
    const before = originRefs(world);
    const run = await tick(world, { now: RC_DAY, "dry-run": false });
    expect(run.conclusion).toBe("failure");
    expect(run.job("decide").outputs.due).toBe("rc-cut");
    const gates = run.job("candidate/release").steps.find((step) => step.id === "gates")!;
    expect(gates.outcome).toBe("failure");
    expect(originRefs(world)).toEqual(before);
    expect(releases(world)).toEqual([]);
  });

  it("a tick after a release shows the cadence's health and writes the release's POST-RELEASE capsule once", async () => {
    const world = await releasedProject();
    const before = originRefs(world);
    const run = await keptTick(world, { now: AFTER_RELEASE, "dry-run": false });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("candidate").result).toBe("skipped");
    // The health job runs whatever the stage did: the table, the recent releases and the charts.
    const health = run.job("health").summary;
    expect(health).toContain("## Cadence health");
    expect(health).toContain("| Release frequency | 1 released / 1 planned (0 on the planned day) |");
    expect(health).toMatch(/\| Critical issues, first 48 h \| 1 \(1 per release\) ❌ \|/);
    expect(health).toContain("| 1.2.0 | 2026-10-30 |");
    expect(health).toContain("```mermaid\ngantt");
    expect(health).toContain("  1.2.0 :milestone, done, 2026-10-30, 0d");
    expect(health).toContain("xychart-beta");
    expect(JSON.parse(run.job("health").steps.find((step) => step.id === "metrics")!.outputs.metrics!).releases).toEqual([
      expect.objectContaining({ version: "1.2.0", releasedFrom: "forge-release" }),
    ]);

    // The capsule, signed with the key, is attached to GitHub's release of 1.2.0 and kept with the run.
    expect(postRelease(run).capsules).toEqual([expect.objectContaining({ version: "1.2.0", status: "done" })]);
    expect(capsuleAssets(world)).toEqual(["capsule-post-release-1.2.0.dsse.json", "capsule-post-release-1.2.0.sigstore.json", "capsule-post-release-1.2.0.yaml"]);
    const asset = releases(world)[0]!.assets.find((entry) => entry.name === "capsule-post-release-1.2.0.yaml")!;
    const capsule = asset.content.toString("utf8");
    expect(capsule).toContain("kind: POST-RELEASE");
    expect(capsule).toContain("Critical issues in the first 48 hours (label critical): 1");
    expect(capsule).toContain("calendar off by a day");
    expect(run.job("post-release").summary).toContain("| 1.2.0 | 2026-10-30 | 2026-11-06 | written |");
    expect(readdirSync(join(run.artifactsDir, "post-release-capsules"))).toContain("capsule-post-release-1.2.0.yaml");
    const granted = (job: string) => Object.entries(run.job(job).token!.permissions).filter(([, level]) => level !== "none");
    expect(Object.fromEntries(granted("post-release"))).toEqual({ contents: "write", issues: "read", "id-token": "write", attestations: "write", metadata: "read" });
    expect(Object.fromEntries(granted("health"))).toEqual({ contents: "read", issues: "read", metadata: "read" });
    // Nothing was pushed: the capsule lives on the release.
    expect(originRefs(world)).toEqual(before);

    // The next tick starts from a fresh checkout and finds the capsule on the release: nothing again.
    const next = await keptTick(world, { now: "2026-11-18T07:00:00Z", "dry-run": false });
    expect(next.conclusion, failures(next)).toBe("success");
    expect(postRelease(next).capsules).toEqual([]);
    expect(postRelease(next).releases).toEqual([expect.objectContaining({ version: "1.2.0", state: "written" })]);
    expect(next.job("post-release").summary).toContain("| 1.2.0 | 2026-10-30 | 2026-11-06 | already written |");
    expect(capsuleAssets(world)).toHaveLength(3);
    expect(releases(world)[0]!.assets.find((entry) => entry.name === "capsule-post-release-1.2.0.yaml")!.content.toString("utf8")).toBe(capsule);
    expect(artifacts(next)).not.toContain("post-release-capsules");
    expect(next.job("health").summary).toContain("## Cadence health");
  });

  it("a dry-run tick lists the capsule that is due and writes nothing", async () => {
    const world = await releasedProject();
    const before = originRefs(world);
    const run = await keptTick(world, { now: AFTER_RELEASE });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(postRelease(run)).toMatchObject({ dryRun: true, capsules: [{ version: "1.2.0", status: "planned" }] });
    expect(run.job("post-release").summary).toContain("## POST-RELEASE capsules (dry-run: nothing written)");
    expect(run.job("health").summary).toContain("## Cadence health");
    expect(capsuleAssets(world)).toEqual([]);
    expect(artifacts(run)).not.toContain("post-release-capsules");
    expect(originRefs(world)).toEqual(before);
  });
});
