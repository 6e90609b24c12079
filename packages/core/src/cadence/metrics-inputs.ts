import { parseDate } from "../calendar/civil.js";
import { mention } from "../errors/mention.js";
import { parseNow } from "../calendar/run.js";
import { InputFields } from "../inputs/fields.js";

/** What `cadence metrics` and gate-check's metrics mode are asked, checked. */
export interface CadenceMetricsInputs {
  cwd: string;
  /** The window's end; default the clock's now. */
  now?: Date;
  /** The window's start; default 90 days before its end. */
  since?: Date;
  configPath?: string;
  /** Folders of records named by the user: each must exist. Default: the configured ones, where they exist. */
  records: string[];
}

export interface RawCadenceMetricsInputs {
  cwd: string;
  now?: string;
  since?: string;
  configPath?: string;
  records?: string | readonly string[];
}

export const DEFAULT_WINDOW_DAYS = 90;

/** `--since 2026-09-01` (its midnight UTC) or an instant with a zone. */
export function parseSince(text: string): Date {
  const value = text.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  const valid = dateOnly ? parseDate(value) !== undefined : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(value) && !Number.isNaN(instant.getTime());
  if (!valid) throw new Error(`${mention("since")} must be a date YYYY-MM-DD (its midnight UTC) or an ISO-8601 instant with a zone such as 2026-09-01T00:00:00Z, not '${text}'`);
  return instant;
}

/** Every problem of the inputs at once. */
export function parseCadenceMetricsInputs(raw: RawCadenceMetricsInputs): CadenceMetricsInputs {
  const fields = new InputFields();
  const inputs: CadenceMetricsInputs = { cwd: raw.cwd, records: fields.list(raw.records) };
  try {
    const now = parseNow(raw.now);
    if (now) inputs.now = now;
  } catch (error) {
    fields.problem((error as Error).message);
  }
  const since = fields.text(raw.since);
  if (since !== undefined) {
    try {
      inputs.since = parseSince(since);
    } catch (error) {
      fields.problem((error as Error).message);
    }
  }
  if (inputs.since && inputs.now && inputs.since >= inputs.now) fields.problem(`since (${inputs.since.toISOString()}) must come before now (${inputs.now.toISOString()})`);
  const configPath = fields.text(raw.configPath);
  if (configPath !== undefined) inputs.configPath = configPath;
  fields.check();
  return inputs;
}
