import type { BumpKind } from "../version/types.js";
import type { VersionBumpResult } from "./run.js";

const BUMP_ORDER: readonly BumpKind[] = ["none", "prerelease", "patch", "minor", "major"];

/** The commits that decided a bump, as the JSON lists them: the first ones, and how many there are. */
const MAX_DECISIVE = 100;

/** Several packages: the largest of their bumps. */
function highestBump(bumps: readonly BumpKind[]): BumpKind {
  return bumps.reduce<BumpKind>((highest, bump) => (BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(highest) ? bump : highest), "none");
}

/**
 * The action's outputs and the CLI's JSON share this one shape. In a monorepo the top-level
 * fields describe the package asked for, or stay empty when several are released; `packages`
 * lists all of them.
 */
export function versionBumpOutputs(result: VersionBumpResult) {
  const single = result.packages.length === 1 ? result.packages[0] : undefined;
  const packages = result.packages.map((decision) => ({
    name: decision.name,
    path: decision.path,
    previous: decision.previous ?? null,
    next: decision.next ?? null,
    bump: decision.bump,
    tag: decision.tag ?? null,
    commitCount: decision.commitCount,
    /** Why: the commits that ask for the level released (a major's breaking changes), at most 100, and their number. */
    decisive: decision.decisive.slice(0, MAX_DECISIVE).map((verdict) => ({ commit: verdict.commit.raw.sha, header: verdict.commit.header, reason: verdict.reason })),
    decisiveCount: decision.decisive.length,
  }));
  return {
    previous: single?.previous ?? null,
    next: single?.next ?? null,
    bump: single?.bump ?? highestBump(result.packages.map((decision) => decision.bump)),
    tag: single?.tag ?? null,
    releaseNeeded: result.packages.some((decision) => decision.next !== undefined),
    commitCount: single?.commitCount ?? result.packages.reduce((sum, decision) => sum + decision.commitCount, 0),
    planHash: result.planHash,
    dryRun: result.applied.dryRun,
    branch: result.line.branch ?? null,
    channel: result.line.channel ?? null,
    evidencePath: result.evidencePath ?? null,
    effects: result.applied.outcomes.map((outcome) => ({ id: outcome.id, status: outcome.status, summary: outcome.summary })),
    packages,
  };
}
