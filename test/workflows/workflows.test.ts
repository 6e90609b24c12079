import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/runner.js";

// No workflow can run here (no runner, no Docker): the workflows are checked statically against the
// actions they call and the security rules of DESIGN §8.

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  permissions?: unknown;
  steps?: Step[];
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown> | string;
  permissions?: unknown;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  jobs: Record<string, Job>;
}

const OUR_ACTION = /^release-cadence\/release-cadence\/actions\/([a-z-]+)@v\d+$/;
const OUR_WORKFLOW = /^release-cadence\/release-cadence\/\.github\/workflows\/([a-z-]+\.yml)@v\d+$/;

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
    const used = root.runs.steps.map((step) => OUR_ACTION.exec(step.uses ?? "")?.[1]).filter(Boolean);
    // A dry-run decides the version; the changelog is written, then the manifests and the release
    // commit; the gates check both and run before anything leaves the runner.
    expect(used).toEqual(["version-bump", "changelog", "version-bump", "gate-check", "capsule-sign", "publish"]);
  });

  it("the reusable release writes the changelog before the release commit, and enforces the gates before signing and publishing", () => {
    const release = load(".github/workflows/release.yml").jobs.release!;
    const used = (release.steps ?? []).map((step) => OUR_ACTION.exec(step.uses ?? "")?.[1]).filter(Boolean);
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
        if (!step.uses || OUR_ACTION.test(step.uses) || step.uses.startsWith("./")) continue;
        expect(step.uses, `${path}: ${step.uses} is not pinned by SHA`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it.each(workflows.filter((path) => path.startsWith(".github")))("%s never cancels a release in progress", (path) => {
    const workflow = load(path);
    expect(workflow.concurrency?.group).toBeTruthy();
    expect(workflow.concurrency?.["cancel-in-progress"]).toBe(false);
  });

  it.each([...workflows, "action.yml"])("%s calls our actions only with inputs they declare, and reads only outputs they declare", (path) => {
    const text = readFileSync(join(ROOT, path), "utf8");
    for (const job of Object.values(load(path).jobs)) {
      const stepActions = new Map<string, string>();
      for (const step of job.steps ?? []) {
        const match = step.uses ? OUR_ACTION.exec(step.uses) : null;
        if (!match) continue;
        const name = match[1]!;
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
