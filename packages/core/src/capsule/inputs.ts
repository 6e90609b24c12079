import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput } from "../version/metadata.js";
import { splitLines } from "./notes.js";
import { CAPSULE_KINDS, isCapsuleKind, type CapsuleKind } from "./types.js";

/** What a caller (the action or the CLI) asks capsule-sign to do, checked. */
export interface CapsuleSignInputs {
  cwd: string;
  kind: CapsuleKind;
  artifacts: string[];
  outDir?: string;
  version?: string;
  commit?: string;
  notesPath?: string;
  decisions: string[];
  openThreads: string[];
  plans: Array<{ action: string; plan_hash: string }>;
  evidence: string[];
  dryRun: boolean;
  configPath?: string;
}

export interface RawCapsuleSignInputs {
  cwd: string;
  kind?: string;
  artifacts?: string[] | string;
  outDir?: string;
  version?: string;
  commit?: string;
  notesPath?: string;
  decisions?: string[] | string;
  openThreads?: string[] | string;
  plans?: string[] | string;
  evidence?: string[] | string;
  dryRun?: boolean | string;
  configPath?: string;
}

const list = (value: string[] | string | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map((item) => item.trim()).filter(Boolean) : splitLines(value));
const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : value.trim());

/** Checks the inputs together and reports every problem at once. */
export function parseCapsuleSignInputs(raw: RawCapsuleSignInputs): CapsuleSignInputs {
  const problems: string[] = [];
  const kind = text(raw.kind)?.toUpperCase() ?? "RELEASE";
  if (!isCapsuleKind(kind)) problems.push(`kind must be one of ${CAPSULE_KINDS.join(", ")}, not '${raw.kind}'`);
  const inputs: CapsuleSignInputs = {
    cwd: raw.cwd,
    kind: kind as CapsuleKind,
    artifacts: list(raw.artifacts),
    decisions: list(raw.decisions),
    openThreads: list(raw.openThreads),
    plans: [],
    evidence: list(raw.evidence),
    dryRun: false,
  };
  const version = text(raw.version);
  if (version !== undefined) {
    try {
      inputs.version = normalizeVersionInput(version, "version");
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const commit = text(raw.commit);
  if (commit !== undefined) {
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) inputs.commit = commit;
    else problems.push(`commit must be a full commit id (40 hex digits), not '${commit}'`);
  }
  for (const entry of list(raw.plans)) {
    const match = /^([A-Za-z0-9._-]+)\s*[=:]\s*(sha256:[0-9a-f]{64})$/.exec(entry);
    if (match) inputs.plans.push({ action: match[1]!, plan_hash: match[2]! });
    else problems.push(`plan hash '${entry}' must be written ACTION=sha256:<64 hex digits>, e.g. version-bump=sha256:…`);
  }
  const dryRun = raw.dryRun;
  if (typeof dryRun === "boolean") inputs.dryRun = dryRun;
  else if (dryRun !== undefined && dryRun !== "") {
    if (/^(true|yes|1)$/i.test(dryRun)) inputs.dryRun = true;
    else if (!/^(false|no|0)$/i.test(dryRun)) problems.push(`dry-run must be true or false, not '${dryRun}'`);
  }
  for (const [key, value] of [["outDir", raw.outDir], ["notesPath", raw.notesPath], ["configPath", raw.configPath]] as const) {
    const clean = text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  if (problems.length > 0) throw new ConfigurationError(problems.length === 1 ? problems[0]! : `${problems.length} problems with the inputs:`, undefined, problems);
  return inputs;
}
