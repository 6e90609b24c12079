import { commitReferences, type IssueReference } from "../commits/references.js";
import type { ConventionalCommit } from "../commits/types.js";
import { ruleMatches } from "../version/rules.js";
import type { NotesCategory, SectionRule } from "./config.js";

/** One commit as the changelog and the release notes see it. */
export interface ChangeEntry {
  commit: ConventionalCommit;
  sha: string;
  type?: string;
  scope?: string;
  subject: string;
  /** The section it is listed under; undefined when no rule lists it. */
  section?: string;
  notes: NotesCategory;
  breaking: boolean;
  /** Migration texts from `BREAKING CHANGE:` footers (or the subject for a bare `!`). */
  breakingNotes: string[];
  references: IssueReference[];
  /** Value of a `Deprecated:` footer. */
  deprecation?: string;
  /** `CVE-YYYY-NNNN` named anywhere in the message. */
  cve?: string;
  /** Value of a `Severity:` footer. */
  severity?: string;
}

const CVE = /\bCVE-\d{4}-\d{4,}\b/i;

function footerValue(commit: ConventionalCommit, tokens: readonly string[]): string | undefined {
  return commit.footers.find((footer) => tokens.includes(footer.token.toLowerCase()))?.value;
}

/** Whether the commit is breaking, by the same reading the version decision uses. */
export function isBreaking(commit: ConventionalCommit, bangIsBreaking: boolean): boolean {
  if (commit.breakingNotes.length === 0) return false;
  return bangIsBreaking || !commit.bang || commit.footers.some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}

function matches(rule: SectionRule, commit: ConventionalCommit, breaking: boolean): boolean {
  if (rule.footer && !commit.footers.some((footer) => footer.token.toLowerCase() === rule.footer!.toLowerCase())) return false;
  const { title: _title, footer: _footer, hidden: _hidden, notes: _notes, ...fields } = rule;
  return ruleMatches({ ...fields, release: "none" }, commit, breaking);
}

/** Puts each commit into its section by the first rule that matches it. */
export function classifyCommit(commit: ConventionalCommit, rules: readonly SectionRule[], bangIsBreaking: boolean): ChangeEntry {
  const breaking = isBreaking(commit, bangIsBreaking);
  const rule = rules.find((candidate) => matches(candidate, commit, breaking));
  const listed = rule !== undefined && !rule.hidden;
  const deprecation = commit.footers.length > 0 ? footerValue(commit, ["deprecated", "deprecation"]) : undefined;
  const entry: ChangeEntry = {
    commit,
    sha: commit.raw.sha,
    subject: commit.type ? commit.subject : commit.header,
    notes: listed ? (rule.notes ?? "improvements") : "none",
    breaking,
    breakingNotes: breaking ? commit.breakingNotes : [],
    // Unlisted commits are most of a large range: their references and CVEs are never shown.
    references: listed ? commitReferences(commit) : [],
  };
  if (commit.type) entry.type = commit.type;
  if (commit.scope) entry.scope = commit.scope;
  if (listed) entry.section = rule.title;
  if (deprecation) entry.deprecation = deprecation;
  if (listed) {
    const cve = CVE.exec(commit.raw.message)?.[0];
    const severity = footerValue(commit, ["severity"]);
    if (cve) entry.cve = cve.toUpperCase();
    if (severity) entry.severity = severity.toLowerCase();
  }
  return entry;
}

export function classifyCommits(commits: readonly ConventionalCommit[], rules: readonly SectionRule[], bangIsBreaking: boolean): ChangeEntry[] {
  return commits.map((commit) => classifyCommit(commit, rules, bangIsBreaking));
}

/** Listed entries grouped in the configured order; sections with no entry are left out. */
export function groupBySection(entries: readonly ChangeEntry[], order: readonly string[]): Array<{ title: string; entries: ChangeEntry[] }> {
  const groups = new Map<string, ChangeEntry[]>();
  for (const entry of entries) {
    if (!entry.section) continue;
    let group = groups.get(entry.section);
    if (!group) groups.set(entry.section, (group = []));
    group.push(entry);
  }
  const titles = [...order.filter((title) => groups.has(title)), ...[...groups.keys()].filter((title) => !order.includes(title))];
  // Within a section: scoped entries grouped by scope, then the unscoped ones, each in commit order.
  return titles.map((title) => ({ title, entries: stableByScope(groups.get(title)!) }));
}

function stableByScope(entries: ChangeEntry[]): ChangeEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.scope ?? "\uffff").localeCompare(b.entry.scope ?? "\uffff") || a.index - b.index)
    .map(({ entry }) => entry);
}
