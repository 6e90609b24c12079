import type { ConventionalCommit } from "../commits/types.js";
import { isNormalHeader, normalizeHeader } from "../commits/header.js";
import type { RevertPolicy } from "../config/types.js";
import { shaKey } from "./tags.js";

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
  // One mark per commit rather than a Set: the last step asks about every commit of the range.
  const removed = new Uint8Array(commits.length);
  const cancelled: RevertOutcome["cancelled"] = [];
  const candidates = candidateFinder(commits, policy);
  for (let index = 0; index < commits.length; index++) {
    const revert = commits[index]!.revert;
    if (!revert || removed[index]) continue;
    for (const older of candidates(revert, index)) {
      if (removed[older]) continue;
      if (reverts(revert, commits[older]!, policy)) {
        removed[index] = 1;
        removed[older] = 1;
        cancelled.push({ revert: commits[index]!, reverted: commits[older]! });
        break;
      }
    }
  }
  return { kept: commits.filter((_, index) => removed[index] === 0), cancelled };
}

const SHA_KEY = 7;

/**
 * The older commits that could be what a revert reverts, in the order of `commits`: those whose
 * sha starts like a named one or whose header is a reverted header. Only what the reverts name is
 * indexed, in one pass, so a range of 100k commits with hundreds of reverts stays linear (and
 * allocates next to nothing) instead of comparing every revert with every commit; `reverts`
 * still has the last word on each candidate.
 */
function candidateFinder(commits: readonly ConventionalCommit[], policy: RevertPolicy) {
  const reverts = commits.flatMap((commit) => (commit.revert ? [commit.revert] : []));
  // An abbreviation shorter than the key cannot be looked up: such a revert considers every commit.
  const bySha = new Map(reverts.flatMap((revert) => (revert.sha && revert.sha.length >= SHA_KEY ? [[revert.sha.slice(0, SHA_KEY), [] as number[]] as const] : [])));
  const byHeader = new Map(policy.pairing === "exact" ? [] : reverts.map((revert) => [revert.header, [] as number[]] as const));
  // Hashing 100k headers for the lookup would cost more than the rest of the pairing: a number made
  // of a header's length and end characters rules out nearly all of them first.
  const headerKeys = new Set([...byHeader.keys()].map(headerKey));
  // The same for shas (shaKey: four characters as a number) before a substring is cut.
  const shaKeys = new Set([...bySha.keys()].map(shaKey));
  commits.forEach((commit, index) => {
    const sha = commit.raw.sha;
    if (shaKeys.has(shaKey(sha))) bySha.get(sha.slice(0, SHA_KEY))?.push(index);
    if (byHeader.size === 0) return;
    const header = isNormalHeader(commit.header) ? commit.header : normalizeHeader(commit.header);
    if (headerKeys.has(headerKey(header))) byHeader.get(header)?.push(index);
  });
  return (revert: NonNullable<ConventionalCommit["revert"]>, index: number): Iterable<number> => {
    if (revert.sha !== undefined && revert.sha.length < SHA_KEY) return range(index + 1, commits.length);
    const found = [...(revert.sha ? bySha.get(revert.sha.slice(0, SHA_KEY))! : []), ...(byHeader.get(revert.header) ?? [])];
    return [...new Set(found.filter((older) => older > index))].sort((a, b) => a - b);
  };
}

const headerKey = (text: string): number => (text.length * 0x10000 + text.charCodeAt(0)) * 0x10000 + text.charCodeAt(text.length - 1);

function* range(from: number, to: number): Generator<number> {
  for (let index = from; index < to; index++) yield index;
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
