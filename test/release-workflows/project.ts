import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import type { TestRepo } from "../support/git-repo.js";
import { releasesOf, type ReleaseModel } from "../support/github/routes/releases.js";
import type { TestRegistry } from "../support/verdaccio.js";
import type { StepResult, WorkflowRunResult } from "../support/workflow/index.js";
import type { WorkflowWorld } from "../support/workflow/world.js";

/**
 * The sample project the release workflows run on: an npm package released as 1.2.0 (tag,
 * changelog, manifest) with a feature landed since, publishing to the test's Verdaccio without
 * provenance (there is no Sigstore here), and no action.yml (so no floating tags).
 */
export const PACKAGE = "@octo-org/sample";

/** Each test runs whole workflows (every job a few Node processes and git clones): room for a busy machine. */
export const WORKFLOW_TIMEOUT = 240_000;

export function seedProject(work: TestRepo, registry: TestRegistry, manifest: Record<string, unknown> = {}): void {
  const npm = [`    registry: ${registry.url}`, "    access: public", "    provenance: false"];
  work.write(".github/cadence.yml", ["publish:", "  npm:", ...npm, ""].join("\n"));
  work.write("CHANGELOG.md", "# Changelog\n\n## [1.2.0] - 2026-10-30\n\n### Features\n\n- the first calendar\n");
  work.write("index.js", "module.exports = { calendar: true };\n");
  const fields = { name: PACKAGE, version: "1.2.0", license: "MIT", files: ["index.js"], ...manifest };
  work.commit("chore(release): 1.2.0", "package.json", `${JSON.stringify(fields, null, 2)}\n`);
  work.tag("v1.2.0");
  // RL-05 asks that the documentation moved with the code.
  work.write("README.md", "# sample\n\nA calendar, exported as iCal.\n");
  work.commit("feat: export the calendar as iCal", "src/ical.js", "module.exports = { ical: true };\n");
}

/**
 * A commit that makes the next release a major (the G-REL+Human profile: a person approves), with
 * the recent rollback drill that profile asks for (RL-07).
 */
export function breakingChange(work: TestRepo): string {
  const drilled = new Date(Date.now() - 3 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
  const drill = ["rollback_evidence:", "  rollback_id: drill-1", "  type: planned", "  execution:", `    executed_at: ${drilled}`];
  work.write(".github/rollback-drills/drill.yml", [...drill, "  verification:", "    smoke_tests: pass", ""].join("\n"));
  work.write("README.md", "# sample\n\nA calendar in a time zone of your choice.\n");
  const message = "feat!: the calendar API takes a time zone\n\nBREAKING CHANGE: calendar() needs a zone";
  return work.commit(message, "src/zone.js", "module.exports = { zone: 'utc' };\n");
}

const keys = generateKeyPairSync("ed25519");
/** The project's signing key, given to the release as a secret (there is no Sigstore here), and its public half. */
export const SIGNING_KEY = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
export const SIGNING_PUBLIC_KEY = keys.publicKey;

/** CI went green on a commit (what RL-02 asks of the commit a release is made from). */
export function ciPassed(world: WorkflowWorld, sha: string): void {
  world.emulator.state.addCheckRun(world.emulator.state.repo("octo-org", "sample")!, sha, "test", "success");
}

export function releases(world: WorkflowWorld): ReleaseModel[] {
  return releasesOf(world.emulator.state, world.emulator.state.repo("octo-org", "sample")!).releases;
}

/** The refs the origin holds now: `refs/heads/main` → sha, tags peeled to their commit. */
export function originRefs(world: WorkflowWorld): Map<string, string> {
  const format = "--format=%(refname) %(objectname) %(*objectname)";
  const text = execFileSync("git", ["for-each-ref", format], { cwd: world.bare, encoding: "utf8" });
  return new Map(
    text
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [ref, object, peeled] = line.split(" ");
        return [ref!, peeled || object!];
      }),
  );
}

/**
 * Everything a release could change: the emulator's repository (refs, objects, releases), the
 * origin's refs, the registry.
 */
export async function everything(world: WorkflowWorld, registry: TestRegistry): Promise<unknown> {
  // The emulator makes a repository's (empty) releases area when first read: make it first, so only changes count.
  releases(world);
  const github = world.emulator.state.digest(world.repository);
  return { github, origin: [...originRefs(world)], npm: await registry.digest([PACKAGE]) };
}

export function step(run: WorkflowRunResult, job: string, id: string): StepResult {
  const found = run.job(job).steps.find((candidate) => candidate.id === id);
  const ids = run.job(job).steps.map((candidate) => candidate.id ?? candidate.name);
  if (!found) throw new Error(`no step ${id} in ${job}: ${ids.join(", ")}`);
  return found;
}

/** Every failed step of a run, with its error and the end of its log: what a failing assertion should show. */
export function failures(run: WorkflowRunResult): string {
  const tail = (log: string) => log.split("\n").slice(-25).join("\n");
  const failed = (prefix: string, steps: StepResult[]): string[] =>
    steps.flatMap((item) => {
      const name = `${prefix} / ${item.id ?? item.name}`;
      const own = item.outcome === "failure" ? [`${name}: ${item.error ?? ""}\n${tail(item.log ?? "")}`] : [];
      return [...own, ...failed(name, item.steps ?? [])];
    });
  const jobs = run.jobs.flatMap((job) => [...(job.error ? [`${job.key}: ${job.error}`] : []), ...failed(job.key, job.steps)]);
  return [run.error ?? "", ...jobs].filter(Boolean).join("\n\n");
}
