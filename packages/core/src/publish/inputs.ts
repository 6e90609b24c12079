import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput } from "../version/metadata.js";

/** What a caller (the action or the CLI) asks publish to do; unset fields fall back to the config file. */
export interface PublishInputs {
  cwd: string;
  dryRun: boolean;
  /** Apply only if today's plan has this hash (from an earlier dry-run). */
  planHash?: string;
  /** The version to release; by default what version-bump decides for HEAD. */
  version?: string;
  /** Passed to version-bump when it decides the version. */
  prerelease?: string;
  branch?: string;
  package?: string;
  configPath?: string;
  remote?: string;
  /** Globs of files to attach to the release, relative to the repository. */
  assets?: string[];
  /** Package folders to publish to npm. */
  npmPackages?: string[];
  distTag?: string;
  registry?: string;
  /** undefined: on when running in Actions with an OIDC token (`id-token: write`). */
  provenance?: boolean;
  /** undefined: on when the repository ships a GitHub Action (an action.yml). */
  floatingTags?: boolean;
  /** false: tags and npm only, no forge release. */
  release?: boolean;
  notesFile?: string;
}

export interface RawPublishInputs {
  cwd: string;
  dryRun?: boolean | string;
  planHash?: string;
  version?: string;
  prerelease?: string;
  branch?: string;
  package?: string;
  configPath?: string;
  remote?: string;
  /** Newline- or comma-separated globs, or a list. */
  assets?: string | string[];
  npmPackages?: string | string[];
  distTag?: string;
  registry?: string;
  provenance?: boolean | string;
  floatingTags?: boolean | string;
  release?: boolean | string;
  notesFile?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parsePublishInputs(raw: RawPublishInputs): PublishInputs {
  const problems: string[] = [];
  const text = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const flag = (name: string, value: boolean | string | undefined): boolean | undefined => {
    if (value === undefined || value === "" || value === "auto") return undefined;
    if (typeof value === "boolean") return value;
    if (/^(true|yes|1)$/i.test(value)) return true;
    if (/^(false|no|0)$/i.test(value)) return false;
    problems.push(`${name} must be true, false or auto, not '${value}'`);
    return undefined;
  };
  const list = (value: string | string[] | undefined): string[] | undefined => {
    if (value === undefined) return undefined;
    const items = (Array.isArray(value) ? value : value.split(/[\n,]/)).map((item) => item.trim()).filter((item) => item !== "");
    return items.length > 0 ? items : undefined;
  };
  const inputs: PublishInputs = { cwd: raw.cwd, dryRun: flag("dry-run", raw.dryRun) ?? false };
  const version = text(raw.version);
  if (version !== undefined) {
    try {
      inputs.version = normalizeVersionInput(version, "version");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const prerelease = text(raw.prerelease);
  if (prerelease !== undefined) {
    if (/^[0-9A-Za-z-]+$/.test(prerelease) && !/^\d+$/.test(prerelease)) inputs.prerelease = prerelease;
    else problems.push(`prerelease must be an identifier such as alpha, beta or rc, not '${prerelease}'`);
  }
  if (version !== undefined && prerelease !== undefined) problems.push("version names the exact version; prerelease cannot be given with it");
  for (const key of ["planHash", "branch", "package", "configPath", "remote", "registry", "notesFile"] as const) {
    const clean = text(raw[key]);
    if (clean !== undefined) inputs[key] = clean;
  }
  if (inputs.planHash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(inputs.planHash)) problems.push(`plan-hash must look like sha256:<64 hex digits>, not '${inputs.planHash}'`);
  if (inputs.registry !== undefined && !/^https?:\/\/[^\s]+$/.test(inputs.registry)) problems.push(`registry-url must be an http(s) URL, not '${inputs.registry}'`);
  const distTag = text(raw.distTag);
  if (distTag !== undefined) {
    // npm refuses dist-tags that read as versions or ranges; say so before anything is published.
    if (/^[A-Za-z][0-9A-Za-z._-]*$/.test(distTag) && !/^v?\d/.test(distTag)) inputs.distTag = distTag;
    else problems.push(`dist-tag must be a name such as latest, next or beta (not a version or range), not '${distTag}'`);
  }
  const assets = list(raw.assets);
  if (assets) inputs.assets = assets;
  const npmPackages = list(raw.npmPackages);
  if (npmPackages) inputs.npmPackages = npmPackages;
  const provenance = flag("provenance", raw.provenance);
  if (provenance !== undefined) inputs.provenance = provenance;
  const floatingTags = flag("floating-tags", raw.floatingTags);
  if (floatingTags !== undefined) inputs.floatingTags = floatingTags;
  const release = flag("release", raw.release);
  if (release !== undefined) inputs.release = release;
  if (problems.length > 0) {
    throw new ConfigurationError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:`, undefined, problems);
  }
  return inputs;
}
