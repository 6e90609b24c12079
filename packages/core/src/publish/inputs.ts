import { resolve } from "node:path";
import type { GitIdentity } from "../identity/committer.js";
import semver from "semver";
import { InputFields } from "../inputs/fields.js";

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
  /** Who tags; by default the config's committer, git's own identity or github-actions[bot]. */
  committer?: GitIdentity;
  /** Dry-run: the files earlier dry-runs planned (version-bump's package.json), see adapters/planned-files.ts. */
  plannedDir?: string;
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
  /** `Name <email>`. */
  committer?: string;
  plannedDir?: string;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parsePublishInputs(raw: RawPublishInputs): PublishInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  // provenance, floating-tags and release also take `auto`: decided from the run's context.
  const flag = (name: string, value: boolean | string | undefined) => fields.flag(name, value, { auto: true });
  const inputs: PublishInputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
  const version = fields.version("version", raw.version);
  if (version !== undefined) inputs.version = version;
  const prerelease = fields.channel("prerelease", raw.prerelease);
  if (prerelease !== undefined) inputs.prerelease = prerelease;
  // Both may come from one workflow (version-bump's version and the channel asked for): they must agree.
  const channel = inputs.version === undefined ? undefined : semver.prerelease(inputs.version)?.[0];
  if (inputs.version !== undefined && inputs.prerelease !== undefined && channel !== inputs.prerelease) {
    fields.problem(`version ${inputs.version} is not a pre-release on the channel '${inputs.prerelease}' that prerelease names: give one of them, or both for the same channel (e.g. 2.0.0-${inputs.prerelease}.1)`);
  }
  for (const [key, name, scratch] of [["configPath", "config", false], ["notesFile", "notes-file", true], ["plannedDir", "planned-dir", true]] as const) {
    const path = fields.path(name, raw[key], { scratch });
    if (path !== undefined) inputs[key] = key === "plannedDir" ? resolve(raw.cwd, path) : path;
  }
  for (const key of ["branch", "package", "remote", "registry"] as const) {
    const clean = fields.text(raw[key]);
    if (clean !== undefined) inputs[key] = clean;
  }
  const planHash = fields.planHash("plan-hash", raw.planHash);
  if (planHash !== undefined) inputs.planHash = planHash;
  if (inputs.registry !== undefined && !/^https?:\/\/[^\s]+$/.test(inputs.registry)) fields.problem(`registry-url must be an http(s) URL, not '${inputs.registry}'`);
  const distTag = fields.text(raw.distTag);
  if (distTag !== undefined) {
    // npm refuses dist-tags that read as versions or ranges; say so before anything is published.
    if (/^[A-Za-z][0-9A-Za-z._-]*$/.test(distTag) && !/^v?\d/.test(distTag)) inputs.distTag = distTag;
    else fields.problem(`dist-tag must be a name such as latest, next or beta (not a version or range), not '${distTag}'`);
  }
  const assets = fields.paths("assets", raw.assets, { commas: true, glob: true, scratch: true });
  if (assets.length > 0) inputs.assets = assets;
  const npmPackages = fields.paths("npm-packages", raw.npmPackages, { commas: true });
  if (npmPackages.length > 0) inputs.npmPackages = npmPackages;
  const provenance = flag("provenance", raw.provenance);
  if (provenance !== undefined) inputs.provenance = provenance;
  const floatingTags = flag("floating-tags", raw.floatingTags);
  if (floatingTags !== undefined) inputs.floatingTags = floatingTags;
  const release = flag("release", raw.release);
  if (release !== undefined) inputs.release = release;
  const committer = fields.identity("committer", raw.committer);
  if (committer !== undefined) inputs.committer = committer;
  fields.check();
  return inputs;
}
