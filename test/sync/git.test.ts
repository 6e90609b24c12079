import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { syncOutputs } from "@release-cadence/core";
import { BareRepo, SyncWorkspace } from "./support.js";

// As on a hosted runner: no ~/.gitconfig, so no identity but the one the sync gives its commits.
const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
});
afterAll(() => Object.assign(process.env, saved));

const cleanup: Array<{ remove(): void }> = [];
afterEach(() => cleanup.splice(0).forEach((item) => item.remove()));

function setup(options: { delivery?: string; strategy?: string; branch?: string; create?: boolean } = {}) {
  const source = new BareRepo({ "ci/lint.yml": "lint: v1\n", "ci/test.yml": "steps:\n  - one\n  - two\n  - three\n  - four\n  - five\n", "README.md": "template\n" });
  const target = new BareRepo({ ".github/workflows/own.yml": "own\n", "src/app.js": "app\n" });
  const space = new SyncWorkspace();
  cleanup.push(source, target, space);
  space.config(`sync:
  - sync_id: ci
    source: { type: git, location: "${source.url}", path: ci }
    target: { type: git, location: "${target.url}", path: .github/workflows${options.branch ? `, branch: ${options.branch}` : ""}${options.create ? ", create_branch: true" : ""} }
    options: { delivery: ${options.delivery ?? "push"}, conflict_strategy: ${options.strategy ?? "fail"} }
`);
  return { source, target, space };
}

describe("a sync into a git repository", () => {
  it("dry-run changes no ref; apply pushes one commit by the configured identity with the plan hash as a trailer", async () => {
    const { target, space } = setup();
    const before = target.refs();
    const dry = await space.run();
    expect(target.refs()).toBe(before);
    const [plan] = dry.targets;
    expect(plan).toMatchObject({ status: "changes", base: target.work.head() });
    expect(plan!.changes.map((change) => `${change.action} ${change.path}`)).toEqual(["add .github/workflows/lint.yml", "add .github/workflows/test.yml"]);

    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("success");
    const head = target.git("rev-parse", "main").trim();
    expect(target.git("log", "-1", "--format=%an <%ae>|%cn <%ce>", "main").trim()).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    expect(target.git("log", "-1", "--format=%B", "main")).toContain(`Cadence-Sync-Plan: ${dry.targets[0]!.planHash}`);
    expect(target.show("main", ".github/workflows/lint.yml")).toBe("lint: v1\n");
    expect(target.show("main", ".github/workflows/own.yml")).toBe("own\n");
    expect(JSON.parse(target.show("main", ".github/cadence-sync/ci.json")).files).toEqual({
      ".github/workflows/lint.yml": expect.stringMatching(/^[0-9a-f]{40}$/),
      ".github/workflows/test.yml": expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(syncOutputs(apply).targets[0]).toMatchObject({ status: "success", commit: head });

    // The same apply again: the target says it holds that plan; nothing is redone.
    const again = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(again.status).toBe("success");
    expect(syncOutputs(again).targets[0]!.status).toBe("skipped");
    expect(target.git("rev-parse", "main").trim()).toBe(head);
  });

  it("refuses a stale plan when the target branch moved, and applies a fresh one", async () => {
    const { target, space } = setup();
    const dry = await space.run();
    target.change({ "src/app.js": "app v2\n" });
    const moved = target.refs();
    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("failed");
    expect(syncOutputs(apply).targets[0]).toMatchObject({ status: "stale" });
    expect(target.refs()).toBe(moved);
    const fresh = await space.run();
    expect(fresh.targets[0]!.base).toBe(target.git("rev-parse", "main").trim());
    expect((await space.run({ mode: "apply", planHash: fresh.planHash })).status).toBe("success");
    expect(target.show("main", "src/app.js")).toBe("app v2\n");
    expect(target.show("main", ".github/workflows/lint.yml")).toBe("lint: v1\n");
  });

  it("merges a target's edit with the source's change three ways, and reports overlapping edits as conflicts", async () => {
    const { source, target, space } = setup({ strategy: "merge" });
    const first = await space.run();
    await space.run({ mode: "apply", planHash: first.planHash });
    target.work.git("pull", "-q", "origin", "main");
    // The target edits line 1, the source line 5: a clean merge keeps both.
    target.change({ ".github/workflows/test.yml": "steps:\n  - ONE (target)\n  - two\n  - three\n  - four\n  - five\n" });
    source.change({ "ci/test.yml": "steps:\n  - one\n  - two\n  - three\n  - four\n  - FIVE (source)\n" });
    const merged = await space.run();
    expect(merged.targets[0]!.changes).toEqual([expect.objectContaining({ path: ".github/workflows/test.yml", resolution: "merged" })]);
    await space.run({ mode: "apply", planHash: merged.planHash });
    expect(target.show("main", ".github/workflows/test.yml")).toBe("steps:\n  - ONE (target)\n  - two\n  - three\n  - four\n  - FIVE (source)\n");

    target.work.git("pull", "-q", "origin", "main");
    target.change({ ".github/workflows/lint.yml": "lint: target\n" });
    source.change({ "ci/lint.yml": "lint: source\n" });
    const before = target.refs();
    const conflict = await space.run();
    expect(conflict.targets[0]).toMatchObject({ status: "conflict", conflicts: [{ path: ".github/workflows/lint.yml", reason: expect.stringContaining("overlapping edit") }] });
    const refused = await space.run({ mode: "apply", planHash: conflict.planHash });
    expect(refused.status).toBe("failed");
    expect(target.refs()).toBe(before);
    const log = parse(readFileSync(syncOutputs(refused).syncLogPath, "utf8")).sync_log;
    expect(log.execution.status).toBe("failed");
  });

  it("says how to create a missing target branch, and creates it when configured", async () => {
    const missing = setup({ branch: "release" });
    const dry = await missing.space.run();
    expect(dry.targets[0]).toMatchObject({ status: "error", message: expect.stringContaining(`has no branch release; create it (git push ${missing.target.url} `) });
    const created = setup({ branch: "release", create: true });
    const plan = await created.space.run();
    expect(plan.targets[0]!.plan.effects.map((effect) => effect.kind)).toEqual(["sync-git-branch", "sync-git-push"]);
    const apply = await created.space.run({ mode: "apply", planHash: plan.planHash });
    expect(apply.status).toBe("success");
    expect(created.target.show("release", ".github/workflows/lint.yml")).toBe("lint: v1\n");
    expect(created.target.git("rev-parse", "release~1").trim()).toBe(created.target.git("rev-parse", "main").trim());
  });

  it("an unreachable target fails alone: the other targets of the sync are planned and applied", async () => {
    const { target, space } = setup();
    space.config(`sync:
  - sync_id: ci
    source: { type: git, location: "${(cleanup[0] as BareRepo).url}", path: ci }
    targets:
      - { type: git, location: "file:///nonexistent/cadence/repo.git", path: .github/workflows }
      - { type: git, location: "${target.url}", path: .github/workflows }
    options: { delivery: push }
`);
    const dry = await space.run();
    expect(dry.targets.map((plan) => plan.status)).toEqual(["error", "changes"]);
    expect(dry.targets[0]!.message).toMatch(/cannot read the git repository file:\/\/\/nonexistent\/cadence\/repo.git/);
    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("partial");
    expect(syncOutputs(apply).failedTargets).toEqual(["file:///nonexistent/cadence/repo.git"]);
    expect(target.show("main", ".github/workflows/lint.yml")).toBe("lint: v1\n");
  });
});
