import semver from "semver";
import type { CompatibilityMode, CompatibilityRule } from "./types.js";

/** The first row of the matrix for this release version and state version, if any. */
export function findRule(rules: readonly CompatibilityRule[], version: string, state: string): CompatibilityRule | undefined {
  const plain = semver.valid(version) ? semver.parse(version)!.version : version; // build metadata never decides a range
  return rules.find((rule) => rule.state === state && semver.satisfies(plain, rule.release, { includePrerelease: true }));
}

function describe(rule: CompatibilityRule): string {
  return `rule {release: ${rule.release}, state: ${rule.state}, mode: ${rule.mode}}`;
}

/** A release writes only a state version it reads in full; returns the problem, or undefined when it holds. */
export function writerProblem(rules: readonly CompatibilityRule[], version: string, state: string): string | undefined {
  const rule = findRule(rules, version, state);
  if (!rule) return `no compatibility rule lets release ${version} use ${state} (the matrix lists: ${rules.map((row) => `${row.release}→${row.state} ${row.mode}`).join(", ")})`;
  if (rule.mode !== "full") return `release ${version} may only write a state version it reads in full, but ${describe(rule)} says ${rule.mode}`;
  return undefined;
}

/** How a release reads a capsule of a state version: the mode, or the problem. */
export function readerMode(rules: readonly CompatibilityRule[], version: string, state: string): { mode: CompatibilityMode; rule: CompatibilityRule } | { problem: string } {
  const rule = findRule(rules, version, state);
  if (!rule) return { problem: `no compatibility rule lets release ${version} read ${state}` };
  return { mode: rule.mode, rule };
}

/** Checks that each row's range is a SemVer range; returns the index and text of every bad one. */
export function invalidRanges(rules: readonly CompatibilityRule[]): Array<{ index: number; release: string }> {
  return rules.flatMap((rule, index) => (semver.validRange(rule.release) === null ? [{ index, release: rule.release }] : []));
}
