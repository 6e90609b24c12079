import { ConfigurationError } from "../errors/index.js";
import { parseNow } from "../calendar/run.js";
import { normalizeVersionInput } from "../version/metadata.js";
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
}

/** Checks the inputs together and reports every problem at once. */
export function parseGateCheckInputs(raw: RawGateCheckInputs): GateCheckInputs {
  const problems: string[] = [];
  const text = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  let dryRun = false;
  if (typeof raw.dryRun === "boolean") dryRun = raw.dryRun;
  else if (raw.dryRun !== undefined && raw.dryRun !== "") {
    if (/^(true|false)$/i.test(raw.dryRun)) dryRun = /^true$/i.test(raw.dryRun);
    else problems.push(`dry-run must be true or false, not '${raw.dryRun}'`);
  }
  const inputs: GateCheckInputs = { cwd: raw.cwd, dryRun };
  const profile = text(raw.profile);
  if (profile !== undefined && profile !== "auto") {
    const name = normalizeProfile(profile);
    if (name) inputs.profile = name;
    else problems.push(`profile '${profile}' is not a profile; expected auto or one of ${PROFILE_NAMES.join(", ")}`);
  }
  const version = text(raw.version);
  if (version !== undefined) {
    try {
      inputs.version = normalizeVersionInput(version, "version");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  try {
    const now = parseNow(raw.now);
    if (now) inputs.now = now;
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (raw.breakGlass !== undefined) {
    // An empty input means "not given" in Actions; a given flag with only spaces is a mistake.
    if (raw.breakGlass !== "" && raw.breakGlass.trim() === "") problems.push("break-glass needs a reason: say why the release must go out despite the calendar");
    else if (raw.breakGlass.trim() !== "") inputs.breakGlass = raw.breakGlass.trim();
  }
  for (const key of ["configPath", "package", "branch", "evidencePath"] as const) {
    const value = text(raw[key]);
    if (value !== undefined) inputs[key] = value;
  }
  if (problems.length > 0) throw new ConfigurationError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:`, undefined, problems);
  return inputs;
}
