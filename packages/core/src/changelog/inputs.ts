import { resolve } from "node:path";
import { InputFields } from "../inputs/fields.js";
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
  /** The release date (YYYY-MM-DD) in the CHANGELOG and the record; default today (UTC). */
  date?: string;
  /** A dry-run keeps the files it would write here, for later dry-run steps (see adapters/planned-files.ts). */
  plannedDir?: string;
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
  date?: string;
  plannedDir?: string;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseChangelogInputs(raw: RawChangelogInputs): ChangelogInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const inputs: ChangelogInputs = {
    cwd: raw.cwd,
    dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
    fromStart: fields.flag("from-start", raw.fromStart) ?? false,
    context: raw.context ?? {},
  };
  const version = fields.version("version", raw.version);
  if (version !== undefined) inputs.version = version;
  const format = fields.oneOf("format", raw.format, CHANGELOG_FORMATS);
  if (format !== undefined) inputs.format = format as ChangelogFormat;
  for (const [key, name, value] of [["output", "output", raw.output], ["recordDir", "record-dir", raw.recordDir], ["evidencePath", "evidence", raw.evidencePath], ["configPath", "config", raw.configPath]] as const) {
    const path = fields.path(name, value);
    if (path !== undefined) inputs[key] = path;
  }
  for (const [key, value] of [["from", raw.from], ["to", raw.to], ["branch", raw.branch], ["package", raw.package], ["buildId", raw.buildId]] as const) {
    const clean = fields.text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  for (const [key, value] of [["from", inputs.from], ["to", inputs.to]] as const) {
    // Refs reach git as arguments: one that starts with '-' would be read as an option.
    if (value !== undefined && (value.startsWith("-") || /\s/.test(value))) fields.problem(`${key} must be a tag, branch or commit, not '${value}'`);
  }
  const date = fields.text(raw.date);
  if (date !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)) inputs.date = date;
    else fields.problem(`date must be a day written YYYY-MM-DD, not '${date}'`);
  }
  const plannedDir = fields.path("planned-dir", raw.plannedDir, { scratch: true });
  // Read and written by the later dry-run steps of the job: kept whole, wherever the process runs.
  if (plannedDir !== undefined) inputs.plannedDir = resolve(raw.cwd, plannedDir);
  const record = fields.flag("record", raw.record);
  if (record !== undefined) inputs.record = record;
  const planHash = fields.planHash("plan-hash", raw.planHash);
  if (planHash !== undefined) inputs.planHash = planHash;
  if (inputs.fromStart && (inputs.from !== undefined || inputs.to !== undefined)) fields.problem("from-start regenerates every release from the first tag: it cannot be combined with from/to");
  if (inputs.output !== undefined && !/\.(md|markdown)$/i.test(inputs.output)) fields.problem(`output must be a markdown file (e.g. CHANGELOG.md), not '${inputs.output}'`);
  fields.check();
  return inputs;
}
