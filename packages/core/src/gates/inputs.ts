import { resolve } from "node:path";
import { InputFields } from "../inputs/fields.js";
import { parseNow } from "../calendar/run.js";
import { PROFILE_NAMES, normalizeProfile, type ProfileName } from "./profiles.js";

/** What the action or the CLI asks gate-check to do. */
export interface GateCheckInputs {
  cwd: string;
  dryRun: boolean;
  profile?: ProfileName;
  /** The version to check; by default version-bump's decision. */
  version?: string;
  now?: Date;
  /** Release despite a blackout or freeze; the reason is recorded. */
  breakGlass?: string;
  configPath?: string;
  package?: string;
  branch?: string;
  /** Where the evidence goes, relative to the repository. */
  evidencePath?: string;
  /** The pushed commit whose checks count for RL-02 (Actions: GITHUB_SHA); default HEAD. */
  commit?: string;
  /** Dry-run: the files earlier dry-run steps planned, judged instead of the repository's (RL-03, RL-04, RL-08). */
  plannedDir?: string;
  /** The action's fail-on-gate-failure: whether a failed gate fails the step (default true). */
  failOnGateFailure?: boolean;
}

export interface RawGateCheckInputs {
  cwd: string;
  dryRun?: string | boolean;
  profile?: string;
  version?: string;
  now?: string;
  breakGlass?: string;
  configPath?: string;
  package?: string;
  branch?: string;
  evidencePath?: string;
  commit?: string;
  plannedDir?: string;
  failOnGateFailure?: string | boolean;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseGateCheckInputs(raw: RawGateCheckInputs): GateCheckInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const inputs: GateCheckInputs = {
    cwd: raw.cwd,
    dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
    // Read with the other inputs, before any gate runs: a bad value is not found out after all of them.
    failOnGateFailure: fields.flag("fail-on-gate-failure", raw.failOnGateFailure) ?? true,
  };
  const profile = fields.text(raw.profile);
  if (profile !== undefined && profile !== "auto") {
    const name = normalizeProfile(profile);
    if (name) inputs.profile = name;
    else fields.problem(`profile '${profile}' is not a profile; expected auto or one of ${PROFILE_NAMES.join(", ")}`);
  }
  const version = fields.version("version", raw.version);
  if (version !== undefined) inputs.version = version;
  try {
    const now = parseNow(raw.now);
    if (now) inputs.now = now;
  } catch (error) {
    fields.problem((error as Error).message);
  }
  if (raw.breakGlass !== undefined) {
    // An empty input means "not given" in Actions; a given flag with only spaces is a mistake.
    if (raw.breakGlass !== "" && raw.breakGlass.trim() === "") fields.problem("break-glass needs a reason: say why the release must go out despite the calendar");
    else if (raw.breakGlass.trim() !== "") inputs.breakGlass = raw.breakGlass.trim();
  }
  const commit = fields.text(raw.commit);
  if (commit !== undefined) {
    if (/^[0-9a-f]{7,40}$/i.test(commit)) inputs.commit = commit.toLowerCase();
    else fields.problem(`commit must be a commit sha (7 to 40 hex digits), not '${commit}'`);
  }
  const configPath = fields.path("config", raw.configPath);
  if (configPath !== undefined) inputs.configPath = configPath;
  const evidencePath = fields.path("evidence-path", raw.evidencePath);
  if (evidencePath !== undefined) inputs.evidencePath = evidencePath;
  const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
  // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
  if (plannedDir !== undefined) inputs.plannedDir = resolve(raw.cwd, plannedDir);
  for (const key of ["package", "branch"] as const) {
    const value = fields.text(raw[key]);
    if (value !== undefined) inputs[key] = value;
  }
  fields.check();
  return inputs;
}
