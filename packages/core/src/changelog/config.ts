import { ConfigurationError } from "../errors/index.js";
import { RELEASE_PLEASE_SECTIONS } from "./release-please/entries.js";

export type ChangelogFormat = "conventional" | "keep-a-changelog" | "release-please";
export const CHANGELOG_FORMATS: readonly ChangelogFormat[] = ["conventional", "keep-a-changelog", "release-please"];

/** Where an entry lands in the seed's release notes (its `changes` keys). */
export type NotesCategory = "features" | "improvements" | "bug_fixes" | "security" | "deprecations" | "none";

/**
 * Puts a commit into a section. Fields are matched like version rules (globs, `/regex/`); every
 * given field must match. The first matching rule wins; a commit no rule matches is not listed
 * (a breaking one still contributes its migration note).
 */
export interface SectionRule {
  title: string;
  type?: string;
  scope?: string;
  subject?: string;
  /** A footer token the commit must carry (`Deprecated`, `Security`), case-insensitive. */
  footer?: string;
  breaking?: boolean;
  revert?: boolean;
  /** Matches, but lists the commit nowhere. */
  hidden?: boolean;
  notes?: NotesCategory;
}

export interface RollbackSettings {
  channels: string[];
  /** Shell lines shown in rollback-procedures.md; `{version}`, `{previous}`, `{tag}`, `{previous_tag}` are filled in. */
  commands: string[];
}

export interface ChangelogConfig {
  format: ChangelogFormat;
  /** release-please format: entries start with a capital, as release-please's sentence-case plugin writes them. */
  sentenceCase: boolean;
  path: string;
  /** Text put above the first release when the file is created. */
  header?: string;
  sections: SectionRule[];
  /** Section titles in the order they are printed. */
  order: string[];
  /** A markdown file (relative to the repository) that renders one release section. */
  template?: string;
  /** One line per entry; see docs/changelog.md for the placeholders. */
  entryTemplate?: string;
  repositoryUrl?: string;
  links: boolean;
  contributors: { enabled: boolean; exclude: string[] };
  record: { enabled: boolean; dir: string; rollback: RollbackSettings };
  knownIssues: Array<{ issue: string; workaround?: string }>;
}

/** Conventional Commits as conventional-changelog's presets print them. */
export const CONVENTIONAL_SECTIONS: readonly SectionRule[] = [
  { title: "Bug Fixes", type: "fix", scope: "security", notes: "security" },
  { title: "Features", type: "feat", notes: "features" },
  { title: "Bug Fixes", type: "fix", notes: "bug_fixes" },
  { title: "Performance", type: "perf", notes: "improvements" },
  { title: "Security", type: "security", notes: "security" },
  { title: "Reverts", revert: true, notes: "improvements" },
];
export const CONVENTIONAL_ORDER = ["Features", "Bug Fixes", "Performance", "Security", "Reverts"];

/** Keep a Changelog's six sections plus the seed's State Capsules and Migration. */
export const KEEP_A_CHANGELOG_SECTIONS: readonly SectionRule[] = [
  { title: "Security", scope: "security", notes: "security" },
  { title: "Security", type: "security", notes: "security" },
  { title: "State Capsules", scope: "{capsule,capsules,state}", notes: "improvements" },
  { title: "Deprecated", footer: "deprecated", notes: "deprecations" },
  { title: "Deprecated", type: "deprecate", notes: "deprecations" },
  { title: "Removed", type: "remove", notes: "improvements" },
  { title: "Added", type: "feat", notes: "features" },
  { title: "Fixed", type: "fix", notes: "bug_fixes" },
  { title: "Changed", type: "perf", notes: "improvements" },
  { title: "Changed", revert: true, notes: "improvements" },
  { title: "Changed", breaking: true, notes: "none" },
];
export const KEEP_A_CHANGELOG_ORDER = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security", "State Capsules"];

export const DEFAULT_BOTS = ["*[bot]", "dependabot*", "renovate*", "github-actions*", "semantic-release-bot", "release-please*"];
export const DEFAULT_RECORD_DIR = "docs/releases/{version}";

type Raw = Record<string, unknown>;

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

const DEFAULT_SECTIONS: Record<ChangelogFormat, readonly SectionRule[]> = {
  conventional: CONVENTIONAL_SECTIONS,
  "keep-a-changelog": KEEP_A_CHANGELOG_SECTIONS,
  "release-please": RELEASE_PLEASE_SECTIONS,
};

/** The section titles of a format in the order they are printed. */
function defaultOrder(format: ChangelogFormat, sections: readonly SectionRule[]): string[] {
  if (format === "keep-a-changelog") return [...KEEP_A_CHANGELOG_ORDER];
  if (format === "conventional") return [...CONVENTIONAL_ORDER];
  // release-please prints sections in the order of its section list, hidden ones included.
  return [...new Set(sections.map((rule) => rule.title).filter((title) => title !== ""))];
}

/**
 * The `changelog` section of .github/cadence.yml with defaults filled in. The schema has already
 * checked shapes; this adds what a schema cannot say (a section rule that matches nothing).
 * `defaultFormat` is the format when the section names none (release-please's, for a
 * configuration read from release-please's files).
 */
export function resolveChangelogConfig(raw: unknown, file = ".github/cadence.yml", defaultFormat: ChangelogFormat = "conventional"): ChangelogConfig {
  const section = (raw && typeof raw === "object" ? raw : {}) as Raw;
  const format = (section.format as ChangelogFormat | undefined) ?? defaultFormat;
  if (!CHANGELOG_FORMATS.includes(format)) throw new ConfigurationError(`changelog.format must be one of ${CHANGELOG_FORMATS.join(", ")}, not '${String(format)}'`, { file });
  const custom = (Array.isArray(section.sections) ? section.sections : []).map((rule, index) => sectionRule(rule as Raw, index, file, format));
  const sections = [...custom, ...(section["default-sections"] === false ? [] : DEFAULT_SECTIONS[format])];
  const order = defaultOrder(format, sections);
  for (const rule of custom) if (!rule.hidden && !order.includes(rule.title)) order.push(rule.title);
  const record = (section.record ?? {}) as Raw;
  const rollback = (record.rollback ?? {}) as Raw;
  const contributors = (section.contributors ?? {}) as Raw;
  return {
    format,
    sentenceCase: section["sentence-case"] === true,
    path: typeof section.path === "string" ? section.path : "CHANGELOG.md",
    ...(typeof section.header === "string" ? { header: section.header } : {}),
    sections,
    order,
    ...(typeof section.template === "string" ? { template: section.template } : {}),
    ...(typeof section["entry-template"] === "string" ? { entryTemplate: section["entry-template"] } : {}),
    ...(typeof section["repository-url"] === "string" ? { repositoryUrl: section["repository-url"] } : {}),
    links: section.links !== false,
    contributors: {
      enabled: contributors.enabled !== false,
      exclude: contributors.exclude === undefined ? [...DEFAULT_BOTS] : list(contributors.exclude),
    },
    record: {
      enabled: record.enabled !== false,
      dir: typeof record.dir === "string" ? record.dir : DEFAULT_RECORD_DIR,
      rollback: { channels: list(rollback.channels), commands: list(rollback.commands) },
    },
    knownIssues: (Array.isArray(section["known-issues"]) ? section["known-issues"] : []).map((item) => {
      const entry = (typeof item === "string" ? { issue: item } : item) as Raw;
      return { issue: String(entry.issue), ...(entry.workaround !== undefined ? { workaround: String(entry.workaround) } : {}) };
    }),
  };
}

function sectionRule(raw: Raw, index: number, file: string, format: ChangelogFormat): SectionRule {
  const rule: SectionRule = { title: String(raw.title ?? "") };
  for (const key of ["type", "scope", "subject", "footer"] as const) if (typeof raw[key] === "string") rule[key] = raw[key] as string;
  if (raw.breaking === true) rule.breaking = true;
  if (raw.revert === true) rule.revert = true;
  if (raw.hidden === true) rule.hidden = true;
  if (typeof raw.notes === "string") rule.notes = raw.notes as NotesCategory;
  const selective = rule.type ?? rule.scope ?? rule.subject ?? rule.footer ?? (rule.breaking || rule.revert ? "x" : undefined);
  if (selective === undefined) {
    throw new ConfigurationError(`changelog.sections[${index}] ('${rule.title}') matches every commit: give type, scope, subject, footer, breaking or revert`, { file });
  }
  if (!rule.hidden && rule.title.trim() === "") throw new ConfigurationError(`changelog.sections[${index}] needs a title (or hidden: true)`, { file });
  // release-please lists a hidden type's breaking changes under its title: the title is needed there too.
  if (format === "release-please" && rule.title.trim() === "") throw new ConfigurationError(`changelog.sections[${index}] needs a title: the release-please format lists breaking changes of hidden sections under it`, { file });
  if (format === "release-please" && rule.type === undefined) throw new ConfigurationError(`changelog.sections[${index}] ('${rule.title}') needs a type: the release-please format puts entries into sections by type (and scope)`, { file });
  return rule;
}
