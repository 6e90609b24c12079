import type { SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { CadenceConfig } from "./types.js";
import { parseYamlSource } from "./yaml-source.js";

/** One section of the configuration with a way to say where its values sit, for error messages. */
export interface ConfigSection {
  value: unknown;
  /** Location of a path inside the section, e.g. ["blackout", 0, "from"]. */
  locate(path: ReadonlyArray<string | number>): SourceLocation | undefined;
}

/**
 * The raw `name` section of a loaded configuration, with positions when it came from
 * .github/cadence.yml (loadConfig already validated the file against the schema).
 */
export async function configSection(files: Files, config: CadenceConfig, name: string): Promise<ConfigSection> {
  const value = config.raw[name];
  const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
  if (value === undefined || !file) return { value, locate: () => (file ? { file } : undefined) };
  const text = await files.read(file);
  if (text === undefined) return { value, locate: () => ({ file }) };
  const source = parseYamlSource(file, text);
  return { value, locate: (path) => source.locate([name, ...path]) };
}
