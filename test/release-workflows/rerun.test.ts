import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, WORKFLOW_TIMEOUT, ciPassed, failures, originRefs, releases, seedProject, step,
} from "./project.js";

// The crash: npm's postpublish script of the package fails on the first attempt of the run, so the
// release job dies half-way through publish: commit and tag pushed, the package on the registry,
// the GitHub release still a draft. "Re-run failed jobs" must finish it, duplicating nothing.
const CRASH_ON_FIRST_ATTEMPT =
  "node -e \"if (process.env.GITHUB_RUN_ATTEMPT === '1') { console.error('the runner lost its network'); process.exit(1) }\"";

let registry: TestRegistry;
let world: WorkflowWorld;
beforeAll(async () => {
  registry = await startRegistry();
  const scripts = { postpublish: CRASH_ON_FIRST_ATTEMPT };
  world = await startWorld({ seed: (work) => seedProject(work, registry, { scripts }) });
  ciPassed(world, world.work.head());
});
afterAll(async () => {
  await world?.close();
  await registry?.stop();
});

describe("a release job that crashed half-way, re-run", () => {
  it("finishes the release on the re-run with one tag, one release and one npm version", async () => {
    const options = {
      workflow: "workflows-templates/release.yml",
      event: { name: "workflow_dispatch" as const, inputs: { "dry-run": false } },
      secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY },
    };
    const first = await world.run(options);
    expect(first.conclusion).toBe("failure");
    expect(step(first, "release/release", "publish").outcome).toBe("failure");
    expect(step(first, "release/release", "publish").log).toContain("the runner lost its network");
    // Half done: what the crash left behind.
    const tagged = originRefs(world).get("refs/tags/v1.3.0");
    expect(tagged).toBeDefined();
    expect(releases(world).map((release) => [release.tagName, release.draft])).toEqual([["v1.3.0", true]]);
    expect(Object.keys((await registry.packument(PACKAGE))!.versions)).toEqual(["1.3.0"]);
    expect(first.job("release/release").summary).toContain("re-run the failed job to finish this release");

    const second = await world.run({ ...options, rerunFailedOf: first });
    expect(second.conclusion, failures(second)).toBe("success");
    expect(second.attempt).toBe(2);
    // For the commit the release was started on, though main now holds the first attempt's release commit.
    expect(second.sha).toBe(first.sha);
    // The plan was not made again: the re-run applied the plan of the first attempt.
    expect(second.job("release/plan").attempt).toBe(1);
    expect(second.job("release/release").attempt).toBe(2);
    const refs = originRefs(world);
    const tags = [...refs.keys()].filter((ref) => ref.startsWith("refs/tags/"));
    expect(tags).toEqual(["refs/tags/v1.2.0", "refs/tags/v1.3.0"]);
    expect(refs.get("refs/tags/v1.3.0")).toBe(tagged);
    expect(refs.get("refs/heads/main")).toBe(tagged);
    const all = releases(world);
    expect(all.map((release) => [release.tagName, release.draft])).toEqual([["v1.3.0", false]]);
    // Each asset once.
    const names = all[0]!.assets.map((asset) => asset.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("SHA256SUMS.sig");
    const packument = (await registry.packument(PACKAGE))!;
    expect(Object.keys(packument.versions)).toEqual(["1.3.0"]);
    expect(packument["dist-tags"]).toEqual({ latest: "1.3.0" });
    const skipped = JSON.parse(step(second, "release/release", "publish").outputs.skipped!) as string[];
    expect(skipped).toEqual(expect.arrayContaining(["git-push-tag:origin/v1.3.0", `npm-publish:${PACKAGE}@1.3.0`]));
  }, WORKFLOW_TIMEOUT);
});
