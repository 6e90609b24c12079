import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import type { ApprovalRequest } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, WORKFLOW_TIMEOUT, breakingChange, ciPassed, everything, failures, originRefs, releases,
  seedProject, step,
} from "./project.js";

let registry: TestRegistry;
let world: WorkflowWorld;
beforeAll(async () => {
  registry = await startRegistry();
  world = await startWorld({
    seed: (work) => {
      seedProject(work, registry);
      breakingChange(work);
    },
  });
  ciPassed(world, world.work.head());
});
afterAll(async () => {
  await world?.close();
  await registry?.stop();
});

const release = (approve: (request: ApprovalRequest) => "approve" | "reject") =>
  world.run({
    workflow: "workflows-templates/release.yml",
    event: { name: "workflow_dispatch", inputs: { "dry-run": false } },
    secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
    approvals: { "release-approval": approve },
  });

describe("a major release whose approved plan no longer holds", () => {
  it("when main moved on while it waited, is refused before anything is pushed, saying what moved", async () => {
    const before = await everything(world, registry);
    const dispatched = world.work.head();
    let moved = "";
    const run = await release(() => {
      // While the reviewers look at the plan, someone pushes to main.
      moved = world.work.commit("fix: a typo", "README.md", "# sample\n\nA calendar in a time zone of your choosing.\n");
      world.push();
      return "approve";
    });
    expect(run.job("release/plan").outputs).toMatchObject({ version: "2.0.0", "requires-approval": "true" });
    expect(run.job("release/approve").environment).toMatchObject({ name: "release-approval", decision: "approved" });
    expect(run.conclusion).toBe("failure");
    const publish = step(run, "release/release", "publish");
    expect(publish.outcome, failures(run)).toBe("failure");
    expect(publish.log).toMatch(/origin\/main moved on while this release was prepared/);
    expect(publish.log).toContain("Start the release again");
    // Nothing left the runner: the origin has the pushed fix and no release commit or tag, no release, no package.
    const after = (await everything(world, registry)) as { origin: Array<[string, string]> };
    const expected = before as { origin: Array<[string, string]> };
    expect(new Map(after.origin).get("refs/heads/main")).toBe(moved);
    const notMain = ([ref]: [string, string]) => ref !== "refs/heads/main";
    expect(after.origin.filter(notMain)).toEqual(expected.origin.filter(notMain));
    expect(releases(world)).toEqual([]);
    expect(await registry.packument(PACKAGE)).toBeUndefined();
    expect(moved).not.toBe(dispatched);
    // The summary tells what was done and that a re-run (here: a new release) is needed.
    expect(run.job("release/release").summary).toContain("| publish | failure |");
  }, WORKFLOW_TIMEOUT);

  it("is refused when a tag pushed while it waited changes what the approved plan describes", async () => {
    ciPassed(world, world.work.head());
    const before = originRefs(world);
    const run = await release(() => {
      // Someone tags an older commit as a release meanwhile: the changelog would now start from it.
      world.work.git("tag", "-a", "v1.9.0", "-m", "v1.9.0", "HEAD~2");
      world.work.git("push", "-q", "origin", "v1.9.0");
      return "approve";
    });
    expect(run.job("release/plan").outputs).toMatchObject({ version: "2.0.0", "requires-approval": "true" });
    expect(run.conclusion).toBe("failure");
    const changelog = step(run, "release/release", "changelog");
    expect(changelog.outcome, failures(run)).toBe("failure");
    expect(changelog.log).toContain("the plan is stale");
    expect(changelog.log).toContain(run.job("release/plan").outputs["changelog-plan-hash"]!);
    expect(step(run, "release/release", "publish").outcome).toBe("skipped");
    const after = originRefs(world);
    expect(after.get("refs/heads/main")).toBe(before.get("refs/heads/main"));
    expect([...after.keys()].filter((ref) => ref.startsWith("refs/tags/"))).toEqual(["refs/tags/v1.2.0", "refs/tags/v1.9.0"]);
    expect(releases(world)).toEqual([]);
    expect(await registry.packument(PACKAGE)).toBeUndefined();
  }, WORKFLOW_TIMEOUT);
});
