import type { CommitInfo } from "../git/workspace.js";
import type { SyncConfig } from "../types.js";

/**
 * How the sync marks its commits: trailers naming the sync and the target plan hash, made by
 * the configured identity. A head without them (or made by someone else) is a person's commit.
 */
export const SYNC_TRAILER = "Cadence-Sync";
export const PLAN_TRAILER = "Cadence-Sync-Plan";

export function commitMessage(sync: SyncConfig, sourceRevision: string, planHash: string): string {
  return [sync.options.commitMessage, "", `Synced by cadence sync from ${sync.source.location} (${sourceRevision}).`, "", `${SYNC_TRAILER}: ${sync.syncId}`, `${PLAN_TRAILER}: ${planHash}`, ""].join("\n");
}

export function isOwnCommit(info: Pick<CommitInfo, "message" | "committerEmail">, sync: SyncConfig): boolean {
  return info.committerEmail === sync.options.committer.email && new RegExp(`^${SYNC_TRAILER}: ${escape(sync.syncId)}$`, "m").test(info.message);
}

export function planTrailer(message: string): string | undefined {
  return new RegExp(`^${PLAN_TRAILER}: (sha256:[0-9a-f]{64})$`, "m").exec(message)?.[1];
}

/** The sync's branch for a target branch: the configured name with {sync_id} and {branch} filled in. */
export function prBranchName(sync: SyncConfig, branch: string): string {
  return sync.options.prBranch.replace(/\{sync_id\}/g, sync.syncId).replace(/\{branch\}/g, branch);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
