import { afterEach, describe, expect, it } from "vitest";
import type { WorkflowWorld } from "../support/workflow/world.js";
import { RC_DAY, RELEASE_DAY, SIGNING_KEY, ciPassed, failures, originRefs, releases, seedProject, startWorld } from "./world.js";

const worlds: WorkflowWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

const CALLER = { contents: "write", "id-token": "write", attestations: "write", checks: "read", statuses: "read", "pull-requests": "read", issues: "read" };

async function project(extraConfig = ""): Promise<WorkflowWorld> {
  const world = await startWorld({ seed: (work) => seedProject(work, extraConfig) });
  worlds.push(world);
  ciPassed(world, world.work.head());
  return world;
}

const candidate = (world: WorkflowWorld, inputs: Record<string, string | boolean>) =>
  world.run({
    workflow: ".github/workflows/release-candidate.yml",
    event: { name: "workflow_call", inputs, secrets: { "signing-key": SIGNING_KEY }, callerPermissions: CALLER },
  });

describe("the release-candidate workflow, run by the local runner", () => {
  it("on RC day cuts release/v1.3 from main and releases v1.3.0-rc.1 as a pre-release, signed PRE-RELEASE, gates RC", async () => {
    const world = await project();
    const main = world.work.head();
    const run = await candidate(world, { now: RC_DAY });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("decide").outputs).toMatchObject({ due: "rc-cut", branch: "release/v1.3", commit: main, prerelease: "rc", "capsule-kind": "PRE-RELEASE" });
    expect(run.job("plan").outputs).toMatchObject({ version: "1.3.0-rc.1", "release-needed": "true", "requires-approval": "false" });
    expect(run.job("approve").result).toBe("skipped");
    const refs = originRefs(world);
    const tagged = refs.get("refs/tags/v1.3.0-rc.1")!;
    expect(refs.get("refs/heads/release/v1.3")).toBe(tagged);
    // The release commit sits on the cut, on the new branch only: main has not moved.
    expect(refs.get("refs/heads/main")).toBe(main);
    expect(world.work.git("--git-dir", world.bare, "rev-parse", `${tagged}^`).trim()).toBe(main);
    const [release] = releases(world);
    expect(release).toMatchObject({ tagName: "v1.3.0-rc.1", prerelease: true, draft: false, latest: false });
    const gates = run.job("release").steps.find((step) => step.id === "gates")!;
    expect(gates.outputs).toMatchObject({ passed: "true", profile: "RC", version: "1.3.0-rc.1" });
    const capsule = run.job("release").steps.find((step) => step.id === "capsule")!;
    expect(capsule.outputs.version).toBe("1.3.0-rc.1");
    expect(capsule.summary ?? "").toContain("PRE-RELEASE");
    expect(run.job("decide").summary).toContain("## Cadence tick: cut a release candidate");
  });

  it("a fix on the branch makes rc.2 on a later run; on release day the candidate is promoted to v1.3.0 and merged back into main", async () => {
    const world = await project();
    const cut = await candidate(world, { now: RC_DAY });
    expect(cut.conclusion, failures(cut)).toBe("success");

    world.work.git("fetch", "-q", "origin");
    world.work.git("switch", "-q", "-c", "release/v1.3", "origin/release/v1.3");
    const fix = world.work.commit("fix: the iCal export's time zone", "src/ical.ts", "export const ical = 'utc';\n");
    world.work.git("push", "-q", "origin", "release/v1.3");
    ciPassed(world, fix);
    const rc2 = await candidate(world, { now: "2026-11-12T17:00:00Z" });
    expect(rc2.conclusion, failures(rc2)).toBe("success");
    expect(rc2.job("decide").outputs).toMatchObject({ due: "rc", branch: "release/v1.3", commit: fix });
    expect(rc2.job("release").outputs.version).toBe("1.3.0-rc.2");
    expect(originRefs(world).get("refs/heads/release/v1.3")).toBe(originRefs(world).get("refs/tags/v1.3.0-rc.2"));

    // Promotion: the branch head (rc.2's release commit) is released as 1.3.0.
    ciPassed(world, originRefs(world).get("refs/heads/release/v1.3")!);
    const promote = await candidate(world, { now: RELEASE_DAY });
    expect(promote.conclusion, failures(promote)).toBe("success");
    expect(promote.job("decide").outputs).toMatchObject({ due: "promote", "merge-into": "main", "capsule-kind": "RELEASE" });
    expect(promote.job("release").outputs.version).toBe("1.3.0");
    const refs = originRefs(world);
    expect(refs.get("refs/heads/release/v1.3")).toBe(refs.get("refs/tags/v1.3.0"));
    // main now holds the release (a merge commit), so its next cut counts from 1.3.0.
    world.work.git("fetch", "-q", "origin");
    expect(world.work.git("merge-base", "--is-ancestor", refs.get("refs/tags/v1.3.0")!, "origin/main") === "").toBe(true);
    expect(world.work.git("log", "-1", "--format=%s", "origin/main").trim()).toBe("chore(release): merge release/v1.3 (1.3.0) into main");
    const latest = releases(world).find((release) => release.tagName === "v1.3.0")!;
    expect(latest).toMatchObject({ prerelease: false, latest: true });
    expect(promote.job("release").steps.find((step) => step.id === "gates")!.outputs.profile).toBe("G-REL");
    // The changelog of 1.3.0 tells the whole line: the feature from main and the fix from the branch.
    const changelog = world.work.git("show", "origin/main:CHANGELOG.md");
    const section = changelog.slice(changelog.indexOf("## [1.3.0]"), changelog.indexOf("## [1.3.0-rc.2]") === -1 ? undefined : changelog.indexOf("## [1.3.0-rc.2]"));
    expect(section).toContain("export the calendar as iCal");
    expect(section).toContain("the iCal export's time zone");
  });

  it("a failed gate stops the candidate before anything leaves the runner", async () => {
    // RL-06 fails: a custom gate that exits non-zero stands for a failing security scan.
    const world = await project(`gates:\n  custom:\n    - { id: SEC-SCAN, title: Security scan, run: [node, -e, "process.exit(3)"] }\n`);
    const run = await candidate(world, { now: RC_DAY });
    expect(run.conclusion).toBe("failure");
    const gates = run.job("release").steps.find((step) => step.id === "gates")!;
    expect(gates.outcome).toBe("failure");
    expect(JSON.parse(gates.outputs["failed-gates"]!).map((gate: { id: string }) => gate.id)).toContain("SEC-SCAN");
    expect(run.job("release").steps.find((step) => step.id === "publish")!.outcome).toBe("skipped");
    const refs = originRefs(world);
    expect(refs.has("refs/heads/release/v1.3")).toBe(false);
    expect([...refs.keys()].filter((ref) => ref.startsWith("refs/tags/"))).toEqual(["refs/tags/v1.2.0"]);
    expect(releases(world)).toEqual([]);
  });

  it("a dry-run plans the cut and changes nothing", async () => {
    const world = await project();
    const before = originRefs(world);
    const run = await candidate(world, { now: RC_DAY, "dry-run": true });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("release").outputs.version).toBe("1.3.0-rc.1");
    expect(originRefs(world)).toEqual(before);
    expect(releases(world)).toEqual([]);
  });

  it("asked to promote with no candidate open, it refuses and says why", async () => {
    const world = await project();
    const run = await candidate(world, { stage: "promote", now: RC_DAY });
    expect(run.conclusion).toBe("failure");
    expect(run.job("decide").steps.find((step) => step.id === "calendar")!.log).toContain("no release line waiting for its release");
    expect(run.job("release").result).toBe("skipped");
  });
});
