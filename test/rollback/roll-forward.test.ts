import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalForge, parseRollbackInputs, runRollback, type RawRollbackInputs } from "@release-cadence/core";
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

let counter = 0;
async function setup() {
  const name = `roll-forward-pkg-${process.pid}-${counter++}`;
  const fixture = await releasedRepo({ name, registry, versions: ["1.4.2", "1.5.0"], action: true });
  repos.push(fixture);
  const ports = rollbackPorts(fixture, registry);
  const run = (raw: Omit<RawRollbackInputs, "cwd"> = {}) => runRollback(ports, parseRollbackInputs({ cwd: fixture.repo.dir, registry: registry.url, ...raw }));
  return { name, fixture, run, forge: new LocalForge(fixture.releasesDir) };
}

const remoteRef = (fixture: ReleasedRepo, ref: string) => fixture.remoteRefs().split("\n").find((line) => line.startsWith(`${ref} `))?.split(" ")[1];
const show = (fixture: ReleasedRepo, spec: string) => fixture.repo.git("show", spec);

describe("roll-forward (seed 004): a new patch with G's tree, released through publish", () => {
  it("rolls forward when v1.5 cannot go back to 1.4.2, with an explicit identity, leaving the checkout alone", async () => {
    const { name, fixture, run, forge } = await setup();
    const head = fixture.repo.head();
    const dry = await run({ dryRun: "true", reason: "the 1.5 parser loses data" });
    expect(dry.planned.rollsForward).toBe(true);
    expect(dry.planned.rollForwardReasons).toEqual(["the floating tag v1.5 names a line 1.4.2 is not on, so it cannot move back to it"]);
    expect(dry.planned.plan.effects.map((effect) => effect.id)).toEqual(["roll-forward-commit:rollback/v1.5.1", "roll-forward-publish:v1.5.1", "release-note:v1.5.0", `npm-deprecate:${name}@1.5.0`]);

    const result = await run({ reason: "the 1.5 parser loses data", planHash: dry.planHash });
    expect(result.applied.outcomes.map((outcome) => outcome.status)).toEqual(["done", "done", "done", "done"]);

    const commit = remoteRef(fixture, "refs/heads/rollback/v1.5.1")!;
    expect(remoteRef(fixture, "refs/tags/v1.5.1")).not.toBeUndefined();
    expect(fixture.repo.git("rev-parse", "v1.5.1^{commit}").trim()).toBe(commit);
    expect(fixture.repo.git("log", "-1", "--format=%P", commit).trim()).toBe(fixture.commits["1.5.0"]);
    expect(fixture.repo.git("log", "-1", "--format=%an <%ae>|%cn <%ce>", commit).trim()).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    expect(fixture.repo.git("for-each-ref", "--format=%(taggername) %(taggeremail)", "refs/tags/v1.5.1").trim()).toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    expect(show(fixture, `${commit}:index.js`)).toBe('module.exports = "1.4.2";\n');
    expect(JSON.parse(show(fixture, `${commit}:package.json`)).version).toBe("1.5.1");
    const changelog = show(fixture, `${commit}:CHANGELOG.md`);
    expect(changelog).toMatch(/## \[1\.5\.1\] - 2026-03-01\n\n### Rolled back\n\n- 1\.5\.0 is rolled back to 1\.4\.2: the 1\.5 parser loses data\n/);
    expect(changelog).toContain("## [1.5.0] - 2026-02-01");
    expect(fixture.repo.git("log", "-1", "--format=%B", commit)).toContain("Rollback-From: 1.5.0\nRollback-To: 1.4.2");

    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.1");
    expect((packument.versions["1.5.0"] as { deprecated?: string }).deprecated).toBe("1.5.0 was rolled back to 1.4.2: the 1.5 parser loses data");
    expect((await forge.latestRelease())?.tag).toBe("v1.5.1");
    expect((await forge.findPublishedRelease("v1.5.0"))?.body).toContain("(released again as 1.5.1)");
    expect(remoteRef(fixture, "refs/tags/v1")).toBe(commit);
    expect(remoteRef(fixture, "refs/tags/v1.5")).toBe(commit);

    // The user's checkout is as it was; no worktree is left behind.
    expect(fixture.repo.head()).toBe(head);
    expect(fixture.repo.git("status", "--porcelain")).toBe("");
    expect(fixture.repo.git("worktree", "list").trim().split("\n")).toHaveLength(1);

    // A re-run with the defaults recognises its own roll-forward and finds everything done.
    const again = await run({ reason: "the 1.5 parser loses data" });
    expect([again.facts.from.version, again.facts.to.version, again.facts.rollForward?.version]).toEqual(["1.5.0", "1.4.2", "1.5.1"]);
    expect(again.planHash).toBe(dry.planHash);
    expect(again.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
  });

  it("revert mode: X with its commits reverted, then released", async () => {
    const { fixture, run } = await setup();
    const result = await run({ reason: "revert the release", rollForward: "revert" });
    expect(result.planned.plan.effects[0]).toMatchObject({ mode: "revert", revertCommits: [fixture.commits["1.5.0"]] });
    const commit = remoteRef(fixture, "refs/heads/rollback/v1.5.1")!;
    expect(show(fixture, `${commit}:index.js`)).toBe('module.exports = "1.4.2";\n');
    expect(JSON.parse(show(fixture, `${commit}:package.json`)).version).toBe("1.5.1");
    // The revert commit and the release commit, both by the bot.
    expect(fixture.repo.git("log", "--format=%an|%s", `${fixture.commits["1.5.0"]}..${commit}`).trim().split("\n")).toEqual([
      "github-actions[bot]|fix: roll back 1.5.0 to 1.4.2 as 1.5.1",
      'github-actions[bot]|Revert "chore(release): 1.5.0"',
    ]);
  });
});
