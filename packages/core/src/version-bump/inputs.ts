import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput } from "../version/metadata.js";
import type { BumpLevel } from "../version/types.js";

/** What a caller (the action or the CLI) asks version-bump to do. */
export interface VersionBumpInputs {
  /** The repository's working directory. */
  cwd: string;
  dryRun: boolean;
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
}

const BUMPS = ["major", "minor", "patch"] as const;

/** Checks the inputs together and reports every problem at once. */
export function parseVersionBumpInputs(raw: RawVersionBumpInputs): VersionBumpInputs {
  const problems: string[] = [];
  const text = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const flag = (name: string, value: boolean | string | undefined): boolean | undefined => {
    if (value === undefined || value === "") return undefined;
    if (typeof value === "boolean") return value;
    if (/^(true|yes|1)$/i.test(value)) return true;
    if (/^(false|no|0)$/i.test(value)) return false;
    problems.push(`${name} must be true or false, not '${value}'`);
    return undefined;
  };
  const inputs: VersionBumpInputs = { cwd: raw.cwd, dryRun: flag("dry-run", raw.dryRun) ?? false };
  const prerelease = text(raw.prerelease);
  if (prerelease !== undefined) {
    if (/^[0-9A-Za-z-]+$/.test(prerelease) && !/^\d+$/.test(prerelease)) inputs.prerelease = prerelease;
    else problems.push(`prerelease must be an identifier such as alpha, beta or rc (letters, digits, hyphens), not '${prerelease}'`);
  }
  const releaseAs = text(raw.releaseAs);
  if (releaseAs !== undefined) {
    try {
      inputs.releaseAs = normalizeVersionInput(releaseAs, "release-as");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const bump = text(raw.bump);
  if (bump !== undefined) {
    if ((BUMPS as readonly string[]).includes(bump)) inputs.bump = bump as VersionBumpInputs["bump"];
    else problems.push(`bump must be one of major, minor, patch, not '${bump}'`);
  }
  if (releaseAs !== undefined && bump !== undefined) problems.push("release-as and bump both say what the next version is: give only one");
  if (releaseAs !== undefined && prerelease !== undefined) problems.push("release-as names the exact version; prerelease cannot be given with it (write the pre-release into release-as, e.g. 2.0.0-rc.1)");
  for (const [key, value] of [["branch", raw.branch], ["package", raw.package], ["planHash", raw.planHash], ["configPath", raw.configPath]] as const) {
    const clean = text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  if (inputs.planHash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(inputs.planHash)) problems.push(`plan-hash must look like sha256:<64 hex digits>, not '${inputs.planHash}'`);
  const releaseCommit = flag("release-commit", raw.releaseCommit);
  if (releaseCommit !== undefined) inputs.releaseCommit = releaseCommit;
  if (problems.length > 0) {
    // The first line stands on its own; the others follow it, one per line.
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new ConfigurationError(`${problems[0]!}${more}`, undefined, problems);
  }
  return inputs;
}
