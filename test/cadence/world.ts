import { generateKeyPairSync } from "node:crypto";
import { execFileSync } from "node:child_process";
import type { TestRepo } from "../support/git-repo.js";
import { releasesOf, type ReleaseModel } from "../support/github/routes/releases.js";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

/**
 * The sample project the cadence workflows run on: released as 1.2.0 (tag, changelog, manifest),
 * a two-week calendar from Monday 2026-11-02 (RC cut Thursday 2026-11-12, release Friday
 * 2026-11-13) with the holidays blacked out, and a feature landed since.
 */
export const CADENCE_CONFIG = `calendar:
  timezone: Europe/Berlin
  minor: { anchor: 2026-11-02 }
  major: false
  blackout:
    - { from: 2026-12-20, to: 2027-01-05, reason: holidays }
cadence:
  post-release-days: 7
`;

export const RC_DAY = "2026-11-12T07:00:00Z";
export const RELEASE_DAY = "2026-11-13T07:00:00Z";

export function seedProject(work: TestRepo, extraConfig = ""): void {
  work.write(".github/cadence.yml", CADENCE_CONFIG + extraConfig);
  work.write("CHANGELOG.md", "# Changelog\n\n## [1.2.0] - 2026-10-30\n\n### Features\n\n- the first calendar\n");
  work.commit("chore: release 1.2.0", "package.json", `${JSON.stringify({ name: "sample", version: "1.2.0", private: true }, null, 2)}\n`);
  work.tag("v1.2.0");
  work.commit("feat: export the calendar as iCal", "src/ical.ts", "export const ical = true;\n");
}

export const SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** CI went green on a commit (what RL-02 asks of the commit a release is made from). */
export function ciPassed(world: WorkflowWorld, sha: string): void {
  world.emulator.state.addCheckRun(world.emulator.state.repo("octo-org", "sample")!, sha, "test", "success");
}

export function releases(world: WorkflowWorld): ReleaseModel[] {
  return releasesOf(world.emulator.state, world.emulator.state.repo("octo-org", "sample")!).releases;
}

/** The refs the origin holds now: `refs/heads/main` → sha, tags peeled to their commit. */
export function originRefs(world: WorkflowWorld): Map<string, string> {
  const text = execFileSync("git", ["for-each-ref", "--format=%(refname) %(objectname) %(*objectname)"], { cwd: world.bare, encoding: "utf8" });
  return new Map(text.trim().split("\n").filter(Boolean).map((line) => {
    const [ref, object, peeled] = line.split(" ");
    return [ref!, peeled || object!];
  }));
}

/** Every failed step of a run, with its error and the end of its log: what a failing assertion should show. */
export function failures(run: WorkflowRunResult): string {
  return run.jobs
    .flatMap((job) => [
      ...(job.error ? [`${job.key}: ${job.error}`] : []),
      ...job.steps.filter((step) => step.outcome === "failure").map((step) => `${job.key} / ${step.id ?? step.name}: ${step.error ?? ""}\n${(step.log ?? "").split("\n").slice(-25).join("\n")}`),
    ])
    .join("\n\n");
}

export { startWorld };
