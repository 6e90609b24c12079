/** One file attached to a release. */
export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` of the content, when the forge knows it. */
  digest: string | null;
  /** "uploaded" when complete; anything else is a crashed upload that may be replaced. */
  state: string;
}

/** A release as the forge holds it. */
export interface Release {
  id: number;
  tag: string;
  name: string;
  /** The release notes as the forge holds them (empty when there are none). */
  body: string;
  draft: boolean;
  prerelease: boolean;
  /** Where people see it: a web page, or a folder for the local forge. */
  url: string;
  /** Published releases of a repository with immutable releases cannot gain or lose assets. */
  immutable: boolean;
  assets: ReleaseAsset[];
  /** When it was published (ISO-8601), when the forge says; absent for drafts. */
  publishedAt?: string;
}

export interface NewRelease {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  /** The commit the tag is on; used by the forge only when the tag does not exist yet. */
  commit: string;
}

/** "true" / "false" as GitHub's make_latest takes them. */
export type MakeLatest = "true" | "false";

/** What an edit of a published release changes; fields left out stay as they are. */
export interface ReleaseEdit {
  name?: string;
  body?: string;
  /** Only "true" is ever sent by a rollback: "false" on one release lets GitHub pick the newest again. */
  makeLatest?: MakeLatest;
}

/**
 * Releases on a forge. Every method reads or writes the real state: handlers call them in
 * isDone to find what a crashed run already did.
 */
export interface ReleaseForge {
  /** Says where releases go, for the plan and messages (e.g. octo-org/sample on GitHub). */
  readonly description: string;
  /** Throws a ConfigurationError naming the missing permission when releases cannot be written. */
  checkReleaseAccess(): Promise<void>;
  /**
   * Asks, changing nothing, whether the token may write releases: for tokens that do not report
   * their permissions (GITHUB_TOKEN). Throws a ConfigurationError naming the missing permission.
   * Absent: nothing to ask (a local folder).
   */
  checkReleaseWrite?(tag: string): Promise<void>;
  /** The release of a tag, draft or not; undefined when there is none. */
  findRelease(tag: string): Promise<Release | undefined>;
  createDraftRelease(release: NewRelease): Promise<Release>;
  uploadAsset(release: Release, asset: { name: string; path: string; contentType: string }): Promise<ReleaseAsset>;
  deleteAsset(release: Release, asset: ReleaseAsset): Promise<void>;
  publishRelease(release: Release, options: { makeLatest: MakeLatest; prerelease: boolean }): Promise<Release>;
  /**
   * The published release of a tag, asked for by its tag (one request whatever the number of
   * releases); undefined when there is none, or only a draft.
   */
  findPublishedRelease(tag: string): Promise<Release | undefined>;
  /** The release the forge shows as Latest; undefined when there is none. */
  latestRelease(): Promise<Release | undefined>;
  /** Edits a published release: title, notes, Latest. Immutable releases allow exactly these. */
  updateRelease(release: Release, edit: ReleaseEdit): Promise<Release>;
}
