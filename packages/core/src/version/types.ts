export type BumpLevel = "major" | "minor" | "patch" | "none";
export type BumpKind = BumpLevel | "prerelease";

export const BUMP_LEVELS: readonly BumpLevel[] = ["none", "patch", "minor", "major"];

export function higher(a: BumpLevel, b: BumpLevel): BumpLevel {
  return BUMP_LEVELS.indexOf(a) >= BUMP_LEVELS.indexOf(b) ? a : b;
}

/** A rule that decides what one commit releases. String fields are globs; `/.../` is a regular expression. */
export interface BumpRule {
  type?: string;
  scope?: string;
  subject?: string;
  /** Matches only commits with a breaking change. */
  breaking?: boolean;
  /** Matches only revert commits. */
  revert?: boolean;
  release: BumpLevel;
}
