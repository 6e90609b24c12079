import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../runner.js";
import { ArtifactStore } from "./artifact-store.js";
import type { JobResult } from "./results.js";
import type { Masker } from "./masker.js";
import type { RunWorkflowOptions } from "./options.js";
import type { RunnerServices } from "./runner-services.js";

/** What all jobs of one run share: the options, the services, the secrets to mask and the results so far. */
export interface RunState {
  options: RunWorkflowOptions;
  root: string;
  artifactsDir: string;
  artifacts: ArtifactStore;
  masker: Masker;
  services: RunnerServices;
  jobs: JobResult[];
  concurrency: Array<{ scope: string; group: string; cancelInProgress: boolean }>;
  runId: number;
  runNumber: number;
  /** 1, or the next attempt of a re-run. */
  attempt: number;
  /** Aborted when the run is cancelled (by the test's signal). */
  cancelled: AbortSignal;
  /** The commit of this checkout: what `release-cadence/release-cadence/...@REF` runs, and its job_workflow_sha. */
  toolkitSha: string;
  /** A counter for job folders, so legs and called jobs never share one. */
  nextJobNumber(): number;
}

export const TOOLKIT_REPOSITORY = "release-cadence/release-cadence";

export function toolkitCommit(): string {
  return execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
}

/** The git directory holding this checkout's objects, so the origin can serve the toolkit itself. */
export function toolkitGitDir(): string {
  return execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: ROOT, encoding: "utf8" }).trim();
}

export function runFolders(root: string): { artifactsDir: string; artifacts: ArtifactStore } {
  const artifactsDir = join(root, "artifacts");
  return { artifactsDir, artifacts: new ArtifactStore(artifactsDir) };
}
