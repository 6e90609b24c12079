import semver, { type SemVer } from "semver";
import { ConfigurationError } from "../errors/index.js";
import { mention } from "../errors/mention.js";
import type { VersionTag } from "../version/tags.js";

/** A released version as the repository's tags know it. */
export interface ReleasedVersion {
  version: string;
  tag: string;
  /** The commit the tag points at. */
  commit: string;
  prerelease: boolean;
}

export interface VersionSelection {
  /** X: the bad release. */
  from: ReleasedVersion;
  /** G: the good release to go back to. */
  to: ReleasedVersion;
  /** The release line X is on: `1.x`, or `0.3.x` below 1.0.0 (where each minor is its own line). */
  line: string;
  /** How each was chosen, for the summary. */
  fromSource: string;
  toSource: string;
}

/** The line of a version: its major, or its minor below 1.0.0 (where a minor may break). */
export function lineOf(version: SemVer): string {
  return version.major > 0 ? `${version.major}.x` : `0.${version.minor}.x`;
}

const plain = (version: string): string => semver.parse(version)?.version ?? version;

function released(tag: VersionTag): ReleasedVersion {
  return { version: tag.version.version, tag: tag.name, commit: tag.sha, prerelease: tag.version.prerelease.length > 0 };
}

function newest(tags: readonly VersionTag[]): string {
  const names = tags.slice(0, 5).map((tag) => tag.name);
  return names.length === 0 ? "there are no version tags" : `the newest are ${names.join(", ")}`;
}

/**
 * Picks X and G from the version tags (newest first, as versionTags returns them). Defaults: X is
 * the newest stable release; G the newest release below X on X's line, pre-releases skipped
 * (unless X is one: then earlier pre-releases of X's channel count too). Given versions must be
 * tagged; G must be below X; G may be a pre-release when X is not only when that is allowed.
 */
export function selectVersions(tags: readonly VersionTag[], given: { from?: string; to?: string; allowPrerelease?: boolean; prefix: string }): VersionSelection {
  const find = (version: string, what: string): VersionTag => {
    const found = tags.find((tag) => tag.version.version === plain(version));
    if (!found) throw new ConfigurationError(`${what} ${version} is not a released version: there is no tag ${given.prefix}${plain(version)} (${newest(tags)})`);
    return found;
  };
  let from: VersionTag;
  let fromSource: string;
  if (given.from) {
    from = find(given.from, "from");
    fromSource = "given";
  } else {
    const stable = tags.find((tag) => tag.version.prerelease.length === 0);
    if (!stable) throw new ConfigurationError(`there is no stable release to roll back (${newest(tags)}); name the version with ${mention("from")}`);
    from = stable;
    fromSource = "the newest release";
  }
  const line = lineOf(from.version);
  const fromIsPre = from.version.prerelease.length > 0;

  let to: VersionTag;
  let toSource: string;
  if (given.to) {
    to = find(given.to, "to");
    toSource = "given";
    if (!semver.lt(to.version, from.version)) {
      throw new ConfigurationError(
        `to ${to.version.version} is not below from ${from.version.version}: a rollback goes back to an earlier release (to roll forward, release a new version)`,
      );
    }
    if (to.version.prerelease.length > 0 && !fromIsPre && !given.allowPrerelease) {
      throw new ConfigurationError(
        `to ${to.version.version} is a pre-release, but from ${from.version.version} is not: users of a stable release would be moved to a pre-release. Choose a stable version, or allow it (allow-prerelease).`,
      );
    }
  } else {
    const channel = fromIsPre ? from.version.prerelease[0] : undefined;
    const candidate = tags.find(
      (tag) =>
        semver.lt(tag.version, from.version) &&
        lineOf(tag.version) === line &&
        (tag.version.prerelease.length === 0 || (channel !== undefined && tag.version.prerelease[0] === channel)),
    );
    if (!candidate) {
      throw new ConfigurationError(`there is no earlier release on the line ${line} below ${from.version.version} to roll back to: name the version with ${mention("to")}`);
    }
    to = candidate;
    toSource = `the release before ${from.version.version} on the line ${line}`;
  }
  return { from: released(from), to: released(to), line, fromSource, toSource };
}

/**
 * The version a roll-forward releases: the next patch above every release on X's minor line, so
 * it supersedes X wherever X was the newest (`latest`, `v1`, `v1.5`).
 */
export function rollForwardVersion(tags: readonly VersionTag[], from: ReleasedVersion): string {
  const x = semver.parse(from.version)!;
  const sameMinor = tags.filter((tag) => tag.version.major === x.major && tag.version.minor === x.minor).map((tag) => tag.version);
  const highest = sameMinor.reduce((best, version) => (semver.gt(version, best) ? version : best), x);
  // A pre-release X (1.6.0-rc.1) rolls forward to the next pre-release of its channel.
  if (x.prerelease.length > 0) return semver.inc(highest.version, "prerelease", String(x.prerelease[0]))!;
  // Above a pre-release (1.5.1-rc.1) the next patch is its release (1.5.1), still above X.
  return semver.inc(highest.version, "patch")!;
}
