import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, WORKFLOW_TIMEOUT, ciPassed, failures, originRefs, releases, seedProject, step,
} from "./project.js";

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

describe("a pre-release through the starter workflow", () => {
  it("releases 1.3.0-rc.1: the tag, a GitHub pre-release, npm under the rc dist-tag", async () => {
    const run = await world.run({
      workflow: "workflows-templates/release.yml",
      event: { name: "workflow_dispatch", inputs: { "dry-run": false, prerelease: "rc" } },
      secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
    });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("release/plan").outputs).toMatchObject({ version: "1.3.0-rc.1", tag: "v1.3.0-rc.1" });
    expect(step(run, "release/release", "gates").outputs).toMatchObject({ passed: "true", profile: "RC" });
    const refs = originRefs(world);
    expect(refs.get("refs/tags/v1.3.0-rc.1")).toBe(refs.get("refs/heads/main"));
    expect(releases(world).map((release) => [release.tagName, release.prerelease, release.draft])).toEqual([
      ["v1.3.0-rc.1", true, false],
    ]);
    const packument = (await registry.packument(PACKAGE))!;
    expect(Object.keys(packument.versions)).toEqual(["1.3.0-rc.1"]);
    expect(packument["dist-tags"].rc).toBe("1.3.0-rc.1");
  }, WORKFLOW_TIMEOUT);
});
