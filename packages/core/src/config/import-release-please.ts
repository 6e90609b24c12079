import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { BumpRule } from "../version/types.js";
import { DEFAULT_RULES, defaultVersioning } from "./defaults.js";
import { pluginName, releasePleaseChangelog } from "./import-release-please-changelog.js";
import { workflowSteps, type WorkflowStep } from "./import-workflows.js";
import type { CadenceConfig, ConfigSource, PackageConfig, VersioningConfig } from "./types.js";
import { yamlModule } from "./yaml-module.js";

/** The options of release-please-config.json (root or per package) that bear on versions and tags. */
interface ReleasePleaseOptions {
  "release-type"?: unknown;
  versioning?: unknown;
  "bump-minor-pre-major"?: unknown;
  "bump-patch-for-minor-pre-major"?: unknown;
  "release-as"?: unknown;
  "include-v-in-tag"?: unknown;
  "include-component-in-tag"?: unknown;
  component?: unknown;
  "package-name"?: unknown;
  "tag-separator"?: unknown;
  "initial-version"?: unknown;
  prerelease?: unknown;
  "prerelease-type"?: unknown;
  "pull-request-title-pattern"?: unknown;
  "changelog-path"?: unknown;
  "changelog-sections"?: unknown;
  "changelog-type"?: unknown;
}

type ManifestConfig = ReleasePleaseOptions & { packages?: unknown; plugins?: unknown };

/** release-please's release-PR title, and so the header of the commit that merges it. */
const DEFAULT_TITLE_PATTERN = "chore${scope}: release${component} ${version}";

/** The types release-please counts as a feature besides `feat`. */
const RELEASE_PLEASE_RULES: readonly BumpRule[] = [...DEFAULT_RULES, { type: "feature", release: "minor" }, { type: "revert", release: "patch" }];

const APP_FILES = [".github/release-please.yml", ".github/release-please.yaml"] as const;
const CONFIG_FILE = "release-please-config.json";
const MANIFEST_FILE = ".release-please-manifest.json";

/**
 * Reads release-please's configuration, in the order release-please itself is set up: the GitHub
 * App's `.github/release-please.yml` (whose `manifest: true` hands over to the manifest files),
 * then the manifest configuration `release-please-config.json` with `.release-please-manifest.json`
 * (the action and the CLI), then the release-please action's inputs in a workflow.
 */
export async function importReleasePlease(files: Files): Promise<CadenceConfig | undefined> {
  for (const path of APP_FILES) {
    const text = await files.read(path);
    if (text !== undefined) return fromAppConfig(files, text, path);
  }
  const configText = await files.read(CONFIG_FILE);
  if (configText !== undefined) return fromManifestConfig(files, CONFIG_FILE, configText, MANIFEST_FILE, []);
  const step = (await workflowSteps(files)).find((candidate) => candidate.uses !== undefined && /(^|\/)release-please-action(@|$)/.test(candidate.uses));
  if (step) return fromAction(files, step);
  return undefined;
}

/** What release-please does regardless of options: `!` is breaking, `feature` is a feature, and a release is at least a patch. */
function releasePleaseBase(): VersioningConfig {
  const versioning = defaultVersioning();
  versioning.bangIsBreaking = true;
  versioning.preMajor = { breaking: "major", feature: "minor" };
  versioning.defaultRules = [...RELEASE_PLEASE_RULES];
  // release-please does not pair reverts: a reverted commit still counts, and a git-style
  // `Revert "…"` header is not a Conventional Commit, so on its own it asks for nothing more than
  // the patch every release-please release is at least.
  versioning.reverts = { cancelPairs: false, pairing: "lenient", lone: "none" };
  // Its versioning strategy never releases less than a patch: the merged release PR is the
  // decision to release, whatever the commits' types (PR-description overrides included).
  versioning.minimumBump = "patch";
  versioning.releaseCommitPattern = titlePattern(DEFAULT_TITLE_PATTERN);
  return versioning;
}

async function fromManifestConfig(files: Files, file: string, configText: string, manifestFile: string, extraFiles: string[]): Promise<CadenceConfig> {
  const config = parseJsonObject(configText, file) as ManifestConfig;
  const location: SourceLocation = { file };
  const source: ConfigSource = { kind: "release-please", files: [...extraFiles, file], notices: [] };
  const manifestText = await files.read(manifestFile);
  if (manifestText !== undefined) {
    source.files.push(manifestFile);
    parseJsonObject(manifestText, manifestFile);
  }
  const versioning = releasePleaseBase();
  if (config.packages !== undefined && !isRecord(config.packages)) throw new ConfigurationError("packages must be an object of paths", location);
  const packages = (config.packages as Record<string, unknown> | undefined) ?? { ".": {} };
  const paths = Object.keys(packages);
  if (paths.length === 0) throw new ConfigurationError("packages names no package", location);
  const packageName = await packageJsonName(files);
  const optionsOf = (path: string): ReleasePleaseOptions => {
    const own = packages[path];
    if (own !== undefined && !isRecord(own)) throw new ConfigurationError(`packages["${path}"] must be an object`, location);
    return { ...config, ...(own as ReleasePleaseOptions | undefined) };
  };
  const root = optionsOf(paths.includes(".") ? "." : paths[0]!);
  applyOptions(versioning, root, location, source);
  // release-please's tag: <component><separator>v<version>. A package in a folder always has a
  // component. The root package's component (node: package.json's name) goes into the tag only when
  // the configuration says so (component, package-name, include-component-in-tag: true): the
  // tags a single-package repository has are read as `v1.2.3` otherwise (see docs/migrating.md).
  const tagPrefixOf = (path: string, options: ReleasePleaseOptions): string => {
    const v = options["include-v-in-tag"] === false ? "" : "v";
    const named = options["include-component-in-tag"] === true || text(options.component) !== undefined || text(options["package-name"]) !== undefined;
    const component = path !== "." || named ? componentOf(path, options, path === "." ? packageName : undefined) : undefined;
    const include = options["include-component-in-tag"] !== false;
    return include && component ? `${component}${text(options["tag-separator"]) ?? "-"}${v}` : v;
  };
  if (paths.length > 1) {
    versioning.packages = paths.map((path): PackageConfig => {
      const options = optionsOf(path);
      const clean = path === "." ? "." : path.replace(/^\.\//, "").replace(/\/+$/, "");
      return {
        name: componentOf(path, options, undefined) ?? clean,
        path: clean,
        tagPrefix: tagPrefixOf(path, options),
        manifests: [{ path: clean === "." ? "package.json" : `${clean}/package.json`, kind: "package-json" }],
      };
    });
  } else {
    versioning.tagPrefix = tagPrefixOf(paths[0]!, root);
  }
  // sentence-case changes the CHANGELOG's entries, which the release-please format does too.
  const names = (Array.isArray(config.plugins) ? config.plugins : []).map(pluginName).filter((name) => name !== "sentence-case");
  if (names.length > 0) {
    source.notices.push({ message: `release-please plugins (${names.join(", ")}) are not applied: each package is versioned from its own commits`, location });
  }
  const changelog = releasePleaseChangelog({ path: root["changelog-path"], sections: root["changelog-sections"], plugins: config.plugins, type: root["changelog-type"] }, location, source);
  return { versioning, raw: { changelog }, source };
}

// The component a tag carries: `component`, else `package-name`, else (node) package.json's name without its scope.
function componentOf(path: string, options: ReleasePleaseOptions, packageName: string | undefined): string | undefined {
  const explicit = text(options.component) ?? text(options["package-name"]);
  // The manifest configuration's release type is node unless it says otherwise.
  const name = explicit ?? (["node", "expo"].includes(String(options["release-type"] ?? "node")) ? packageName : undefined);
  if (name) return name.replace(/^@[^/]+\//, "");
  return path === "." ? undefined : path.split("/").filter(Boolean).pop();
}

async function packageJsonName(files: Files): Promise<string | undefined> {
  const textValue = await files.read("package.json");
  if (textValue === undefined) return undefined;
  try {
    const name = (JSON.parse(textValue) as { name?: unknown }).name;
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

async function fromAppConfig(files: Files, textValue: string, file: string): Promise<CadenceConfig> {
  let value: unknown;
  try {
    value = (await yamlModule()).parse(textValue);
  } catch (error) {
    throw new ConfigurationError(`is not valid YAML: ${firstLine((error as Error).message)}`, { file });
  }
  if (value !== null && value !== undefined && !isRecord(value)) throw new ConfigurationError("must be a mapping of release-please options", { file });
  const app = (value ?? {}) as Record<string, unknown>;
  if (app.manifest === true) {
    // The App hands over to the manifest files; its own bump options do not apply then.
    const configFile = text(app.manifestConfig) ?? CONFIG_FILE;
    const manifestFile = text(app.manifestFile) ?? MANIFEST_FILE;
    const configText = await files.read(configFile);
    if (configText === undefined) throw new ConfigurationError(`says manifest: true, but the manifest configuration ${configFile} does not exist`, { file });
    return fromManifestConfig(files, configFile, configText, manifestFile, [file]);
  }
  const source: ConfigSource = { kind: "release-please", files: [file], notices: [] };
  source.notices.push({
    message:
      "the hosted release-please App may add plugins of its own (for googleapis repositories, sentence-case since 2022-09, which starts each CHANGELOG entry with a capital); set changelog.sentence-case: true in .github/cadence.yml to write entries that way",
    location: { file },
  });
  if (Array.isArray(app.branches) && app.branches.length > 0) {
    source.notices.push({ message: "the per-branch settings under 'branches' are not read: the top-level options apply on every branch", location: { file } });
  }
  const versioning = releasePleaseBase();
  applyOptions(
    versioning,
    {
      "release-type": app.releaseType,
      versioning: app.versioning,
      "bump-minor-pre-major": app.bumpMinorPreMajor,
      "bump-patch-for-minor-pre-major": app.bumpPatchForMinorPreMajor,
      "release-as": app.releaseAs,
      prerelease: app.prerelease,
      "prerelease-type": app.prereleaseType,
    },
    { file },
    source,
  );
  return { versioning, raw: {}, source };
}

/** The release-please action's inputs (`release-type: node`, `bump-minor-pre-major: true`, …), or the manifest files it points at. */
async function fromAction(files: Files, step: WorkflowStep): Promise<CadenceConfig> {
  const inputs = step.with;
  const manifestMode = inputs.command === "manifest" || inputs.command === "manifest-pr" || (inputs["release-type"] === undefined && inputs.command === undefined);
  if (manifestMode) {
    const configFile = inputs["config-file"] ?? CONFIG_FILE;
    const configText = await files.read(configFile);
    if (configText !== undefined) return fromManifestConfig(files, configFile, configText, inputs["manifest-file"] ?? MANIFEST_FILE, [step.file]);
  }
  const source: ConfigSource = { kind: "release-please", files: [step.file], notices: [] };
  const versioning = releasePleaseBase();
  const flag = (name: string) => (inputs[name] === undefined ? undefined : /^true$/i.test(inputs[name]!));
  applyOptions(
    versioning,
    {
      "release-type": inputs["release-type"],
      versioning: inputs["versioning-strategy"],
      "bump-minor-pre-major": flag("bump-minor-pre-major"),
      "bump-patch-for-minor-pre-major": flag("bump-patch-for-minor-pre-major"),
      "release-as": inputs["release-as"],
      "include-v-in-tag": flag("include-v-in-tag"),
      "pull-request-title-pattern": inputs["pull-request-title-pattern"],
      prerelease: flag("prerelease"),
      "prerelease-type": inputs["prerelease-type"],
    },
    { file: step.file },
    source,
  );
  const monorepoTags = flag("monorepo-tags") === true || flag("include-component-in-tag") === true;
  const component = inputs.component ?? inputs["package-name"];
  if (monorepoTags && component) versioning.tagPrefix = `${component.replace(/^@[^/]+\//, "")}-${versioning.tagPrefix}`;
  const changelog = releasePleaseChangelog({ path: inputs["changelog-path"], sections: inputs["changelog-types"], type: inputs["changelog-type"] }, { file: step.file }, source);
  return { versioning, raw: { changelog }, source };
}

function applyOptions(versioning: VersioningConfig, options: ReleasePleaseOptions, location: SourceLocation, source: ConfigSource): void {
  const strategy = text(options.versioning) ?? "default";
  switch (strategy) {
    case "default":
      break;
    // Every release is this level, whatever the commits say (Release-As still wins).
    case "always-bump-patch":
    case "always-bump-minor":
    case "always-bump-major":
      versioning.rules = [{ release: strategy.slice("always-bump-".length) as "patch" | "minor" | "major" }];
      break;
    case "prerelease": {
      const type = text(options["prerelease-type"]);
      versioning.releasePleasePrerelease = { prerelease: bool(options.prerelease, "prerelease", location), ...(type ? { type } : {}) };
      source.notices.push({
        message:
          "versioning 'prerelease' is read as release-please numbers versions: from the last release, pre-release or not (1.3.0-beta.2 + a fix → " +
          (options.prerelease === true ? "1.3.0-beta.3" : "1.3.0, as prerelease is not true") +
          "); a pre-release asked for with --prerelease or a branch line's prerelease is numbered cadence's way ({version}-{channel}.N) instead",
        location,
      });
      break;
    }
    default:
      throw new ConfigurationError(
        `the versioning strategy '${strategy}' is not one cadence reads (default, always-bump-patch, always-bump-minor, always-bump-major, prerelease); set the versions in .github/cadence.yml instead`,
        location,
      );
  }
  if (strategy !== "prerelease" && (options.prerelease === true || options["prerelease-type"] !== undefined)) {
    // release-please's default strategy does not read them for the version either (they mark GitHub releases).
    source.notices.push({ message: "release-please's prerelease options are not read: release on a channel with --prerelease or a branch line with prerelease:", location });
  }
  if (bool(options["bump-minor-pre-major"], "bump-minor-pre-major", location)) versioning.preMajor.breaking = "minor";
  if (bool(options["bump-patch-for-minor-pre-major"], "bump-patch-for-minor-pre-major", location)) versioning.preMajor.feature = "patch";
  const releaseAs = text(options["release-as"]);
  if (releaseAs) versioning.releaseAs = releaseAs;
  if (options["include-v-in-tag"] === false) versioning.tagPrefix = "";
  const initial = text(options["initial-version"]);
  if (initial) versioning.initialVersion = initial;
  const title = text(options["pull-request-title-pattern"]);
  if (title) versioning.releaseCommitPattern = titlePattern(title);
}

/**
 * A release-PR title pattern (`chore${scope}: release${component} ${version}`) as the header
 * pattern cadence matches release commits with: the version is `{version}`, anything else
 * variable is a wildcard.
 */
export function titlePattern(pattern: string): string {
  return pattern
    .replace(/\$\{scope\}/g, "{scope}")
    .replace(/\$\{component\}/g, "{component}")
    .replace(/\$\{branch\}/g, "{branch}")
    .replace(/\$\{version\}/g, "{version}");
}

function bool(value: unknown, name: string, location: SourceLocation): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  throw new ConfigurationError(`${name} must be true or false, not ${JSON.stringify(value)}`, location);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function parseJsonObject(textValue: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(textValue);
  } catch (error) {
    throw new ConfigurationError(`is not valid JSON: ${firstLine((error as Error).message)}`, { file });
  }
  if (!isRecord(value)) throw new ConfigurationError("must be a JSON object", { file });
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!;
}
