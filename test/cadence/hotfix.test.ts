import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import type { WorkflowWorld } from "../support/workflow/world.js";
import { SIGNING_KEY, ciPassed, failures, originRefs, releases, seedProject, startWorld } from "./world.js";

const worlds: WorkflowWorld[] = [];
const kept: string[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
  for (const dir of kept.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CALLER = { contents: "write", "id-token": "write", attestations: "write", checks: "read", statuses: "read", "pull-requests": "read", issues: "read" };
const LINE = "release/v1.3";
// In the holidays blackout of the sample calendar (2026-12-20 – 2027-01-05).
const IN_BLACKOUT = "2026-12-24T10:00:00Z";
const OPEN_DAY = "2026-11-20T10:00:00Z";

/**
 * The sample project with 1.3.0 released on release/v1.3, a rollback drill on record (RL-07, which
 * SEV-0/1 require) and a fix on the line since, pushed and green.
 */
async function maintenanceLine(extraConfig = ""): Promise<WorkflowWorld> {
  const world = await startWorld({
    seed: (work) => {
      seedProject(work, extraConfig);
      work.write(".github/rollback-drills/2026-12.yml", "rollback_evidence:\n  rollback_id: drill-12\n  type: planned\n  execution:\n    executed_at: 2026-12-01T10:00:00Z\n  verification:\n    smoke_tests: pass\n");
      work.commit("chore: the december rollback drill");
      work.git("switch", "-q", "-c", LINE);
      const changelog = readFileSync(join(work.dir, "CHANGELOG.md"), "utf8").replace("# Changelog\n", "# Changelog\n\n## [1.3.0] - 2026-11-13\n\n### Features\n\n- export the calendar as iCal\n");
      work.write("CHANGELOG.md", changelog);
      work.commit("chore(release): 1.3.0", "package.json", `${JSON.stringify({ name: "sample", version: "1.3.0", private: true }, null, 2)}\n`);
      work.tag("v1.3.0");
      work.write("README.md", "# sample\n\nThe iCal export writes times in UTC.\n");
      work.commit("fix: the iCal export's time zone", "src/ical.ts", "export const ical = 'utc';\n");
      work.git("switch", "-q", "main");
    },
  });
  worlds.push(world);
  ciPassed(world, originRefs(world).get(`refs/heads/${LINE}`)!);
  return world;
}

function hotfix(world: WorkflowWorld, inputs: Record<string, string | boolean>, options: { ref?: string; approval?: "approve" | "reject" } = {}): Promise<WorkflowRunResult> {
  return world.run({
    workflow: ".github/workflows/hotfix.yml",
    ref: options.ref ?? `refs/heads/${LINE}`,
    event: { name: "workflow_call", inputs, secrets: { RELEASE_SIGNING_KEY: SIGNING_KEY }, callerPermissions: CALLER },
    approvals: { "hotfix-approval": options.approval ?? "approve" },
    keep: true,
  }).then((run) => {
    kept.push(dirname(run.artifactsDir));
    return run;
  });
}

const tags = (world: WorkflowWorld) => [...originRefs(world).keys()].filter((ref) => ref.startsWith("refs/tags/")).sort();
const step = (run: WorkflowRunResult, job: string, id: string) => run.job(job).steps.find((candidate) => candidate.id === id)!;

describe("the hotfix workflow, run by the local runner", () => {
  it("a SEV-1 hotfix goes through the holidays blackout with break-glass: approved, every gate, the reason in the signed evidence", async () => {
    const world = await maintenanceLine();
    const run = await hotfix(world, { severity: "SEV-1", "break-glass": "INC-42: customers cannot log in", now: IN_BLACKOUT });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("plan").outputs).toMatchObject({ version: "1.3.1", profile: "SEV-1", "requires-approval": "true" });
    expect(run.job("approve").environment).toMatchObject({ name: "hotfix-approval", decision: "approved" });
    expect(run.job("release").concurrency).toEqual({ group: "release-cadence-hotfix-octo-org/sample-refs/heads/release/v1.3", cancelInProgress: false });

    expect(step(run, "release", "gates").outputs).toMatchObject({ passed: "true", profile: "SEV-1" });

    const refs = originRefs(world);
    expect(refs.get(`refs/heads/${LINE}`)).toBe(refs.get("refs/tags/v1.3.1"));
    expect(releases(world).find((release) => release.tagName === "v1.3.1")).toMatchObject({ prerelease: false, draft: false });

    // The evidence kept with the run names break-glass, its reason and what it overrode.
    const folder = join(run.artifactsDir, "hotfix-evidence-1.3.1");
    const evidenceFile = readdirSync(folder, { recursive: true }).map(String).find((name) => /gate-check-1\.3\.1\.ya?ml$/.test(name))!;
    expect(evidenceFile, readdirSync(folder, { recursive: true }).join(", ")).toBeDefined();
    const { validation, provenance } = parse(readFileSync(join(folder, evidenceFile), "utf8")).release_evidence;
    expect(validation.break_glass).toMatchObject({ reason: "INC-42: customers cannot log in", blocked_by: expect.stringContaining("blackout 2026-12-20") });
    expect(validation.gate_results).toMatchObject({ profile: "SEV-1", requires_approval: true });
    // SEV-1 requires every gate: the rollback drill (RL-07) and the calendar (passed by break-glass) among them.
    const checklist = new Map(validation.checklist.map((item: { check: string }) => [item.check, item]));
    expect(checklist.get("RL-07")).toMatchObject({ status: "pass", required: true });
    expect(checklist.get("CAL")).toMatchObject({ status: "pass", required: true, reason: expect.stringContaining("break-glass (INC-42") });
    expect(provenance.branch).toBe(LINE);
    // The capsule is signed over that evidence: its SHA-256 is in the capsule.
    const evidenceSha = createHash("sha256").update(readFileSync(join(folder, evidenceFile))).digest("hex");
    expect(readFileSync(join(folder, "capsule", "capsule-release-1.3.1.yaml"), "utf8")).toContain(evidenceSha);
  });

  it("in a blackout without break-glass it refuses: the calendar gate fails the plan, nobody is asked, nothing is pushed", async () => {
    const world = await maintenanceLine();
    const before = tags(world);
    const run = await hotfix(world, { severity: "SEV-1", now: IN_BLACKOUT });
    expect(run.conclusion).toBe("failure");
    const gates = step(run, "plan", "gates");
    expect(gates.outcome).toBe("failure");
    expect(JSON.parse(gates.outputs["failed-gates"]!)).toEqual([expect.objectContaining({ id: "CAL", reason: expect.stringContaining("needs break-glass") })]);
    expect(run.job("approve").result).toBe("skipped");
    expect(run.job("release").result).toBe("skipped");
    expect(tags(world)).toEqual(before);
    expect(releases(world)).toEqual([]);
  });

  it("a failed gate stops a SEV-3 hotfix before anything leaves the runner", async () => {
    const world = await maintenanceLine(`gates:\n  custom:\n    - { id: SEC-SCAN, title: Security scan, run: [node, -e, "process.exit(3)"] }\n`);
    const before = tags(world);
    const run = await hotfix(world, { severity: "sev3", now: OPEN_DAY });
    expect(run.conclusion).toBe("failure");
    expect(run.job("plan").outputs.profile).toBe("SEV-3");
    const gates = step(run, "plan", "gates");
    expect(gates.outputs.profile).toBe("SEV-3");
    expect(JSON.parse(gates.outputs["failed-gates"]!).map((gate: { id: string }) => gate.id)).toEqual(["SEC-SCAN"]);
    expect(run.job("release").result).toBe("skipped");
    expect(tags(world)).toEqual(before);
  });

  it("a SEV-3 hotfix on an open day needs no approval and releases the patch", async () => {
    const world = await maintenanceLine();
    const run = await hotfix(world, { severity: "SEV-3", now: OPEN_DAY }, { approval: "reject" });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("plan").outputs).toMatchObject({ version: "1.3.1", "requires-approval": "false" });
    expect(run.job("approve").result).toBe("skipped");
    expect(originRefs(world).has("refs/tags/v1.3.1")).toBe(true);
  });

  it("a rejected approval stops a SEV-0 hotfix", async () => {
    const world = await maintenanceLine();
    const run = await hotfix(world, { severity: "SEV-0", now: OPEN_DAY }, { approval: "reject" });
    expect(run.conclusion).toBe("failure");
    expect(run.job("approve").environment).toMatchObject({ decision: "rejected" });
    expect(run.job("release").result).toBe("skipped");
    expect(originRefs(world).has("refs/tags/v1.3.1")).toBe(false);
  });

  it("refuses break-glass below SEV-1, a line that is not a maintenance line, and an unknown severity, before reading anything", async () => {
    const world = await maintenanceLine();
    const low = await hotfix(world, { severity: "SEV-2", "break-glass": "it is urgent", now: IN_BLACKOUT });
    expect(low.conclusion).toBe("failure");
    expect(step(low, "plan", "severity").log).toContain("break-glass is for SEV-0 and SEV-1 hotfixes only; a SEV-2 hotfix waits for the calendar");
    const main = await hotfix(world, { severity: "SEV-1", now: OPEN_DAY }, { ref: "refs/heads/main" });
    expect(main.conclusion).toBe("failure");
    expect(step(main, "plan", "severity").log).toContain("a hotfix runs on a maintenance line (release/vX.Y or hotfix/*), not on 'refs/heads/main'");
    const unknown = await hotfix(world, { severity: "urgent", now: OPEN_DAY });
    expect(step(unknown, "plan", "severity").log).toContain("severity must be SEV-0, SEV-1, SEV-2 or SEV-3, not 'urgent'");
    for (const run of [low, main, unknown]) {
      expect(run.job("plan").steps.filter((candidate) => candidate.outcome === "success")).toEqual([]);
      expect(run.job("release").result).toBe("skipped");
    }
    expect(tags(world)).toEqual(["refs/tags/v1.2.0", "refs/tags/v1.3.0"]);
  });

  it("the starter, dispatched on the line, calls the reusable workflow at this commit and dry-runs by default", async () => {
    const world = await maintenanceLine();
    const before = originRefs(world);
    const run = await world.run({
      workflow: "workflows-templates/hotfix.yml",
      ref: `refs/heads/${LINE}`,
      event: { name: "workflow_dispatch", inputs: { severity: "SEV-2", "break-glass": "" } },
    });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("hotfix/plan").outputs).toMatchObject({ version: "1.3.1", profile: "SEV-2", "requires-approval": "false" });
    expect(step(run, "hotfix/release", "publish").outputs.version).toBe("1.3.1");
    expect(originRefs(world)).toEqual(before);
    expect(releases(world)).toEqual([]);
  });

  it("runs on a hotfix/* branch too: the patch of the release it starts from", async () => {
    const world = await maintenanceLine();
    world.work.git("switch", "-q", "-c", "hotfix/login", "v1.3.0");
    const fix = world.work.commit("fix: the login loop", "src/login.ts", "export const login = 'once';\n");
    world.work.git("push", "-q", "origin", "hotfix/login");
    ciPassed(world, fix);
    const run = await hotfix(world, { severity: "SEV-3", now: OPEN_DAY }, { ref: "refs/heads/hotfix/login" });
    expect(run.conclusion, failures(run)).toBe("success");
    expect(run.job("plan").outputs.version).toBe("1.3.1");
    const refs = originRefs(world);
    expect(refs.get("refs/heads/hotfix/login")).toBe(refs.get("refs/tags/v1.3.1"));
    expect(world.work.git("--git-dir", world.bare, "rev-parse", "refs/tags/v1.3.1^").trim()).toBe(fix);
    expect(run.job("release").concurrency?.group).toBe("release-cadence-hotfix-octo-org/sample-refs/heads/hotfix/login");
  });
});
