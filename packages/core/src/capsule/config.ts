import { loadConfig } from "../config/load.js";
import { parseYamlSource } from "../config/yaml-source.js";
import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { invalidRanges } from "./compatibility.js";
import { SBOM_FORMATS, type SbomFormat } from "../sbom/document.js";
import type { SbomConfig } from "../sbom/generate.js";
import type { SealableSection } from "./seal.js";
import type { CompatibilityRule } from "./types.js";

export const DEFAULT_STATE_VERSION = "state-v1";
export const DEFAULT_OUT_DIR = "release-capsule";
export const DEFAULT_CHANGELOG = "CHANGELOG.md";

export interface CapsuleConfig {
  stateVersion: string;
  compatibility: CompatibilityRule[];
  outDir: string;
  notes?: string;
  changelog: string;
  project?: string;
  sbom: SbomConfig;
  /** Recipient names → an age recipient (age1…) or a file of them. */
  recipients: Record<string, string>;
  /** The sections to encrypt, each with the recipient names it is for. */
  encrypt: Partial<Record<SealableSection, string[]>>;
  /** Where a setting sits in the config file, for messages that point at it. */
  locate(path: ReadonlyArray<string | number>): SourceLocation | undefined;
}

interface RawCapsule {
  "state-version"?: string;
  compatibility?: CompatibilityRule[];
  "out-dir"?: string;
  notes?: string;
  changelog?: string;
  project?: string;
  sbom?: false | { formats?: SbomFormat[]; packages?: string[]; files?: string[] };
  recipients?: Record<string, string>;
  encrypt?: Partial<Record<SealableSection, string[]>>;
}

/** The `capsule:` section, defaults filled in; the schema has checked its shape already. */
export async function loadCapsuleConfig(files: Files, configPath?: string): Promise<CapsuleConfig> {
  const config = await loadConfig(files, configPath ? { configPath } : {});
  const raw = (config.raw.capsule ?? {}) as RawCapsule;
  const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
  const text = file ? await files.read(file) : undefined;
  const source = file && text !== undefined ? parseYamlSource(file, text) : undefined;
  const locate = (path: ReadonlyArray<string | number>) => source?.locate(["capsule", ...path]);
  return resolveCapsuleConfig(raw, locate);
}

export function resolveCapsuleConfig(raw: RawCapsule, locate: CapsuleConfig["locate"] = () => undefined): CapsuleConfig {
  const stateVersion = raw["state-version"] ?? DEFAULT_STATE_VERSION;
  const compatibility = raw.compatibility && raw.compatibility.length > 0 ? raw.compatibility.map((rule) => ({ ...rule })) : [{ release: "*", state: stateVersion, mode: "full" as const }];
  const bad = invalidRanges(compatibility);
  if (bad.length > 0) {
    const problems = bad.map((entry) => `capsule.compatibility[${entry.index}].release '${entry.release}' is not a SemVer range (write e.g. 1.2.x or >=2.0.0 <3.0.0)`);
    throw new ConfigurationError(problems[0]!, locate(["compatibility", bad[0]!.index, "release"]), problems);
  }
  const recipients = { ...(raw.recipients ?? {}) };
  const encrypt = { ...(raw.encrypt ?? {}) };
  // A section may only name recipients whose keys are configured: a missing key would leave the section readable to nobody meant.
  const missing = Object.entries(encrypt).flatMap(([section, names]) => (names ?? []).flatMap((name, index) => (name in recipients ? [] : [{ section, name, index }])));
  if (missing.length > 0) {
    const problems = missing.map((entry) => `capsule.encrypt.${entry.section}[${entry.index}]: no key for the recipient '${entry.name}'; add it under capsule.recipients (an age1… recipient or a file of them)`);
    throw new ConfigurationError(problems[0]!, locate(["encrypt", missing[0]!.section, missing[0]!.index]), problems);
  }
  return {
    stateVersion,
    compatibility,
    recipients,
    encrypt,
    outDir: raw["out-dir"] ?? DEFAULT_OUT_DIR,
    ...(raw.notes ? { notes: raw.notes } : {}),
    changelog: raw.changelog ?? DEFAULT_CHANGELOG,
    ...(raw.project ? { project: raw.project } : {}),
    sbom: resolveSbom(raw.sbom),
    locate,
  };
}

/** `capsule.sbom`: false turns SBOMs off; by default a CycloneDX SBOM of each published npm package. */
function resolveSbom(raw: RawCapsule["sbom"]): SbomConfig {
  if (raw === false) return { enabled: false, formats: [], files: [] };
  const formats = raw?.formats && raw.formats.length > 0 ? [...new Set(raw.formats)].filter((format): format is SbomFormat => (SBOM_FORMATS as readonly string[]).includes(format)) : ["cyclonedx" as const];
  return { enabled: true, formats, ...(raw?.packages ? { packages: [...raw.packages] } : {}), files: [...(raw?.files ?? [])] };
}
