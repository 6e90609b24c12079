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

const matcherCache = new Map<string, (text: string) => boolean>();

function matcher(pattern: string): (text: string) => boolean {
  let match = matcherCache.get(pattern);
  if (!match) {
    if (/^\/.*\/$/.test(pattern)) {
      const expression = new RegExp(pattern.slice(1, -1));
      match = (text) => expression.test(text);
    } else if (/[*?[\]{}()!+@]/.test(pattern)) {
      // Commit text is not a path: `bash` lets a single `*` cross `/` (`chore(deps/dev)`, `update src/app.ts`).
      match = picomatch(pattern, { dot: true, bash: true });
    } else {
      match = (text) => text === pattern;
    }
    matcherCache.set(pattern, match);
  }
  return match;
}

function field(value: string | undefined, pattern: string | undefined): boolean {
  if (pattern === undefined) return true;
  return value !== undefined && matcher(pattern)(value);
}

export function ruleMatches(rule: BumpRule, commit: ConventionalCommit, breaking: boolean): boolean {
  if (rule.breaking && !breaking) return false;
  if (rule.revert && !commit.revert) return false;
  return field(commit.type, rule.type) && field(commit.scope, rule.scope) && field(commit.subject, rule.subject);
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

/**
 * The level of one commit. Custom rules are tried first: every matching custom rule counts and
 * the highest wins. Only when none matched do the default rules decide, the same way; a revert
 * that no rule matched releases `reverts.lone`.
 */
export function judgeCommit(commit: ConventionalCommit, config: VersioningConfig): CommitVerdict {
  const breaking = commit.breakingNotes.length > 0 && (config.bangIsBreaking || !commit.bang || hasBreakingFooter(commit));
  const readable = config.bangIsBreaking || !commit.bang ? commit : { ...commit, type: undefined };
  for (const [rules, origin] of [[config.rules, "custom rule"], [config.defaultRules, "default rule"]] as const) {
    let level: BumpLevel | undefined;
    let reason = "";
    for (const rule of rules) {
      if (!ruleMatches(rule, readable, breaking)) continue;
      if (level === undefined || higher(rule.release, level) !== level) {
        level = rule.release;
        reason = `${origin}: ${describeRule(rule)}`;
      }
    }
    if (level !== undefined) return { commit, level, reason };
  }
  if (commit.revert) return { commit, level: config.reverts.lone, reason: `a revert whose reverted commit is not in this range → ${config.reverts.lone}` };
  return { commit, level: "none", reason: commit.type ? `type ${commit.type} releases nothing` : "not a Conventional Commit" };
}

function hasBreakingFooter(commit: ConventionalCommit): boolean {
  return commit.footers.some((footer) => /^BREAKING[ -]CHANGE$/i.test(footer.token));
}
