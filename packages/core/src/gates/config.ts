import type { SourceLocation } from "../errors/index.js";
import type { ConfigSection } from "../config/section.js";
import { throwProblems } from "../calendar/config.js";
import { parseLicensesConfig, type LicensesConfig } from "../licenses/config.js";
import { CHECK_IDS, PROFILE_NAMES, normalizeProfile, type ProfileName } from "./profiles.js";

export type Severity = "low" | "moderate" | "high" | "critical";

export interface CustomGate {
  id: string;
  title: string;
  command: string;
  args: string[];
  location?: SourceLocation;
}

export interface CoverageConfig {
  file?: string;
  lines?: number;
  branches?: number;
  functions?: number;
}

/** The `gates` section after defaults. Templates may use {version}. */
export interface GatesConfig {
  profile?: ProfileName;
  pulls: { milestone?: string; label?: string };
  requiredChecks: string[];
  changelog: string;
  manifests: string[];
  docs: string[];
  security: { severity: Severity; audit: "auto" | boolean; dependabot: boolean };
  rollbackDrill: { records: string; maxAgeDays: number };
  releaseNotes: string[];
  coverage: CoverageConfig;
  /** LIC-01's policy; absent when gates.licenses is not configured. */
  licenses?: LicensesConfig;
  custom: CustomGate[];
  skip: string[];
  require: string[];
  evidencePath?: string;
  /** Where a value sits in the config file, for annotations. */
  locate(path: ReadonlyArray<string | number>): SourceLocation | undefined;
}

type Raw = Record<string, unknown>;

const SEVERITIES: readonly Severity[] = ["low", "moderate", "high", "critical"];

/** Reads and checks `gates`; every problem (unknown gate id, bad threshold, ...) is reported at once with its line. */
export function parseGatesConfig(section: ConfigSection): GatesConfig {
  const raw = (section.value ?? {}) as Raw;
  const at = (...path: Array<string | number>) => section.locate(path);
  const problems: Array<{ text: string; location: SourceLocation | undefined }> = [];
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : []);

  let profile: ProfileName | undefined;
  if (typeof raw.profile === "string" && raw.profile !== "auto") {
    profile = normalizeProfile(raw.profile);
    if (!profile) problems.push({ text: `gates.profile '${raw.profile}' is not a profile; expected auto or one of ${PROFILE_NAMES.join(", ")}`, location: at("profile") });
  }
  const pulls = (raw["release-pulls"] ?? {}) as Raw;
  const security = (raw.security ?? {}) as Raw;
  const severity = (security.severity ?? "high") as Severity;
  if (!SEVERITIES.includes(severity)) problems.push({ text: `gates.security.severity must be one of ${SEVERITIES.join(", ")}`, location: at("security", "severity") });
  const drill = (raw["rollback-drill"] ?? {}) as Raw;
  const coverageRaw = (raw.coverage ?? {}) as Raw;
  const coverage: CoverageConfig = {};
  if (typeof coverageRaw.file === "string") coverage.file = coverageRaw.file;
  for (const metric of ["lines", "branches", "functions"] as const) {
    const value = coverageRaw[metric];
    if (value === undefined) continue;
    if (typeof value !== "number" || value < 0 || value > 100) problems.push({ text: `gates.coverage.${metric} must be a percentage from 0 to 100`, location: at("coverage", metric) });
    else coverage[metric] = value;
  }

  const licenses = parseLicensesConfig(raw.licenses, at, problems);

  const custom: CustomGate[] = [];
  const customIds = new Set<string>();
  (Array.isArray(raw.custom) ? raw.custom : []).forEach((entry, index) => {
    const item = (entry ?? {}) as Raw;
    const id = String(item.id ?? "");
    const argv = Array.isArray(item.run) ? item.run.map(String) : typeof item.run === "string" ? item.run.trim().split(/\s+/) : [];
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(id)) problems.push({ text: `gates.custom[${index}].id must be a name of letters, digits and hyphens`, location: at("custom", index, "id") });
    else if (customIds.has(id) || CHECK_IDS.includes(id.toUpperCase() as (typeof CHECK_IDS)[number])) problems.push({ text: `gates.custom[${index}].id '${id}' is already taken`, location: at("custom", index, "id") });
    if (argv.length === 0 || argv[0] === "") problems.push({ text: `gates.custom[${index}].run must name a program and its arguments, e.g. [npm, run, smoke]`, location: at("custom", index, "run") });
    customIds.add(id);
    const location = at("custom", index);
    custom.push({ id, title: typeof item.title === "string" ? item.title : `custom: ${argv.join(" ")}`, command: argv[0] ?? "", args: argv.slice(1), ...(location ? { location } : {}) });
  });

  const known = [...CHECK_IDS, ...customIds];
  const ids = (key: "skip" | "require") =>
    strings(raw[key]).map((id, index) => {
      const found = known.find((candidate) => candidate.toLowerCase() === id.toLowerCase());
      if (!found) problems.push({ text: `gates.${key}[${index}]: unknown gate '${id}'; the gates are ${known.join(", ")}`, location: at(key, index) });
      return found ?? id;
    });
  const skip = ids("skip");
  const require = ids("require");
  throwProblems(problems);

  return {
    ...(profile ? { profile } : {}),
    pulls: typeof pulls.milestone === "string" || typeof pulls.label === "string" ? { ...(typeof pulls.milestone === "string" ? { milestone: pulls.milestone } : {}), ...(typeof pulls.label === "string" ? { label: pulls.label } : {}) } : { milestone: "v{version}" },
    requiredChecks: strings(raw["required-checks"]),
    changelog: typeof raw.changelog === "string" ? raw.changelog : "CHANGELOG.md",
    manifests: raw.manifests === undefined ? ["package.json"] : strings(raw.manifests),
    docs: raw.docs === undefined ? ["docs/**", "README.md"] : strings((raw.docs as Raw)?.paths ?? raw.docs),
    security: { severity, audit: security.audit === undefined ? "auto" : security.audit === true, dependabot: security.dependabot !== false },
    rollbackDrill: { records: typeof drill.records === "string" ? drill.records : ".github/rollback-drills/*.{yml,yaml}", maxAgeDays: typeof drill["max-age-days"] === "number" ? drill["max-age-days"] : 90 },
    releaseNotes: raw["release-notes"] === undefined ? ["docs/releases/{version}/release-notes.md", "RELEASE_NOTES.md", "docs/releases/v{version}.md", "release-notes/v{version}.md"] : strings(raw["release-notes"]),
    coverage,
    ...(licenses ? { licenses } : {}),
    custom,
    skip,
    require,
    ...(typeof raw["evidence-path"] === "string" ? { evidencePath: raw["evidence-path"] } : {}),
    locate: (path) => section.locate(path),
  };
}

/** Fills {version} in a configured template. */
export function fillVersion(template: string, version: string): string {
  return template.replace(/\{version\}/g, version);
}
