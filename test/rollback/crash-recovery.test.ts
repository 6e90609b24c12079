import { afterAll, beforeAll, describe, it } from "vitest";
import { LocalForge, parseRollbackInputs, runRollback, type EffectHandler } from "@release-cadence/core";
import { releasedRepo, rollbackPorts, type ReleasedRepo } from "../support/rollback-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// Hosted runners have no git identity: any commit or tag without an explicit one fails here.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

let registry: TestRegistry;
const repos: ReleasedRepo[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});

class Crash extends Error {}

/** Crashes the run right after the effect with this id has done its work. */
function crashAfter(id: string) {
  return (_kind: string, handler: EffectHandler): EffectHandler => ({
    isDone: (effect) => handler.isDone(effect),
    async run(effect) {
      await handler.run(effect);
      if (effect.id === id) throw new Crash(`injected crash after ${id}`);
    },
  });
}

const remoteRef = (fixture: ReleasedRepo, ref: string) => fixture.remoteRefs().split("\n").find((line) => line.startsWith(`${ref} `))?.split(" ")[1];

const ROLLBACK = ["release-latest:v1.5.0", "release-note:v1.5.1", "floating-tag-move:origin/v1", "floating-tag-move:origin/v1.5", "npm-dist-tag:{name}/latest", "npm-deprecate:{name}@1.5.1"];
const ROLL_FORWARD = ["roll-forward-commit:rollback/v1.5.1", "roll-forward-publish:v1.5.1", "release-note:v1.5.0", "npm-deprecate:{name}@1.5.0"];

// Ten scenarios side by side, each releasing its own history first: on two shared cores that takes minutes.
describe("rollback after a crash at any point", () => {
  it.concurrent.for(ROLLBACK.map((id, index) => [index, id] as const))("finishes with no duplicates, under the approved plan hash, when the run died after effect %i (%s)", { timeout: 400_000 }, async ([index], { expect }) => {
    const name = `rb-crash-${process.pid}-${index}`;
    const fixture = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"], action: true });
    repos.push(fixture);
    const ports = rollbackPorts(fixture, registry);
    const raw = { cwd: fixture.repo.dir, registry: registry.url, reason: "crash drill" };
    const dry = await runRollback(ports, parseRollbackInputs({ ...raw, dryRun: "true" }));
    const ids = ROLLBACK.map((id) => id.replace("{name}", name));
    const crash = await runRollback({ ...ports, wrapHandler: crashAfter(ids[index]!) }, parseRollbackInputs({ ...raw, planHash: dry.planHash })).catch((error: unknown) => error);
    expect(crash).toBeInstanceOf(Crash);

    const second = await runRollback(ports, parseRollbackInputs({ ...raw, planHash: dry.planHash }));
    expect(second.applied.outcomes.map((outcome) => outcome.id)).toEqual(ids);
    expect(second.applied.outcomes.slice(0, index + 1).every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(second.applied.outcomes.slice(index + 1).every((outcome) => outcome.status === "done")).toBe(true);

    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.0");
    expect((packument.versions["1.5.1"] as { deprecated?: string }).deprecated).toBe("1.5.1 was rolled back to 1.5.0: crash drill");
    const forge = new LocalForge(fixture.releasesDir);
    expect((await forge.latestRelease())?.tag).toBe("v1.5.0");
    const marked = (await forge.findPublishedRelease("v1.5.1"))!;
    expect(marked.name).toBe("v1.5.1 (rolled back)");
    // One note, not one per run.
    expect(marked.body.split("<!-- cadence:rollback -->")).toHaveLength(2);
    expect(remoteRef(fixture, "refs/tags/v1")).toBe(fixture.commits["1.5.0"]);
    expect(remoteRef(fixture, "refs/tags/v1.5")).toBe(fixture.commits["1.5.0"]);
  });

  it.concurrent.for(ROLL_FORWARD.map((id, index) => [index, id] as const))("a roll-forward finishes with one new release when the run died after effect %i (%s)", { timeout: 400_000 }, async ([index], { expect }) => {
    const name = `rf-crash-${process.pid}-${index}`;
    const fixture = await releasedRepo({ name, registry, versions: ["1.4.2", "1.5.0"], action: true });
    repos.push(fixture);
    const ports = rollbackPorts(fixture, registry);
    const raw = { cwd: fixture.repo.dir, registry: registry.url, reason: "crash drill" };
    const ids = ROLL_FORWARD.map((id) => id.replace("{name}", name));
    const crash = await runRollback({ ...ports, wrapHandler: crashAfter(ids[index]!) }, parseRollbackInputs(raw)).catch((error: unknown) => error);
    expect(crash).toBeInstanceOf(Crash);

    const second = await runRollback(ports, parseRollbackInputs(raw));
    expect(second.applied.outcomes.map((outcome) => outcome.id)).toEqual(ids);
    expect(second.applied.outcomes.slice(0, index + 1).every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(second.applied.outcomes.slice(index + 1).every((outcome) => outcome.status === "done")).toBe(true);

    const commit = remoteRef(fixture, "refs/heads/rollback/v1.5.1")!;
    expect(fixture.repo.git("rev-list", "--count", `${fixture.commits["1.5.0"]}..${commit}`).trim()).toBe("1");
    expect(remoteRef(fixture, "refs/tags/v1.5")).toBe(commit);
    expect(fixture.remoteRefs().split("\n").filter((line) => line.startsWith("refs/tags/v1.5."))).toHaveLength(2);
    const packument = (await registry.packument(name))!;
    expect(Object.keys(packument.versions).sort()).toEqual(["1.4.2", "1.5.0", "1.5.1"]);
    expect(packument["dist-tags"].latest).toBe("1.5.1");
    const forge = new LocalForge(fixture.releasesDir);
    expect((await forge.latestRelease())?.tag).toBe("v1.5.1");
    expect((await forge.findPublishedRelease("v1.5.0"))!.body.split("<!-- cadence:rollback -->")).toHaveLength(2);
    expect(fixture.repo.git("worktree", "list").trim().split("\n")).toHaveLength(1);
  });
});
