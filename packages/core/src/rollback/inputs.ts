import type { GitIdentity } from "../identity/committer.js";
import { InputFields } from "../inputs/fields.js";
import { IMPACTS, ROLLBACK_TYPES, SEVERITIES, type Impact, type RollbackType, type Severity } from "./decision.js";

export const CHANNELS = ["npm", "github-release", "floating-tags"] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** Other names people use for a channel. */
const CHANNEL_ALIASES: Record<string, ChannelName> = {
  release: "github-release",
  releases: "github-release",
  github: "github-release",
  tags: "floating-tags",
  "floating-tag": "floating-tags",
};

/** auto: roll forward only where a channel cannot go back; restore: always, with G's tree; revert: always, X with commits reverted; never. */
export type RollForwardMode = "auto" | "restore" | "revert" | "never";

/** What a caller (the action or the CLI) asks rollback to do; unset fields fall back to the config file and defaults. */
export interface RollbackInputs {
  cwd: string;
  dryRun: boolean;
  planHash?: string;
  /** X, the bad version; by default the newest release on the line. */
  from?: string;
  /** G, the good version; by default the release before X on the same line. */
  to?: string;
  type?: RollbackType;
  /** Only these channels (a partial rollback); all that apply by default. */
  channels?: ChannelName[];
  /** Only these npm packages, by name. */
  packages?: string[];
  severity?: Severity;
  impact?: Impact;
  reason?: string;
  /** Issue reference for the record (#123, a URL, a ticket id). */
  issue?: string;
  rollForward?: RollForwardMode;
  /** With roll-forward revert: the commits to revert (default: every commit from G to X). */
  revertCommits?: string[];
  /** Program and arguments run after the rollback (no shell). */
  smokeCommand?: string[];
  /** G may be a pre-release although X is not. */
  allowPrerelease?: boolean;
  /** Takes a rollback back: X is restored on every channel the rollback moved to G. */
  undo?: boolean;
  /** A rehearsal: a dry-run whose rollback_evidence goes where gate-check's RL-07 reads drills. */
  drill?: boolean;
  /** Where the rollback_evidence record goes (a file path). */
  evidencePath?: string;
  /** Who commits and tags (a roll-forward, a config rollback); by default the config's committer, git's own identity or github-actions[bot]. */
  committer?: GitIdentity;
  package?: string;
  configPath?: string;
  remote?: string;
  registry?: string;
  /** Who decided and who approved, for the record (default: the actor). */
  decidedBy?: string;
  detectedAt?: string;
}

export interface RawRollbackInputs {
  cwd: string;
  dryRun?: boolean | string;
  planHash?: string;
  from?: string;
  to?: string;
  type?: string;
  channels?: string | string[];
  packages?: string | string[];
  severity?: string;
  impact?: string;
  reason?: string;
  issue?: string;
  rollForward?: boolean | string;
  revertCommits?: string | string[];
  smokeCommand?: string | string[];
  allowPrerelease?: boolean | string;
  undo?: boolean | string;
  drill?: boolean | string;
  evidencePath?: string;
  committer?: string;
  package?: string;
  configPath?: string;
  remote?: string;
  registry?: string;
  decidedBy?: string;
  detectedAt?: string;
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseRollbackInputs(raw: RawRollbackInputs): RollbackInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const inputs: RollbackInputs = { cwd: raw.cwd, dryRun: fields.flag("dry-run", raw.dryRun) ?? false };
  const from = fields.version("from", raw.from);
  if (from !== undefined) inputs.from = from;
  const to = fields.version("to", raw.to);
  if (to !== undefined) inputs.to = to;
  const type = fields.oneOf("type", raw.type, ROLLBACK_TYPES);
  if (type !== undefined) inputs.type = type;
  const severity = fields.oneOf("severity", raw.severity?.toLowerCase(), SEVERITIES);
  if (severity !== undefined) inputs.severity = severity;
  const impact = fields.oneOf("impact", raw.impact?.toLowerCase(), IMPACTS);
  if (impact !== undefined) inputs.impact = impact;
  if ((fields.text(raw.severity) === undefined) !== (fields.text(raw.impact) === undefined)) {
    fields.problem("severity and impact go together: the decision matrix needs both (or neither)");
  }
  const channels = channelList(fields, raw.channels);
  if (channels.length > 0) inputs.channels = channels;
  const packages = fields.list(Array.isArray(raw.packages) ? raw.packages.join(",") : raw.packages, { commas: true });
  if (packages.length > 0) inputs.packages = packages;
  const configPath = fields.path("config", raw.configPath);
  if (configPath !== undefined) inputs.configPath = configPath;
  const evidencePath = fields.path("evidence-path", raw.evidencePath);
  if (evidencePath !== undefined) inputs.evidencePath = evidencePath;
  for (const key of ["reason", "issue", "package", "remote", "decidedBy"] as const) {
    const clean = fields.text(raw[key]);
    if (clean !== undefined) inputs[key] = clean;
  }
  const planHash = fields.planHash("plan-hash", raw.planHash);
  if (planHash !== undefined) inputs.planHash = planHash;
  const registry = fields.text(raw.registry);
  if (registry !== undefined) {
    if (/^https?:\/\/[^\s]+$/.test(registry)) inputs.registry = registry;
    else fields.problem(`registry-url must be an http(s) URL, not '${registry}'`);
  }
  const rollForward = rollForwardMode(fields, raw.rollForward);
  if (rollForward !== undefined) inputs.rollForward = rollForward;
  const revertCommits = fields.list(raw.revertCommits, { commas: true });
  if (revertCommits.length > 0) {
    if (rollForward !== "revert") fields.problem("revert-commits is only for roll-forward: revert");
    for (const commit of revertCommits) if (!/^[0-9a-f]{7,64}$/i.test(commit)) fields.problem(`revert-commits: '${commit}' is not a commit id (7 to 64 hex digits)`);
    inputs.revertCommits = revertCommits;
  }
  const smoke = smokeArguments(fields, raw.smokeCommand);
  if (smoke.length > 0) inputs.smokeCommand = smoke;
  for (const [key, name] of [["allowPrerelease", "allow-prerelease"], ["undo", "undo"], ["drill", "drill"]] as const) {
    const value = fields.flag(name, raw[key]);
    if (value !== undefined) inputs[key] = value;
  }
  const committer = fields.identity("committer", raw.committer);
  if (committer !== undefined) inputs.committer = committer;
  const detectedAt = fields.text(raw.detectedAt);
  if (detectedAt !== undefined) {
    if (Number.isNaN(Date.parse(detectedAt))) fields.problem(`detected-at must be an ISO 8601 date and time, not '${detectedAt}'`);
    else inputs.detectedAt = new Date(detectedAt).toISOString();
  }
  checkCombinations(fields, inputs);
  fields.check();
  return inputs;
}

function checkCombinations(fields: InputFields, inputs: RollbackInputs): void {
  if (inputs.type === "partial" && !inputs.channels && !inputs.packages) fields.problem("type partial needs the channels or the packages to roll back");
  if (inputs.type === "config" && (inputs.channels || inputs.packages)) fields.problem("type config restores configuration files only: channels and packages do not apply");
  if (inputs.undo && inputs.rollForward && inputs.rollForward !== "never" && inputs.rollForward !== "auto") fields.problem("undo takes a rollback back; it cannot roll forward");
  if (inputs.drill && inputs.undo) fields.problem("a drill rehearses a rollback, not an undo");
  if (inputs.drill && inputs.planHash) fields.problem("a drill is a dry-run: plan-hash is for an apply");
  if (inputs.drill) inputs.dryRun = true;
  if (!inputs.dryRun && !inputs.reason) fields.problem("reason is required: it goes into the deprecation message, the release note and the record");
}

function channelList(fields: InputFields, value: string | string[] | undefined): ChannelName[] {
  const chosen: ChannelName[] = [];
  for (const item of fields.list(Array.isArray(value) ? value.join(",") : value, { commas: true })) {
    const name = (CHANNELS as readonly string[]).includes(item.toLowerCase()) ? (item.toLowerCase() as ChannelName) : CHANNEL_ALIASES[item.toLowerCase()];
    if (!name) fields.problem(`channels: '${item}' is not a channel; the channels are ${CHANNELS.join(", ")}`);
    else if (!chosen.includes(name)) chosen.push(name);
  }
  return chosen;
}

function rollForwardMode(fields: InputFields, value: boolean | string | undefined): RollForwardMode | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value === "boolean") return value ? "restore" : "never";
  const clean = value.trim().toLowerCase();
  if (/^(true|yes|1|restore)$/.test(clean)) return "restore";
  if (/^(false|no|0|never)$/.test(clean)) return "never";
  if (clean === "auto" || clean === "revert") return clean;
  fields.problem(`roll-forward must be auto, true (G's tree), revert (X with commits reverted) or false, not '${value}'`);
  return undefined;
}

/** A JSON array of strings, or one argument per line. */
function smokeArguments(fields: InputFields, value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((item) => item !== "");
  const text = value.trim();
  if (text === "") return [];
  if (text.startsWith("[")) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => typeof item === "string")) return parsed as string[];
    } catch {
      // said below
    }
    fields.problem("smoke-command: a JSON list must be a non-empty array of strings, e.g. [\"npm\", \"run\", \"smoke\"]");
    return [];
  }
  return fields.list(text);
}
