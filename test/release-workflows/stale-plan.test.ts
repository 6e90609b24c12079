import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import type { ApprovalRequest } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, WORKFLOW_TIMEOUT, breakingChange, ciPassed, everything, failures, releases,
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

describe("a major release approved while the branch moved on", () => {
  it("is refused as stale before anything is pushed, with a message saying what moved", async () => {
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

});
