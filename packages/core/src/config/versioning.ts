import type { BumpLevel, BumpRule } from "../version/types.js";
import { ConfigurationError, formatLocation, type SourceLocation } from "../errors/index.js";
import { normalizeVersionInput } from "../version/metadata.js";
import { defaultVersioning, DEFAULT_MARKER } from "./defaults.js";
import type { BranchLine, ManifestFile, VersioningConfig } from "./types.js";
import type { YamlSource } from "./yaml-source.js";

// The shape the schema has already checked; only what the schema cannot say is checked here.
interface RawVersioning {
  "tag-prefix"?: string;
  "initial-version"?: string;
  "release-as"?: string;
  "pre-major"?: { breaking?: BumpLevel; feature?: BumpLevel };
  rules?: BumpRule[];
  "default-rules"?: boolean;
  "bang-is-breaking"?: boolean;
  "minimum-bump"?: BumpLevel;
  reverts?: { "cancel-pairs"?: boolean; pairing?: "lenient" | "exact"; lone?: BumpLevel };
  branches?: BranchLine[];
  "build-metadata"?: Record<string, string> | string[];
  packages?: Array<{ name: string; path: string; "tag-prefix"?: string; manifests?: RawManifest[] }>;
  manifests?: RawManifest[];
  "release-commit"?: { enabled?: boolean; message?: string; include?: string[] };
}

interface RawManifest {
  path: string;
  "json-path"?: string;
  "yaml-path"?: string;
  marker?: string;
}

/** Turns the validated `versioning:` section into the resolved config, defaults filled in. */
export function resolveVersioning(raw: RawVersioning | undefined, source: YamlSource | undefined): VersioningConfig {
  const config = defaultVersioning();
  if (!raw) return config;
  if (raw["tag-prefix"] !== undefined) config.tagPrefix = raw["tag-prefix"];
  // The seed's `1.2.3+state-v2+prompts-v17` passes the schema and is stored as valid SemVer.
  if (raw["initial-version"]) config.initialVersion = versionAt(raw["initial-version"], "initial-version", source);
  if (raw["release-as"]) config.releaseAs = versionAt(raw["release-as"], "release-as", source);
  if (raw["pre-major"]) config.preMajor = { ...config.preMajor, ...raw["pre-major"] };
  if (raw.rules) {
    checkRules(raw.rules, source);
    config.rules = raw.rules.map((rule) => ({ ...rule }));
  }
  if (raw["default-rules"] === false) config.defaultRules = [];
  if (raw["bang-is-breaking"] !== undefined) config.bangIsBreaking = raw["bang-is-breaking"];
  if (raw["minimum-bump"]) config.minimumBump = raw["minimum-bump"];
  if (raw.reverts) {
    config.reverts = {
      cancelPairs: raw.reverts["cancel-pairs"] ?? config.reverts.cancelPairs,
      pairing: raw.reverts.pairing ?? config.reverts.pairing,
      lone: raw.reverts.lone ?? config.reverts.lone,
    };
  }
  if (raw.branches) config.branches = raw.branches.map((branch) => ({ ...branch }));
  const metadata = raw["build-metadata"];
  if (metadata) config.buildMetadata = Array.isArray(metadata) ? [...metadata] : Object.entries(metadata).map(([key, value]) => `${key}-${value}`);
  const rootManifests = raw.manifests?.map(toManifest);
  if (raw.packages && raw.packages.length > 0) {
    config.packages = raw.packages.map((pkg) => ({
      name: pkg.name,
      path: trimPath(pkg.path),
      tagPrefix: pkg["tag-prefix"] ?? `${pkg.name}@`,
      manifests: (pkg.manifests ?? []).map(toManifest),
    }));
  } else if (rootManifests) {
    config.packages = [{ name: ".", path: ".", tagPrefix: config.tagPrefix, manifests: rootManifests }];
  }
  if (raw["release-commit"]) {
    config.releaseCommit = {
      enabled: raw["release-commit"].enabled ?? true,
      message: raw["release-commit"].message ?? config.releaseCommit.message,
      include: raw["release-commit"].include ?? config.releaseCommit.include,
    };
  }
  return config;
}

function versionAt(text: string, key: string, source: YamlSource | undefined): string {
  try {
    return normalizeVersionInput(text, `versioning.${key}`);
  } catch (error) {
    if (error instanceof ConfigurationError && source) throw new ConfigurationError(error.message, source.locate(["versioning", key]));
    throw error;
  }
}

/** Regular expressions the schema cannot check; every bad one is reported at once. */
function checkRules(rules: readonly BumpRule[], source: YamlSource | undefined): void {
  const problems: Array<{ message: string; location?: SourceLocation }> = [];
  rules.forEach((rule, index) => {
    for (const key of ["type", "scope", "subject"] as const) {
      const value = rule[key];
      if (!value || !/^\/.*\/$/.test(value)) continue;
      try {
        new RegExp(value.slice(1, -1));
      } catch (error) {
        const location = source?.locate(["versioning", "rules", index, key]);
        problems.push({ message: `versioning.rules[${index}].${key} is not a valid regular expression: ${(error as Error).message}`, ...(location ? { location } : {}) });
      }
    }
  });
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  throw new ConfigurationError(
    `${problems[0]!.message}${more}`,
    problems[0]!.location,
    problems.map((problem) => (problem.location ? `${formatLocation(problem.location)}: ${problem.message}` : problem.message)),
  );
}

function toManifest(raw: RawManifest): ManifestFile {
  const path = trimPath(raw.path);
  if (raw["json-path"]) return { path, kind: "json", jsonPath: raw["json-path"] };
  if (raw["yaml-path"]) return { path, kind: "yaml", yamlPath: raw["yaml-path"] };
  if (raw.marker) return { path, kind: "marker", marker: raw.marker };
  if (/(^|\/)package\.json$/.test(path)) return { path, kind: "package-json" };
  return { path, kind: "marker", marker: DEFAULT_MARKER };
}

function trimPath(path: string): string {
  const trimmed = path.replace(/^\.\//, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
