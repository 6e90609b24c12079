import { commitReferences, type IssueReference } from "../commits/references.js";
import type { ConventionalCommit, Footer } from "../commits/types.js";
import { compileRule, isBreaking, type RuleTest } from "../version/rules.js";
import type { NotesCategory, SectionRule } from "./config.js";
import { isToken } from "./footer-tokens.js";
import { compareTextKeys, textKey, type TextKey } from "./text-order.js";

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
  breakingNotes: readonly string[];
  references: readonly IssueReference[];
  /** Value of a `Deprecated:` footer. */
  deprecation?: string;
  /** `CVE-YYYY-NNNN` named anywhere in the message. */
  cve?: string;
  /** Value of a `Severity:` footer. */
  severity?: string;
  /** What else the footers say, for the contributors and the notes; absent when nothing (most commits). */
  footerFacts?: FooterFacts;
}

/**
 * The footers the contributors and the release notes look at, gathered when the commit is
 * classified: a logged commit decodes its footers from its bytes at each reading, and at 100k
 * commits each extra reading cost about 0.1 s.
 */
export interface FooterFacts {
  /** `Co-authored-by:` values, in order. */
  coAuthors?: string[];
  /** A `Highlight:` footer is there. */
  highlight?: true;
  /** The first `Removal:` / `Remove-in:` / `Removed-in:` value. */
  removal?: string;
  /** The first `Replacement:` / `Use-instead:` value. */
  replacement?: string;
  /** `Known-issue:` values, in order (a footer token holds no space: `Known issue:` is body text). */
  knownIssues?: string[];
}

const REMOVAL_TOKENS = ["removal", "remove-in", "removed-in"] as const;
const REPLACEMENT_TOKENS = ["replacement", "use-instead"] as const;

function isAnyToken(token: string, names: readonly string[]): boolean {
  return names.some((name) => isToken(token, name));
}

function footerFacts(footers: readonly Footer[]): FooterFacts | undefined {
  let facts: FooterFacts | undefined;
  for (const { token, value } of footers) {
    if (isToken(token, "co-authored-by")) ((facts ??= {}).coAuthors ??= []).push(value);
    else if (isToken(token, "highlight")) (facts ??= {}).highlight = true;
    else if (isAnyToken(token, REMOVAL_TOKENS)) (facts ??= {}).removal ??= value;
    else if (isAnyToken(token, REPLACEMENT_TOKENS)) (facts ??= {}).replacement ??= value;
    else if (isToken(token, "known-issue")) ((facts ??= {}).knownIssues ??= []).push(value);
  }
  return facts;
}

/** The one empty list every entry without notes or references shares (most of a large range). */
const NONE: readonly never[] = Object.freeze([]);

const CVE = /\bCVE-\d{4}-\d{4,}\b/i;
const DEPRECATION_TOKENS = ["deprecated", "deprecation"] as const;
const SEVERITY_TOKENS = ["severity"] as const;

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

function footerValue(footers: readonly Footer[], tokens: readonly string[]): string | undefined {
  return footers.find((footer) => isAnyToken(footer.token, tokens))?.value;
}

/**
 * A section rule made ready for matching, once per run rather than once per commit and rule:
 * its commit fields compiled as a version rule's, its footer token lower-cased.
 */
interface PreparedRule {
  rule: SectionRule;
  fields: RuleTest;
  footer?: string;
}

function prepareRules(rules: readonly SectionRule[]): PreparedRule[] {
  return rules.map((rule) => {
    const { title: _title, footer, hidden: _hidden, notes: _notes, ...fields } = rule;
    return { rule, fields: compileRule(fields), ...(footer ? { footer: footer.toLowerCase() } : {}) };
  });
}

function hasFooter(footers: readonly Footer[], token: string): boolean {
  return footers.some((footer) => footer.token.toLowerCase() === token);
}

function matches(prepared: PreparedRule, commit: ConventionalCommit, footers: readonly Footer[], breaking: boolean): boolean {
  if (prepared.footer !== undefined && !hasFooter(footers, prepared.footer)) return false;
  return prepared.fields(commit, breaking, commit.type);
}

function firstMatching(rules: readonly PreparedRule[], commit: ConventionalCommit, footers: readonly Footer[], breaking: boolean): SectionRule | undefined {
  for (const prepared of rules) if (matches(prepared, commit, footers, breaking)) return prepared.rule;
  return undefined;
}

function classify(commit: ConventionalCommit, rules: readonly PreparedRule[], bangIsBreaking: boolean): ChangeEntry {
  // A logged commit reads its footers from its bytes at every use: once here, for all the uses below.
  const footers = commit.footers;
  const breaking = isBreaking(commit, bangIsBreaking, footers);
  const rule = firstMatching(rules, commit, footers, breaking);
  const listed = rule !== undefined && !rule.hidden;
  const deprecation = footers.length > 0 ? footerValue(footers, DEPRECATION_TOKENS) : undefined;
  // A logged commit decodes its message at every ask: once here, for the references and the CVE.
  const message = listed ? commit.raw.message : "";
  const entry: ChangeEntry = {
    commit,
    sha: commit.raw.sha,
    subject: commit.type ? commit.subject : commit.header,
    notes: listed ? (rule.notes ?? "improvements") : "none",
    breaking,
    breakingNotes: breaking ? commit.breakingNotes : NONE,
    // Unlisted commits are most of a large range: their references and CVEs are never shown.
    references: listed ? orNone(commitReferences(commit, footers, message)) : NONE,
  };
  if (commit.type) entry.type = commit.type;
  if (commit.scope) entry.scope = commit.scope;
  if (listed) entry.section = rule.title;
  if (deprecation) entry.deprecation = deprecation;
  const facts = footers.length > 0 ? footerFacts(footers) : undefined;
  if (facts) entry.footerFacts = facts;
  if (listed) {
    const cve = CVE.exec(message)?.[0];
    const severity = footers.length > 0 ? footerValue(footers, SEVERITY_TOKENS) : undefined;
    if (cve) entry.cve = cve.toUpperCase();
    if (severity) entry.severity = severity.toLowerCase();
  }
  return entry;
}

/** Puts each commit into its section by the first rule that matches it. */
export function classifyCommits(commits: readonly ConventionalCommit[], rules: readonly SectionRule[], bangIsBreaking: boolean): ChangeEntry[] {
  const prepared = prepareRules(rules);
  return commits.map((commit) => classify(commit, prepared, bangIsBreaking));
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

/**
 * The entries grouped by scope in text order (see compareTextKeys), unscoped ones last, each group
 * in commit order. Each distinct scope is compared, not every entry: a section of 30k entries has
 * a few dozen scopes.
 */
function stableByScope(entries: ChangeEntry[]): ChangeEntry[] {
  const byScope = new Map<string | undefined, ChangeEntry[]>();
  for (const entry of entries) {
    let group = byScope.get(entry.scope);
    if (!group) byScope.set(entry.scope, (group = []));
    group.push(entry);
  }
  if (byScope.size === 1) return entries;
  const keys = new Map<string, TextKey>();
  for (const scope of byScope.keys()) if (scope !== undefined) keys.set(scope, textKey(scope));
  const scopes = [...keys.keys()].sort((a, b) => compareTextKeys(keys.get(a)!, keys.get(b)!));
  const sorted: ChangeEntry[] = [];
  for (let start = 0; start < scopes.length; ) {
    let end = start + 1;
    while (end < scopes.length && compareTextKeys(keys.get(scopes[start]!)!, keys.get(scopes[end]!)!) === 0) end++;
    for (const entry of end - start === 1 ? byScope.get(scopes[start]!)! : interleaved(entries, scopes.slice(start, end))) sorted.push(entry);
    start = end;
  }
  for (const entry of byScope.get(undefined) ?? []) sorted.push(entry);
  return sorted;
}

/** Distinct scopes that compare equal stay mixed in commit order. */
function interleaved(entries: readonly ChangeEntry[], tied: readonly string[]): ChangeEntry[] {
  const scopes = new Set(tied);
  return entries.filter((entry) => entry.scope !== undefined && scopes.has(entry.scope));
}
