import type { CompatibilityMode } from "../capsule/types.js";
import type { Decision } from "./decision.js";
import type { Committer } from "../identity/committer.js";
import type { ChannelName, RollForwardMode } from "./inputs.js";
import type { ReleasedVersion } from "./versions.js";

/** A release on the forge, as far as a rollback cares. */
export interface ForgeRelease {
  id: number;
  tag: string;
  name: string;
  body: string;
  immutable: boolean;
  prerelease: boolean;
  url: string;
}

export interface NpmPackageFacts {
  name: string;
  /** The folder it is published from (for a roll-forward), when known. */
  folder: string | null;
  distTags: Record<string, string>;
  hasFrom: boolean;
  hasTo: boolean;
  /** X's deprecation message as the registry holds it. */
  fromDeprecated: string | null;
  /** The dist-tags X's channel uses (what publish gave X: latest, next, release-1.4, ...). */
  channelTags: string[];
}

export interface FloatingTagFacts {
  /** v1, v1.5. */
  name: string;
  /** What the remote's tag points at: its own object and the commit behind it; null when it does not exist. */
  object: string | null;
  commit: string | null;
  /** Whether G is on the tag's line (v1 takes any 1.x; v1.5 only 1.5.x). */
  fitsTo: boolean;
  /** A release of this very tag is immutable: the tag cannot move. */
  locked: boolean;
}

/** How the version G reads the state X wrote, per the capsule compatibility matrix. */
export interface CompatibilityFacts {
  /** Where the states and the matrix were read from, for the summary. */
  source: string;
  fromState: string | null;
  toState: string | null;
  /** How G reads X's state: null when there is no rule (or no capsule at all). */
  mode: CompatibilityMode | null;
  rule: string | null;
}

export interface RollForwardFacts {
  version: string;
  tag: string;
  branch: string;
  mode: "restore" | "revert";
  /** Commits to revert, newest first (revert mode). */
  revertCommits: string[];
  /** A commit made by an earlier run of this rollback, found on the branch (here or on the remote). */
  existing: string | null;
  /** The primary dist-tag the new version is published with. */
  distTag: string;
}

export interface ConfigFileFacts {
  path: string;
  /** The blob the file has at G (null: G has no such file, so it is removed). */
  toBlob: string | null;
  /** The blob the file has now, at the branch head (null: absent). */
  currentBlob: string | null;
}

/** What a rollback looked at, raw: the plan is a pure function of this. */
export interface RollbackFacts {
  mode: "rollback" | "undo";
  decision: Decision;
  from: ReleasedVersion;
  to: ReleasedVersion;
  line: string;
  /** X is the newest stable release (so Latest is X's to give back on undo). */
  fromIsNewest: boolean;
  reason: string;
  issue: string | null;
  head: string;
  branch: string | null;
  /** The remote tags are pushed to; null when the repository has none (floating tags then do not apply). */
  remote: string | null;
  /** Channels chosen by the input (partial); null: every channel that applies. */
  chosen: ChannelName[] | null;
  /**
   * `writeChecked`: whether apply asks the registry, while planning, that the credentials may
   * change every package (false: npm's own login, which only npm reads; the npm writes then go first).
   */
  npm: { registry: string; user: string | null; writeChecked: boolean; packages: NpmPackageFacts[] } | null;
  release: { forge: string; from: ForgeRelease | null; to: ForgeRelease | null; latest: string | null } | null;
  floatingTags: FloatingTagFacts[] | null;
  /** Channels that do not apply, and why (no token, nothing published there, ...). */
  skipped: Array<{ channel: ChannelName; why: string }>;
  compatibility: CompatibilityFacts;
  rollForwardMode: RollForwardMode;
  /** The roll-forward this rollback would make, when one may be needed. */
  rollForward: RollForwardFacts | null;
  /** `pullRequests`: the repository pull requests can be opened on (null: none, e.g. without a token). */
  config: { files: ConfigFileFacts[]; delivery: "pull-request" | "commit"; branch: string; pullRequests: string | null } | null;
  messages: { deprecation: string; releaseNote: string };
  /** Who commits and tags, decided while planning (identity/committer.ts). */
  identity: Committer;
}
