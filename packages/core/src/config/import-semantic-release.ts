import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { BumpLevel, BumpRule } from "../version/types.js";
import { defaultVersioning } from "./defaults.js";
import { shellWords, workflowSteps, type WorkflowStep } from "./import-workflows.js";
import type { BranchLine, CadenceConfig, ConfigSource } from "./types.js";
import { yamlModule } from "./yaml-module.js";

/**
 * Where semantic-release looks for its configuration, in its own order (cosmiconfig's search
 * places for "release"); the first one found is the configuration. package.json counts only
 * when it has a "release" key.
 */
const SEARCH_PLACES: ReadonlyArray<{ path: string; format: "json" | "yaml" | "code" }> = [
  { path: ".releaserc", format: "yaml" },
  { path: ".releaserc.json", format: "json" },
  { path: ".releaserc.yaml", format: "yaml" },
  { path: ".releaserc.yml", format: "yaml" },
  ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `.releaserc.${ext}`, format: "code" as const })),
  { path: ".config/releaserc", format: "yaml" },
  { path: ".config/releaserc.json", format: "json" },
  { path: ".config/releaserc.yaml", format: "yaml" },
  { path: ".config/releaserc.yml", format: "yaml" },
  ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `.config/releaserc.${ext}`, format: "code" as const })),
  ...["js", "ts", "mjs", "cjs", "mts", "cts"].map((ext) => ({ path: `release.config.${ext}`, format: "code" as const })),
];

/** semantic-release's own default branches (used when the configuration names none). */
export const SEMANTIC_RELEASE_DEFAULT_BRANCHES: ReadonlyArray<string | SemanticBranch> = [
  "+([0-9])?(.{+([0-9]),x}).x",
  "master",
  "main",
  "next",
  "next-major",
  { name: "beta", prerelease: true },
  { name: "alpha", prerelease: true },
];

/** The commit analyzer under its current and its former package name. */
const COMMIT_ANALYZERS = ["@semantic-release/commit-analyzer", "sr-commit-analyzer"];

const PRESETS: Record<string, "angular" | "conventionalcommits"> = {
  angular: "angular",
  "conventional-changelog-angular": "angular",
  conventionalcommits: "conventionalcommits",
  "conventional-changelog-conventionalcommits": "conventionalcommits",
};

export interface SemanticBranch {
  name: string;
  prerelease?: boolean | string;
  range?: string;
  channel?: string | false;
}

interface AnalyzerOptions {
  preset?: unknown;
  config?: unknown;
  releaseRules?: unknown;
  parserOpts?: unknown;
}

type SemanticConfig = AnalyzerOptions & {
  branches?: unknown;
  branch?: unknown;
  tagFormat?: unknown;
  plugins?: unknown;
  extends?: unknown;
  analyzeCommits?: unknown;
};

/**
 * Reads a semantic-release configuration, if the repository has one, into ours: the file
 * semantic-release itself would read, or, with none, a workflow that runs semantic-release (then
 * its defaults apply, with the flags on its command line). A configuration written as code
 * (`release.config.js`) is refused with a clear error: cadence does not run it, so it cannot know
 * what it computes.
 */
export async function importSemanticRelease(files: Files): Promise<CadenceConfig | undefined> {
  const found = await findConfig(files);
  const steps = await workflowSteps(files);
  const run = steps.find((step) => runsSemanticRelease(step));
  if (!found && !run) return undefined;
  const notices: ConfigSource["notices"] = [];
  let raw: SemanticConfig = found?.value ?? {};
  const sourceFiles = found ? [found.file] : [];
  if (run) {
    const flags = commandLineOptions(run, notices, (await yamlModule()).parse);
    if (Object.keys(flags).length > 0 || !found) sourceFiles.push(run.file);
    raw = { ...raw, ...flags };
    if (!found) {
      notices.push({
        message: `${run.file} runs semantic-release without a configuration file: its defaults apply (angular preset, default release rules and branches)`,
        location: { file: run.file },
      });
    }
  }
  return translate(raw, found?.file ?? run!.file, sourceFiles, notices);
}

async function findConfig(files: Files): Promise<{ file: string; value: SemanticConfig } | undefined> {
  const manifest = await files.read("package.json");
  if (manifest !== undefined) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(manifest);
    } catch {
      pkg = undefined; // a broken package.json is reported by whatever reads it for its own purpose
    }
    if (isRecord(pkg) && pkg.release !== undefined) return { file: "package.json#release", value: expectObject(pkg.release, "package.json#release") };
  }
  for (const place of SEARCH_PLACES) {
    const text = await files.read(place.path);
    if (text === undefined) continue;
    if (place.format === "code") {
      throw new ConfigurationError(
        `is a semantic-release configuration written as code; cadence does not run code from configuration, so it cannot know what it computes. ` +
          "Write the same settings as data, in .releaserc.json or in .github/cadence.yml (versioning.rules, versioning.branches, versioning.tag-prefix).",
        { file: place.path },
      );
    }
    let value: unknown;
    try {
      value = place.format === "json" ? JSON.parse(text) : (await yamlModule()).parse(text);
    } catch (error) {
      throw new ConfigurationError(`is not valid ${place.format === "json" ? "JSON" : "JSON or YAML"}: ${firstLine((error as Error).message)}`, { file: place.path });
    }
    return { file: place.path, value: expectObject(value, place.path) };
  }
  return undefined;
}

/** A workflow step that runs semantic-release: `npx semantic-release`, `pnpm semantic-release`, the community action. */
export function runsSemanticRelease(step: WorkflowStep): boolean {
  if (step.uses && /(^|\/)semantic-release-action(@|$)/.test(step.uses)) return true;
  return step.run !== undefined && semanticReleaseCommand(step.run) !== undefined;
}

function semanticReleaseCommand(run: string): string[] | undefined {
  for (const line of run.split("\n")) {
    const words = shellWords(line.replace(/#.*$/, ""));
    const at = words.findIndex((word) => /^semantic-release(@[\w.^~<>=*-]+)?$/.test(word));
    if (at === -1) continue;
    // Only as the command itself: bare, `npx [-y] [-p pkg] semantic-release`, `pnpm [exec|dlx] semantic-release`,
    // `yarn [dlx] semantic-release`, `npm exec|run semantic-release`; not `npm install semantic-release`.
    const before = words.slice(0, at).filter((word, index, all) => !/^-/.test(word) && !/^-(p|-package)$/.test(all[index - 1] ?? ""));
    const runner = before[0];
    const via = before.slice(1);
    const runs =
      before.length === 0 ||
      (/^(npx|pnpx|bunx)$/.test(runner!) && via.length === 0) ||
      (/^(pnpm|yarn|bun)$/.test(runner!) && (via.length === 0 || (via.length === 1 && /^(exec|dlx|run|x)$/.test(via[0]!)))) ||
      (runner === "npm" && via.length === 1 && /^(exec|run|run-script|x)$/.test(via[0]!));
    if (runs) return words.slice(at + 1);
  }
  return undefined;
}

/** The options given on semantic-release's command line (or as the community action's inputs) that bear on versions. */
function commandLineOptions(step: WorkflowStep, notices: ConfigSource["notices"], parseYaml: (text: string) => unknown): SemanticConfig {
  const options: SemanticConfig = {};
  const location: SourceLocation = { file: step.file };
  if (step.uses) {
    if (step.with.branches) options.branches = parseYamlList(step.with.branches, parseYaml);
    if (step.with.extends) notices.push({ message: `the semantic-release action extends ${step.with.extends}, a shareable configuration cadence cannot read; its settings are not applied`, location });
    return options;
  }
  const args = semanticReleaseCommand(step.run ?? "") ?? [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const values = (): string[] => {
      if (inline !== undefined) return [inline];
      const taken: string[] = [];
      while (index + 1 < args.length && !args[index + 1]!.startsWith("-")) taken.push(args[++index]!);
      return taken;
    };
    if (flag === "--branches" || flag === "-b") options.branches = values();
    else if (flag === "--tag-format" || flag === "-t") options.tagFormat = values()[0];
    else if (flag === "--extends" || flag === "-e") notices.push({ message: `semantic-release extends ${values().join(", ")} on its command line, a shareable configuration cadence cannot read; its settings are not applied`, location });
    else if (flag === "--plugins" || flag === "-p") notices.push({ message: `semantic-release's plugins are set on its command line (${values().join(", ")}); cadence reads commits as @semantic-release/commit-analyzer does`, location });
  }
  return options;
}

function parseYamlList(text: string, parseYaml: (text: string) => unknown): string[] {
  try {
    const value = parseYaml(text) as unknown;
    if (Array.isArray(value)) return value.map(String);
  } catch {
    // a plain name
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

function expectObject(value: unknown, file: string): SemanticConfig {
  if (!isRecord(value)) throw new ConfigurationError("a semantic-release configuration must be an object", { file });
  return value as SemanticConfig;
}

function translate(raw: SemanticConfig, file: string, sourceFiles: string[], notices: ConfigSource["notices"]): CadenceConfig {
  const source: ConfigSource = { kind: "semantic-release", files: sourceFiles, notices };
  const location: SourceLocation = { file };
  const versioning = defaultVersioning();
  const analyzer = analyzerOptions(raw, file, notices);

  const presetName = analyzer.preset ?? analyzer.config ?? "angular";
  if (typeof presetName !== "string") throw new ConfigurationError(`the commit analyzer's preset must be a name, not ${JSON.stringify(presetName)}`, location);
  const preset = PRESETS[presetName];
  if (!preset) {
    throw new ConfigurationError(
      `the semantic-release preset '${presetName}' has its own commit format, which cadence does not read; it reads Conventional Commits as the angular and conventionalcommits presets do. ` +
        "Switch the preset, or write the rules in .github/cadence.yml.",
      location,
    );
  }
  // The angular preset's header pattern has no `!` (`feat!:` is not a conventional header there); conventionalcommits reads it as breaking.
  versioning.bangIsBreaking = preset === "conventionalcommits";
  if (isRecord(analyzer.parserOpts) && Object.keys(analyzer.parserOpts).length > 0) {
    notices.push({
      message: `the commit analyzer's parserOpts (${Object.keys(analyzer.parserOpts).join(", ")}) are not read: commits are parsed as the ${preset} preset parses them`,
      location,
    });
  }
  if (raw.extends !== undefined) {
    notices.push({ message: `'extends' names a shareable configuration (${JSON.stringify(raw.extends)}) that cadence cannot read; its settings are not applied`, location });
  }
  // semantic-release pairs a revert with its commit only when the quoted header and the full sha
  // both match as written (GitHub's `Revert "x (#1)" (#2)` is not paired); a lone revert is a patch.
  versioning.reverts = { cancelPairs: true, pairing: "exact", lone: "patch" };
  if (analyzer.releaseRules !== undefined) versioning.rules = translateRules(analyzer.releaseRules, location);
  if (raw.tagFormat !== undefined) versioning.tagPrefix = tagPrefixOf(raw.tagFormat, location);
  const branches = raw.branches ?? (typeof raw.branch === "string" ? [raw.branch] : SEMANTIC_RELEASE_DEFAULT_BRANCHES);
  versioning.branches = translateBranches(branches, location, notices);
  return { versioning, raw: {}, source };
}

/**
 * The commit analyzer's options as semantic-release hands them over: the global options, then the
 * options given with the plugin in `plugins`, then a step object (`analyzeCommits: {releaseRules}`,
 * the older form), each overriding the one before.
 */
function analyzerOptions(raw: SemanticConfig, file: string, notices: ConfigSource["notices"]): AnalyzerOptions {
  const location: SourceLocation = { file };
  let options: AnalyzerOptions = pick(raw as Record<string, unknown>);
  if (Array.isArray(raw.plugins)) {
    for (const plugin of raw.plugins) {
      if (Array.isArray(plugin) && COMMIT_ANALYZERS.includes(String(plugin[0])) && isRecord(plugin[1])) options = { ...options, ...pick(plugin[1]) };
    }
  }
  const step = raw.analyzeCommits;
  if (step !== undefined) {
    const path = typeof step === "string" ? step : isRecord(step) && typeof step.path === "string" ? step.path : undefined;
    if (path !== undefined && !COMMIT_ANALYZERS.includes(path)) {
      notices.push({
        message: `'analyzeCommits' runs ${path}, a commit analyzer cadence does not run; commits are read with @semantic-release/commit-analyzer's rules instead`,
        location,
      });
    }
    if (isRecord(step)) options = { ...options, ...pick(step) };
  }
  return options;
}

function pick(value: Record<string, unknown>): AnalyzerOptions {
  const options: AnalyzerOptions = {};
  for (const key of ["preset", "config", "releaseRules", "parserOpts"] as const) if (value[key] !== undefined) options[key] = value[key];
  return options;
}

function translateRules(rules: unknown, location: SourceLocation): BumpRule[] {
  if (typeof rules === "string") {
    throw new ConfigurationError(`releaseRules names a module (${rules}); cadence does not run code from configuration. List the rules as data instead.`, location);
  }
  if (!Array.isArray(rules)) throw new ConfigurationError("releaseRules must be a list of rules", location);
  return rules.map((rule, index) => {
    if (!isRecord(rule)) throw new ConfigurationError(`releaseRules[${index}] must be an object`, location);
    const { release, type, scope, subject, breaking, revert, ...rest } = rule;
    const unknownKeys = Object.keys(rest);
    if (unknownKeys.length > 0) {
      throw new ConfigurationError(`releaseRules[${index}] matches on ${unknownKeys.join(", ")}, which cadence does not read (it reads type, scope, subject, breaking, revert)`, location);
    }
    const level: BumpLevel = release === false ? "none" : (release as BumpLevel);
    if (!["major", "minor", "patch", "none"].includes(level)) {
      throw new ConfigurationError(`releaseRules[${index}].release must be major, minor, patch or false, not ${JSON.stringify(release)}`, location);
    }
    for (const [key, value] of Object.entries({ type, scope, subject })) {
      if (value !== undefined && typeof value !== "string") throw new ConfigurationError(`releaseRules[${index}].${key} must be a text (a glob), not ${JSON.stringify(value)}`, location);
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

function tagPrefixOf(tagFormat: unknown, location: SourceLocation): string {
  const match = typeof tagFormat === "string" ? /^(.*)\$\{version\}$/.exec(tagFormat) : null;
  if (!match || match[1]!.includes("${")) {
    throw new ConfigurationError(`tagFormat ${JSON.stringify(tagFormat)} is not of the form '<prefix>\${version}', the only form cadence reads`, location);
  }
  return match[1]!;
}

// A lodash template that only names the branch: `${name}`.
const NAME_ONLY = /\$\{\s*name\s*\}/g;

function translateBranches(branches: unknown, location: SourceLocation, notices: ConfigSource["notices"]): BranchLine[] {
  const list = Array.isArray(branches) ? branches : [branches];
  return list.map((entry, index): BranchLine => {
    const branch = (typeof entry === "string" ? { name: entry } : entry) as SemanticBranch;
    if (!isRecord(branch) || typeof branch.name !== "string") throw new ConfigurationError(`branches[${index}] must be a name or an object with a name`, location);
    const line: BranchLine = { name: branch.name };
    if (branch.prerelease === true) {
      line.prerelease = branch.name;
    } else if (typeof branch.prerelease === "string") {
      const id = branch.prerelease.replace(NAME_ONLY, branch.name);
      if (id.includes("${") || !/^[0-9A-Za-z-]+$/.test(id)) {
        throw new ConfigurationError(
          `branches[${index}].prerelease ${JSON.stringify(branch.prerelease)} is a template cadence does not evaluate (it reads true, a plain identifier, or \${name}); write the channel's identifier`,
          location,
        );
      }
      line.prerelease = id;
    }
    if (typeof branch.range === "string") {
      const range = branch.range.replace(NAME_ONLY, branch.name);
      if (range.includes("${")) {
        // e.g. renovate's `${name.replace(/^maint\//g, '')}`: code; the range is read from the branch name instead, as semantic-release does without one.
        notices.push({ message: `branches[${index}].range ${JSON.stringify(branch.range)} is a template cadence does not evaluate; the range is read from the branch name (maint/1.x → 1.x)`, location });
        line.maintenance = true;
      } else {
        line.range = range;
      }
    } else if (/(^|\/)v?\d+(\.\d+)?\.x$/.test(branch.name) || branch.name.includes("+([0-9])")) {
      line.maintenance = true;
    }
    return line;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function firstLine(text: string): string {
  return text.split("\n")[0]!;
}
