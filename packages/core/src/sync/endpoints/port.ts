import type { EffectHandler } from "../../plan/apply.js";
import type { Effect, JsonValue } from "../../plan/plan.js";
import type { Manifest } from "../manifest.js";
import type { Change } from "../planner.js";
import type { ContentReader, FileMap, SourceSnapshot } from "../types.js";

/** A source of files: a folder, a git branch, a GitHub repository, an npm package. */
export interface SourceEndpoint {
  /** Files below the source's path that pass `include`, by path relative to that folder. */
  read(include: (path: string) => boolean, maxFileSize: number): Promise<SourceSnapshot>;
  close(): Promise<void>;
}

/** The open pull request of a sync branch, as the forge shows it. */
export interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
}

/** The sync branch of pull-request delivery, as found. */
export interface SyncBranchState {
  /** Its head commit, or undefined when it does not exist. */
  head?: string;
  /** The tree of that head. */
  tree?: string;
  /** Its head's parent (the target branch it was made on, for a head the sync made). */
  parent?: string;
  /** A commit on it that the sync did not make: never force-pushed away. */
  foreign?: { sha: string; author: string };
  /** The plan hash in the head's Cadence-Sync-Plan trailer. */
  planHash?: string;
  pull?: OpenPull;
}

/** What a target holds now, at the paths that matter for one sync. */
export interface TargetState {
  /** The branch (or folder) exists. */
  exists: boolean;
  /** The branch's head commit ("" when missing); for a folder, a digest of the files that matter. */
  base: string;
  /** The commit a missing branch would be created from ("" for an empty repository). */
  createFrom?: string;
  /** Files at the paths that matter, by path in the target. */
  files: FileMap;
  /** Every file path in the target below the sync's folder (for letter-case checks). */
  paths: string[];
  manifest: Manifest | undefined;
  reader: ContentReader;
  /** A blob by id from the target's history (the base of a three-way merge). */
  blob(sha: string): Promise<Buffer | undefined>;
  /** Pull-request delivery: the sync branch and its open pull request. */
  syncBranch?: SyncBranchState;
  /** The plan hash the target says was applied last (a trailer, or the manifest's stamp). */
  appliedPlan?: string;
  /** An apply to a folder that was interrupted: its plan hash and the changes it had noted. */
  pending?: { planHash: string; changes: Record<string, [string, string]> };
  /** The paths whose content was read (a folder target's base is a digest over them). */
  relevant?: ReadonlySet<string>;
}

/** What an apply needs to write one target: the changes, the new manifest, and how to get bytes. */
export interface TargetWork {
  changes: readonly Change[];
  manifestText: string;
  /** The new manifest's blob id, when the manifest changes. */
  manifestSha?: string;
  manifestPath: string;
  /** The bytes of a change's new content (from the source, or merged again). */
  content(change: Change): Promise<Buffer>;
  /** The target plan hash: a trailer on commits, a stamp in a folder's manifest. */
  planHash(): string;
  /** The file of a folder source a change copies (a regular file), for writing blobs in one go. */
  sourceFile(change: Change): string | undefined;
  /** The pull request's body: the target's report with its plan hash. */
  pullRequestBody(): string;
}

export interface TargetEndpoint {
  /** Reads the target; `relevant` are the paths whose content matters (source files and manifest entries). */
  observe(sourcePaths: ReadonlySet<string>): Promise<TargetState>;
  /** The effects that carry the changes into the target, in order. */
  effects(state: TargetState, work: PlannedWork): Effect[] | Promise<Effect[]>;
  /** Handlers for those effects. */
  handlers(state: TargetState, work: TargetWork): Record<string, EffectHandler>;
  /** Where a smoke command can run on the synced files (a folder), when there is one. */
  smokeFolder?(): Promise<string | undefined>;
  /** What an apply left for people to follow: the pull request, the commit. */
  appliedFacts?(): Promise<{ pullRequest?: string; commit?: string }>;
  close(): Promise<void>;
}

/** The part of the work that goes into the plan (and its hash): data only. */
export interface PlannedWork {
  changes: readonly Change[];
  manifestPath: string;
  /** sha-1 blob id of the new manifest text, or undefined when it does not change. */
  manifestSha?: string;
  /** Extra facts the endpoint's effects record. */
  facts: { [key: string]: JsonValue };
}
