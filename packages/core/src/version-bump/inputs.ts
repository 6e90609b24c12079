import { resolve } from "node:path";
import type { GitIdentity } from "../identity/committer.js";
import { InputFields } from "../inputs/fields.js";
import type { BumpLevel } from "../version/types.js";

/** What a caller (the action or the CLI) asks version-bump to do. */
export interface VersionBumpInputs {
  /** The repository's working directory. */
  cwd: string;
  dryRun: boolean;
  /** Another action asks for the decision only (a dry-run): its plan is not logged as this run's. */
  decisionOnly?: boolean;
  /** Release on this pre-release channel (alpha, beta, rc, ...). */
  prerelease?: string;
  /** Force this exact version. */
  releaseAs?: string;
  /** Force this bump instead of what the commits say. */
  bump?: Exclude<BumpLevel, "none">;
  /** The release line, when HEAD is detached (Actions passes GITHUB_REF_NAME). */
  branch?: string;
  /** In a monorepo, only this package. */
  package?: string;
  /** Apply only if today's plan has this hash (from an earlier dry-run). */
  planHash?: string;
  configPath?: string;
  /** Override the config's release-commit setting. */
  releaseCommit?: boolean;
  /** Who makes the release commit; by default the config's committer, git's own identity or github-actions[bot]. */
  committer?: GitIdentity;
  /**
   * Dry-run: where the files earlier dry-run steps planned are (the changelog's, which the release
   * commit would carry), and where this one keeps its own (see adapters/planned-files.ts).
   */
  plannedDir?: string;
}

export interface RawVersionBumpInputs {
  cwd: string;
  dryRun?: boolean | string;
  prerelease?: string;
  releaseAs?: string;
  bump?: string;
  branch?: string;
  package?: string;
  planHash?: string;
  configPath?: string;
  releaseCommit?: boolean | string;
  /** `Name <email>`. */
  committer?: string;
  plannedDir?: string;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

const BUMPS = ["major", "minor", "patch"] as const;

/** Checks the inputs together and reports every problem at once. */
export function parseVersionBumpInputs(raw: RawVersionBumpInputs): VersionBumpInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const inputs: VersionBumpInputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
  const prerelease = fields.channel("prerelease", raw.prerelease);
  if (prerelease !== undefined) inputs.prerelease = prerelease;
  const releaseAs = fields.version("release-as", raw.releaseAs);
  if (releaseAs !== undefined) inputs.releaseAs = releaseAs;
  const bump = fields.oneOf("bump", raw.bump, BUMPS);
  if (bump !== undefined) inputs.bump = bump;
  const given = (value: string | undefined) => fields.text(value) !== undefined;
  if (given(raw.releaseAs) && given(raw.bump)) fields.problem("release-as and bump both say what the next version is: give only one");
  if (given(raw.releaseAs) && given(raw.prerelease)) fields.problem("release-as names the exact version; prerelease cannot be given with it (write the pre-release into release-as, e.g. 2.0.0-rc.1)");
  const configPath = fields.path("config", raw.configPath);
  if (configPath !== undefined) inputs.configPath = configPath;
  const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
  // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
  if (plannedDir !== undefined) inputs.plannedDir = resolve(raw.cwd, plannedDir);
  for (const [key, value] of [["branch", raw.branch], ["package", raw.package]] as const) {
    const clean = fields.text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  const planHash = fields.planHash("plan-hash", raw.planHash);
  if (planHash !== undefined) inputs.planHash = planHash;
  const releaseCommit = fields.flag("release-commit", raw.releaseCommit);
  if (releaseCommit !== undefined) inputs.releaseCommit = releaseCommit;
  const committer = fields.identity("committer", raw.committer);
  if (committer !== undefined) inputs.committer = committer;
  fields.check();
  return inputs;
}
