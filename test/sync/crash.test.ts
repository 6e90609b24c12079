import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { syncOutputs, type EffectHandler } from "@release-cadence/core";
import { BareRepo, SyncWorkspace } from "./support.js";

const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
});
afterAll(() => Object.assign(process.env, saved));
const cleanup: Array<{ remove(): void }> = [];
afterEach(() => cleanup.splice(0).forEach((item) => item.remove()));

/** Wraps handlers so the apply dies right after the n-th effect it runs, as a killed job would; counts every run. */
function crashAfter(n: number, runs: string[]): (kind: string, handler: EffectHandler) => EffectHandler {
  return (kind, handler) => ({
    isDone: (effect) => handler.isDone(effect),
    run: async (effect) => {
      await handler.run(effect);
      runs.push(effect.id);
      if (runs.length === n) throw new Error("the runner was shut down");
    },
  });
}

describe("an apply that crashed, run again", () => {
  it("finishes a folder target from its write-ahead note: nothing written twice, the same plan hash accepted", async () => {
    const space = new SyncWorkspace();
    cleanup.push(space);
    for (let index = 0; index < 6; index++) space.write(`templates/file-${index}.txt`, `v1 ${index}\n`);
    space.write("service/own.txt", "own\n");
    space.config(`sync:\n  - sync_id: files\n    source: { type: file, location: templates }\n    target: { type: file, location: service }\n`);
    const dry = await space.run();
    const firstRuns: string[] = [];
    const crashed = await space.run({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crashAfter(4, firstRuns) });
    expect(crashed.status).toBe("failed");
    expect(syncOutputs(crashed).targets[0]!.message).toContain("the runner was shut down");
    expect(firstRuns).toEqual(["journal:.github/cadence-sync/files.json", "write:file-0.txt", "write:file-1.txt", "write:file-2.txt"]);
    expect(JSON.parse(space.read("service/.github/cadence-sync/files.json")).pending.plan_hash).toBe(dry.targets[0]!.planHash);

    const secondRuns: string[] = [];
    const finished = await space.run({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crashAfter(99, secondRuns) });
    expect(finished.status, JSON.stringify(syncOutputs(finished).targets)).toBe("success");
    expect(secondRuns).toEqual(["write:file-3.txt", "write:file-4.txt", "write:file-5.txt", "manifest:.github/cadence-sync/files.json"]);
    expect(space.read("service/file-5.txt")).toBe("v1 5\n");
    const manifest = JSON.parse(space.read("service/.github/cadence-sync/files.json"));
    expect(manifest.pending).toBeUndefined();
    expect(manifest.applied).toBe(dry.targets[0]!.planHash);

    // Once more: the target says it holds that plan, and nothing runs.
    const thirdRuns: string[] = [];
    const again = await space.run({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crashAfter(99, thirdRuns) });
    expect(syncOutputs(again).targets[0]!.status).toBe("skipped");
    expect(thirdRuns).toEqual([]);
  });

  it("after some targets failed, a re-run with the same plan hash finishes the rest and redoes nothing", async () => {
    const target = new BareRepo({ "README.md": "t\n" });
    const space = new SyncWorkspace();
    cleanup.push(target, space);
    space.write("templates/a.txt", "a\n");
    space.write("mirror/keep.txt", "k\n");
    space.config(`sync:
  - sync_id: fan
    source: { type: file, location: templates }
    targets:
      - { id: repo, type: git, location: "${target.url}" }
      - { id: mirror, type: file, location: mirror }
    options: { delivery: push }
`);
    const dry = await space.run();
    const runs: string[] = [];
    // The git push is done, then the run dies before the folder target.
    const crashed = await space.run({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crashAfter(1, runs) });
    expect(syncOutputs(crashed).targets.map((item) => item.status)).toEqual(["failed", "success"]);
    const head = target.git("rev-parse", "main").trim();
    expect(target.show("main", "a.txt")).toBe("a\n");
    expect(existsSync(join(space.root, "mirror/a.txt"))).toBe(true);
    const rerun: string[] = [];
    const finished = await space.run({ mode: "apply", planHash: dry.planHash }, { wrapHandler: crashAfter(99, rerun) });
    expect(finished.status).toBe("success");
    expect(rerun).toEqual([]);
    expect(target.git("rev-parse", "main").trim()).toBe(head);
    expect(readFileSync(join(space.root, "mirror/a.txt"), "utf8")).toBe("a\n");
  });
});
