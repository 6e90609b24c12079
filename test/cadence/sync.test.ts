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

/** A platform repository syncing templates/ into three service repositories (git targets, delivery by push). */
async function platform() {
  const targets = ["alpha", "beta", "gamma"].map((name) => ({ name, repo: new BareRepo({ "README.md": `${name}\n` }) }));
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
    options: { delivery: push }
`,
      );
      work.commit("chore: the baseline to sync");
    },
  });
  cleanups.push(() => world.close());
  const digest = () => targets.map(({ repo }) => repo.refs()).join("|");
  const run = async (event: { name: "schedule"; cron: string } | { name: "workflow_dispatch"; inputs: Record<string, string | boolean> }, approval?: Approval): Promise<WorkflowRunResult> => {
    const result = await world.run({ workflow: STARTER, event, ...(approval ? { approvals: { sync: approval } } : {}), keep: true });
    cleanups.push(() => rmSync(dirname(result.artifactsDir), { recursive: true, force: true }));
    return result;
  };
  return { world, targets, digest, run };
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
});
