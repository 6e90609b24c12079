import { ConfigurationError } from "../errors/index.js";
import { scratchFolder } from "../inputs/paths.js";
import type { Files } from "../ports/index.js";
import { defaultVersioning } from "./defaults.js";
import { importReleasePlease } from "./import-release-please.js";
import { importSemanticRelease } from "./import-semantic-release.js";
import type { CadenceConfig } from "./types.js";
import { resolveVersioning } from "./versioning.js";

export const CONFIG_PATHS = [".github/cadence.yml", ".github/cadence.yaml"] as const;

/**
 * Reads the repository's configuration: `.github/cadence.yml` when present; otherwise the
 * semantic-release or release-please configuration a project brings along; otherwise defaults,
 * which suit any repository that writes Conventional Commits.
 */
export async function loadConfig(files: Files, options: { configPath?: string; scratch?: string } = {}): Promise<CadenceConfig> {
  const candidates = options.configPath ? [options.configPath] : [...CONFIG_PATHS];
  for (const path of candidates) {
    const text = await files.read(path);
    if (text === undefined) {
      if (options.configPath) throw new ConfigurationError(`the config file ${path} does not exist`);
      continue;
    }
    // The parser (the yaml package) loads only when there is a file to read.
    const { parseYamlSource } = await import("./yaml-source.js");
    const source = parseYamlSource(path, text);
    if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
      if (source.value === null || (typeof source.value === "object" && Object.keys(source.value as object).length === 0)) {
        return { versioning: defaultVersioning(), raw: {}, source: { kind: "cadence", files: [path], notices: [] } };
      }
      throw new ConfigurationError("must be a mapping of sections (versioning, changelog, gates, ...)", { file: path, line: 1, column: 1 });
    }
    // The validator (ajv and the compiled schema) loads only when there is a file to check: most
    // runs without one never pay for it, and in the bundles it is a chunk of its own.
    const { validateConfig } = await import("./validate.js");
    // Paths in the file follow the rule of path inputs, judged here before any action looks further.
    validateConfig(source, { root: files.root, scratch: options.scratch ?? scratchFolder(process.env) });
    const raw = source.value as Record<string, unknown>;
    return {
      versioning: resolveVersioning(raw.versioning as Parameters<typeof resolveVersioning>[0], source),
      raw,
      source: { kind: "cadence", files: [path], notices: [] },
    };
  }
  const semanticRelease = await importSemanticRelease(files);
  if (semanticRelease) return semanticRelease;
  const releasePlease = await importReleasePlease(files);
  if (releasePlease) return releasePlease;
  return { versioning: defaultVersioning(), raw: {}, source: { kind: "defaults", files: [], notices: [] } };
}
