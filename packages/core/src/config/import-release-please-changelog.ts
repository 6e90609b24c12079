import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { ConfigSource } from "./types.js";

/** What release-please's configuration says about the CHANGELOG, in its own words. */
export interface ReleasePleaseChangelogOptions {
  /** `changelog-path` (manifest configuration, action input). */
  path?: unknown;
  /** `changelog-sections` (manifest configuration) or the action's `changelog-types` (JSON text). */
  sections?: unknown;
  /** `plugins` of the manifest configuration. */
  plugins?: unknown;
  /** `changelog-type`: `default`, or `github` for GitHub's generated notes. */
  type?: unknown;
}

/** The name of a plugin entry: a string, or an object with `type`. */
export function pluginName(plugin: unknown): string {
  return plugin !== null && typeof plugin === "object" && !Array.isArray(plugin) ? String((plugin as { type?: unknown }).type) : String(plugin);
}

/**
 * The `changelog:` section cadence reads for a project set up for release-please: the sections it
 * configured (`changelog-sections`: each `{type, section, hidden, scope}`; they replace release-
 * please's own list, as in release-please), the CHANGELOG's path, and the `sentence-case` plugin.
 * The format itself is release-please's (changelog/run.ts chooses it for such a configuration).
 */
export function releasePleaseChangelog(options: ReleasePleaseChangelogOptions, location: SourceLocation, source: ConfigSource): Record<string, unknown> {
  const changelog: Record<string, unknown> = {};
  if (typeof options.path === "string" && options.path.trim() !== "") changelog.path = options.path.trim();
  if (Array.isArray(options.plugins) && options.plugins.map(pluginName).includes("sentence-case")) changelog["sentence-case"] = true;
  const sections = typeof options.sections === "string" ? parseSections(options.sections, location) : options.sections;
  if (sections !== undefined) {
    if (!Array.isArray(sections)) throw new ConfigurationError("changelog-sections must be a list of {type, section, hidden}", location);
    changelog.sections = sections.map((entry, index) => sectionOf(entry, index, location));
    changelog["default-sections"] = false;
  }
  if (options.type === "github") {
    source.notices.push({ message: "changelog-type 'github' (GitHub's generated notes) is not read: the CHANGELOG is written in release-please's default format", location });
  }
  return changelog;
}

function parseSections(text: string, location: SourceLocation): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`changelog-types is not valid JSON: ${(error as Error).message.split("\n")[0]}`, location);
  }
}

function sectionOf(entry: unknown, index: number, location: SourceLocation): Record<string, unknown> {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw new ConfigurationError(`changelog-sections[${index}] must be an object with type and section`, location);
  const { type, section, hidden, scope } = entry as Record<string, unknown>;
  if (typeof type !== "string" || type.trim() === "") throw new ConfigurationError(`changelog-sections[${index}] needs a type`, location);
  if (typeof section !== "string" || section.trim() === "") throw new ConfigurationError(`changelog-sections[${index}] ('${type}') needs a section title`, location);
  // Where the entries go in the seed's release notes, as cadence's own sections place these types.
  const notes = type === "feat" || type === "feature" ? "features" : type === "fix" ? "bug_fixes" : "improvements";
  return {
    title: section,
    type,
    notes,
    ...(hidden === true ? { hidden: true } : {}),
    ...(typeof scope === "string" && scope !== "" ? { scope } : {}),
  };
}
