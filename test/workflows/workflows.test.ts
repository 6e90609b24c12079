import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/runner.js";

// No workflow can run here (no runner, no Docker): the workflows are checked statically against the
// actions they call and the security rules of DESIGN §8.

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  permissions?: unknown;
  environment?: string;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  outputs?: Record<string, string>;
  steps?: Step[];
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown> | string;
  permissions?: unknown;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  jobs: Record<string, Job>;
}

// Our actions: by the major tag (the root composite action, which cannot do otherwise), or, in the
// reusable workflows, from the second checkout of release-cadence at the workflow's own commit.
const OUR_ACTION = /^(?:release-cadence\/release-cadence\/actions\/([a-z-]+)@v\d+|\.\/\.release-cadence\/actions\/([a-z-]+))$/;
const OUR_WORKFLOW = /^release-cadence\/release-cadence\/\.github\/workflows\/([a-z-]+\.yml)@v\d+$/;
const ourAction = (uses: string | undefined): string | undefined => {
  const match = OUR_ACTION.exec(uses ?? "");
  return match ? (match[1] ?? match[2]) : undefined;
};
const isCheckout = (step: Step) => /^actions\/checkout@/.test(step.uses ?? "");

function files(dir: string): string[] {
  const full = join(ROOT, dir);
  return existsSync(full) ? readdirSync(full).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(dir, name)) : [];
}

const workflows = [...files(".github/workflows"), ...files("workflows-templates")];

function load(path: string): Workflow {
  const document = parse(readFileSync(join(ROOT, path), "utf8")) as Workflow & { runs?: { using: string; steps: Step[] } };
  // The root composite action reads like a workflow with one job and no triggers of its own.
  if (path === "action.yml") return { on: {}, permissions: {}, jobs: { composite: { permissions: "inherited from the caller's job", steps: document.runs!.steps } } };
  return document;
}

function actionSpec(name: string): { inputs: Record<string, unknown>; outputs: Record<string, unknown> } {
  const spec = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> };
  return { inputs: spec.inputs ?? {}, outputs: spec.outputs ?? {} };
}

describe("workflows and templates", () => {
  it("exist", () => {
    expect(workflows).toContain(".github/workflows/release.yml");
    expect(workflows).toContain("workflows-templates/release.yml");
  });

  it("the root action is a composite of our actions", () => {
    const root = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { using: string; steps: Step[] } };
    expect(root.runs.using).toBe("composite");
    const used = root.runs.steps.map((step) => ourAction(step.uses)).filter(Boolean);
    // A dry-run decides the version; the changelog is written, then the manifests and the release
    // commit; the gates check both and run before anything leaves the runner.
    expect(used).toEqual(["version-bump", "changelog", "version-bump", "gate-check", "capsule-sign", "publish"]);
  });

  it("the reusable release writes the changelog before the release commit, and enforces the gates before signing and publishing", () => {
    const release = load(".github/workflows/release.yml").jobs.release!;
    const used = (release.steps ?? []).map((step) => ourAction(step.uses)).filter(Boolean);
    expect(used).toEqual(["changelog", "version-bump", "gate-check", "capsule-sign", "publish"]);
    const gates = (release.steps ?? []).find((step) => step.uses?.includes("gate-check"));
    expect(gates?.with?.["fail-on-gate-failure"]).toBeUndefined(); // the default, "true": a failed gate stops the job
  });

  it.each([...workflows, "action.yml"])("%s never interpolates an expression into a run: script", (path) => {
    for (const job of Object.values(load(path).jobs)) {
      for (const step of job.steps ?? []) if (step.run) expect(step.run, `${path}: pass values through env:`).not.toContain("${{");
    }
  });

  it.each(workflows)("%s sets least-privilege permissions on every job and never uses pull_request_target", (path) => {
    const workflow = load(path);
    const triggers = typeof workflow.on === "string" ? [workflow.on] : Object.keys(workflow.on);
    expect(triggers).not.toContain("pull_request_target");
    expect(workflow.permissions, `${path}: top-level permissions should be {} (each job asks for its own)`).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, `${path}: job ${name} has no permissions block`).toBeDefined();
  });

  it.each([...workflows, "action.yml"])("%s pins third-party actions by full commit SHA", (path) => {
    for (const job of Object.values(load(path).jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses || ourAction(step.uses) || step.uses.startsWith("./")) continue;
        expect(step.uses, `${path}: ${step.uses} is not pinned by SHA`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it.each(workflows.filter((path) => path.startsWith(".github")))("%s holds one release at a time per release line and never cancels one", (path) => {
    const workflow = load(path);
    const pushing = Object.entries(workflow.jobs).filter(([, job]) => (job.permissions as Record<string, string> | undefined)?.contents === "write");
    for (const [name, job] of pushing) {
      // Per line (the ref), so a release waiting on main never holds up a hotfix line; a literal
      // prefix, never github.workflow, which is the caller's name and would deadlock with its group.
      expect(job.concurrency?.group, `${path}: job ${name}`).toMatch(/^release-cadence-[a-z-]+-\$\{\{ github\.repository \}\}-\$\{\{ github\.ref \}\}$/);
      expect(job.concurrency?.["cancel-in-progress"], `${path}: job ${name}`).toBe(false);
    }
  });

  it.each(workflows.filter((path) => path.startsWith(".github")))("%s changes things one run at a time and never cancels a run in progress", (path) => {
    const workflow = load(path);
    const groups = [workflow.concurrency, ...Object.values(workflow.jobs).map((job) => job.concurrency)].filter((group) => group !== undefined);
    expect(groups.length, `${path} has no concurrency group`).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group?.group, path).toMatch(/^release-cadence-[a-z-]+-\$\{\{ github\.repository \}\}/);
      expect(group?.["cancel-in-progress"], path).toBe(false);
    }
  });

  it.each(workflows.filter((path) => path.startsWith("workflows-templates")))("%s sets no concurrency group of its own (the called workflow's would deadlock with it)", (path) => {
    expect(load(path).concurrency).toBeUndefined();
  });

  it.each([...workflows, "action.yml"])("%s says why it asks for each permission, and asks issues: read wherever RL-01 or the critical issues are read", (path) => {
    const lines = readFileSync(join(ROOT, path), "utf8").split("\n");
    for (const [index, line] of lines.entries()) {
      const scope = /^\s+(actions|attestations|checks|contents|deployments|id-token|issues|packages|pages|pull-requests|security-events|statuses): (read|write|none)\b(.*)$/.exec(line);
      if (scope) expect(scope[3], `${path}:${index + 1} ${scope[1]} needs a comment saying why`).toMatch(/^ # \S/);
    }
    for (const [name, job] of Object.entries(load(path).jobs)) {
      // gate-check's calendar and metrics modes run no gate, so no RL-01.
      const gates = (job.steps ?? []).some((step) => ourAction(step.uses) === "gate-check" && step.with?.mode !== "calendar" && step.with?.mode !== "metrics");
      if (gates && typeof job.permissions === "object") expect(job.permissions, `${path}: job ${name} runs the gates`).toMatchObject({ issues: "read", "pull-requests": "read", checks: "read", statuses: "read" });
      // The metrics and the POST-RELEASE capsules count the critical issues opened after each release.
      const critical = (job.steps ?? []).some((step) => (ourAction(step.uses) === "gate-check" && step.with?.mode === "metrics") || (ourAction(step.uses) === "capsule-sign" && step.with?.mode === "post-release"));
      if (critical && typeof job.permissions === "object") expect(job.permissions, `${path}: job ${name} reads the critical issues`).toMatchObject({ issues: "read" });
    }
  });

  it.each(workflows.filter((path) => path.startsWith(".github")))("%s runs our actions from its own commit, keeps no credentials in git, and applies the planned hashes", (path) => {
    const workflow = load(path);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const steps = job.steps ?? [];
      for (const [index, step] of steps.entries()) {
        expect(step.uses ?? "", `${path}: job ${name} names our action by a moving tag`).not.toMatch(/^release-cadence\/release-cadence\/actions\//);
        if (isCheckout(step)) expect(step.with?.["persist-credentials"], `${path}: job ${name} step ${index + 1}`).toBe(false);
        if (ourAction(step.uses)) {
          const toolkit = steps.slice(0, index).find((before) => isCheckout(before) && before.with?.repository === "release-cadence/release-cadence");
          expect(toolkit?.with, `${path}: job ${name} uses ./.release-cadence before checking it out`).toMatchObject({ ref: "${{ github.job_workflow_sha }}", path: ".release-cadence" });
        }
      }
    }
    // What was planned and shown to the approver is what is applied: the apply steps of rollback
    // and sync take the plan hash of the planning job (or its matrix entry).
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const applies = (ourAction(step.uses) === "rollback" && step.with?.["dry-run"] !== "true") || (ourAction(step.uses) === "sync-dry-run" && step.with?.mode === "apply");
        if (applies) expect(String(step.with?.["plan-hash"]), `${path}: ${step.uses}`).toMatch(/^\$\{\{ (needs\.[\w-]+\.outputs|matrix)\.[\w-]+ \}\}$/);
      }
    }
    // What the plan job showed the approver is what the release job applies.
    const { plan, release } = workflow.jobs as Record<string, Job>;
    if (!release) return;
    expect(plan?.outputs).toMatchObject({ "changelog-plan-hash": expect.stringContaining("steps.changelog.outputs.plan-hash"), "version-bump-plan-hash": expect.stringContaining("steps.bump.outputs.plan-hash") });
    const step = (id: string) => (release?.steps ?? []).find((candidate) => candidate.id === id);
    expect(step("changelog")?.with).toMatchObject({ "plan-hash": "${{ needs.plan.outputs.changelog-plan-hash }}", date: "${{ needs.plan.outputs.date }}" });
    expect(step("bump")?.with).toMatchObject({ "plan-hash": "${{ needs.plan.outputs.version-bump-plan-hash }}" });
    expect(release?.environment).toBe("${{ inputs.environment }}");
  });

  it.each([...workflows, "action.yml"])("%s calls our actions only with inputs they declare, and reads only outputs they declare", (path) => {
    const text = readFileSync(join(ROOT, path), "utf8");
    for (const job of Object.values(load(path).jobs)) {
      const stepActions = new Map<string, string>();
      for (const step of job.steps ?? []) {
        const name = ourAction(step.uses);
        if (!name) continue;
        expect(existsSync(join(ROOT, "actions", name, "action.yml")), `${path}: no action ${name}`).toBe(true);
        const { inputs } = actionSpec(name);
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(inputs), `${path}: ${name} has no input ${key}`).toContain(key);
        if (step.id) stepActions.set(step.id, name);
      }
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const name = stepActions.get(id!);
        if (name) expect(Object.keys(actionSpec(name).outputs), `${path}: ${name} has no output ${output}`).toContain(output);
      }
    }
  });

  it("templates call reusable workflows that exist, with inputs they declare", () => {
    for (const path of files("workflows-templates")) {
      for (const job of Object.values(load(path).jobs)) {
        const match = job.uses ? OUR_WORKFLOW.exec(job.uses) : null;
        if (!match) continue;
        const called = load(join(".github/workflows", match[1]!));
        const declared = Object.keys(((called.on as Record<string, { inputs?: Record<string, unknown> }>).workflow_call ?? {}).inputs ?? {});
        for (const key of Object.keys(job.with ?? {})) expect(declared, `${path}: ${match[1]} has no input ${key}`).toContain(key);
      }
      const properties = join(ROOT, path.replace(/\.ya?ml$/, ".properties.json"));
      expect(existsSync(properties), `${path} needs its .properties.json`).toBe(true);
      expect(JSON.parse(readFileSync(properties, "utf8"))).toMatchObject({ name: expect.any(String), description: expect.any(String) });
    }
  });
});
