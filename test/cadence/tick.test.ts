import { afterEach, describe, expect, it } from "vitest";
import type { WorkflowWorld } from "../support/workflow/world.js";
import { RC_DAY, SIGNING_KEY, ciPassed, failures, originRefs, releases, seedProject, startWorld } from "./world.js";

const worlds: WorkflowWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

async function project(extraConfig = ""): Promise<WorkflowWorld> {
  const world = await startWorld({ seed: (work) => seedProject(work, extraConfig) });
  worlds.push(world);
  ciPassed(world, world.work.head());
  return world;
}

const TICK = "workflows-templates/cadence-tick.yml";
const tick = (world: WorkflowWorld, inputs: Record<string, string | boolean>) =>
  world.run({ workflow: TICK, event: { name: "workflow_dispatch", inputs }, secrets: { RELEASE_SIGNING_KEY: SIGNING_KEY } });

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
});
