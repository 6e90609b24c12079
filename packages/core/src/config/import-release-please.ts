import { parse as parseYaml } from "yaml";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { defaultVersioning } from "./defaults.js";
import type { CadenceConfig, ConfigSource, VersioningConfig } from "./types.js";

interface ReleasePleaseOptions {
  "bump-minor-pre-major"?: boolean;
  "bump-patch-for-minor-pre-major"?: boolean;
  "release-as"?: string;
  "include-v-in-tag"?: boolean;
  "include-component-in-tag"?: boolean;
  component?: string;
  "package-name"?: string;
  "tag-separator"?: string;
  "initial-version"?: string;
}

/**
 * Reads release-please's manifest configuration (release-please-config.json with its
 * .release-please-manifest.json) or its GitHub App file (.github/release-please.yml).
 */
export async function importReleasePlease(files: Files): Promise<CadenceConfig | undefined> {
  const configText = await files.read("release-please-config.json");
  if (configText !== undefined) return fromManifestConfig(configText, await files.read(".release-please-manifest.json"));
  for (const path of [".github/release-please.yml", ".github/release-please.yaml"]) {
    const text = await files.read(path);
    if (text !== undefined) return fromAppConfig(text, path);
  }
  return undefined;
}

function releasePleaseBase(): VersioningConfig {
  const versioning = defaultVersioning();
  // release-please reads `!` as breaking and, without the pre-major options, bumps 0.x to 1.0.0 on a breaking change.
  versioning.bangIsBreaking = true;
  versioning.preMajor = { breaking: "major", feature: "minor" };
  return versioning;
}

function fromManifestConfig(text: string, manifestText: string | undefined): CadenceConfig {
  const file = "release-please-config.json";
  const config = parseJsonObject(text, file) as ReleasePleaseOptions & { packages?: Record<string, ReleasePleaseOptions> };
  const source: ConfigSource = { kind: "release-please", files: [file], notices: [] };
  if (manifestText !== undefined) {
    source.files.push(".release-please-manifest.json");
    parseJsonObject(manifestText, ".release-please-manifest.json");
  }
  const versioning = releasePleaseBase();
  const packages = config.packages ?? { ".": {} };
  const paths = Object.keys(packages);
  if (paths.length > 1) {
    versioning.packages = paths.map((path) => {
      const options = { ...config, ...packages[path] };
      const name = options.component ?? options["package-name"] ?? path.split("/").pop() ?? path;
      const separator = options["tag-separator"] ?? "-";
      const includeComponent = options["include-component-in-tag"] ?? true;
      const v = options["include-v-in-tag"] === false ? "" : "v";
      return {
        name,
        path: path === "." ? "." : path.replace(/\/+$/, ""),
        tagPrefix: includeComponent ? `${name}${separator}${v}` : v,
        manifests: [{ path: path === "." ? "package.json" : `${path}/package.json`, kind: "package-json" as const }],
      };
    });
  }
  const options: ReleasePleaseOptions = { ...config, ...(packages["."] ?? packages[paths[0]!] ?? {}) };
  applyOptions(versioning, options);
  if (paths.length === 1 && options["include-component-in-tag"] === true) {
    const name = options.component ?? options["package-name"];
    if (name) versioning.tagPrefix = `${name}${options["tag-separator"] ?? "-"}${versioning.tagPrefix}`;
  }
  return { versioning, raw: {}, source };
}

function fromAppConfig(text: string, file: string): CadenceConfig {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`is not valid YAML: ${(error as Error).message}`, { file });
  }
  const app = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const versioning = releasePleaseBase();
  applyOptions(versioning, {
    ...(app.bumpMinorPreMajor === true ? { "bump-minor-pre-major": true } : {}),
    ...(app.bumpPatchForMinorPreMajor === true ? { "bump-patch-for-minor-pre-major": true } : {}),
  });
  return { versioning, raw: {}, source: { kind: "release-please", files: [file], notices: [] } };
}

function applyOptions(versioning: VersioningConfig, options: ReleasePleaseOptions): void {
  if (options["bump-minor-pre-major"]) versioning.preMajor.breaking = "minor";
  if (options["bump-patch-for-minor-pre-major"]) versioning.preMajor.feature = "patch";
  if (options["release-as"]) versioning.releaseAs = options["release-as"];
  if (options["include-v-in-tag"] === false) versioning.tagPrefix = "";
  if (options["initial-version"]) versioning.initialVersion = options["initial-version"];
}

function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`is not valid JSON: ${(error as Error).message}`, { file });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ConfigurationError("must be a JSON object", { file });
  return value as Record<string, unknown>;
}
