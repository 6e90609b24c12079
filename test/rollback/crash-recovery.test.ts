import { afterAll, beforeAll, describe, it } from "vitest";
import { LocalForge, parseRollbackInputs, runRollback } from "@release-cadence/core";
import { crashAtEveryEffect } from "../support/rollback-crash.js";
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

const remoteRef = (fixture: ReleasedRepo, ref: string) => fixture.remoteRefs().split("\n").find((line) => line.startsWith(`${ref} `))?.split(" ")[1];

const ROLLBACK = ["release-latest:v1.5.0", "release-note:v1.5.1", "floating-tag-move:origin/v1", "floating-tag-move:origin/v1.5", "npm-dist-tag:{name}/latest", "npm-deprecate:{name}@1.5.1"];
const ROLL_FORWARD = ["roll-forward-commit:rollback/v1.5.1", "roll-forward-publish:v1.5.1", "release-note:v1.5.0", "npm-deprecate:{name}@1.5.0"];

describe("rollback after a crash at any point", () => {
  it.concurrent("finishes with no duplicates, under the approved plan hash, whichever effect the run died after", { timeout: 400_000 }, async ({ expect }) => {
    const name = `rb-crash-${process.pid}`;
    const fixture = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"], action: true });
    repos.push(fixture);
    const ports = rollbackPorts(fixture, registry);
    const raw = { cwd: fixture.repo.dir, registry: registry.url, reason: "crash drill" };
    const dry = await runRollback(ports, parseRollbackInputs({ ...raw, dryRun: "true" }));
    const ids = ROLLBACK.map((id) => id.replace("{name}", name));
    expect(dry.planned.plan.effects.map((effect) => effect.id)).toEqual(ids);
    await crashAtEveryEffect((wrapHandler) => runRollback({ ...ports, wrapHandler }, parseRollbackInputs({ ...raw, planHash: dry.planHash })), ids, expect);

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

  it.concurrent("a config rollback committed on the branch finishes with one commit, pushed, whichever effect the run died after", { timeout: 400_000 }, async ({ expect }) => {
    const config = "rollback:\n  config:\n    files: [config/app.yml]\n    delivery: commit\n";
    const fixture = await releasedRepo({
      name: `cfg-crash-${process.pid}`,
      registry,
      versions: ["1.5.0", "1.5.1"],
      filesAt: { "1.5.0": { "config/app.yml": "cache: on\n", ".github/cadence.yml": config }, "1.5.1": { "config/app.yml": "cache: aggressive\n" } },
    });
    repos.push(fixture);
    const ports = rollbackPorts(fixture, registry);
    const head = fixture.repo.head();
    const raw = { cwd: fixture.repo.dir, registry: registry.url, type: "config", reason: "crash drill" };
    const dry = await runRollback(ports, parseRollbackInputs({ ...raw, dryRun: "true" }));
    const ids = dry.planned.plan.effects.map((effect) => effect.id);
    expect(ids).toEqual(["config-commit:main", "config-push:origin/main"]);
    await crashAtEveryEffect((wrapHandler) => runRollback({ ...ports, wrapHandler }, parseRollbackInputs({ ...raw, planHash: dry.planHash })), ids, expect);

    // One commit on top of the branch, with G's file, and the remote has exactly it.
    expect(fixture.repo.git("rev-list", "--count", `${head}..HEAD`).trim()).toBe("1");
    expect(fixture.repo.git("show", "HEAD:config/app.yml")).toBe("cache: on\n");
    expect(remoteRef(fixture, "refs/heads/main")).toBe(fixture.repo.head());
    expect(fixture.repo.git("status", "--porcelain")).toBe("");
  });

  it.concurrent("a roll-forward finishes with one new release, whichever effect the run died after", { timeout: 400_000 }, async ({ expect }) => {
    const name = `rf-crash-${process.pid}`;
    const fixture = await releasedRepo({ name, registry, versions: ["1.4.2", "1.5.0"], action: true });
    repos.push(fixture);
    const ports = rollbackPorts(fixture, registry);
    const raw = { cwd: fixture.repo.dir, registry: registry.url, reason: "crash drill" };
    const ids = ROLL_FORWARD.map((id) => id.replace("{name}", name));
    await crashAtEveryEffect((wrapHandler) => runRollback({ ...ports, wrapHandler }, parseRollbackInputs(raw)), ids, expect);

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
