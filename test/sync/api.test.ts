import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { syncOutputs, type EffectHandler } from "@release-cadence/core";
import { GitHubEmulator } from "../support/github/server.js";
import { SyncWorkspace } from "./support.js";

const TOKEN = "ghs_syncApiTestToken42";
const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
});
afterAll(() => Object.assign(process.env, saved));

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(options: { delivery: "push" | "pull_request"; kind?: "api" | "git"; strategy?: string }) {
  const root = mkdtempSync(join(tmpdir(), "cadence-sync-emu-"));
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  cleanup.push(() => emulator.close());
  const gitDir = join(root, "target.git");
  const repo = emulator.state.addRepo("octo-org/target", { gitDir });
  repo.git!.commitFiles("main", { "README.md": "# target\n", ".github/workflows/own.yml": "own\n" });
  const space = new SyncWorkspace();
  cleanup.push(() => space.remove());
  space.write("templates/ci.yml", "on: push\n");
  space.write("templates/release.yml", "on: release\n");
  const target = options.kind === "git" ? `{ type: git, location: "file://${gitDir}", repository: octo-org/target, path: .github/workflows }` : "{ type: api, location: octo-org/target, path: .github/workflows }";
  space.config(`sync:
  - sync_id: workflows
    source: { type: file, location: templates }
    target: ${target}
    options: { delivery: ${options.delivery}, conflict_strategy: ${options.strategy ?? "fail"} }
`);
  const ports = { defaultToken: TOKEN, apiUrl: emulator.url, retryBaseMs: 1 };
  const run = Object.assign((inputs: Parameters<SyncWorkspace["run"]>[0] = {}) => space.run(inputs, ports), {
    withPorts: (inputs: Parameters<SyncWorkspace["run"]>[0], more: Parameters<SyncWorkspace["run"]>[1]) => space.run(inputs, { ...ports, ...more }),
  });
  const git = (...args: string[]) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8" });
  return { emulator, repo, space, run, git, gitDir };
}

describe("a sync into a GitHub repository through the API", () => {
  it("dry-run changes nothing on GitHub; apply commits by tree and commit, with the bot's identity", async () => {
    const { emulator, repo, run, git } = await setup({ delivery: "push" });
    const before = emulator.state.digest(repo);
    const dry = await run();
    expect(emulator.state.digest(repo)).toEqual(before);
    expect(dry.targets[0]!.changes.map((change) => `${change.action} ${change.path}`)).toEqual(["add .github/workflows/ci.yml", "add .github/workflows/release.yml"]);
    const apply = await run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status, JSON.stringify(syncOutputs(apply).targets)).toBe("success");
    expect(git("show", "main:.github/workflows/ci.yml")).toBe("on: push\n");
    expect(git("show", "main:.github/workflows/own.yml")).toBe("own\n");
    expect(git("log", "-1", "--format=%an <%ae>", "main").trim()).toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    expect(git("log", "-1", "--format=%B", "main")).toContain(`Cadence-Sync-Plan: ${dry.targets[0]!.planHash}`);
    // The plan named the tree; GitHub built exactly that one.
    const planned = dry.targets[0]!.plan.effects.find((effect) => effect.kind === "sync-api-commit")!.tree;
    expect(git("rev-parse", "main^{tree}").trim()).toBe(planned);
    const again = await run({ mode: "apply", planHash: dry.planHash });
    expect(syncOutputs(again).targets[0]!.status).toBe("skipped");
  });

  it("delivers by one pull request per target, updated in place, closed when the source goes back; never over a person's commit", async () => {
    const { emulator, repo, space, run, git, gitDir } = await setup({ delivery: "pull_request" });
    const before = emulator.state.digest(repo);
    const dry = await run();
    expect(emulator.state.digest(repo)).toEqual(before);
    const first = await run({ mode: "apply", planHash: dry.planHash });
    expect(first.status, JSON.stringify(syncOutputs(first).targets)).toBe("success");
    const url = syncOutputs(first).targets[0]!.pullRequest!;
    expect(url).toMatch(/\/octo-org\/target\/pull\/\d+$/);
    const open = () => repo.issues.filter((issue) => issue.pull && issue.state === "open");
    expect(open()).toHaveLength(1);
    expect(open()[0]!.body).toContain(`Target plan hash: \`${dry.targets[0]!.planHash}\``);
    expect(open()[0]!.body).toContain("<summary><code>.github/workflows/ci.yml</code> (added, +1 −0)</summary>");
    expect(git("show", "cadence-sync/workflows/main:.github/workflows/ci.yml")).toBe("on: push\n");
    expect(git("rev-parse", "main").trim()).toBe(dry.targets[0]!.base);

    // The same apply again: nothing redone, no second pull request.
    const again = await run({ mode: "apply", planHash: dry.planHash });
    expect(syncOutputs(again).targets[0]!.status).toBe("skipped");
    expect(open()).toHaveLength(1);

    // The source changes: the same branch and pull request, updated.
    space.write("templates/ci.yml", "on: [push, pull_request]\n");
    const second = await run();
    await run({ mode: "apply", planHash: second.planHash });
    expect(open()).toHaveLength(1);
    expect(syncOutputs(await run()).targets[0]!.status).toBe("changes");
    expect(open()[0]!.body).toContain(second.targets[0]!.planHash);
    expect(git("show", "cadence-sync/workflows/main:.github/workflows/ci.yml")).toBe("on: [push, pull_request]\n");

    // The source goes back to what main has: the open pull request is closed.
    const config = space.read(".github/cadence.yml");
    space.config(config.replace("    options:", "    filters: { include: [nothing-matches-this] }\n    options:"));
    const closing = await run();
    expect(closing.targets[0]!.plan.effects.map((effect) => effect.kind)).toEqual(["sync-pull-close"]);
    // No file changes, but a pull request to close: the workflow must still ask for approval and apply.
    expect(syncOutputs(closing)).toMatchObject({ changes: true, counts: { total: 0 } });
    await run({ mode: "apply", planHash: closing.planHash });
    expect(open()).toHaveLength(0);

    // Synced again, then a person pushes to the sync branch: the sync never forces over it, and says so.
    space.config(config);
    const reopen = await run();
    await run({ mode: "apply", planHash: reopen.planHash });
    expect(open()).toHaveLength(1);
    const person = mkdtempSync(join(tmpdir(), "cadence-person-"));
    cleanup.push(() => rmSync(person, { recursive: true, force: true }));
    execFileSync("git", ["clone", "-q", "-b", "cadence-sync/workflows/main", gitDir, person]);
    execFileSync("git", ["-C", person, "-c", "user.name=Pat", "-c", "user.email=pat@example.com", "commit", "-q", "--allow-empty", "-m", "fix: by hand"]);
    execFileSync("git", ["-C", person, "push", "-q", "origin", "HEAD"]);
    const headBefore = git("rev-parse", "cadence-sync/workflows/main").trim();
    space.write("templates/ci.yml", "on: push # v3\n");
    const blocked = await run();
    expect(blocked.targets[0]).toMatchObject({ status: "blocked", message: expect.stringContaining("never force-pushed away") });
    const refused = await run({ mode: "apply", planHash: blocked.planHash });
    expect(refused.status).toBe("failed");
    expect(git("rev-parse", "cadence-sync/workflows/main").trim()).toBe(headBefore);
  });

  it("a crash between the branch and the pull request: the re-run opens the pull request and commits nothing again", async () => {
    const { repo, run, git } = await setup({ delivery: "pull_request" });
    const dry = await run();
    const ran: string[] = [];
    const crash = (kind: string, handler: EffectHandler): EffectHandler => ({
      isDone: (effect) => handler.isDone(effect),
      run: async (effect) => {
        await handler.run(effect);
        ran.push(effect.kind);
        if (kind === "sync-api-commit") throw new Error("the runner was shut down");
      },
    });
    const crashed = await run.withPorts({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crash });
    expect(crashed.status).toBe("failed");
    const branchHead = git("rev-parse", "cadence-sync/workflows/main").trim();
    expect(repo.issues.filter((issue) => issue.pull)).toHaveLength(0);
    ran.length = 0;
    const finished = await run.withPorts({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crash });
    expect(finished.status).toBe("success");
    expect(ran).toEqual(["sync-pull-request"]);
    expect(git("rev-parse", "cadence-sync/workflows/main").trim()).toBe(branchHead);
    expect(repo.issues.filter((issue) => issue.pull && issue.state === "open")).toHaveLength(1);
  });

  it("a git target's pull request goes through the API too", async () => {
    const { repo, run, git } = await setup({ delivery: "pull_request", kind: "git" });
    const dry = await run();
    const apply = await run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status, JSON.stringify(syncOutputs(apply).targets)).toBe("success");
    expect(repo.issues.filter((issue) => issue.pull && issue.state === "open")).toHaveLength(1);
    expect(git("show", "cadence-sync/workflows/main:.github/workflows/release.yml")).toBe("on: release\n");
  });

  it("retries 5xx answers and secondary rate limits; a target that keeps failing fails alone", async () => {
    const { emulator, space, run, git } = await setup({ delivery: "push" });
    const brokenRoot = mkdtempSync(join(tmpdir(), "cadence-broken-"));
    cleanup.push(() => rmSync(brokenRoot, { recursive: true, force: true }));
    emulator.state.addRepo("octo-org/broken", { gitDir: join(brokenRoot, "b.git") }).git!.commitFiles("main", { "x.txt": "x\n" });
    space.config(space.read(".github/cadence.yml").replace("target: { type: api, location: octo-org/target, path: .github/workflows }", "targets:\n      - { type: api, location: octo-org/broken }\n      - { type: api, location: octo-org/target, path: .github/workflows }"));
    emulator.inject({ kind: "status", status: 502 }, { operationId: "git/get-tree", times: 1 });
    emulator.inject({ kind: "secondary-rate-limit", retryAfter: 0 }, { operationId: "git/get-commit", times: 1 });
    const dry = await run();
    expect(dry.targets.map((target) => target.status)).toEqual(["changes", "changes"]);
    // One tree listing and one head commit per repository, plus the one retry each fault caused.
    expect([emulator.count("git/get-tree"), emulator.count("git/get-commit")]).toEqual([3, 3]);
    // The broken repository's tree write answers 500 four times: the first try and Octokit's three retries.
    emulator.inject({ kind: "status", status: 500 }, { operationId: "git/create-tree", times: 4 });
    const apply = await run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("partial");
    const outputs = syncOutputs(apply);
    expect(outputs.failedTargets).toEqual(["octo-org/broken"]);
    expect(outputs.targets[0]!.message).toMatch(/GitHub answered 500/);
    expect(git("show", "main:.github/workflows/ci.yml")).toBe("on: push\n");
  });
});
