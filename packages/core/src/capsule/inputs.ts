import { InputFields } from "../inputs/fields.js";
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
  /** Lines added to the capsule's context (the post-release capsule's metrics). */
  context?: string[];
  plans: Array<{ action: string; plan_hash: string }>;
  evidence: string[];
  dryRun: boolean;
  configPath?: string;
  /** false: no SBOM for this run (recorded as not applicable); true/absent: as capsule.sbom says. */
  sbom?: boolean;
  /** Folders of the npm packages to describe, overriding capsule.sbom.packages. */
  sbomPackages: string[];
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
  sbom?: boolean | string;
  sbomPackages?: string[] | string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseCapsuleSignInputs(raw: RawCapsuleSignInputs): CapsuleSignInputs {
  const fields = new InputFields();
  const list = (value: string[] | string | undefined) => fields.list(value);
  const kind = fields.text(raw.kind)?.toUpperCase() ?? "RELEASE";
  if (!isCapsuleKind(kind)) fields.problem(`kind must be one of ${CAPSULE_KINDS.join(", ")}, not '${raw.kind}'`);
  const inputs: CapsuleSignInputs = {
    cwd: raw.cwd,
    kind: kind as CapsuleKind,
    artifacts: list(raw.artifacts),
    decisions: list(raw.decisions),
    openThreads: list(raw.openThreads),
    plans: [],
    evidence: list(raw.evidence),
    dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
    sbomPackages: list(raw.sbomPackages),
  };
  const sbom = fields.flag("sbom", raw.sbom);
  if (sbom !== undefined) inputs.sbom = sbom;
  const version = fields.version("version", raw.version);
  if (version !== undefined) inputs.version = version;
  const commit = fields.text(raw.commit);
  if (commit !== undefined) {
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) inputs.commit = commit;
    else fields.problem(`commit must be a full commit id (40 hex digits), not '${commit}'`);
  }
  for (const entry of list(raw.plans)) {
    const match = /^([A-Za-z0-9._-]+)\s*[=:]\s*(sha256:[0-9a-f]{64})$/.exec(entry);
    if (match) inputs.plans.push({ action: match[1]!, plan_hash: match[2]! });
    else fields.problem(`plan hash '${entry}' must be written ACTION=sha256:<64 hex digits>, e.g. version-bump=sha256:…`);
  }
  for (const [key, value] of [["outDir", raw.outDir], ["notesPath", raw.notesPath], ["configPath", raw.configPath]] as const) {
    const clean = fields.text(value);
    if (clean !== undefined) inputs[key] = clean;
  }
  fields.check();
  return inputs;
}
