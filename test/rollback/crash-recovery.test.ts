import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { GitCli, LocalFiles, LocalForge, githubPullRequests, parseRollbackInputs, runRollback, type RollbackPorts } from "@release-cadence/core";
import { GitHubEmulator } from "../support/github/server.js";
import { Crash, crashAfter, crashAtEveryEffect } from "../support/rollback-crash.js";
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

  it.concurrent("a config rollback as a pull request finishes with one branch, one commit and one pull request, whichever effect the run died after", { timeout: 400_000 }, async ({ expect }) => {
    const { fixture, ports, head, raw, emulator, repo } = await configPullRequestRepo("pr-crash");
    try {
      const dry = await runRollback(ports, parseRollbackInputs({ ...raw, dryRun: "true" }));
      const ids = dry.planned.plan.effects.map((effect) => effect.id);
      expect(ids).toEqual(["config-commit:rollback/config-1.5.1", "config-push:origin/rollback/config-1.5.1", "config-pull-request:rollback/config-1.5.1"]);
      await crashAtEveryEffect((wrapHandler) => runRollback({ ...ports, wrapHandler }, parseRollbackInputs({ ...raw, planHash: dry.planHash })), ids, expect);

      const branch = remoteRef(fixture, "refs/heads/rollback/config-1.5.1")!;
      expect(fixture.repo.git("rev-list", "--count", `${head}..${branch}`).trim()).toBe("1");
      expect(fixture.repo.git("show", `${branch}:config/app.yml`)).toBe("cache: on\n");
      expect(fixture.remoteRefs().split("\n").filter((line) => line.startsWith("refs/heads/"))).toHaveLength(2);
      expect(remoteRef(fixture, "refs/heads/main")).toBe(head);
      const pulls = repo.issues.filter((issue) => issue.pull);
      expect(pulls).toHaveLength(1);
      expect(pulls[0]).toMatchObject({ state: "open", pull: { head: "rollback/config-1.5.1", base: "main" } });
      expect(fixture.repo.head()).toBe(head);
      expect(fixture.repo.git("status", "--porcelain")).toBe("");
    } finally {
      await emulator.close();
    }
  });

  it.concurrent("a config rollback as a pull request re-run in a fresh checkout (a re-run job) reuses the pushed branch: no second commit, one pull request", { timeout: 400_000 }, async ({ expect }) => {
    const { fixture, ports, head, raw, emulator, repo } = await configPullRequestRepo("pr-fresh");
    const clone = mkdtempSync(join(tmpdir(), "cadence-rollback-clone-"));
    try {
      const dry = await runRollback(ports, parseRollbackInputs({ ...raw, dryRun: "true" }));
      const ran: string[] = [];
      const crash = await runRollback({ ...ports, wrapHandler: crashAfter("config-push:origin/rollback/config-1.5.1", ran) }, parseRollbackInputs({ ...raw, planHash: dry.planHash })).catch((error: unknown) => error);
      expect(crash).toBeInstanceOf(Crash);
      const pushed = remoteRef(fixture, "refs/heads/rollback/config-1.5.1")!;

      // The job's workspace is gone; the re-run checks the branch out afresh, as actions/checkout does.
      execFileSync("git", ["clone", "-q", "--branch", "main", `file://${fixture.remote}`, clone]);
      const fresh: RollbackPorts = { ...ports, git: new GitCli(clone), files: new LocalFiles(clone) };
      const again = await runRollback(fresh, parseRollbackInputs({ ...raw, cwd: clone, planHash: dry.planHash }));
      expect(again.applied.outcomes.map((outcome) => `${outcome.id}:${outcome.status}`)).toEqual([
        "config-commit:rollback/config-1.5.1:skipped",
        "config-push:origin/rollback/config-1.5.1:skipped",
        "config-pull-request:rollback/config-1.5.1:done",
      ]);
      expect(remoteRef(fixture, "refs/heads/rollback/config-1.5.1")).toBe(pushed);
      expect(fixture.repo.git("rev-list", "--count", `${head}..${pushed}`).trim()).toBe("1");
      expect(repo.issues.filter((issue) => issue.pull)).toHaveLength(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
      await emulator.close();
    }
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

const TOKEN = "ghs_crashRecoveryToken7";

/** Released 1.5.0 and 1.5.1 with a config file; the emulator's repository is the bare remote, so pull requests see what is pushed. */
async function configPullRequestRepo(prefix: string) {
  const config = "rollback:\n  config:\n    files: [config/app.yml]\n    delivery: pull-request\n";
  const fixture = await releasedRepo({
    name: `${prefix}-${process.pid}`,
    registry,
    versions: ["1.5.0", "1.5.1"],
    filesAt: { "1.5.0": { "config/app.yml": "cache: on\n", ".github/cadence.yml": config }, "1.5.1": { "config/app.yml": "cache: aggressive\n" } },
  });
  repos.push(fixture);
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  const repo = emulator.state.addRepo("octo-org/sample", { gitDir: fixture.remote });
  const pulls = githubPullRequests({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1, retries: 1 });
  const ports: RollbackPorts = { ...rollbackPorts(fixture, registry), pulls };
  const raw = { cwd: fixture.repo.dir, registry: registry.url, type: "config", reason: "crash drill" };
  return { fixture, ports, head: fixture.repo.head(), raw, emulator, repo };
}
