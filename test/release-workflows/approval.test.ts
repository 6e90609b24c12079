import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import type { ApprovalRequest } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, WORKFLOW_TIMEOUT, breakingChange, ciPassed, everything, failures, originRefs,
  releases, seedProject, step,
} from "./project.js";

// One world for the file: the approved major, then a rejected one.
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

describe("a major release waits in the approval environment", () => {
  it("after approval it releases exactly the plan the approver was shown", async () => {
    const requests: ApprovalRequest[] = [];
    const run = await release((request) => (requests.push(request), "approve"));
    expect(run.conclusion, failures(run)).toBe("success");
    expect(requests).toEqual([{ environment: "release-approval", job: "release/approve" }]);
    const plan = run.job("release/plan");
    expect(plan.outputs).toMatchObject({ version: "2.0.0", tag: "v2.0.0", "requires-approval": "true" });
    // The approver saw the version and both plan hashes; the release job applied those very hashes.
    expect(plan.summary).toContain("## Release plan: v2.0.0");
    expect(plan.summary).toContain(plan.outputs["version-bump-plan-hash"]!);
    expect(plan.summary).toContain(plan.outputs["changelog-plan-hash"]!);
    expect(step(run, "release/release", "bump").outputs["plan-hash"]).toBe(plan.outputs["version-bump-plan-hash"]);
    expect(step(run, "release/release", "changelog").outputs["plan-hash"]).toBe(plan.outputs["changelog-plan-hash"]);
    expect(step(run, "release/release", "gates").outputs).toMatchObject({ passed: "true", version: "2.0.0" });
    const refs = originRefs(world);
    expect(refs.get("refs/tags/v2.0.0")).toBe(refs.get("refs/heads/main"));
    expect(releases(world).map((item) => [item.tagName, item.draft])).toEqual([["v2.0.0", false]]);
    expect(Object.keys((await registry.packument(PACKAGE))!.versions)).toEqual(["2.0.0"]);
  }, WORKFLOW_TIMEOUT);

  it("a rejection releases nothing", async () => {
    // On top of what the release pushed.
    world.work.git("fetch", "-q", "origin");
    world.work.git("reset", "-q", "--hard", "origin/main");
    const message = "feat!: drop the old export\n\nBREAKING CHANGE: no more CSV";
    world.work.commit(message, "src/csv.js", "module.exports = {};\n");
    world.work.write("README.md", "# sample\n\nA calendar, without CSV.\n");
    world.work.git("commit", "-qam", "docs: no CSV");
    world.push();
    ciPassed(world, world.work.head());
    const before = await everything(world, registry);
    const run = await release(() => "reject");
    expect(run.job("release/plan").outputs.version).toBe("3.0.0");
    expect(run.job("release/approve").environment?.decision).toBe("rejected");
    expect(run.job("release/release").result).toBe("skipped");
    expect(await everything(world, registry)).toEqual(before);
  }, WORKFLOW_TIMEOUT);
});
