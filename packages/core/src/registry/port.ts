/** What a registry holds for one published version: enough to tell whether it is the same content. */
export interface PublishedVersion {
  name: string;
  version: string;
  /** sha1 hex of the tarball, as npm reports it. */
  shasum: string;
  integrity?: string;
}

/** The tarball a package folder would publish, computed without writing anything. */
export interface PackedPackage {
  name: string;
  version: string;
  shasum: string;
  integrity: string;
  private: boolean;
}

export interface PublishOptions {
  distTag: string;
  provenance: boolean;
  access?: "public" | "restricted";
}

/** What the registry holds for a package as a whole: its dist-tags and each version's deprecation. */
export interface PackageState {
  distTags: Record<string, string>;
  /** Every published version; `deprecated` is the message, null when the version is not deprecated. */
  versions: Record<string, { deprecated: string | null }>;
}

/** What a registry says about the credentials' right to change a package (move its dist-tags, deprecate its versions). */
export type WriteAccess = { granted: true } | { granted: false; why: string };

/** A package registry (npm's protocol): read versions, publish, move dist-tags, deprecate. */
export interface Registry {
  /** Where it is, for messages and evidence. Never carries a credential. */
  readonly url: string;
  /** The version as published, or undefined when the registry does not have it. */
  view(name: string, version: string): Promise<PublishedVersion | undefined>;
  distTags(name: string): Promise<Record<string, string>>;
  pack(folder: string): Promise<PackedPackage>;
  publish(folder: string, options: PublishOptions): Promise<void>;
  setDistTag(name: string, version: string, tag: string): Promise<void>;
  /** The package's dist-tags and versions in one read; undefined when the registry has no such package. */
  packageState(name: string): Promise<PackageState | undefined>;
  /** Marks a version deprecated with the message; an empty message removes the deprecation. */
  deprecate(name: string, version: string, message: string): Promise<void>;
  /** The user the credentials belong to: a registry that does not know them refuses here, before any change. */
  whoami(): Promise<string>;
  /**
   * Whether writeAccess can ask the registry at all: false when the credentials are npm's own
   * configuration (a laptop login), which only npm itself reads.
   */
  readonly canCheckWriteAccess: boolean;
  /**
   * Asks whether the credentials may change the package, without changing it: the dist-tag `tag`
   * written again with the version it already has (the request `npm dist-tag add` makes).
   */
  writeAccess(name: string, tag: string, version: string): Promise<WriteAccess>;
}
