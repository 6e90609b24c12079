import picomatch from "picomatch";
import semver from "semver";
import { parseCommit } from "../commits/parse.js";
import type { ConventionalCommit, RawCommit } from "../commits/types.js";
import type { BranchLine, PackageConfig, VersioningConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput, withBuildMetadata } from "../version/metadata.js";
import { bumpKind, nextVersion, rangeFromLineName } from "../version/next.js";
import { cancelReverts } from "../version/reverts.js";
import { judgeCommit, type CommitVerdict } from "../version/rules.js";
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
  verdicts: CommitVerdict[];
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
  /** Every version tagged for this package anywhere. */
  existing: ReadonlySet<string>;
  releaseAs?: string;
  bump?: Exclude<BumpLevel, "none">;
}

/** Pure: the next version of one package from its commits and tags. */
export function decidePackage(input: DecideInput): PackageDecision {
  const { config, pkg, line } = input;
  const parsed = input.parsed ?? input.commits.map(parseCommit);
  const { kept, cancelled } = cancelReverts(parsed, config.reverts);
  const verdicts = kept.map((commit) => judgeCommit(commit, config));
  let level: BumpLevel = verdicts.reduce<BumpLevel>((highest, verdict) => higher(highest, verdict.level), "none");
  if (level !== "none") level = higher(level, config.minimumBump);
  const decisive = level === "none" ? [] : verdicts.filter((verdict) => verdict.level === level);
  const previous = input.base?.version.version;
  const decision: PackageDecision = {
    name: pkg.name,
    path: pkg.path,
    tagPrefix: pkg.tagPrefix,
    ...(previous ? { previous, previousTag: input.base!.name } : {}),
    bump: "none",
    level,
    commitCount: input.commits.length,
    decisive,
    verdicts,
    cancelledReverts: cancelled,
  };

  const forced = input.releaseAs ?? releaseAsFrom(parsed, previous) ?? config.releaseAs;
  let next: string | undefined;
  if (forced !== undefined) {
    next = normalizeVersionInput(forced, "release-as");
    if (previous && !semver.gt(next, previous)) {
      if (input.releaseAs) throw new ConfigurationError(`release-as ${next} is not above the previous release ${previous}`);
      next = undefined; // a Release-As footer already honoured by an earlier release
    } else {
      decision.override = input.releaseAs ? "release-as input" : config.releaseAs === forced ? "release-as in configuration" : "Release-As footer";
      decision.bump = bumpKind(previous, next);
    }
  }
  if (next === undefined) {
    const wanted = input.bump ?? level;
    if (input.bump) decision.override = `bump input (${input.bump})`;
    const result = nextVersion({
      ...(previous ? { previous } : {}),
      ...(input.lastStable ? { lastStable: input.lastStable.version.version } : {}),
      level: wanted,
      ...(line.channel ? { channel: line.channel } : {}),
      existing: input.existing,
      initialVersion: config.initialVersion,
      preMajor: config.preMajor,
      ...(line.range ? { range: line.range } : {}),
      ...(line.branch ? { lineName: line.branch } : {}),
    });
    if (result) {
      next = result.version;
      decision.bump = result.bump;
      decision.level = result.level;
    }
  }
  if (next !== undefined) {
    decision.next = withBuildMetadata(next, config.buildMetadata);
    decision.tag = `${pkg.tagPrefix}${decision.next.split("+")[0]}`;
  }
  return decision;
}

/** The newest `Release-As:` footer in the range that is above the previous release. */
function releaseAsFrom(commits: readonly ConventionalCommit[], previous: string | undefined): string | undefined {
  for (const commit of commits) {
    if (!commit.releaseAs) continue;
    const cleaned = semver.valid(commit.releaseAs.replace(/^v/, ""));
    if (cleaned && (!previous || semver.gt(cleaned, previous))) return cleaned;
  }
  return undefined;
}
