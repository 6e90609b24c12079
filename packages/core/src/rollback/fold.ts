import type { JsonValue } from "../plan/plan.js";
import { unmarkedBody, unmarkedTitle } from "./release-effects.js";
import type { RollbackFacts } from "./types.js";

/**
 * The observations a rollback's plan hash covers, with every value this rollback's own effects
 * change folded back to what it was before: a run that crashed halfway and a run that never
 * started give the same hash, so an approved plan hash still applies on the re-run, while a
 * change made by anyone else (a tag moved elsewhere, a new release) makes the plan stale.
 */
export function foldObservations(facts: RollbackFacts, rollsForward: boolean): { [key: string]: JsonValue } {
  const { from, to } = facts;
  const undo = facts.mode === "undo";
  const rf = rollsForward ? facts.rollForward : null;
  // Before a rollback the channels show X; after it G (or the roll-forward). An undo goes the other way.
  const beforeVersion = undo ? to.version : from.version;
  const version = (value: string | undefined | null): string | null => {
    if (value === undefined || value === null) return null;
    return value === from.version || value === to.version || value === rf?.version ? beforeVersion : value;
  };
  const beforeTag = undo ? to.tag : from.tag;
  const tag = (value: string | null): string | null => (value === from.tag || value === to.tag || value === rf?.tag ? beforeTag : value);
  const ours = [from.commit, to.commit, facts.rollForward?.existing].filter((sha): sha is string => typeof sha === "string");
  const commit = (value: string | null): string | null => (value !== null && ours.includes(value) ? (undo ? to.commit : from.commit) : value);
  const deprecation = (value: string | null): string | null => (value === facts.messages.deprecation ? null : value);

  const observations = {
    mode: facts.mode,
    type: facts.decision.type,
    decision: { severity: facts.decision.severity, impact: facts.decision.impact, recommended: facts.decision.recommended, approver: facts.decision.approver },
    from,
    to,
    line: facts.line,
    reason: facts.reason,
    issue: facts.issue,
    remote: facts.remote,
    chosen: facts.chosen,
    npm: facts.npm && {
      registry: facts.npm.registry,
      packages: facts.npm.packages.map((pkg) => ({
        name: pkg.name,
        folder: pkg.folder,
        distTags: Object.fromEntries(Object.entries(pkg.distTags).map(([name, value]) => [name, version(value)])),
        hasFrom: pkg.hasFrom,
        hasTo: pkg.hasTo,
        fromDeprecated: undo ? null : deprecation(pkg.fromDeprecated),
        channelTags: pkg.channelTags,
      })),
    },
    release: facts.release && {
      forge: facts.release.forge,
      from: facts.release.from && { id: facts.release.from.id, tag: facts.release.from.tag, immutable: facts.release.from.immutable, name: unmarkedTitle(facts.release.from.name), body: unmarkedBody(facts.release.from.body) },
      to: facts.release.to && { id: facts.release.to.id, tag: facts.release.to.tag },
      latest: tag(facts.release.latest),
    },
    floatingTags: facts.floatingTags && facts.floatingTags.map((candidate) => ({ name: candidate.name, commit: commit(candidate.commit), fitsTo: candidate.fitsTo, locked: candidate.locked })),
    skipped: facts.skipped,
    compatibility: facts.compatibility,
    rollForward: rf && { version: rf.version, tag: rf.tag, branch: rf.branch, mode: rf.mode, revertCommits: rf.revertCommits, distTag: rf.distTag },
    // A config rollback commits on top of the branch: a new commit there is a reason to plan again.
    config: facts.config && { head: facts.head, branch: facts.branch, files: facts.config.files, delivery: facts.config.delivery },
  };
  return JSON.parse(JSON.stringify(observations)) as { [key: string]: JsonValue };
}
