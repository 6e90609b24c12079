import { parse as parseYaml } from "yaml";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { BumpLevel, BumpRule } from "../version/types.js";
import { defaultVersioning } from "./defaults.js";
import type { BranchLine, CadenceConfig, ConfigSource } from "./types.js";

const DATA_FILES = [".releaserc", ".releaserc.json", ".releaserc.yaml", ".releaserc.yml"] as const;
const CODE_FILES = [".releaserc.js", ".releaserc.cjs", ".releaserc.mjs", "release.config.js", "release.config.cjs", "release.config.mjs"] as const;

// semantic-release's own default branches.
const DEFAULT_BRANCHES: ReadonlyArray<string | SemanticBranch> = [
  "+([0-9])?(.{+([0-9]),x}).x",
  "master",
  "main",
  "next",
  "next-major",
  { name: "beta", prerelease: true },
  { name: "alpha", prerelease: true },
];

interface SemanticBranch {
  name: string;
  prerelease?: boolean | string;
  range?: string;
  channel?: string | false;
}

interface SemanticConfig {
  preset?: string;
  releaseRules?: unknown;
  branches?: unknown;
  branch?: string;
  tagFormat?: string;
  plugins?: unknown;
  extends?: unknown;
}

/** Reads a semantic-release configuration, if the repository has one, into ours. */
export async function importSemanticRelease(files: Files): Promise<CadenceConfig | undefined> {
  for (const path of CODE_FILES) {
    if ((await files.read(path)) !== undefined) {
      throw new ConfigurationError(
        `${path} is a JavaScript semantic-release configuration; cadence does not run code from configuration, so it cannot know what it computes. ` +
          "Write the same settings as data in .github/cadence.yml (versioning.rules, versioning.branches, versioning.tag-prefix), or as .releaserc.json.",
        { file: path },
      );
    }
  }
  for (const path of DATA_FILES) {
    const text = await files.read(path);
    if (text === undefined) continue;
    let value: unknown;
    try {
      value = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      throw new ConfigurationError(`is not valid ${path.endsWith(".json") ? "JSON" : "JSON or YAML"}: ${(error as Error).message}`, { file: path });
    }
    return translate(expectObject(value, path), path);
  }
  const manifest = await files.read("package.json");
  if (manifest !== undefined) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(manifest);
    } catch {
      return undefined; // a broken package.json is reported by whoever updates it
    }
    if (pkg && typeof pkg === "object" && "release" in pkg && (pkg as { release: unknown }).release !== undefined) {
      return translate(expectObject((pkg as { release: unknown }).release, "package.json#release"), "package.json#release");
    }
  }
  return undefined;
}

function expectObject(value: unknown, file: string): SemanticConfig {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError("a semantic-release configuration must be an object", { file });
  }
  return value as SemanticConfig;
}

function translate(raw: SemanticConfig, file: string): CadenceConfig {
  const source: ConfigSource = { kind: "semantic-release", files: [file], notices: [] };
  const versioning = defaultVersioning();
  const analyzer = analyzerOptions(raw.plugins);
  const preset = analyzer.preset ?? raw.preset ?? "angular";
  const releaseRules = analyzer.releaseRules ?? raw.releaseRules;

  // The angular preset's header pattern has no `!`; conventionalcommits reads it as breaking.
  versioning.bangIsBreaking = preset === "conventionalcommits";
  if (!["angular", "conventionalcommits"].includes(preset)) {
    source.notices.push({ message: `semantic-release preset '${preset}' is read as Conventional Commits headers (type(scope): subject)`, location: { file } });
  }
  if (raw.extends !== undefined) {
    source.notices.push({ message: `'extends' names a shareable configuration (${JSON.stringify(raw.extends)}) that cadence cannot read; its settings are not applied`, location: { file } });
  }
  // semantic-release pairs a revert with its commit only when header and sha match as written.
  versioning.reverts = { cancelPairs: true, pairing: "exact", lone: "patch" };
  if (releaseRules !== undefined) versioning.rules = translateRules(releaseRules, file);
  if (typeof raw.tagFormat === "string") versioning.tagPrefix = tagPrefixOf(raw.tagFormat, file);
  const branches = raw.branches ?? (raw.branch ? [raw.branch] : DEFAULT_BRANCHES);
  versioning.branches = translateBranches(branches, file);
  return { versioning, raw: {}, source };
}

function analyzerOptions(plugins: unknown): { preset?: string; releaseRules?: unknown } {
  if (!Array.isArray(plugins)) return {};
  for (const plugin of plugins) {
    if (Array.isArray(plugin) && plugin[0] === "@semantic-release/commit-analyzer" && plugin[1] && typeof plugin[1] === "object") {
      const options = plugin[1] as { preset?: unknown; releaseRules?: unknown };
      return {
        ...(typeof options.preset === "string" ? { preset: options.preset } : {}),
        ...(options.releaseRules !== undefined ? { releaseRules: options.releaseRules } : {}),
      };
    }
  }
  return {};
}

function translateRules(rules: unknown, file: string): BumpRule[] {
  if (typeof rules === "string") {
    throw new ConfigurationError(`releaseRules names a module (${rules}); cadence does not run code from configuration. List the rules as data instead.`, { file });
  }
  if (!Array.isArray(rules)) throw new ConfigurationError("releaseRules must be a list of rules", { file });
  return rules.map((rule, index) => {
    if (!rule || typeof rule !== "object") throw new ConfigurationError(`releaseRules[${index}] must be an object`, { file });
    const { release, type, scope, subject, breaking, revert, ...rest } = rule as Record<string, unknown>;
    const unknownKeys = Object.keys(rest);
    if (unknownKeys.length > 0) {
      throw new ConfigurationError(`releaseRules[${index}] matches on ${unknownKeys.join(", ")}, which cadence does not read (it reads type, scope, subject, breaking, revert)`, { file });
    }
    const level: BumpLevel = release === false ? "none" : (release as BumpLevel);
    if (!["major", "minor", "patch", "none"].includes(level)) {
      throw new ConfigurationError(`releaseRules[${index}].release must be major, minor, patch or false, not ${JSON.stringify(release)}`, { file });
    }
    return {
      release: level,
      ...(typeof type === "string" ? { type } : {}),
      ...(typeof scope === "string" ? { scope } : {}),
      ...(typeof subject === "string" ? { subject } : {}),
      ...(breaking === true ? { breaking: true } : {}),
      ...(revert === true ? { revert: true } : {}),
    };
  });
}

function tagPrefixOf(tagFormat: string, file: string): string {
  const match = /^(.*)\$\{version\}$/.exec(tagFormat);
  if (!match) throw new ConfigurationError(`tagFormat '${tagFormat}' is not of the form '<prefix>\${version}', the only form cadence reads`, { file });
  return match[1]!;
}

function translateBranches(branches: unknown, file: string): BranchLine[] {
  const list = Array.isArray(branches) ? branches : [branches];
  return list.map((entry, index): BranchLine => {
    const branch: SemanticBranch = typeof entry === "string" ? { name: entry } : (entry as SemanticBranch);
    if (!branch || typeof branch.name !== "string") throw new ConfigurationError(`branches[${index}] must be a name or an object with a name`, { file });
    const line: BranchLine = { name: branch.name };
    if (branch.prerelease === true) line.prerelease = branch.name;
    else if (typeof branch.prerelease === "string") line.prerelease = branch.prerelease.replace(/\$\{name\}/g, branch.name);
    if (branch.range) line.range = branch.range;
    else if (/\.x$/.test(branch.name) || branch.name.includes("+([0-9])")) line.maintenance = true;
    return line;
  });
}
