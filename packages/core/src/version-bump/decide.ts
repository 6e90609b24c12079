import picomatch from "picomatch";
import semver from "semver";
import { parseCommit } from "../commits/parse.js";
import type { ConventionalCommit, RawCommit } from "../commits/types.js";
import type { BranchLine, PackageConfig, VersioningConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput, withBuildMetadata } from "../version/metadata.js";
import { adjustForPreMajor, bumpKind, nextVersion, rangeFromLineName } from "../version/next.js";
import { releasePleasePrereleaseNext } from "../version/release-please-prerelease.js";
import { cancelReverts } from "../version/reverts.js";
import { commitRuling, type CommitVerdict } from "../version/rules.js";
import { higher, type BumpKind, type BumpLevel } from "../version/types.js";
import type { VersionTag } from "../version/tags.js";

/** The release line HEAD is on: its channel and range. */
export interface ReleaseLine {
  branch?: string;
  channel?: string;
  range?: string;
}

export function resolveLine(branches: readonly BranchLine[], branch: string | undefined, prereleaseInput: string | undefined): ReleaseLine {
  if (branches.length === 0) return { ...(branch ? { branch } : {}), ...(prereleaseInput ? { channel: prereleaseInput } : {}) };
  if (!branch) {
    throw new ConfigurationError(
      "HEAD is detached and no branch was named, so the release line is unknown. Check out the release branch, or pass the branch (input `branch`, CLI `--branch`).",
    );
  }
  const line = branches.find((candidate) => candidate.name === branch || picomatch.isMatch(branch, candidate.name));
  if (!line) {
    throw new ConfigurationError(
      `branch '${branch}' is not a release line; the configured lines are: ${branches.map((candidate) => candidate.name).join(", ")}`,
    );
  }
  const range = line.range ?? (line.maintenance ? rangeFromLineName(branch) : undefined);
  const channel = prereleaseInput ?? line.prerelease;
  return { branch, ...(channel ? { channel } : {}), ...(range ? { range } : {}) };
}

/** Everything decided for one package. */
export interface PackageDecision {
  name: string;
  path: string;
  tagPrefix: string;
  previous?: string;
  previousTag?: string;
  next?: string;
  tag?: string;
  bump: BumpKind;
  level: BumpLevel;
  commitCount: number;
  /** The commits that decided the bump (highest level), with the rule that said so. */
  decisive: CommitVerdict[];
  /** The commits that still count (reverted pairs cancelled), newest first. */
  kept: ConventionalCommit[];
  cancelledReverts: Array<{ revert: ConventionalCommit; reverted: ConventionalCommit }>;
  /** How the version was chosen, when not by the commits. */
  override?: string;
}

export interface DecideInput {
  pkg: PackageConfig;
  config: VersioningConfig;
  line: ReleaseLine;
  /** Versions reachable from HEAD for this package, highest first. */
  reachable: readonly VersionTag[];
  /** The base the commits were read from, and the commits, newest first. */
  base?: VersionTag;
  lastStable?: VersionTag;
  commits: readonly RawCommit[];
  /** The same commits already parsed (readConventionalCommits parses them while git prints); parsed here when absent. */
  parsed?: readonly ConventionalCommit[];
  /** No release tag yet: the version the package's manifest carries, where the first release starts. */
  manifestBase?: { path: string; version: string };
  /** Every version tagged for this package anywhere. */
  existing: ReadonlySet<string>;
  releaseAs?: string;
  bump?: Exclude<BumpLevel, "none">;
}

/** Pure: the next version of one package from its commits and tags. */
export function decidePackage(input: DecideInput): PackageDecision {
  const { config, pkg, line } = input;
  const all = input.parsed ?? input.commits.map(parseCommit);
  // Without a release tag, the version the manifest carries is the last release (never a silent downgrade).
  const previous = input.base?.version.version ?? input.manifestBase?.version;
  // A release commit of the tool above the last tag (release-please's merged release PR) is a
  // release still to be tagged: only the commits after it are new.
  const pending = config.releaseCommitPattern && !line.channel ? pendingRelease(all, previous, config.releaseCommitPattern, config.releasePleasePrerelease !== undefined) : undefined;
  const parsed = pending ? all.slice(0, pending.index) : all;
  const { kept, cancelled } = cancelReverts(parsed, config.reverts);
  const ruling = commitRuling(config);
  const rulings = kept.map(ruling);
  let asked: BumpLevel = "none";
  for (const { level } of rulings) asked = higher(asked, level);
  // `minimum-bump`: with any commit that still counts (reverted pairs cancel), the release is at least this (release-please's "at least a patch").
  const level: BumpLevel = kept.length > 0 && !pending ? higher(asked, config.minimumBump) : asked;
  const decisive: CommitVerdict[] = [];
  if (level !== "none") {
    for (let index = 0; index < kept.length; index++) {
      const { level: asks, reason } = rulings[index]!;
      if (asks === level) decisive.push({ commit: kept[index]!, level, reason });
    }
  }
  const from = pending?.version ?? previous;
  const decision: PackageDecision = {
    name: pkg.name,
    path: pkg.path,
    tagPrefix: pkg.tagPrefix,
    ...(previous ? { previous } : {}),
    ...(input.base ? { previousTag: input.base.name } : {}),
    bump: "none",
    level,
    commitCount: input.commits.length,
    decisive,
    kept,
    cancelledReverts: cancelled,
  };

  if (level !== asked) decision.override = `minimum-bump (${config.minimumBump}): no commit asks for more`;
  // A Release-As footer counts only while its commit does: a reverted one asks for nothing.
  const forced = input.releaseAs ?? releaseAsFrom(kept, from) ?? config.releaseAs;
  let next: string | undefined;
  if (forced !== undefined) {
    next = normalizeVersionInput(forced, "release-as");
    if (from && !semver.gt(next, from)) {
      if (input.releaseAs) throw new ConfigurationError(`release-as ${next} is not above the previous release ${from}`);
      next = undefined; // a Release-As footer already honoured by an earlier release
    } else {
      decision.override = input.releaseAs ? "release-as input" : config.releaseAs === forced ? "release-as in configuration" : "Release-As footer";
      if (input.existing.has(semver.parse(next)!.version)) {
        throw new ConfigurationError(`the ${decision.override} asks for ${next}, which is already tagged (not in the history of HEAD); a released version is never reused`);
      }
      decision.bump = bumpKind(previous, next);
    }
  }
  if (next === undefined && pending && !input.bump && level === "none") {
    // Nothing after the release commit asks for more: its version is the release, still to be tagged.
    next = pending.version;
    decision.override = `release commit '${pending.header}', not tagged yet`;
    decision.bump = bumpKind(previous, next);
  }
  if (next === undefined && config.releasePleasePrerelease && !line.channel && from) {
    next = releasePleaseNext(decision, input, from, config);
  }
  if (next === undefined) {
    const wanted = input.bump ?? level;
    if (input.bump) decision.override = `bump input (${input.bump})`;
    else if (pending) decision.override = `release commit '${pending.header}', not tagged: ${pending.version} is the previous release`;
    const manifestStable = input.manifestBase && !semver.prerelease(input.manifestBase.version) ? input.manifestBase.version : undefined;
    const lastStable = pending?.version ?? input.lastStable?.version.version ?? manifestStable;
    const result = nextVersion({
      ...(from ? { previous: from } : {}),
      ...(lastStable ? { lastStable } : {}),
      level: wanted,
      ...(line.channel ? { channel: line.channel } : {}),
      existing: input.existing,
      initialVersion: config.initialVersion,
      // A bump input says exactly what to release: `major` on 0.x releases 1.0.0.
      preMajor: input.bump ? { breaking: "major", feature: "minor" } : config.preMajor,
      ...(line.range ? { range: line.range } : {}),
      ...(line.branch ? { lineName: line.branch } : {}),
    });
    if (result) {
      next = result.version;
      decision.bump = result.bump;
      decision.level = result.level;
      const promoted = line.channel || input.bump ? undefined : promotion(input.reachable, lastStable, next, input.existing);
      if (promoted) {
        next = promoted.version;
        decision.bump = bumpKind(from, next);
        decision.override = `promotion of ${promoted.from}`;
      }
    }
  }
  if (next !== undefined) {
    decision.next = withBuildMetadata(next, config.buildMetadata);
    decision.tag = `${pkg.tagPrefix}${decision.next.split("+")[0]}`;
  }
  return decision;
}

/**
 * The newest commit whose header is the tool's release commit (`releaseCommitPattern`, with
 * `{version}` for the version) for a version above the previous release: a release made but not
 * tagged. Its index in the commits (newest first) and its version.
 */
function pendingRelease(commits: readonly ConventionalCommit[], previous: string | undefined, pattern: string, prereleases: boolean): { index: number; version: string; header: string } | undefined {
  const expression = releaseCommitExpression(pattern);
  for (const [index, commit] of commits.entries()) {
    // A commit with a Release-As footer asks for a release; it is not one.
    if (commit.releaseAs) continue;
    const version = semver.valid(expression.exec(commit.header)?.[1] ?? "");
    // Under release-please's pre-release strategy a release PR may well release a pre-release.
    if (version && (prereleases || !semver.prerelease(version)) && (!previous || semver.gt(version, previous))) return { index, version, header: commit.header };
  }
  return undefined;
}

const expressions = new Map<string, RegExp>();

/** `chore{scope}: release{component} {version}` → a header pattern; GitHub's ` (#N)` may follow. */
export function releaseCommitExpression(pattern: string): RegExp {
  let expression = expressions.get(pattern);
  if (!expression) {
    const source = pattern
      .split(/(\{(?:version|scope|component|branch)\})/)
      .map((part) => {
        if (part === "{version}") return "v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)";
        if (part === "{scope}") return "(?:\\([^()]*\\))?";
        if (part === "{component}") return "(?: \\S+)?";
        if (part === "{branch}") return "\\S*";
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    expression = new RegExp(`^${source}(?:\\s*\\(#\\d+\\))?$`);
    expressions.set(pattern, expression);
  }
  return expression;
}

/**
 * The version release-please's pre-release strategy gives after `from` (the last release, maybe a
 * pre-release), for what the commits ask (never less than a patch, as release-please releases);
 * undefined when nothing is to be released. A bump input decides the level instead.
 */
function releasePleaseNext(decision: PackageDecision, input: DecideInput, from: string, config: VersioningConfig): string | undefined {
  const asked = input.bump ?? decision.level;
  if (asked === "none") return undefined;
  const level = input.bump ? asked : adjustForPreMajor(asked, from, config.preMajor);
  const next = releasePleasePrereleaseNext(from, level === "none" ? "patch" : level, config.releasePleasePrerelease!);
  if (input.existing.has(next)) {
    throw new ConfigurationError(`release-please's pre-release numbering gives ${next} after ${from}, which is already tagged (not in the history of HEAD); a released version is never reused`);
  }
  decision.bump = bumpKind(from, next);
  decision.level = level;
  decision.override = `release-please's pre-release versioning from ${from}`;
  return next;
}

/**
 * A stable release on a line whose history holds pre-releases above the last stable version
 * promotes the highest of them: after `1.2.0-rc.3`, the release is at least `1.2.0`, even when
 * the commits since `1.1.0` alone would ask for less (an rc cut with a bump input).
 */
function promotion(reachable: readonly VersionTag[], lastStable: string | undefined, next: string, existing: ReadonlySet<string>): { version: string; from: string } | undefined {
  const candidate = reachable.find((tag) => tag.version.prerelease.length > 0 && (!lastStable || semver.gt(tag.version, lastStable)));
  if (!candidate) return undefined;
  const plain = `${candidate.version.major}.${candidate.version.minor}.${candidate.version.patch}`;
  return semver.gt(plain, next) && !existing.has(plain) ? { version: plain, from: candidate.version.version } : undefined;
}

/** The newest `Release-As:` footer in the range that is above the previous release. */
function releaseAsFrom(commits: readonly ConventionalCommit[], previous: string | undefined): string | undefined {
  for (const commit of commits) {
    if (!commit.releaseAs) continue;
    const cleaned = readableVersion(commit.releaseAs);
    if (cleaned && (!previous || semver.gt(cleaned, previous))) return cleaned;
  }
  return undefined;
}

// A footer that is not a version is not a request (as release-please reads it); the seed's `+a+b` form is one.
function readableVersion(text: string): string | undefined {
  try {
    return normalizeVersionInput(text, "Release-As");
  } catch {
    return undefined;
  }
}
