import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { runComposite } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  SIGNING_KEY, WORKFLOW_TIMEOUT, ciPassed, everything, failures, seedProject, step as stepOf,
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

describe("a release whose job token lacks contents: write", () => {
  it("fails before anything is pushed, released or published, saying which permission is missing", async () => {
    const before = await everything(world, registry);
    const { run, step } = await runComposite({
      uses: "release-cadence/release-cadence@v1",
      with: { "signing-key": SIGNING_KEY, "npm-token": registry.token },
      // Everything the release reads, but contents only to read: a workflow that forgot the write.
      permissions: { contents: "read", checks: "read", statuses: "read", "pull-requests": "read", issues: "read" },
      repository: world.repository,
      github: world.emulator,
      origin: world.origin,
    });
    expect(run.conclusion).toBe("failure");
    expect(run.job("composite").token!.permissions.contents).toBe("read");
    const inner = (id: string) => step.steps!.find((candidate) => candidate.id === id)!;
    // Everything up to publish ran (the release commit is made locally only); publish refused.
    for (const id of ["plan", "changelog", "bump", "gates", "capsule"]) {
      expect(inner(id).outcome, `${id}\n${failures(run)}`).toBe("success");
    }
    const publish = inner("publish");
    expect(publish.outcome).toBe("failure");
    expect(publish.log).toContain("contents: write");
    expect(publish.log).toContain("Resource not accessible by integration");
    // Not one push reached the origin, and GitHub, the origin and the registry are as they were.
    expect(run.originRequests.filter((request) => request.service === "git-receive-pack")).toEqual([]);
    expect(await everything(world, registry)).toEqual(before);
  }, WORKFLOW_TIMEOUT);

  it("through the starter, a PAT with contents: read kept in the release environment fails in publish the same way", async () => {
    const before = await everything(world, registry);
    // A fine-grained token someone made with "Contents: read-only": the release pushes and releases with it.
    const pat = world.emulator.grants.issue(world.repository, { contents: "read" }, "octocat");
    const run = await world.run({
      workflow: "workflows-templates/release.yml",
      event: { name: "workflow_dispatch", inputs: { "dry-run": false } },
      // Kept, as the docs advise, in the release job's environment with the other release secrets.
      environments: {
        release: { secrets: { NPM_TOKEN: registry.token, RELEASE_SIGNING_KEY: SIGNING_KEY, RELEASE_TOKEN: pat.token } },
      },
    });
    expect(run.conclusion).toBe("failure");
    for (const id of ["changelog", "bump", "gates", "capsule"]) {
      expect(stepOf(run, "release/release", id).outcome, `${id}\n${failures(run)}`).toBe("success");
    }
    const publish = stepOf(run, "release/release", "publish");
    expect(publish.outcome).toBe("failure");
    expect(publish.log).toContain("contents: write");
    expect(publish.log).not.toContain(pat.token);
    expect(run.job("release/release").summary).toContain("| publish | failure |");
    expect(run.originRequests.filter((request) => request.service === "git-receive-pack")).toEqual([]);
    expect(await everything(world, registry)).toEqual(before);
  }, WORKFLOW_TIMEOUT);
});
