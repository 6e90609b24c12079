import { readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GitHubReleases } from "@release-cadence/core";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { releasedRepo, type ReleasedRepo } from "../support/rollback-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { GitOrigin, runWorkflow, type WorkflowRunResult } from "../support/workflow/index.js";
import { failures } from "./world.js";

// The fixture's releases (made by publish in this process) carry no global git identity either.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

const TOKEN = "ghs_rollbackWorkflowFixture7";
const CALLER = { contents: "write", "pull-requests": "write" };
let registry: TestRegistry;
const cleanups: Array<() => Promise<void> | void> = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let counter = 0;
const capsuleConfig = (state: string, matrix: string) => `capsule:\n  state-version: ${state}\n  compatibility:\n${matrix}`;

/**
 * 1.5.0 and 1.5.1 of a package released by publish (tags on the origin, GitHub releases in the
 * emulator, npm versions in Verdaccio), and the rollback workflow run against them.
 */
async function released(filesAt?: Record<string, Record<string, string>>) {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  cleanups.push(() => emulator.close());
  const model = emulator.state.addRepo("octo-org/sample");
  const forge = GitHubReleases.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1, retries: 2, timeoutMs: 10_000 });
  const name = `workflow-rollback-${process.pid}-${counter++}`;
  const fixture: ReleasedRepo = await releasedRepo({ name, registry, versions: ["1.5.0", "1.5.1"], forge, ...(filesAt ? { filesAt } : {}) });
  cleanups.push(() => fixture.remove());
  const origin = await GitOrigin.start();
  cleanups.push(() => origin.close());
  origin.host("octo-org/sample", fixture.remote);
  const releases = () => releasesOf(emulator.state, model).releases;
  /** Everything a rollback could change: refs on the origin, the releases, the registry. */
  const digest = async () => JSON.stringify([fixture.remoteRefs(), JSON.stringify(releases()), await registry.digest([name])]);
  const run = async (inputs: Record<string, string | boolean>, approval?: "approve" | "reject"): Promise<WorkflowRunResult> => {
    const result = await runWorkflow({
      workflow: ".github/workflows/rollback.yml",
      repository: "octo-org/sample",
      github: emulator,
      origin,
      event: { name: "workflow_call", inputs: { "registry-url": registry.url, ...inputs }, secrets: { NPM_TOKEN: registry.token }, callerPermissions: CALLER },
      ...(approval ? { approvals: { "rollback-approval": approval } } : {}),
      keep: true,
    });
    cleanups.push(() => rmSync(dirname(result.artifactsDir), { recursive: true, force: true }));
    return result;
  };
  return { name, fixture, releases, digest, run };
}

const step = (run: WorkflowRunResult, job: string, id: string) => run.job(job).steps.find((candidate) => candidate.id === id)!;

describe("the rollback workflow, run by the local runner", () => {
  it("a critical rollback goes ahead at once (approval after the fact): npm latest and GitHub Latest back to 1.5.0, 1.5.1 deprecated, the evidence kept with the run", async () => {
    const { name, releases, run } = await released();
    const result = await run({ severity: "critical", impact: "widespread", reason: "data loss on save", issue: "#7" });
    expect(result.conclusion, failures(result)).toBe("success");
    expect(result.job("plan").outputs).toMatchObject({ from: "1.5.1", to: "1.5.0", type: "immediate", approval: "post-hoc", "approval-required": "false" });
    expect(result.job("approve").result).toBe("skipped");
    expect(result.job("apply").concurrency).toEqual({ group: "release-cadence-rollback-octo-org/sample-refs/heads/main", cancelInProgress: false });
    // The apply job applied the hash the plan job showed.
    expect(step(result, "apply", "rollback").outputs["plan-hash"]).toBe(result.job("plan").outputs["plan-hash"]);
    expect(result.job("plan").summary).toContain(`| plan hash | \`${result.job("plan").outputs["plan-hash"]}\` |`);
    expect(result.job("apply").annotations).toContainEqual(expect.objectContaining({ level: "notice", message: "rollback 1.5.1 → 1.5.0 went ahead without waiting (critical): review it after the fact" }));

    expect(releases().find((release) => release.tagName === "v1.5.0")!.latest).toBe(true);
    expect(releases().find((release) => release.tagName === "v1.5.1")).toMatchObject({ latest: false, name: "v1.5.1 (rolled back)" });
    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.0");
    expect((packument.versions["1.5.1"] as { deprecated?: string }).deprecated).toBe("1.5.1 was rolled back to 1.5.0: data loss on save (#7)");

    const folder = join(result.artifactsDir, "rollback-evidence-1.5.1");
    const [file] = readdirSync(folder).filter((entry) => entry.endsWith(".yaml") || entry.endsWith(".yml"));
    expect(file, readdirSync(folder).join(", ")).toBeDefined();
    const evidence = parse(readFileSync(join(folder, file!), "utf8")).rollback_evidence;
    expect(evidence).toMatchObject({ type: "immediate", trigger: { severity: "critical", issue_id: "#7" }, versions: { rolled_back_from: "1.5.1", rolled_back_to: "1.5.0" } });
  });

  it("a medium rollback waits for approval; approved, it applies the planned hash", async () => {
    const { name, run } = await released();
    const result = await run({ severity: "medium", impact: "limited", reason: "slow start-up" }, "approve");
    expect(result.conclusion, failures(result)).toBe("success");
    expect(result.job("plan").outputs).toMatchObject({ type: "planned", approval: "orchestrator", "approval-required": "true" });
    expect(result.job("approve").environment).toMatchObject({ name: "rollback-approval", decision: "approved" });
    expect((await registry.packument(name))!["dist-tags"].latest).toBe("1.5.0");
  });

  it("a rejected approval stops it: nothing changes", async () => {
    const { digest, run } = await released();
    const before = await digest();
    const result = await run({ severity: "high", impact: "limited", reason: "slow start-up" }, "reject");
    expect(result.conclusion).toBe("failure");
    expect(result.job("approve").environment).toMatchObject({ decision: "rejected" });
    expect(result.job("apply").result).toBe("skipped");
    expect(await digest()).toBe(before);
  });

  it("a rollback with an incompatible state version refuses in the plan, naming the migration, and changes nothing", async () => {
    const matrix = "    - { release: '1.5.0', state: state-v1, mode: full }\n    - { release: '1.5.0', state: state-v2, mode: migration }\n    - { release: '>=1.5.1', state: state-v2, mode: full }\n";
    const { digest, run } = await released({
      "1.5.0": { ".github/cadence.yml": capsuleConfig("state-v1", "    - { release: '*', state: state-v1, mode: full }\n") },
      "1.5.1": { ".github/cadence.yml": capsuleConfig("state-v2", matrix) },
    });
    const before = await digest();
    const result = await run({ severity: "critical", impact: "widespread", reason: "state test" });
    expect(result.conclusion).toBe("failure");
    const plan = step(result, "plan", "rollback");
    expect(plan.outcome).toBe("failure");
    expect(plan.log).toContain("1.5.0 cannot read the state state-v2 that 1.5.1 wrote");
    expect(plan.log).toContain("Migrate the state from state-v2 back to state-v1 first, then roll back; or fix forward.");
    expect(result.job("apply").result).toBe("skipped");
    expect(await digest()).toBe(before);
  });

  it("a dry-run shows the plan and changes nothing", async () => {
    const { digest, run } = await released();
    const before = await digest();
    const result = await run({ severity: "critical", impact: "widespread", reason: "data loss on save", "dry-run": true });
    expect(result.conclusion, failures(result)).toBe("success");
    expect(result.job("plan").outputs["plan-hash"]).toMatch(/^sha256:/);
    expect(result.job("apply").result).toBe("skipped");
    expect(await digest()).toBe(before);
  });
});
