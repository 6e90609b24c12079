import { mention } from "../errors/mention.js";
import semver from "semver";
import { readConventionalCommits } from "../commits/read.js";
import type { ConventionalCommit } from "../commits/types.js";
import type { CadenceConfig, PackageConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { cancelReverts } from "../version/reverts.js";
import { readTags, versionTags, type VersionTag } from "../version/tags.js";
import { decideVersions, selectPackages } from "../version-bump/run.js";
import type { ChangelogInputs } from "./inputs.js";

/** One release's commits, read and parsed once, reverted pairs removed. */
export interface ReleaseRange {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  /** The commit the release is (or will be) cut from. */
  head: string;
  /** The tag's date when the release is already tagged. */
  date?: string;
  commits: ConventionalCommit[];
  commitCount: number;
  cancelledPairs: number;
}

export interface CollectPorts {
  git: Git;
  files: Files;
  clock: Clock;
  reporter: Reporter;
}

/** Why there is no release to describe, said to the user. */
export class NothingToRelease {
  constructor(
    readonly reason: string,
    readonly head: string,
  ) {}
}

/** The one package a changelog is for: the named one, or the only one there is. */
export function selectPackage(config: CadenceConfig, wanted: string | undefined): PackageConfig {
  const all = selectPackages(config, wanted);
  if (all.length > 1) throw new ConfigurationError(`this repository has ${all.length} packages (${all.map((pkg) => pkg.name).join(", ")}): name one (${mention("package")})`);
  return all[0]!;
}

/** Reads a range with the shared reader and parser, and cancels reverted pairs by the versioning rules. */
export async function readRange(git: Git, config: CadenceConfig, pkg: PackageConfig, from: string | undefined, to: string) {
  const commits = await readConventionalCommits(git, { ...(from ? { from } : {}), to, ...(pkg.path !== "." ? { paths: [pkg.path] } : {}) });
  const { kept, cancelled } = cancelReverts(commits, config.versioning.reverts);
  return { commits: kept, commitCount: commits.length, cancelledPairs: cancelled.length };
}

async function resolveCommit(git: Git, ref: string): Promise<string> {
  const result = await git.run(["rev-parse", "--verify", "-q", "--end-of-options", `${ref}^{commit}`], { allowFailure: true });
  if (result.exitCode !== 0) throw new ConfigurationError(`'${ref}' is not a tag, branch or commit of this repository`);
  return result.stdout.trim();
}

/** Tag dates (YYYY-MM-DD, UTC) by tag name. */
export async function tagDates(git: Git): Promise<Map<string, string>> {
  const { stdout } = await git.run(["for-each-ref", "--format=%(refname:strip=2)%00%(creatordate:iso-strict)", "refs/tags"]);
  const dates = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const [name, date] = line.split("\0");
    if (name && date) dates.set(name, new Date(date).toISOString().slice(0, 10));
  }
  return dates;
}

/** The highest version tag below `version` that `tags` holds (stable only, for a stable version). */
function previousOf(tags: readonly VersionTag[], version: string): VersionTag | undefined {
  const stable = semver.prerelease(version) === null;
  return tags.find((tag) => semver.lt(tag.version, version) && (!stable || tag.version.prerelease.length === 0));
}

/**
 * The release the inputs ask for. By default the unreleased commits, with the version that
 * version-bump's rules decide from that same reading of the commits. With `version`, an existing
 * tag of that version is described as it was released; with `from`/`to`, exactly that range.
 */
export async function collectRelease(ports: CollectPorts, config: CadenceConfig, pkg: PackageConfig, inputs: ChangelogInputs): Promise<ReleaseRange | NothingToRelease> {
  const { git } = ports;
  const explicit = inputs.from !== undefined || inputs.to !== undefined || inputs.version !== undefined;
  // Tags are read here only when the inputs name a range or a version; otherwise version-bump reads them.
  const all = explicit ? versionTags((await readTags(git)).all, pkg.tagPrefix).versions : [];
  const tagged = inputs.version ? all.find((tag) => tag.version.version === inputs.version!.split("+")[0]) : undefined;
  // A tag of the version that HEAD does not contain was made from HEAD by an earlier attempt of
  // this very release (on its release commit): the section is planned from HEAD, as that attempt
  // planned it, so a re-run of a crashed release applies the same plan instead of a stale one.
  const remade = tagged && inputs.from === undefined && inputs.to === undefined && !(await contains(git, "HEAD", tagged.sha));
  const wantedTag = remade ? undefined : tagged;

  if (inputs.from !== undefined || inputs.to !== undefined || wantedTag) {
    const to = inputs.to ?? wantedTag?.name ?? "HEAD";
    const head = await resolveCommit(git, to);
    const toTag = all.find((tag) => tag.sha === head && (!inputs.version || tag.version.version === inputs.version.split("+")[0]));
    const version = inputs.version ?? toTag?.version.version;
    if (!version) throw new ConfigurationError(`'${to}' is not a version tag: give the version the range is released as (${mention("version")})`);
    const reachable = versionTags((await readTags(git, head)).reachable, pkg.tagPrefix).versions;
    const previous = inputs.from === undefined ? previousOf(reachable, version) : all.find((tag) => tag.name === inputs.from);
    const from = inputs.from ?? previous?.name;
    if (from !== undefined) await resolveCommit(git, from);
    const read = await readRange(git, config, pkg, from, head);
    if (read.commitCount === 0) return new NothingToRelease(`nothing to release: there are no commits between ${from ?? "the start"} and ${to}`, head);
    const dates = toTag ? await tagDates(git) : new Map<string, string>();
    return {
      version,
      tag: `${pkg.tagPrefix}${version.split("+")[0]}`,
      ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : from ? { previousTag: from } : {}),
      head,
      ...(toTag && dates.has(toTag.name) ? { date: dates.get(toTag.name)! } : {}),
      ...read,
    };
  }

  // The one reading: version-bump decides the version and hands over the parsed commits that count.
  const decided = await decideVersions(
    { git, files: ports.files, clock: ports.clock, reporter: ports.reporter },
    {
      cwd: inputs.cwd,
      dryRun: true,
      ...(inputs.version ? { releaseAs: inputs.version } : {}),
      ...(inputs.branch ? { branch: inputs.branch } : {}),
      ...(pkg.name !== "." || config.versioning.packages.length > 0 ? { package: pkg.name } : {}),
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    },
    config,
  );
  const decision = decided.packages[0]!;
  if (decision.commitCount === 0) return new NothingToRelease(`nothing to release: there are no commits since ${decision.previousTag ?? "the start"}`, decided.repository.head);
  if (!decision.next) {
    return new NothingToRelease(
      `nothing to release: the ${decision.commitCount} commit${decision.commitCount === 1 ? "" : "s"} since ${decision.previousTag ?? "the start"} ask for no release (no feat, fix, perf or breaking change). Give a version to write one anyway.`,
      decided.repository.head,
    );
  }
  return {
    version: decision.next,
    tag: decision.tag!,
    ...(decision.previous ? { previousVersion: decision.previous } : {}),
    ...(decision.previousTag ? { previousTag: decision.previousTag } : {}),
    head: decided.repository.head,
    commits: decision.kept,
    commitCount: decision.commitCount,
    cancelledPairs: decision.cancelledReverts.length,
  };
}

/**
 * Every tagged release from the first tag, oldest first, for adopting a project with years of
 * history. Stable tags each get a section reaching back to the previous stable one; pre-releases
 * only when no stable release has followed them yet.
 */
export async function collectHistory(ports: CollectPorts, config: CadenceConfig, pkg: PackageConfig): Promise<ReleaseRange[]> {
  const { git } = ports;
  const reachable = versionTags((await readTags(git)).reachable, pkg.tagPrefix).versions;
  const highestStable = reachable.find((tag) => tag.version.prerelease.length === 0);
  const kept = reachable.filter((tag) => tag.version.prerelease.length === 0 || !highestStable || semver.gt(tag.version, highestStable.version)).reverse();
  const dates = await tagDates(git);
  const releases: ReleaseRange[] = [];
  for (const [index, tag] of kept.entries()) {
    const previous = index > 0 ? kept[index - 1] : undefined;
    const read = await readRange(git, config, pkg, previous?.sha, tag.sha);
    releases.push({
      version: tag.version.version,
      tag: tag.name,
      ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : {}),
      head: tag.sha,
      ...(dates.has(tag.name) ? { date: dates.get(tag.name)! } : {}),
      ...read,
    });
  }
  return releases;
}

/** Whether `commit` is `sha` or has it in its history. */
async function contains(git: CollectPorts["git"], commit: string, sha: string): Promise<boolean> {
  const result = await git.run(["merge-base", "--is-ancestor", sha, commit], { allowFailure: true });
  return result.exitCode === 0;
}
