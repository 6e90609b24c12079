import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import { SIGNING_KEY, WORKFLOW_TIMEOUT, ciPassed, everything, failures, seedProject, step } from "./project.js";

let registry: TestRegistry;
let world: WorkflowWorld;
beforeAll(async () => {
  registry = await startRegistry();
  world = await startWorld({ seed: (work) => seedProject(work, registry) });
  ciPassed(world, world.work.head());
});
afterAll(async () => {
  await world?.close();
  await registry?.stop();
});

describe("the starter workflow, run as a user runs it", () => {
  it("its default (a dry-run) is green end to end and writes nothing: refs, releases, registry as before", async () => {
    const before = await everything(world, registry);
    const run = await world.run({
      workflow: "workflows-templates/release.yml",
      event: { name: "workflow_dispatch" },
      secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
    });
    expect(run.conclusion, failures(run)).toBe("success");
    const planned = { version: "1.3.0", tag: "v1.3.0", "release-needed": "true", "requires-approval": "false" };
    expect(run.job("release/plan").outputs).toMatchObject(planned);
    expect(run.job("release/approve").result).toBe("skipped");
    const release = run.job("release/release");
    expect(release.result).toBe("success");
    // Every step of the release job ran, as a dry-run, and judged the planned release.
    for (const id of ["changelog", "bump", "gates", "capsule", "publish"]) {
      expect(step(run, "release/release", id).outcome, id).toBe("success");
    }
    expect(step(run, "release/release", "gates").outputs).toMatchObject({ passed: "true", version: "1.3.0" });
    const published = { tag: "v1.3.0", version: "1.3.0", "evidence-path": "" };
    expect(step(run, "release/release", "publish").outputs).toMatchObject(published);
    expect(run.job("release/plan").summary).toContain("## Release plan: v1.3.0");
    expect(await everything(world, registry)).toEqual(before);
  }, WORKFLOW_TIMEOUT);
});
