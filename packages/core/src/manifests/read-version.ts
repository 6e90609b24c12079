import semver from "semver";
import type { ManifestFile } from "../config/types.js";
import { yamlModule } from "../config/yaml-module.js";

const VERSION_TOKEN = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\b/;

/**
 * The version a manifest's text carries where version-bump writes it, or undefined when it holds
 * none that is valid SemVer (a broken file is reported by the update, not here).
 */
export async function manifestVersion(manifest: ManifestFile, text: string): Promise<string | undefined> {
  let found: unknown;
  try {
    switch (manifest.kind) {
      case "package-json":
        found = (JSON.parse(text) as { version?: unknown }).version;
        break;
      case "json":
        found = keysOf(manifest.jsonPath).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], JSON.parse(text));
        break;
      case "yaml":
        found = (await yamlModule()).parseDocument(text).getIn(keysOf(manifest.yamlPath));
        break;
      case "marker":
        found = VERSION_TOKEN.exec(text.split("\n").find((line) => line.includes(manifest.marker) && VERSION_TOKEN.test(line)) ?? "")?.[1];
        break;
    }
  } catch {
    return undefined;
  }
  return typeof found === "string" ? (semver.valid(found.replace(/^v/, "")) ?? undefined) : undefined;
}

function keysOf(path: string): Array<string | number> {
  return path
    .replace(/^\$\.?/, "")
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
