import picomatch from "picomatch";
import type { ConventionalCommit } from "../commits/types.js";
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

/**
 * Judges commits by the rules of one configuration. Custom rules are tried first: every matching
 * custom rule counts and the highest wins. Only when none matched do the default rules decide, the
 * same way; a revert that no rule matched releases `reverts.lone`. The reasons are worded once per
 * rule and per type, not once per commit (100k commits would make 100k copies of a dozen texts).
 */
export function commitJudge(config: VersioningConfig): (commit: ConventionalCommit) => CommitVerdict {
  const ruleSets = [compileRules(config.rules, "custom rule"), compileRules(config.defaultRules, "default rule")];
  const loneRevert = `a revert whose reverted commit is not in this range → ${config.reverts.lone}`;
  const silentTypes = new Map<string, string>();
  const silent = (type: string): string => {
    let reason = silentTypes.get(type);
    if (reason === undefined) silentTypes.set(type, (reason = `type ${type} releases nothing`));
    return reason;
  };
  return (commit) => {
    const breaking = commit.breakingNotes.length > 0 && (config.bangIsBreaking || !commit.bang || hasBreakingFooter(commit));
    // With `bang-is-breaking: false` a `!` header is read as not conventional at all.
    const type = config.bangIsBreaking || !commit.bang ? commit.type : undefined;
    for (const rules of ruleSets) {
      let level: BumpLevel | undefined;
      let reason = "";
      for (const rule of rules) {
        if (!rule.matches(commit, breaking, type)) continue;
        if (level === undefined || higher(rule.release, level) !== level) {
          level = rule.release;
          reason = rule.reason;
        }
      }
      if (level !== undefined) return { commit, level, reason };
    }
    if (commit.revert) return { commit, level: config.reverts.lone, reason: loneRevert };
    return { commit, level: "none", reason: commit.type ? silent(commit.type) : "not a Conventional Commit" };
  };
}

interface CompiledRule {
  release: BumpLevel;
  reason: string;
  matches: RuleTest;
}

/** Rules with their patterns compiled and their reasons worded, once for a whole range. */
function compileRules(rules: readonly BumpRule[], origin: string): CompiledRule[] {
  return rules.map((rule) => ({ release: rule.release, reason: `${origin}: ${describeRule(rule)}`, matches: compileRule(rule) }));
}

function hasBreakingFooter(commit: ConventionalCommit): boolean {
  return commit.footers.some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}
