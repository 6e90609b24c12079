import semver from "semver";
import { ConfigurationError } from "../errors/index.js";
import type { BumpKind, BumpLevel } from "./types.js";

export interface NextVersionInput {
  /** Highest version on this line (stable, or stable and this channel's pre-releases). */
  previous?: string;
  /** Highest stable version reachable. */
  lastStable?: string;
  /** What the commits ask for, before the pre-1.0 adjustment. */
  level: BumpLevel;
  /** Pre-release id when releasing on a channel. */
  channel?: string;
  /** Every version already tagged anywhere in the repository. */
  existing: ReadonlySet<string>;
  initialVersion: string;
  preMajor: { breaking: BumpLevel; feature: BumpLevel };
  /** A maintenance line's range: the next version must fall inside it. */
  range?: string;
  lineName?: string;
}

export interface NextVersion {
  version: string;
  bump: BumpKind;
  /** The level after the 0.x adjustment, for messages. */
  level: BumpLevel;
}

/** Below 1.0.0 a breaking change and a feature release what `preMajor` says. */
export function adjustForPreMajor(level: BumpLevel, base: string | undefined, preMajor: NextVersionInput["preMajor"]): BumpLevel {
  if (!base || semver.major(base) !== 0) return level;
  if (level === "major") return preMajor.breaking;
  if (level === "minor") return preMajor.feature;
  return level;
}

/**
 * The next version, or undefined when nothing is to be released.
 *
 * On a channel the counter continues from what exists: when the last release of the line is a
 * pre-release of the same channel, the next is the higher of its increment and the bumped stable
 * version's first pre-release (`1.2.0-rc.1` → `1.2.0-rc.2`; after a breaking change `2.0.0-rc.1`).
 * A version already tagged elsewhere is never reused: the counter moves on.
 */
export function nextVersion(input: NextVersionInput): NextVersion | undefined {
  if (input.level === "none") return undefined;
  let version: string;
  let level: BumpLevel = input.level;
  if (!input.channel) {
    if (!input.lastStable) {
      version = input.initialVersion;
    } else {
      level = adjustForPreMajor(level, input.lastStable, input.preMajor);
      if (level === "none") return undefined;
      version = semver.inc(input.lastStable, level)!;
    }
  } else {
    const previous = input.previous;
    const sameChannel = previous !== undefined && semver.prerelease(previous)?.[0] === input.channel;
    if (!previous) {
      version = `${input.initialVersion.split("-")[0]}-${input.channel}.1`;
    } else {
      level = adjustForPreMajor(level, input.lastStable ?? previous, input.preMajor);
      if (level === "none") return undefined;
      if (sameChannel) {
        const counted = semver.inc(previous, "prerelease", input.channel)!;
        const fromStable = input.lastStable ? `${semver.inc(input.lastStable, level)!}-${input.channel}.1` : counted;
        version = semver.gt(fromStable, counted) ? fromStable : counted;
      } else {
        version = `${semver.inc(previous, level)!}-${input.channel}.1`;
      }
    }
    version = afterTagged(version, input.channel, input.existing);
  }
  if (input.range && !semver.satisfies(version, input.range, { includePrerelease: true })) {
    throw new ConfigurationError(
      `the commits ask for a ${level} release (${version}), which is outside the maintenance line ${input.lineName ?? ""} (${input.range}). ` +
        "Only fixes belong on a maintenance line: release the change from the main line instead.",
    );
  }
  if (!input.channel && input.existing.has(version)) {
    throw new ConfigurationError(
      `version ${version} is already tagged, but that tag is not in the history of HEAD. Fetch all tags and branches (fetch-depth: 0) or release from the line that holds it.`,
    );
  }
  return { version, bump: bumpKind(input.previous ?? input.lastStable, version, input.channel), level };
}

/**
 * A channel's counter continues after the highest pre-release of the same version and channel
 * tagged anywhere (also on branches HEAD cannot reach), so a tagged version is never reused and
 * a new pre-release never sorts below an older one.
 */
function afterTagged(version: string, channel: string, existing: ReadonlySet<string>): string {
  const target = semver.parse(version)!;
  let highest: string | undefined;
  for (const tagged of existing) {
    const parsed = semver.parse(tagged);
    if (!parsed || parsed.prerelease[0] !== channel || `${parsed.major}.${parsed.minor}.${parsed.patch}` !== `${target.major}.${target.minor}.${target.patch}`) continue;
    if (!highest || semver.gt(parsed, highest)) highest = parsed.version;
  }
  return highest && semver.gte(highest, version) ? semver.inc(highest, "prerelease", channel)! : version;
}

/** How two versions differ, as the `bump` output names it. */
export function bumpKind(previous: string | undefined, next: string, channel?: string): BumpKind {
  if (channel || semver.prerelease(next)) return "prerelease";
  if (!previous) return semver.major(next) > 0 ? "major" : semver.minor(next) > 0 ? "minor" : "patch";
  const difference = semver.diff(previous, next);
  if (difference === null) return "none";
  if (difference === "major" || difference === "premajor") return "major";
  if (difference === "minor" || difference === "preminor") return "minor";
  return "patch";
}

/** The SemVer range of a maintenance line, read from its name: `1.x`, `1.4.x`, `release/v1.4`, `hotfix/1.4`, `release/v1.4.2`. */
export function rangeFromLineName(name: string): string | undefined {
  // The last version-like part of the name; a patch number or pre-release after it still names the minor line.
  const match = /(?:^|[^\d.])v?(\d+)(?:\.(\d+|x))?(?:\.(?:\d+|x))?(?:-[0-9A-Za-z.-]+)?$/.exec(name.replace(/\/$/, ""));
  if (!match) return undefined;
  const major = Number(match[1]);
  if (match[2] === undefined || match[2] === "x") return `>=${major}.0.0 <${major + 1}.0.0`;
  const minor = Number(match[2]);
  return `>=${major}.${minor}.0 <${major}.${minor + 1}.0`;
}
