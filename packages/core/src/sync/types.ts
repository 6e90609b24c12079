import type { SourceLocation } from "../errors/index.js";

/** The seed's sync types: which way the files go, for people and records; the mechanics are the same. */
export const SYNC_TYPES = ["upstream", "downstream", "cross_repo", "config"] as const;
export type SyncType = (typeof SYNC_TYPES)[number];

export const ENDPOINT_KINDS = ["git", "file", "api", "registry"] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

export const CONFLICT_STRATEGIES = ["fail", "theirs", "ours", "merge"] as const;
export type ConflictStrategy = (typeof CONFLICT_STRATEGIES)[number];

export const DELIVERIES = ["pull_request", "push"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Where files come from or go to: the seed's `source` / `target` block. */
export interface Endpoint {
  kind: EndpointKind;
  /** A git URL, a folder relative to the repository, `owner/name` (api) or `name@version` (registry). */
  location: string;
  branch?: string;
  /** Folder inside the endpoint the sync reads or writes ("" for its root). */
  path: string;
  /** Name of the environment variable that holds the token; never the token itself. */
  credentials?: string;
  /** `owner/name` on GitHub, for pull requests on a git target (derived from a github.com URL). */
  repository?: string;
  /** npm registry URL of a registry source. */
  registry?: string;
  /** Create the target branch from the default branch when it is missing. */
  createBranch: boolean;
  /** The target's name for the target input and the matrix. */
  id: string;
  /** Where the endpoint is written in the config file. */
  where?: SourceLocation;
}

export interface CommitIdentity {
  name: string;
  email: string;
}

export interface SyncOptions {
  /** Always true (DR-01): kept so the record says so. */
  dryRunRequired: true;
  approvalRequired: boolean;
  approver?: string;
  conflictStrategy: ConflictStrategy;
  delivery: Delivery;
  /** Files larger than this many bytes are refused. */
  maxFileSize: number;
  /** The manifest of managed files, in every target. */
  manifest: string;
  /** The branch pull requests come from. */
  prBranch: string;
  prTitle: string;
  commitMessage: string;
  committer: CommitIdentity;
  /** Post-sync smoke command: a program and its arguments, never a shell line. */
  smoke?: string[];
}

export interface SyncConfig {
  syncId: string;
  name: string;
  type: SyncType;
  source: Endpoint;
  targets: Endpoint[];
  options: SyncOptions;
  filters: { include: string[]; exclude: string[] };
  schedule: { trigger: "manual" | "on_release" | "cron"; cron?: string };
  notifications: { onSuccess: string[]; onFailure: string[] };
  /** Digest of the sync's configuration as written: a plan made from another one is refused. */
  configDigest: string;
  /** Where the sync sits in the config file. */
  where?: SourceLocation;
}

/** One file as git sees it: blob id (sha-1 of `blob <size>\0<bytes>`), mode and size. */
export interface FileEntry {
  sha: string;
  /** "100644", "100755" or "120000" (a symbolic link, whose blob is the link's text). */
  mode: string;
  size: number;
}

export type FileMap = Map<string, FileEntry>;

/** Reads the bytes of the files of one side, by path or by blob id. */
export interface ContentReader {
  read(path: string, entry: FileEntry): Promise<Buffer>;
}

/** Everything observed of a source: its files (by target-relative path) and how to read them. */
export interface SourceSnapshot {
  /** For people and records: the commit, version or folder read. */
  revision: string;
  files: FileMap;
  reader: ContentReader;
  /** A blob by id from the source's history (the base of a three-way merge), when it can be had. */
  blob?(sha: string): Promise<Buffer | undefined>;
  /** The folder the files are read from, for sources that are (or were unpacked into) one. */
  folder?: string;
  /** The git repository that holds the source's blobs (a git source's fetch), for git targets that share it. */
  gitDir?: string;
}

export const REGULAR = "100644";
export const EXECUTABLE = "100755";
export const SYMLINK = "120000";
