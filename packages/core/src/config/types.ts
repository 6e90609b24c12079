import type { BumpLevel, BumpRule } from "../version/types.js";
import type { SourceLocation } from "../errors/index.js";
import type { ReleasePleasePrerelease } from "../version/release-please-prerelease.js";

/** A release line: which branches release, on which channel, inside which range. */
export interface BranchLine {
  /** Glob over branch names (`main`, `release/v*`, `+([0-9]).x`). */
  name: string;
  /** Pre-release id for versions cut from this line (`beta` → `2.0.0-beta.1`). */
  prerelease?: string;
  /** A maintenance line: only versions inside this SemVer range are released here. */
  range?: string;
  /** A maintenance line whose range comes from its name (`1.x`, `1.4.x`, `release/v1.4`). */
  maintenance?: boolean;
}

export type ManifestFile =
  | { path: string; kind: "package-json" }
  | { path: string; kind: "json"; jsonPath: string }
  | { path: string; kind: "yaml"; yamlPath: string }
  | { path: string; kind: "marker"; marker: string };

export interface PackageConfig {
  name: string;
  /** Folder of the package, relative to the repository root; "." for a single-package repository. */
  path: string;
  tagPrefix: string;
  manifests: ManifestFile[];
}

export interface RevertPolicy {
  /** A commit and its revert, both in the range, cancel out. */
  cancelPairs: boolean;
  /**
   * How a revert is paired with what it reverts. `lenient` (ours): by the sha in "This reverts
   * commit …" or by header with GitHub's ` (#N)` suffix ignored. `exact`: header and sha must both
   * match as written, as semantic-release's filter does.
   */
  pairing: "lenient" | "exact";
  /** What a revert whose target is not in the range releases. */
  lone: BumpLevel;
}

export interface VersioningConfig {
  tagPrefix: string;
  initialVersion: string;
  /** Below 1.0.0: what a breaking change and a feature release. */
  preMajor: { breaking: BumpLevel; feature: BumpLevel };
  /** Evaluated first, in order; when any matches a commit, the defaults are not consulted for it. */
  rules: BumpRule[];
  defaultRules: BumpRule[];
  /** Whether `type!:` marks a breaking change (Conventional Commits 1.0 says yes). */
  bangIsBreaking: boolean;
  reverts: RevertPolicy;
  /** A release is never smaller than this when any commit in range still counts after reverted pairs cancel (release-please's "at least a patch"). */
  minimumBump: BumpLevel;
  /** Forces the next version (release-please's release-as). */
  releaseAs?: string;
  /**
   * Header of the release tool's own release commits, `{version}` marking the version and
   * `{scope}`/`{component}` optional parts (release-please: `chore{scope}: release{component} {version}`).
   * Such a commit above the last tag is a release not tagged yet; unset, no commit is read that way.
   */
  releaseCommitPattern?: string;
  /**
   * release-please's `versioning: prerelease`: the next version continues from the last release,
   * pre-release or not, the way release-please numbers it (version/release-please-prerelease.ts).
   * A channel (`--prerelease`, a branch line's `prerelease`) still numbers cadence's way.
   */
  releasePleasePrerelease?: ReleasePleasePrerelease;
  branches: BranchLine[];
  buildMetadata: string[];
  packages: PackageConfig[];
  /** The optional release commit: the manifests version-bump wrote, plus `include` paths that changed (CHANGELOG.md, the release record). */
  releaseCommit: { enabled: boolean; message: string; include: string[] };
}

/** The whole configuration after defaults; later sections (changelog, gates, ...) join here. */
export interface CadenceConfig {
  versioning: VersioningConfig;
  /** Where the configuration came from, for messages. */
  source: ConfigSource;
  /** The parsed document's own sections, for actions that read their part themselves. */
  raw: Record<string, unknown>;
}

export interface ConfigSource {
  kind: "cadence" | "semantic-release" | "release-please" | "defaults";
  files: string[];
  /** Things read but not understood, said plainly to the user. */
  notices: Array<{ message: string; location?: SourceLocation }>;
}
