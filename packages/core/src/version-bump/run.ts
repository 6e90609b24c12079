import { keepPlannedFiles, plannedPaths } from "../adapters/planned-files.js";
import { join } from "node:path";
import semver from "semver";
import { readConventionalCommits, commitsTouching } from "../commits/read.js";
import type { ConventionalCommit } from "../commits/types.js";
import { loadConfig } from "../config/load.js";
import type { CadenceConfig, PackageConfig, VersioningConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import { resolveCommitter } from "../identity/committer.js";
import { manifestVersion } from "../manifests/read-version.js";
import { prepareManifestUpdates } from "../manifests/update.js";
import { applyPlan, type ApplyResult } from "../plan/apply.js";
import { gitCommitHandler, writeFileHandler } from "../plan/file-effects.js";
import { planHash, type Plan } from "../plan/plan.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { evidenceWriter } from "../records/evidence.js";
import { latestOnLine, listTags, readTags, tagsContainedIn, tagsMergedInto, versionTags, type GitTag, type VersionTag } from "../version/tags.js";
import { decidePackage, resolveLine, type PackageDecision, type ReleaseLine } from "./decide.js";
import type { VersionBumpInputs } from "./inputs.js";
import { manifestPaths, planVersionBump } from "./plan.js";
import { allInOrder, hasRemote, inspectRepository, type RepositoryState } from "./repository.js";

export interface VersionBumpPorts {
  git: Git;
  files: Files;
  clock: Clock;
  reporter: Reporter;
  /** Where evidence records go; defaults to .git/cadence/evidence. */
  evidenceDir?: string;
}

export interface VersionBumpResult {
  packages: PackageDecision[];
  line: ReleaseLine;
  head: string;
  plan: Plan;
  planHash: string;
  applied: ApplyResult;
  config: CadenceConfig;
  evidencePath?: string;
}

/** What version-bump decides, before it plans anything: the versions, and what they were decided from. */
export interface VersionDecisions {
  packages: PackageDecision[];
  line: ReleaseLine;
  repository: RepositoryState;
  config: CadenceConfig;
}

/** version-bump from start to end: observe, decide, plan, and (unless dry-run) apply. */
export async function runVersionBump(ports: VersionBumpPorts, inputs: VersionBumpInputs, loaded?: CadenceConfig): Promise<VersionBumpResult> {
  const { git, files, reporter } = ports;
  const { packages: decisions, line, repository, config } = await decideVersions(ports, inputs, loaded);
  const packages = selectPackages(config, inputs.package);
  // The manifests and lockfiles, read together.
  const paths = new Set<string>();
  for (const pkg of packages) {
    const { manifests, lockfiles } = manifestPaths(pkg);
    for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles]) paths.add(path);
  }
  const texts = new Map<string, string | undefined>(await allInOrder([...paths].map(async (path) => [path, await files.read(path)] as const)));
  await prepareManifestUpdates(packages.flatMap((pkg) => pkg.manifests));
  const releaseCommit = { ...config.versioning.releaseCommit, ...(inputs.releaseCommit !== undefined ? { enabled: inputs.releaseCommit } : {}) };
  // In a dry-run the changelog's files are only planned: they count as changed, as they will be.
  const planned = inputs.dryRun && inputs.plannedDir ? plannedPaths(inputs.plannedDir) : [];
  const extraCommitPaths = releaseCommit.enabled ? await changedPaths(git, config.versioning.releaseCommit.include, planned) : [];
  // Who commits is decided while planning, so a bad identity fails before any file is written.
  const committer = releaseCommit.enabled ? await resolveCommitter(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config }) : undefined;
  // The release commit is dated like the commit it is made on: the same plan, the same commit.
  const date = releaseCommit.enabled ? await commitDate(git, repository.head) : undefined;
  const plan = planVersionBump({
    head: repository.head,
    ...(line.branch ? { branch: line.branch } : {}),
    decisions,
    packages,
    texts,
    releaseCommit: { ...releaseCommit, ...(committer ? { committer } : {}), ...(date ? { date } : {}) },
    extraCommitPaths,
  });
  const hash = planHash(plan);
  const evidenceDir = ports.evidenceDir ?? join(repository.gitDir, "cadence", "evidence");
  const evidencePath = join(evidenceDir, `version-bump-${hash.slice(7, 19)}.yaml`);
  const applied = await applyPlan(
    plan,
    { "write-file": writeFileHandler(files), "git-commit": gitCommitHandler(git) },
    {
      dryRun: inputs.dryRun,
      logDryRun: !inputs.decisionOnly,
      ...(inputs.planHash ? { expectedPlanHash: inputs.planHash } : {}),
      reporter,
      evidence: evidenceWriter(evidencePath, { plan, hash, head: repository.head, branch: line.branch, decisions, clock: ports.clock }),
    },
  );
  if (inputs.dryRun && inputs.plannedDir) await keepPlannedFiles(plan, inputs.plannedDir);
  return { packages: decisions, line, head: repository.head, plan, planHash: hash, applied, config, ...(inputs.dryRun || plan.effects.length === 0 ? {} : { evidencePath }) };
}

/**
 * The observing and deciding half of version-bump: the repository, the configuration, the tags,
 * one reading of the commits since each package's release, and the versions they ask for. The
 * changelog describes a release from this alone (it writes no manifests).
 */
export async function decideVersions(ports: VersionBumpPorts, inputs: VersionBumpInputs, loaded?: CadenceConfig): Promise<VersionDecisions> {
  const { git, files, reporter } = ports;
  // The repository's state, the configuration and the tags are independent: read them at once.
  // `loaded`: the configuration a caller has already read (the changelog), not read twice.
  const [repository, config, allTags] = await allInOrder<[RepositoryState, CadenceConfig, GitTag[]]>([
    inspectRepository(git, inputs.branch),
    loaded ? Promise.resolve(loaded) : loadConfig(files, inputs.configPath ? { configPath: inputs.configPath } : {}),
    listTags(git),
  ]);
  for (const notice of config.source.notices) reporter.annotate("notice", notice.message, notice.location);
  if (config.source.kind !== "defaults") reporter.info(`configuration: ${config.source.files.join(", ")} (${config.source.kind})`);

  const line = resolveLine(config.versioning.branches, repository.branch, inputs.prerelease);
  const packages = selectPackages(config, inputs.package);
  const tags: HeadTags = { all: allTags, head: repository.head };
  const decisions: PackageDecision[] = [];
  for (const pkg of packages) {
    decisions.push(await decideFor(ports, config, pkg, line, tags, inputs, packages.length > 1 || pkg.path !== "."));
  }
  // Only a package released from the root package.json can tell (as its manifest).
  const rootManifest = packages.some((pkg) => manifestPaths(pkg).manifests.some((manifest) => manifest.path === "package.json"));
  if (rootManifest && tags.reachable?.length === 0 && (await hasRemote(git))) refuseMissingTags(decisions, await files.read("package.json"));
  return { packages: decisions, line, repository, config };
}

/** The packages to release: all that are configured (or the repository as one), or the one named. */
export function selectPackages(config: CadenceConfig, wanted: string | undefined): PackageConfig[] {
  const configured = config.versioning.packages;
  const all: PackageConfig[] = configured.length > 0 ? configured : [{ name: ".", path: ".", tagPrefix: config.versioning.tagPrefix, manifests: [] }];
  if (!wanted) return all;
  const found = all.filter((pkg) => pkg.name === wanted);
  if (found.length === 0) throw new ConfigurationError(`there is no package '${wanted}'; the configured packages are: ${all.map((pkg) => pkg.name).join(", ")}`);
  return found;
}

async function decideFor(
  ports: VersionBumpPorts,
  config: CadenceConfig,
  pkg: PackageConfig,
  line: ReleaseLine,
  tags: HeadTags,
  inputs: VersionBumpInputs,
  filterByPath: boolean,
): Promise<PackageDecision> {
  // Which tags HEAD contains and the commits since the release come from one walk of the history:
  // read from the release all the tags point to, then learn from those commits whether HEAD
  // contains it (tagsContainedIn). Read again only when it does not (a release on another branch).
  let guessed: { from: string; parsed: ConventionalCommit[] } | undefined;
  if (!tags.reachable) {
    const guess = releaseBase(tags.all, pkg, line, config.versioning).base;
    if (guess) {
      // Asked at once, while git log walks: which tags the release's history holds. A failure
      // surfaces only if the answer is used (tagsContainedIn may need another question instead).
      const early = tagsMergedInto(ports.git, [guess.sha]);
      early.catch(() => undefined);
      guessed = { from: guess.sha, parsed: await readConventionalCommits(ports.git, { from: guess.sha, to: "HEAD" }) };
      tags.reachable = await tagsContainedIn(ports.git, tags.all, { from: guess.sha, commits: guessed.parsed.map((commit) => commit.raw), mergedIntoFrom: early });
    } else {
      tags.reachable = (await readTags(ports.git)).reachable;
    }
  }
  const reachable = versionTags(tags.reachable, pkg.tagPrefix);
  if (reachable.ignored.length > 0) {
    ports.reporter.annotate("notice", `ignored tags that are not versions: ${reachable.ignored.slice(0, 10).join(", ")}${reachable.ignored.length > 10 ? ", ..." : ""}`);
    if (reachable.versions.length === 0 && reachable.ignored.length > 0) {
      throw new ConfigurationError(
        `no tag is a version: found ${reachable.ignored.slice(0, 5).join(", ")} with prefix '${pkg.tagPrefix}', none of them MAJOR.MINOR.PATCH. Set versioning.tag-prefix to match your tags.`,
      );
    }
  }
  if (reachable.versions.length === 0 && !filterByPath) refuseOtherPrefix(tags.reachable, pkg.tagPrefix);
  const { inRange, lastStable, base } = releaseBase(tags.reachable, pkg, line, config.versioning);
  const range = { ...(base ? { from: base.sha } : {}), to: "HEAD" };
  let parsed = guessed && guessed.from === base?.sha ? guessed.parsed : await readConventionalCommits(ports.git, range);
  if (filterByPath && pkg.path !== ".") {
    const touching = await commitsTouching(ports.git, range, [pkg.path]);
    parsed = parsed.filter((commit) => touching.has(commit.raw.sha));
  }
  const manifestBase = base ? undefined : await manifestStart(ports.git, pkg, parsed, config.versioning);
  if (manifestBase) {
    ports.reporter.annotate(
      "notice",
      `${pkg.name === "." ? "" : `${pkg.name}: `}no release tag yet, so the first release continues from the version ${manifestBase.path} carries (${manifestBase.version})`,
    );
  }
  const resumed = await releasesMadeOn(ports.git, tags.head, unreachableAbove(tags, pkg, base), config.versioning.releaseCommit.message);
  const existing = new Set(versionTags(tags.all, pkg.tagPrefix).versions.filter((tag) => !resumed.has(tag.name)).map((tag) => tag.version.version));
  return decidePackage({
    pkg,
    config: config.versioning,
    line,
    reachable: inRange,
    ...(base ? { base } : {}),
    ...(lastStable ? { lastStable } : {}),
    ...(manifestBase ? { manifestBase } : {}),
    commits: parsed.map((commit) => commit.raw),
    parsed,
    existing,
    ...(inputs.releaseAs ? { releaseAs: inputs.releaseAs } : {}),
    ...(inputs.bump ? { bump: inputs.bump } : {}),
  });
}

/**
 * Release tags written with another prefix (`release-1.4.2` while the prefix is `v`) would make
 * this look like a first release and start again at the initial version: say so instead.
 */
function refuseOtherPrefix(tags: readonly GitTag[], prefix: string): void {
  const found = tags.map((tag) => ({ name: tag.name, match: /^(.*?)v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag.name) })).find((tag) => tag.match && semver.valid(tag.match[2]!));
  if (!found) return;
  const suggested = found.name.slice(0, found.name.length - found.match![2]!.length);
  throw new ConfigurationError(
    `no release tag starts with the prefix '${prefix}', but the tag ${found.name} looks like a release. Set versioning.tag-prefix to '${suggested}' in .github/cadence.yml (or tag with the prefix '${prefix}').`,
  );
}

/** The tags of the repository; which of them HEAD contains is learnt with the first package's commits. */
interface HeadTags {
  all: GitTag[];
  head: string;
  reachable?: GitTag[];
}

/**
 * The release a package's next version builds on, among the given tags (highest on the line).
 * Under release-please's pre-release strategy that is the highest release of any kind, as
 * release-please continues from its last release, pre-release or not.
 */
function releaseBase(tags: readonly GitTag[], pkg: PackageConfig, line: ReleaseLine, versioning: VersioningConfig): { inRange: VersionTag[]; lastStable?: VersionTag; base?: VersionTag } {
  const versions = versionTags(tags, pkg.tagPrefix).versions;
  const inRange = line.range ? versions.filter((tag) => versionInRange(tag, line.range!)) : versions;
  const { previous, lastStable } = latestOnLine(inRange, line.channel);
  const base = line.channel ? previous : versioning.releasePleasePrerelease ? inRange[0] : lastStable;
  return { inRange, ...(lastStable ? { lastStable } : {}), ...(base ? { base } : {}) };
}

// A maintenance line sees only its own versions as its previous releases.
function versionInRange(tag: VersionTag, range: string): boolean {
  return semver.satisfies(tag.version, range, { includePrerelease: true });
}

/**
 * Where a package's first release starts when it has no release tag: the version its first
 * manifest carries, as committed before cadence's own release commit for it (a re-run after the
 * release commit decides the same version). Undefined when the manifest holds none or holds the
 * initial version (a fresh project: the first release is that version).
 */
async function manifestStart(git: Git, pkg: PackageConfig, commits: readonly ConventionalCommit[], versioning: VersioningConfig): Promise<{ path: string; version: string } | undefined> {
  const manifest = manifestPaths(pkg).manifests[0];
  if (!manifest) return undefined;
  const message = versioning.releaseCommit.message;
  const [before, after] = message.split("{version}", 2);
  const release = commits.find((commit) => (after === undefined ? commit.header === message : commit.header.startsWith(before!) && commit.header.endsWith(after)));
  const { stdout, exitCode } = await git.run(["show", `${release ? `${release.raw.sha}^` : "HEAD"}:./${manifest.path}`], { allowFailure: true });
  if (exitCode !== 0) return undefined;
  const version = await manifestVersion(manifest, stdout);
  if (!version || version === versioning.initialVersion) return undefined;
  return { path: manifest.path, version };
}

/** No tags in a clone with a remote, while package.json says a version was released: the tags were not fetched. */
function refuseMissingTags(decisions: readonly PackageDecision[], manifest: string | undefined): void {
  if (!manifest) return;
  let version: unknown;
  try {
    version = (JSON.parse(manifest) as { version?: unknown }).version;
  } catch {
    return;
  }
  // 1.0.0 and 0.1.0 are what `npm init` and fresh projects start with; anything above has been released before.
  const released = typeof version === "string" && semver.valid(version) && !semver.prerelease(version) && semver.gt(version, semver.major(version) === 0 ? "0.1.0" : "1.0.0");
  if (released && decisions.every((decision) => !decision.previousTag)) {
    throw new ConfigurationError(
      `no release tags were found, but package.json says ${version}: this looks like a clone without tags. ` +
        "With actions/checkout set `fetch-depth: 0` (it fetches tags); locally run `git fetch --tags`.",
    );
  }
}

/** Which of the paths (files or folders) have uncommitted changes, new files included, or planned ones. */
async function changedPaths(git: Git, paths: readonly string[], planned: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await git.run(["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
  const changed = [...stdout.split("\n").filter(Boolean).map((line) => line.slice(3)), ...planned];
  return paths.filter((path) => changed.some((file) => file === path || file.startsWith(`${path.replace(/\/+$/, "")}/`)));
}

/** A commit's committer date as git writes it raw (`1767225600 +0000`); undefined without one. */
async function commitDate(git: Git, commit: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git.run(["show", "-s", "--format=%cd", "--date=raw", commit], { allowFailure: true });
  return exitCode === 0 && /^\d+ [+-]\d{4}$/.test(stdout.trim()) ? stdout.trim() : undefined;
}

/** Version tags HEAD's history does not hold, above the release the next version builds on. */
function unreachableAbove(tags: HeadTags, pkg: PackageConfig, base: VersionTag | undefined): VersionTag[] {
  const reachable = new Set((tags.reachable ?? []).map((tag) => tag.name));
  return versionTags(tags.all, pkg.tagPrefix).versions.filter((tag) => !reachable.has(tag.name) && (!base || semver.gt(tag.version, base.version)));
}

/**
 * The tags among `candidates` that sit on a release commit for their version made directly on
 * HEAD: the commit of an earlier run of this same release, tagged and pushed before that run
 * failed. Such a version is not taken by someone else: a re-run decides it again and finishes that
 * release (the release commit, dated like HEAD, comes out the same). Usually there are no
 * candidates and git is not asked.
 */
async function releasesMadeOn(git: Git, head: string, candidates: readonly VersionTag[], message: string): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const { stdout } = await git.run(["log", "--no-walk=unsorted", "--format=%H %P%x00%s", ...new Set(candidates.map((tag) => tag.sha))]);
  const commits = new Map(
    stdout.split("\n").filter(Boolean).map((line) => {
      const [ids, subject] = line.split("\0");
      const [sha, parent, ...others] = ids!.split(" ");
      return [sha!, { parent, merge: others.length > 0, subject: subject ?? "" }] as const;
    }),
  );
  const made = candidates.filter((tag) => {
    const commit = commits.get(tag.sha);
    if (!commit || commit.parent !== head || commit.merge) return false;
    // The configured message with this version where {version} stands (a monorepo's lists several).
    const [before, after] = message.split("{version}", 2);
    const version = tag.version.version;
    return message.includes("{version}") ? commit.subject.startsWith(before!) && commit.subject.endsWith(after!) && commit.subject.includes(version) : commit.subject === message;
  });
  return new Set(made.map((tag) => tag.name));
}
