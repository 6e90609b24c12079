import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { BareRepo } from "../sync/support.js";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import type { Approval } from "../support/workflow/options.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";
import { failures } from "./world.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const STARTER = "workflows-templates/sync.yml";

interface PlatformOptions {
  /** The target repositories, by name, each with its README (and any files of its own). */
  names?: string[];
  files?: Record<string, Record<string, string>>;
  /** The sync's options, a YAML flow mapping. */
  options?: string;
}

/** A platform repository syncing templates/ into service repositories (git targets, delivery by push; three unless said). */
async function platform({ names = ["alpha", "beta", "gamma"], files = {}, options = "{ delivery: push }" }: PlatformOptions = {}) {
  const targets = names.map((name) => ({ name, repo: new BareRepo({ "README.md": `${name}\n`, ...files[name] }) }));
  for (const { repo } of targets) cleanups.push(() => repo.remove());
  const world = await startWorld({
    seed: (work) => {
      work.write("templates/.github/workflows/ci.yml", "on: push\n");
      work.write("templates/LICENSE", "MIT\n");
      work.write(
        ".github/cadence.yml",
        `sync:
  - sync_id: baseline
    name: Baseline files
    source: { type: file, location: templates }
    targets:
${targets.map(({ name, repo }) => `      - { id: ${name}, type: git, location: "${repo.url}" }`).join("\n")}
    options: ${options}
`,
      );
      work.commit("chore: the baseline to sync");
    },
  });
  cleanups.push(() => world.close());
  const digest = () => targets.map(({ repo }) => repo.refs()).join("|");
  const run = async (event: RunEvent, approval?: Approval, workflow = STARTER): Promise<WorkflowRunResult> => {
    const result = await world.run({ workflow, event, ...(approval ? { approvals: { sync: approval } } : {}), keep: true });
    cleanups.push(() => rmSync(dirname(result.artifactsDir), { recursive: true, force: true }));
    return result;
  };
  return { world, targets, digest, run };
}

type RunEvent =
  | { name: "schedule"; cron: string }
  | { name: "workflow_dispatch"; inputs: Record<string, string | boolean> }
  | { name: "workflow_call"; inputs: Record<string, string | boolean | number>; callerPermissions: Record<string, string> };

/** The collected sync_log of a run: one record per YAML document. */
function collected(result: WorkflowRunResult): Array<Record<string, any>> {
  const text = readFileSync(join(result.artifactsDir, "cadence-sync-log", "sync-log.yaml"), "utf8");
  return parseAllDocuments(text).map((doc) => doc.toJSON().sync_log);
}

const SCHEDULE = { name: "schedule", cron: "23 6 * * 1" } as const;

describe("the sync workflow, run by the local runner", () => {
  it("on schedule: dry-run with the plan artifact and report, approval of the plan hash, one leg per target, the sync_logs gathered", async () => {
    const { targets, run } = await platform();
    let asked = "";
    const result = await run(SCHEDULE, (request) => {
      asked = request.job;
      return "approve";
    });
    expect(result.conclusion, failures(result)).toBe("success");
    const dry = result.job("sync/dry-run");
    const planHash = dry.outputs["plan-hash"]!;
    expect(planHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dry.outputs.changes).toBe("true");
    expect(dry.summary).toContain("| baseline | alpha |");
    // The plan is kept with the run for the reviewer.
    const planArtifact = readdirSync(result.artifactsDir).find((name) => name.startsWith("cadence-sync-dry-run-"))!;
    expect(planArtifact).toBe(`cadence-sync-dry-run-${planHash.slice(7, 19)}`);
    expect(existsSync(join(result.artifactsDir, planArtifact, "plan.json"))).toBe(true);

    // The approval prompt names the plan hash.
    const approve = result.jobs.find((job) => job.key === "sync/approve")!;
    expect(asked).toBe("sync/approve");
    expect(approve.name).toContain(planHash);
    expect(approve.environment).toMatchObject({ name: "sync", decision: "approved" });

    const legs = result.jobs.filter((job) => job.key.startsWith("sync/apply ("));
    expect(legs).toHaveLength(3);
    expect(legs.every((leg) => leg.result === "success")).toBe(true);
    for (const { repo } of targets) expect(repo.show("main", ".github/workflows/ci.yml")).toBe("on: push\n");

    expect(result.job("sync/collect").result).toBe("success");
    const records = parseAllDocuments(readFileSync(join(result.artifactsDir, "cadence-sync-log", "sync-log.yaml"), "utf8")).map((doc) => doc.toJSON().sync_log);
    expect(records).toHaveLength(3);
    expect(records.flatMap((record) => record.targets.map((target: { target: string }) => target.target)).sort()).toEqual(["alpha", "beta", "gamma"]);
    for (const record of records) expect(record.execution.status).toBe("success");
    expect(result.job("sync/collect").summary).toContain("3 sync_log record(s)");
  });

  it("a rejected approval stops it: no target is touched", async () => {
    const { digest, run } = await platform();
    const before = digest();
    const result = await run(SCHEDULE, "reject");
    expect(result.conclusion).toBe("failure");
    expect(result.job("sync/approve").environment).toMatchObject({ decision: "rejected" });
    expect(result.jobs.filter((job) => job.key.startsWith("sync/apply")).every((job) => job.result === "skipped")).toBe(true);
    expect(result.job("sync/collect").result).toBe("skipped");
    expect(digest()).toBe(before);
  });

  it("a target that moved while waiting for approval is refused as stale; the others are applied (fail-fast off)", async () => {
    const { targets, run } = await platform();
    const [alpha, beta, gamma] = targets.map(({ repo }) => repo);
    const result = await run(SCHEDULE, () => {
      beta!.change({ "NOTES.md": "a commit after the dry-run\n" });
      return "approve";
    });
    expect(result.conclusion).toBe("failure");
    const legs = new Map(result.jobs.filter((job) => job.key.startsWith("sync/apply (")).map((job) => [job.matrix?.target, job]));
    expect(legs.get("beta")!.result).toBe("failure");
    expect(legs.get("beta")!.steps.find((step) => step.id === "apply")!.log).toContain("stale");
    expect(legs.get("alpha")!.result).toBe("success");
    expect(legs.get("gamma")!.result).toBe("success");
    expect(alpha!.show("main", "LICENSE")).toBe("MIT\n");
    expect(gamma!.show("main", "LICENSE")).toBe("MIT\n");
    expect(() => beta!.show("main", "LICENSE")).toThrow();
    // The records of the legs that ran are still gathered.
    expect(result.job("sync/collect").result).toBe("success");
  });

  it("a manual run is a dry-run by default: nobody is asked and nothing changes", async () => {
    const { digest, run } = await platform();
    const before = digest();
    const result = await run({ name: "workflow_dispatch", inputs: {} }, "reject");
    expect(result.conclusion, failures(result)).toBe("success");
    expect(result.job("sync/dry-run").outputs.changes).toBe("true");
    expect(result.job("sync/approve").result).toBe("skipped");
    expect(digest()).toBe(before);
  });

  it("more targets than the matrix holds: shards of targets, each target held to its own plan hash and failing alone", async () => {
    const names = ["alpha", "beta", "gamma", "delta", "epsilon"];
    const { targets, run } = await platform({ names });
    const repo = (name: string) => targets.find((target) => target.name === name)!.repo;
    // A matrix of at most two legs (GitHub's is 256) for five targets: two shards of three and two.
    const result = await run(
      { name: "workflow_call", inputs: { "max-matrix-legs": 2 }, callerPermissions: { contents: "read" } },
      () => {
        repo("beta").change({ "NOTES.md": "a commit after the dry-run\n" });
        return "approve";
      },
      ".github/workflows/sync.yml",
    );
    expect(result.conclusion).toBe("failure");
    const dry = result.job("dry-run").steps.find((step) => step.id === "dry")!;
    const planned = new Map(JSON.parse(dry.outputs.targets!).map((target: { target: string; planHash: string }) => [target.target, target.planHash]));
    const matrix = JSON.parse(result.job("dry-run").outputs.matrix!);
    const planHash = result.job("dry-run").outputs["plan-hash"];
    expect(matrix).toEqual([
      { shard: "1 of 2", planHash, targets: ["alpha", "beta", "gamma"].map((target) => ({ syncId: "baseline", target, planHash: planned.get(target) })) },
      { shard: "2 of 2", planHash, targets: ["delta", "epsilon"].map((target) => ({ syncId: "baseline", target, planHash: planned.get(target) })) },
    ]);

    const legs = result.jobs.filter((job) => job.key.startsWith("apply ("));
    expect(legs.map((leg) => [leg.matrix?.shard, leg.result])).toEqual([["1 of 2", "failure"], ["2 of 2", "success"]]);
    // beta moved: its leg names it stale, and the shard's other targets were applied all the same.
    const first = legs[0]!.steps.find((step) => step.id === "apply")!;
    expect(first.log).toContain("stale");
    expect(legs[0]!.annotations.map((annotation) => annotation.message).join("\n")).toContain("baseline → beta: stale");
    for (const name of ["alpha", "gamma", "delta", "epsilon"]) expect(repo(name).show("main", "LICENSE"), name).toBe("MIT\n");
    expect(() => repo("beta").show("main", "LICENSE")).toThrow();

    // Every target's record is gathered, with the plan hash it was held to.
    expect(result.job("collect").result).toBe("success");
    const records = collected(result).flatMap((record) => record.targets);
    expect(records.map((target) => [target.target, target.status, target.plan_hash === planned.get(target.target)]).sort()).toEqual([
      ["alpha", "success", true],
      ["beta", "stale", false],
      ["delta", "success", true],
      ["epsilon", "success", true],
      ["gamma", "success", true],
    ]);
  });

  it("a target in conflict under fail gets its failed record in the collected log and the run ends red; the others are applied", async () => {
    // beta has its own LICENSE, which no sync wrote: under conflict_strategy fail it is a conflict.
    const { targets, run } = await platform({ files: { beta: { LICENSE: "Apache-2.0\n" } }, options: "{ delivery: push, conflict_strategy: fail }" });
    const [alpha, beta, gamma] = targets.map(({ repo }) => repo);
    const betaBefore = beta!.refs();
    const result = await run(SCHEDULE, "approve");
    expect(result.conclusion).toBe("failure");
    const legs = result.jobs.filter((job) => job.key.startsWith("sync/apply ("));
    expect(legs.map((leg) => [leg.matrix?.target, leg.result]).sort()).toEqual([["alpha", "success"], ["gamma", "success"]]);
    expect(alpha!.show("main", "LICENSE")).toBe("MIT\n");
    expect(gamma!.show("main", "LICENSE")).toBe("MIT\n");
    expect(beta!.refs()).toBe(betaBefore);

    const collect = result.job("sync/collect");
    expect(collect.result).toBe("failure");
    expect(collect.annotations).toContainEqual(expect.objectContaining({ level: "error", message: expect.stringMatching(/^not synced, .*: beta$/) }));
    const records = collected(result);
    expect(records.map((record) => [record.targets.map((target: { target: string }) => target.target).join(), record.execution.status]).sort()).toEqual([
      ["alpha", "success"],
      ["beta", "failed"],
      ["gamma", "success"],
    ]);
    const betaRecord = records.find((record) => record.targets[0].target === "beta")!;
    expect(betaRecord.targets[0]).toMatchObject({ status: "conflict", conflicts: [expect.stringMatching(/^LICENSE: /)] });
    expect(betaRecord.execution.errors).toEqual([expect.stringMatching(/^beta: conflict: .*LICENSE/)]);

    // The next week nothing else changes: no approval is asked, and the run is still red with beta's record.
    const again = await run(SCHEDULE, "reject");
    expect(again.conclusion).toBe("failure");
    expect(again.job("sync/dry-run").outputs.changes).toBe("false");
    expect(again.job("sync/approve").result).toBe("skipped");
    expect(again.job("sync/collect").result).toBe("failure");
    expect(collected(again).map((record) => [record.targets[0].target, record.targets[0].status])).toEqual([["beta", "conflict"]]);
    expect(beta!.refs()).toBe(betaBefore);
  });
});
