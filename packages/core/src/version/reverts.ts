import type { ConventionalCommit } from "../commits/types.js";
import { normalizeHeader } from "../commits/parse.js";
import type { RevertPolicy } from "../config/types.js";

export interface RevertOutcome {
  /** Commits that still count, newest first. */
  kept: ConventionalCommit[];
  /** Pairs that cancelled out: the revert and what it reverted. */
  cancelled: Array<{ revert: ConventionalCommit; reverted: ConventionalCommit }>;
}

/**
 * Cancels each revert against the commit it reverts when both are in the range. Commits come
 * newest first, so a revert of a revert cancels the later revert and the original stays.
 */
export function cancelReverts(commits: readonly ConventionalCommit[], policy: RevertPolicy): RevertOutcome {
  if (!policy.cancelPairs || !commits.some((commit) => commit.revert)) return { kept: [...commits], cancelled: [] };
  const removed = new Set<number>();
  const cancelled: RevertOutcome["cancelled"] = [];
  for (let index = 0; index < commits.length; index++) {
    const revert = commits[index]!.revert;
    if (!revert || removed.has(index)) continue;
    for (let older = index + 1; older < commits.length; older++) {
      if (removed.has(older)) continue;
      if (reverts(revert, commits[older]!, policy)) {
        removed.add(index);
        removed.add(older);
        cancelled.push({ revert: commits[index]!, reverted: commits[older]! });
        break;
      }
    }
  }
  return { kept: commits.filter((_, index) => !removed.has(index)), cancelled };
}

function reverts(revert: NonNullable<ConventionalCommit["revert"]>, candidate: ConventionalCommit, policy: RevertPolicy): boolean {
  const shaMatches = revert.sha !== undefined && candidate.raw.sha.startsWith(revert.sha);
  if (policy.pairing === "exact") {
    // As semantic-release does: the header as written and the sha must both match.
    return shaMatches && revert.exactHeader === candidate.header;
  }
  if (shaMatches) return true;
  return revert.header !== "" && revert.header === normalizeHeader(candidate.header);
}
