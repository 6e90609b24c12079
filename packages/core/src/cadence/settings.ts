import type { SourceLocation } from "../errors/index.js";
import type { ConfigSection } from "../config/section.js";
import { throwProblems } from "../calendar/config.js";

/** The `cadence` section after defaults: how the scheduled tick cuts, names and watches releases. */
export interface CadenceSettings {
  /** Name of a minor's release branch; `{major}` and `{minor}` are filled in. */
  releaseBranch: string;
  /** The pre-release id of release candidates. */
  rcChannel: string;
  /** The branch release candidates are cut from and promoted releases are merged back into; default: the checked-out branch. */
  baseBranch?: string;
  /** The POST-RELEASE capsule is written this many days after a release. */
  postReleaseDays: number;
  /** Issues with this label opened soon after a release count as its critical issues. */
  criticalLabel: string;
  /** How long after a release a critical issue counts against it (the seed's first 48 hours). */
  criticalWindowHours: number;
  /** How many recent releases the metrics table and chart show. */
  recent: number;
}

export const DEFAULT_CADENCE: CadenceSettings = {
  releaseBranch: "release/v{major}.{minor}",
  rcChannel: "rc",
  postReleaseDays: 7,
  criticalLabel: "critical",
  criticalWindowHours: 48,
  recent: 10,
};

type Raw = Record<string, unknown>;

/** Reads and checks `cadence`; every problem is reported at once with its line. */
export function parseCadenceSettings(section: ConfigSection): CadenceSettings {
  const raw = (section.value ?? {}) as Raw;
  const problems: Array<{ text: string; location: SourceLocation | undefined }> = [];
  const at = (key: string) => section.locate([key]);
  const settings: CadenceSettings = { ...DEFAULT_CADENCE };
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    problems.push({ text: `cadence.${key} must be a non-empty string`, location: at(key) });
    return undefined;
  };
  const count = (key: string, minimum: number): number | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === "number" && Number.isInteger(value) && value >= minimum) return value;
    problems.push({ text: `cadence.${key} must be a whole number of at least ${minimum}, not '${String(value)}'`, location: at(key) });
    return undefined;
  };
  const branch = text("release-branch");
  if (branch !== undefined) {
    if (!branch.includes("{major}") || !branch.includes("{minor}")) {
      problems.push({ text: `cadence.release-branch must name {major} and {minor} (one branch per minor line), e.g. release/v{major}.{minor}, not '${branch}'`, location: at("release-branch") });
    } else settings.releaseBranch = branch;
  }
  const channel = text("rc-channel");
  if (channel !== undefined) {
    if (/^[0-9A-Za-z-]+$/.test(channel) && !/^\d+$/.test(channel)) settings.rcChannel = channel;
    else problems.push({ text: `cadence.rc-channel must be a pre-release id such as rc (letters, digits, hyphens), not '${channel}'`, location: at("rc-channel") });
  }
  const base = text("base-branch");
  if (base !== undefined) settings.baseBranch = base;
  const label = text("critical-label");
  if (label !== undefined) settings.criticalLabel = label;
  settings.postReleaseDays = count("post-release-days", 1) ?? settings.postReleaseDays;
  settings.criticalWindowHours = count("critical-window-hours", 1) ?? settings.criticalWindowHours;
  settings.recent = count("recent", 1) ?? settings.recent;
  throwProblems(problems);
  return settings;
}

/** `release/v{major}.{minor}` for 1.3 → `release/v1.3`. */
export function releaseBranchName(template: string, major: number, minor: number): string {
  return template.replaceAll("{major}", String(major)).replaceAll("{minor}", String(minor));
}

/** The major and minor a branch name stands for under the template, or undefined when it is not such a branch. */
export function lineOfBranch(template: string, branch: string): { major: number; minor: number } | undefined {
  const pattern = template
    .split(/(\{major\}|\{minor\})/)
    .map((part) => (part === "{major}" ? "(?<major>\\d+)" : part === "{minor}" ? "(?<minor>\\d+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const match = new RegExp(`^${pattern}$`).exec(branch);
  if (!match?.groups) return undefined;
  return { major: Number(match.groups.major), minor: Number(match.groups.minor) };
}
