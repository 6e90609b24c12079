import { resolve } from "node:path";
import { InputFields } from "../inputs/fields.js";
import { CAPSULE_KINDS, isCapsuleKind, type CapsuleKind } from "./types.js";

/** What a caller (the action or the CLI) asks capsule-sign to do, checked. */
export interface CapsuleSignInputs {
  cwd: string;
  kind: CapsuleKind;
  artifacts: string[];
  outDir?: string;
  version?: string;
  /** The package of a monorepo the capsule is for. */
  package?: string;
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
  /** The run's temporary folder, where out-dir (given or configured) may point. */
  scratch?: string;
}

export interface RawCapsuleSignInputs {
  cwd: string;
  kind?: string;
  artifacts?: string[] | string;
  outDir?: string;
  version?: string;
  package?: string;
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
  /** The run's temporary folder (RUNNER_TEMP), which the documented path inputs may point into. */
  scratch?: string;
}

/** Checks the inputs together and reports every problem at once. */
export function parseCapsuleSignInputs(raw: RawCapsuleSignInputs): CapsuleSignInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  const list = (value: string[] | string | undefined) => fields.list(value);
  const kind = fields.text(raw.kind)?.toUpperCase() ?? "RELEASE";
  if (!isCapsuleKind(kind)) fields.problem(`kind must be one of ${CAPSULE_KINDS.join(", ")}, not '${raw.kind}'`);
  const inputs: CapsuleSignInputs = {
    cwd: raw.cwd,
    kind: kind as CapsuleKind,
    artifacts: fields.paths("artifacts", raw.artifacts),
    decisions: list(raw.decisions),
    openThreads: list(raw.openThreads),
    plans: [],
    evidence: fields.paths("evidence", raw.evidence),
    dryRun: fields.flag("dry-run", raw.dryRun) ?? false,
    sbomPackages: fields.paths("sbom-packages", raw.sbomPackages),
    ...(raw.scratch ? { scratch: raw.scratch } : {}),
  };
  const sbom = fields.flag("sbom", raw.sbom);
  if (sbom !== undefined) inputs.sbom = sbom;
  const version = fields.version("version", raw.version);
  if (version !== undefined) inputs.version = version;
  const pkg = fields.text(raw.package);
  if (pkg !== undefined) inputs.package = pkg;
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
  for (const [key, name, value] of [["outDir", "out-dir", raw.outDir], ["notesPath", "notes", raw.notesPath], ["configPath", "config", raw.configPath]] as const) {
    const path = fields.path(name, value, { scratch: key === "outDir" });
    if (path !== undefined) inputs[key] = path;
  }
  fields.check();
  return inputs;
}

/** What the action's verify mode is given, checked: the envelope and the folders with the artifacts. */
export interface CapsuleVerifyInputs {
  envelope: string;
  artifactDirs: string[];
  readerVersion?: string;
}

export function parseCapsuleVerifyInputs(raw: { cwd: string; scratch?: string; envelope?: string; artifactDirs?: string; readerVersion?: string }): CapsuleVerifyInputs {
  const fields = new InputFields({ root: raw.cwd, scratch: raw.scratch });
  // A capsule to check may have been downloaded into the run's temporary folder.
  const envelope = fields.path("envelope", raw.envelope, { scratch: true });
  if (fields.text(raw.envelope) === undefined) fields.problem("mode verify needs the envelope input (the .dsse.json to verify)");
  const inputs: CapsuleVerifyInputs = { envelope: resolve(raw.cwd, envelope ?? "."), artifactDirs: fields.paths("artifact-dirs", raw.artifactDirs, { scratch: true }).map((dir) => resolve(raw.cwd, dir)) };
  const readerVersion = fields.version("reader-version", raw.readerVersion);
  if (readerVersion !== undefined) inputs.readerVersion = readerVersion;
  fields.check();
  return inputs;
}
