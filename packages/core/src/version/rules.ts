import picomatch from "picomatch";
import type { ConventionalCommit, Footer } from "../commits/types.js";
import type { VersioningConfig } from "../config/types.js";
import { higher, type BumpLevel, type BumpRule } from "./types.js";

/** What one commit releases and which rule said so. */
export interface CommitVerdict {
  commit: ConventionalCommit;
  level: BumpLevel;
  /** Why, in words: the rule that matched. */
  reason: string;
}

/** A rule field's pattern as a test: exact text, a glob, or a `/regular expression/`. */
function matcher(pattern: string): (text: string) => boolean {
  if (/^\/.*\/$/.test(pattern)) {
    const expression = new RegExp(pattern.slice(1, -1));
    return (text) => expression.test(text);
  }
  // Commit text is not a path: `bash` lets a single `*` cross `/` (`chore(deps/dev)`, `update src/app.ts`).
  if (/[*?[\]{}()!+@]/.test(pattern)) return picomatch(pattern, { dot: true, bash: true });
  return (text) => text === pattern;
}

/**
 * Whether a commit matches a rule. `type` is the type the commit is read with: usually its own,
 * undefined when a `!` header is read as not conventional (see commitJudge).
 */
export type RuleTest = (commit: ConventionalCommit, breaking: boolean, type: string | undefined) => boolean;

/**
 * A rule's patterns compiled once, for the many commits of a range (version rules here, the
 * changelog's section rules in changelog/entries.ts).
 */
export function compileRule(rule: Omit<BumpRule, "release">): RuleTest {
  const type = rule.type === undefined ? undefined : matcher(rule.type);
  const scope = rule.scope === undefined ? undefined : matcher(rule.scope);
  const subject = rule.subject === undefined ? undefined : matcher(rule.subject);
  return (commit, breaking, commitType) =>
    !(rule.breaking && !breaking) &&
    !(rule.revert && !commit.revert) &&
    (type === undefined || (commitType !== undefined && type(commitType))) &&
    (scope === undefined || (commit.scope !== undefined && scope(commit.scope))) &&
    (subject === undefined || subject(commit.subject));
}

export function describeRule(rule: BumpRule): string {
  const parts: string[] = [];
  if (rule.type) parts.push(`type ${rule.type}`);
  if (rule.scope) parts.push(`scope ${rule.scope}`);
  if (rule.subject) parts.push(`subject ${rule.subject}`);
  if (rule.breaking) parts.push("breaking change");
  if (rule.revert) parts.push("revert");
  return `${parts.join(", ") || "any commit"} → ${rule.release}`;
}

/** The level of one commit; see commitJudge. */
export function judgeCommit(commit: ConventionalCommit, config: VersioningConfig): CommitVerdict {
  return commitJudge(config)(commit);
}

/** What a commit releases and why, without the commit: one object per rule and outcome, shared. */
export interface Ruling {
  level: BumpLevel;
  reason: string;
}

/** Judges commits by the rules of one configuration (see commitRuling), with the commit in the verdict. */
export function commitJudge(config: VersioningConfig): (commit: ConventionalCommit) => CommitVerdict {
  const ruling = commitRuling(config);
  return (commit) => {
    const { level, reason } = ruling(commit);
    return { commit, level, reason };
  };
}

/**
 * Judges commits by the rules of one configuration. Custom rules are tried first: every matching
 * custom rule counts and the highest wins. Only when none matched do the default rules decide, the
 * same way; a revert that no rule matched releases `reverts.lone`. Rules are compiled and each
 * ruling (level and reason) made once per run: judging 100k commits allocates nothing per commit.
 */
export function commitRuling(config: VersioningConfig): (commit: ConventionalCommit) => Ruling {
  const ruleSets = [compileRules(config.rules, "custom rule"), compileRules(config.defaultRules, "default rule")];
  const loneRevert: Ruling = { level: config.reverts.lone, reason: `a revert whose reverted commit is not in this range → ${config.reverts.lone}` };
  const notConventional: Ruling = { level: "none", reason: "not a Conventional Commit" };
  const silentTypes = new Map<string, Ruling>();
  const silent = (type: string): Ruling => {
    let ruling = silentTypes.get(type);
    if (ruling === undefined) silentTypes.set(type, (ruling = { level: "none", reason: `type ${type} releases nothing` }));
    return ruling;
  };
  return (commit) => {
    const breaking = isBreaking(commit, config.bangIsBreaking);
    // With `bang-is-breaking: false` a `!` header is read as not conventional at all.
    const type = config.bangIsBreaking || !commit.bang ? commit.type : undefined;
    for (const rules of ruleSets) {
      let chosen: CompiledRule | undefined;
      for (const rule of rules) {
        if (!rule.matches(commit, breaking, type)) continue;
        if (chosen === undefined || higher(rule.ruling.level, chosen.ruling.level) !== chosen.ruling.level) chosen = rule;
      }
      if (chosen !== undefined) return chosen.ruling;
    }
    if (commit.revert) return loneRevert;
    return commit.type ? silent(commit.type) : notConventional;
  };
}

interface CompiledRule {
  ruling: Ruling;
  matches: RuleTest;
}

/** Rules with their patterns compiled and their rulings worded, once for a whole range. */
function compileRules(rules: readonly BumpRule[], origin: string): CompiledRule[] {
  return rules.map((rule) => ({ ruling: { level: rule.release, reason: `${origin}: ${describeRule(rule)}` }, matches: compileRule(rule) }));
}

/**
 * Whether a commit is breaking: it has breaking notes, and its `!` counts (`bang-is-breaking`) or
 * a BREAKING CHANGE footer says so. The version decision and the changelog both ask this;
 * `footers`, for a caller that has read them already.
 */
export function isBreaking(commit: ConventionalCommit, bangIsBreaking: boolean, footers?: readonly Footer[]): boolean {
  if (commit.breakingNotes.length === 0) return false;
  // The footers are read only when the answer depends on them (a `!` that does not count by itself).
  return bangIsBreaking || !commit.bang || (footers ?? commit.footers).some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}
