import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput } from "../version/metadata.js";
import { CHANGELOG_FORMATS, type ChangelogFormat } from "./config.js";
import type { ForgeContext } from "./links.js";

/** What a caller (the action or the CLI) asks the changelog to do. */
export interface ChangelogInputs {
  cwd: string;
  dryRun: boolean;
  /** The version being released; by default the one version-bump's rules decide. */
  version?: string;
  /** Range to describe; default: from the previous release tag to HEAD. */
  from?: string;
  to?: string;
  /** Regenerate every release from the first tag. */
  fromStart: boolean;
  format?: ChangelogFormat;
  /** CHANGELOG path, relative to the repository. */
  output?: string;
  /** Release record folder (`{version}` is filled in; without it the version is appended). */
  recordDir?: string;
  record?: boolean;
  /** gate-check's release_evidence file, for the readiness checklist. */
  evidencePath?: string;
  configPath?: string;
  planHash?: string;
  branch?: string;
  package?: string;
  /** The Actions context, for links. */
  context: ForgeContext;
  buildId?: string;
}

export interface RawChangelogInputs {
  cwd: string;
  dryRun?: boolean | string;
  version?: string;
  from?: string;
  to?: string;
  fromStart?: boolean | string;
  format?: string;
  output?: string;
  recordDir?: string;
  record?: boolean | string;
  evidencePath?: string;
  configPath?: string;
  planHash?: string;
  branch?: string;
  package?: string;
  context?: ForgeContext;
  buildId?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseChangelogInputs(raw: RawChangelogInputs): ChangelogInputs {
  const problems: string[] = [];
  const text = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const flag = (name: string, value: boolean | string | undefined): boolean | undefined => {
    if (value === undefined || value === "") return undefined;
    if (typeof value === "boolean") return value;
    if (/^(true|yes|1)$/i.test(value)) return true;
    if (/^(false|no|0)$/i.test(value)) return false;
    problems.push(`${name} must be true or false, not '${value}'`);
    return undefined;
  };
  const inputs: ChangelogInputs = {
    cwd: raw.cwd,
    dryRun: flag("dry-run", raw.dryRun) ?? false,
    fromStart: flag("from-start", raw.fromStart) ?? false,
    context: raw.context ?? {},
  };
  const version = text(raw.version);
  if (version !== undefined) {
    try {
      inputs.version = normalizeVersionInput(version, "version");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const format = text(raw.format);
  if (format !== undefined) {
    if ((CHANGELOG_FORMATS as readonly string[]).includes(format)) inputs.format = format as ChangelogFormat;
    else problems.push(`format must be one of ${CHANGELOG_FORMATS.join(", ")}, not '${format}'`);
  }
  for (const [key, value] of [["from", raw.from], ["to", raw.to], ["output", raw.output], ["recordDir", raw.recordDir], ["evidencePath", raw.evidencePath], ["configPath", raw.configPath], ["planHash", raw.planHash], ["branch", raw.branch], ["package", raw.package], ["buildId", raw.buildId]] as const) {
    const clean = text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  for (const [key, value] of [["from", inputs.from], ["to", inputs.to]] as const) {
    // Refs reach git as arguments: one that starts with '-' would be read as an option.
    if (value !== undefined && (value.startsWith("-") || /\s/.test(value))) problems.push(`${key} must be a tag, branch or commit, not '${value}'`);
  }
  const record = flag("record", raw.record);
  if (record !== undefined) inputs.record = record;
  if (inputs.planHash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(inputs.planHash)) problems.push(`plan-hash must look like sha256:<64 hex digits>, not '${inputs.planHash}'`);
  if (inputs.fromStart && (inputs.from !== undefined || inputs.to !== undefined)) problems.push("from-start regenerates every release from the first tag: it cannot be combined with from/to");
  if (inputs.output !== undefined && !/\.(md|markdown)$/i.test(inputs.output)) problems.push(`output must be a markdown file (e.g. CHANGELOG.md), not '${inputs.output}'`);
  if (problems.length > 0) {
    throw new ConfigurationError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:`, undefined, problems);
  }
  return inputs;
}
