import type { Effect } from "../plan/plan.js";
import type { Identity } from "./inputs.js";
import type { RollForwardFacts } from "./types.js";
import type { ReleasedVersion } from "./versions.js";

/** The trailers that mark a roll-forward commit, so a re-run finds the commit an earlier run made. */
export function rollForwardTrailers(from: ReleasedVersion, to: ReleasedVersion): string[] {
  return [`Rollback-From: ${from.version}`, `Rollback-To: ${to.version}`];
}

/**
 * The roll-forward commit on its branch: parent X, tree G's (restore) or X's with commits
 * reverted (revert), the manifests at the new version and a CHANGELOG entry with the reason.
 */
export function rollForwardCommitEffect(rf: RollForwardFacts, from: ReleasedVersion, to: ReleasedVersion, reason: string, identity: Identity): Effect {
  const how = rf.mode === "restore" ? `the tree of ${to.version}` : `${from.version} with ${rf.revertCommits.length} commit${rf.revertCommits.length === 1 ? "" : "s"} reverted`;
  return {
    kind: "roll-forward-commit",
    id: `roll-forward-commit:${rf.branch}`,
    summary: `commit ${how} as ${rf.version} on the branch ${rf.branch} (parent ${from.tag}), by ${identity.name}`,
    branch: rf.branch,
    version: rf.version,
    mode: rf.mode,
    parent: from.commit,
    base: to.commit,
    revertCommits: rf.revertCommits,
    message: rollForwardMessage(rf, from, to, reason),
    changelogEntry: changelogEntry(rf, from, to, reason),
    identity: { name: identity.name, email: identity.email },
  };
}

/** Releases the roll-forward commit through publish: tag, push, forge release, npm, floating tags. */
export function rollForwardPublishEffect(rf: RollForwardFacts, channels: { release: boolean; npm: string[]; floatingTags: boolean }, identity: Identity): Effect {
  const where = [`tag ${rf.tag}`, `push ${rf.branch}`];
  if (channels.release) where.push("the release as Latest");
  if (channels.npm.length > 0) where.push(`npm ${channels.npm.map((name) => `${name}@${rf.version}`).join(", ")} on ${rf.distTag}`);
  if (channels.floatingTags) where.push("the floating tags");
  return {
    kind: "roll-forward-publish",
    id: `roll-forward-publish:${rf.tag}`,
    summary: `release ${rf.version} through publish (${where.join(", ")})`,
    branch: rf.branch,
    version: rf.version,
    tag: rf.tag,
    distTag: rf.distTag,
    release: channels.release,
    npm: channels.npm,
    floatingTags: channels.floatingTags,
    identity: { name: identity.name, email: identity.email },
  };
}

function rollForwardMessage(rf: RollForwardFacts, from: ReleasedVersion, to: ReleasedVersion, reason: string): string {
  const subject = `fix: roll back ${from.version} to ${to.version} as ${rf.version}`;
  const body = rf.mode === "restore" ? `The tree of ${to.tag}, released again as ${rf.version}: ${reason}` : `Reverts ${rf.revertCommits.map((commit) => commit.slice(0, 12)).join(", ")} of ${from.tag}: ${reason}`;
  return `${subject}\n\n${body}\n\n${rollForwardTrailers(from, to).join("\n")}\n`;
}

function changelogEntry(rf: RollForwardFacts, from: ReleasedVersion, to: ReleasedVersion, reason: string): string {
  return `### Rolled back\n\n- ${from.version} is rolled back to ${to.version}${rf.mode === "revert" ? " (its offending commits reverted)" : ""}: ${reason}\n`;
}
