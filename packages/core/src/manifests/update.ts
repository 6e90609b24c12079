import { ConfigurationError } from "../errors/index.js";
import type { ManifestFile } from "../config/types.js";
import { yamlModule } from "../config/yaml-module.js";
import { locateJsonString } from "./json-text.js";

const SEMVER_TOKEN = /\bv?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\b/;

let yaml: Awaited<ReturnType<typeof yamlModule>> | undefined;

/**
 * Loads what updating these manifests takes (the yaml package, for YAML ones): call it before
 * updateManifest, which stays synchronous for the plan.
 */
export async function prepareManifestUpdates(manifests: readonly ManifestFile[]): Promise<void> {
  if (manifests.some((manifest) => manifest.kind === "yaml")) yaml ??= await yamlModule();
}

/** The file's text with the version written in; pure, so dry-run and apply see the same result. */
export function updateManifest(manifest: ManifestFile, text: string, version: string): string {
  switch (manifest.kind) {
    case "package-json":
      return updateJson(manifest.path, text, (value) => {
        setPath(value, ["version"], version, manifest.path);
      });
    case "json":
      return updateJson(manifest.path, text, (value) => setPath(value, splitPath(manifest.jsonPath), version, manifest.path));
    case "yaml":
      return updateYaml(manifest.path, text, splitPath(manifest.yamlPath), version);
    case "marker":
      return updateMarkedLines(manifest.path, text, manifest.marker, version);
  }
}

/** The lockfile's own version fields: the root and this package's entry under `packages`. */
export function updateLockfile(path: string, text: string, version: string, packagePath: string): string {
  return updateJson(path, text, (value) => {
    const lock = value as { version?: string; packages?: Record<string, { version?: string }> };
    const key = packagePath === "." ? "" : packagePath;
    if (key === "" && typeof lock.version === "string") lock.version = version;
    const entry = lock.packages?.[key];
    if (entry && typeof entry.version === "string") entry.version = version;
  });
}

function updateJson(path: string, text: string, change: (value: unknown) => void): string {
  let before: unknown;
  let value: unknown;
  try {
    before = JSON.parse(text);
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`is not valid JSON, so its version cannot be updated: ${(error as Error).message}`, { file: path });
  }
  change(value);
  // Replace only the strings that changed, where they stand; re-serialize only when a key was added.
  const edits: Array<Array<string | number>> = [];
  if (changedStrings(before, value, [], edits)) {
    let output = text;
    for (const at of edits) {
      const range = locateJsonString(output, at)!;
      output = output.slice(0, range.start) + JSON.stringify(readPath(value, at)) + output.slice(range.end);
    }
    return output;
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  let output = JSON.stringify(value, null, indent);
  if (newline !== "\n") output = output.replace(/\n/g, newline);
  return text.endsWith("\n") ? output + newline : output;
}

/** Collects the paths of string values that differ; false when anything else about the shape differs. */
function changedStrings(before: unknown, after: unknown, at: Array<string | number>, edits: Array<Array<string | number>>): boolean {
  if (typeof before === "string" && typeof after === "string") {
    if (before !== after) edits.push(at);
    return true;
  }
  if (before && after && typeof before === "object" && typeof after === "object") {
    const keys = Object.keys(after);
    if (Array.isArray(before) !== Array.isArray(after) || keys.length !== Object.keys(before).length) return false;
    return keys.every((key) => key in before && changedStrings((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [...at, Array.isArray(after) ? Number(key) : key], edits));
  }
  return before === after;
}

function readPath(value: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function splitPath(path: string): Array<string | number> {
  return path
    .replace(/^\$\.?/, "")
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function setPath(root: unknown, path: ReadonlyArray<string | number>, version: string, file: string): void {
  let node = root as Record<string | number, unknown>;
  for (let index = 0; index < path.length - 1; index++) {
    const next = node?.[path[index]!];
    if (!next || typeof next !== "object") throw new ConfigurationError(`has no ${path.slice(0, index + 1).join(".")} to hold the version`, { file });
    node = next as Record<string | number, unknown>;
  }
  if (!node || typeof node !== "object") throw new ConfigurationError("is not a JSON object", { file });
  const key = path[path.length - 1]!;
  if (key !== "version" && typeof node[key] !== "string") {
    throw new ConfigurationError(`has no string at ${path.join(".")} to replace with the version`, { file });
  }
  node[key] = version;
}

function updateYaml(path: string, text: string, keys: Array<string | number>, version: string): string {
  if (!yaml) throw new Error(`internal: prepareManifestUpdates() was not called before updating ${path}`);
  const document = yaml.parseDocument(text);
  if (document.errors.length > 0) throw new ConfigurationError(`is not valid YAML: ${document.errors[0]!.message.split("\n")[0]}`, { file: path });
  const node = document.getIn(keys, true);
  if (!yaml.isScalar(node) || !node.range) throw new ConfigurationError(`has no value at ${keys.join(".")} to replace with the version`, { file: path });
  // Only the scalar's own characters change, in the quoting it had: comments and layout stay as written.
  const [start, end] = node.range;
  const written = node.type === "QUOTE_DOUBLE" ? JSON.stringify(version) : node.type === "QUOTE_SINGLE" ? `'${version}'` : version;
  return text.slice(0, start) + written + text.slice(end);
}

function updateMarkedLines(path: string, text: string, marker: string, version: string): string {
  let found = 0;
  const lines = text.split("\n").map((line) => {
    if (!line.includes(marker)) return line;
    const match = SEMVER_TOKEN.exec(line);
    if (!match) return line;
    found++;
    const keepV = match[0].startsWith("v") ? "v" : "";
    return line.slice(0, match.index) + keepV + version + line.slice(match.index + match[0].length);
  });
  if (found === 0) throw new ConfigurationError(`has no line with the marker '${marker}' and a version on it`, { file: path });
  return lines.join("\n");
}
