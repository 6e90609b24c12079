import { verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { runComposite } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import {
  PACKAGE, SIGNING_KEY, SIGNING_PUBLIC_KEY, WORKFLOW_TIMEOUT, ciPassed, everything, failures, originRefs,
  releases, seedProject,
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

// What a user's job grants the root action: the release's writes and the gates' reads.
const PERMISSIONS = { contents: "write", checks: "read", statuses: "read", "pull-requests": "read", issues: "read" };
const release = (inputs: Record<string, string>) =>
  runComposite({
    uses: "release-cadence/release-cadence@v1",
    with: { "signing-key": SIGNING_KEY, "npm-token": registry.token, ...inputs },
    permissions: PERMISSIONS,
    repository: world.repository,
    github: world.emulator,
    origin: world.origin,
  });

describe("the root composite action, one step of a user's job", () => {
  it("as a dry-run plans the whole release and writes nothing", async () => {
    const before = await everything(world, registry);
    const { run, step } = await release({ "dry-run": "true" });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(step.outputs).toMatchObject({ version: "1.3.0", tag: "v1.3.0", "requires-approval": "false" });
    expect(await everything(world, registry)).toEqual(before);
  }, WORKFLOW_TIMEOUT);

  it("makes the real release in one step on a runner with no git identity: commit, tag, release, npm", async () => {
    const dispatched = world.work.head();
    const { run, step } = await release({});
    expect(run.conclusion, failures(run)).toBe("success");
    // Every step ran but the stop for approval, which a minor does not need.
    expect(step.steps!.map((inner) => [inner.id, inner.outcome])).toEqual([
      ["plan", "success"],
      ["changelog", "success"],
      ["bump", "success"],
      ["gates", "success"],
      ["__run", "skipped"], // the stop for approval
      ["capsule", "success"],
      [expect.any(String), "success"], // the capsule kept as a workflow artifact
      ["publish", "success"],
      [expect.any(String), "success"], // where the release stands
    ]);
    expect(step.steps!.at(-1)!.summary).toContain("Released: ");
    const url = expect.stringContaining("/releases/tag/v1.3.0");
    expect(step.outputs).toMatchObject({ version: "1.3.0", tag: "v1.3.0", "release-url": url });
    const refs = originRefs(world);
    const released = refs.get("refs/heads/main")!;
    expect(refs.get("refs/tags/v1.3.0")).toBe(released);
    const git = (...args: string[]) => world.work.git("--git-dir", world.bare, ...args).trim();
    expect(git("rev-parse", `${released}^`)).toBe(dispatched);
    expect(git("log", "-1", "--format=%an|%cn", released)).toBe("github-actions[bot]|github-actions[bot]");
    const [made, ...others] = releases(world);
    expect(others).toEqual([]);
    expect(made).toMatchObject({ tagName: "v1.3.0", draft: false, prerelease: false });
    const asset = (name: string) => made!.assets.find((candidate) => candidate.name === name)!.content;
    const signed = ["SHA256SUMS", "SHA256SUMS.sig", "capsule-release-1.3.0.yaml", "capsule-release-1.3.0.dsse.json"];
    expect(made!.assets.map((candidate) => candidate.name)).toEqual(expect.arrayContaining(signed));
    expect(verify(null, asset("SHA256SUMS"), SIGNING_PUBLIC_KEY, asset("SHA256SUMS.sig"))).toBe(true);
    const packument = (await registry.packument(PACKAGE))!;
    expect(Object.keys(packument.versions)).toEqual(["1.3.0"]);
    expect(packument["dist-tags"]).toEqual({ latest: "1.3.0" });
  }, WORKFLOW_TIMEOUT);
});
