import semver from "semver";
import type { CadenceConfig } from "../config/types.js";
import type { Committer } from "../identity/committer.js";
import { ConfigurationError } from "../errors/index.js";
import type { Release, ReleaseForge } from "../forge/releases.js";
import type { Files, Git, Reporter } from "../ports/index.js";
import { channelOf } from "../publish/channel.js";
import { readRemoteRefs } from "../publish/remote-refs.js";
import type { Registry } from "../registry/port.js";
import type { PullRequests } from "../sync/github/pulls.js";
import { listTags, versionTags, type VersionTag } from "../version/tags.js";
import type { Decision } from "./decision.js";
import type { ChannelName, RollbackInputs } from "./inputs.js";
import { observeCompatibility } from "./compatibility.js";
import { fillMessage, type RollbackSettings } from "./settings.js";
import type { ForgeRelease, FloatingTagFacts, NpmPackageFacts, RollbackFacts, RollForwardFacts } from "./types.js";
import { rollForwardVersion, selectVersions, type ReleasedVersion } from "./versions.js";

export interface ObservePorts {
  git: Git;
  files: Files;
  reporter: Reporter;
  forge?: ReleaseForge;
  registryFor: (url: string) => Registry;
  npmTokenGiven: boolean;
  pulls?: PullRequests;
}

export interface ObserveContext {
  head: string;
  branch: string | undefined;
  config: CadenceConfig;
  settings: RollbackSettings;
  decision: Decision;
  reason: string;
  capsuleOutDir: string;
  /** Who commits and tags, decided before planning. */
  committer: Committer;
}

/** Reads everything a rollback needs to plan: versions from local tags, then each channel in a constant number of requests. */
export async function observeRollback(ports: ObservePorts, inputs: RollbackInputs, context: ObserveContext): Promise<RollbackFacts> {
  const { git } = ports;
  const { settings } = context;
  const prefix = tagPrefixOf(context.config, inputs.package);
  const tags = versionTags(await listTags(git), prefix).versions;
  const earlier = await earlierRollForward(git, tags, inputs);
  const fromVersion = inputs.from ?? earlier?.from;
  const toVersion = inputs.to ?? earlier?.to;
  const selection = selectVersions(tags, {
    prefix,
    ...(fromVersion ? { from: fromVersion } : {}),
    ...(toVersion ? { to: toVersion } : {}),
    ...(inputs.allowPrerelease ? { allowPrerelease: true } : {}),
  });
  const { from, to } = selection;
  // A roll-forward an earlier run of this rollback released is not part of the history it judges by.
  const own = await ownRollForward(git, tags, from, to);
  const history = own ? tags.filter((tag) => tag.name !== own.name) : tags;
  const skipped: RollbackFacts["skipped"] = [];
  const chosen = settings.channels ?? null;
  const wanted = (channel: ChannelName) => context.decision.type !== "config" && (chosen === null || chosen.includes(channel));

  const remote = await resolveRemote(git, settings.remote, settings.remoteNamed);
  const npm = wanted("npm") ? await observeNpm(ports, inputs, settings, history, from, to, skipped) : null;
  const release = wanted("github-release") ? await observeRelease(ports, settings, from, to, skipped, inputs.dryRun) : null;
  const floatingTags = wanted("floating-tags") ? await observeFloatingTags(ports, remote, prefix, from, to, skipped) : null;
  const rollForward = context.decision.type === "config" || inputs.undo ? null : await observeRollForward(git, history, own, inputs, settings, { from, to }, npm, remote);
  // A config rollback's own commit on the branch (delivery: commit) is planned from before it.
  const head =
    context.decision.type === "config" ? await beforeOwnConfigCommit(git, context.head, from.version, to.version) : context.head;
  const stableTags = history.filter((tag) => tag.version.prerelease.length === 0);
  const values = { version: from.version, to: to.version, reason: context.reason, ...(inputs.issue ? { issue: inputs.issue } : {}) };
  return {
    mode: inputs.undo ? "undo" : "rollback",
    decision: context.decision,
    from,
    to,
    line: selection.line,
    fromIsNewest: stableTags[0]?.name === from.tag,
    reason: context.reason,
    issue: inputs.issue ?? null,
    head,
    branch: context.branch ?? null,
    remote,
    chosen,
    npm,
    release,
    floatingTags,
    skipped,
    compatibility: await observeCompatibility(git, from, to, context.capsuleOutDir),
    rollForwardMode: settings.rollForward,
    rollForward,
    config:
      context.decision.type === "config" ? await observeConfigFiles(git, settings, { from, to }, head, ports.pulls?.repository ?? null) : null,
    messages: { deprecation: fillMessage(settings.deprecationMessage, values), releaseNote: fillMessage(settings.releaseNote, values) },
    identity: context.committer,
  };
}

/** A release this toolkit rolled forward to, found by its commit's trailers: a re-run then means the same X and G. */
async function earlierRollForward(git: Git, tags: readonly VersionTag[], inputs: RollbackInputs): Promise<{ from: string; to: string } | undefined> {
  if (inputs.from) return undefined;
  const newest = tags.find((tag) => tag.version.prerelease.length === 0);
  if (!newest) return undefined;
  const trailers = await rollbackTrailers(git, newest.sha);
  return trailers ?? undefined;
}

async function rollbackTrailers(git: Git, commit: string): Promise<{ from: string; to: string } | null> {
  const { stdout } = await git.run(["log", "-1", "--format=%B", commit]);
  const from = /^Rollback-From: (\S+)$/m.exec(stdout)?.[1];
  const to = /^Rollback-To: (\S+)$/m.exec(stdout)?.[1];
  return from && to ? { from, to } : null;
}

function tagPrefixOf(config: CadenceConfig, name: string | undefined): string {
  const packages = config.versioning.packages;
  if (name) {
    const pkg = packages.find((candidate) => candidate.name === name);
    if (!pkg) throw new ConfigurationError(`there is no package '${name}'; the configured packages are: ${packages.map((candidate) => candidate.name).join(", ") || "none"}`);
    return pkg.tagPrefix;
  }
  if (packages.length > 1) throw new ConfigurationError("this repository has several packages: name the one whose release to roll back with the package input");
  return packages[0]?.tagPrefix ?? config.versioning.tagPrefix;
}

async function resolveRemote(git: Git, name: string, named: boolean): Promise<string | null> {
  const { stdout } = await git.run(["remote"]);
  const remotes = stdout.split("\n").map((line) => line.trim()).filter(Boolean);
  if (remotes.includes(name)) return name;
  if (named) throw new ConfigurationError(`there is no git remote '${name}' in this repository (remotes: ${remotes.join(", ") || "none"})`);
  return null;
}

async function npmNames(ports: ObservePorts, inputs: RollbackInputs, settings: RollbackSettings): Promise<Array<{ name: string; folder: string | null }>> {
  const folders = settings.npm.packages === "auto" ? (ports.npmTokenGiven || inputs.packages ? ["."] : []) : settings.npm.packages;
  const known: Array<{ name: string; folder: string | null }> = [];
  for (const folder of folders) {
    const path = folder === "." ? "package.json" : `${folder.replace(/\/+$/, "")}/package.json`;
    const text = await ports.files.read(path);
    if (text === undefined) continue;
    try {
      const manifest = JSON.parse(text) as { name?: unknown; private?: unknown };
      if (typeof manifest.name === "string" && manifest.private !== true) known.push({ name: manifest.name, folder });
    } catch {
      throw new ConfigurationError(`${path} is not valid JSON, so the npm package to roll back cannot be named from it`, { file: path });
    }
  }
  if (!inputs.packages) return known;
  return inputs.packages.map((name) => known.find((pkg) => pkg.name === name) ?? { name, folder: null });
}

async function observeNpm(
  ports: ObservePorts,
  inputs: RollbackInputs,
  settings: RollbackSettings,
  tags: readonly VersionTag[],
  from: ReleasedVersion,
  to: ReleasedVersion,
  skipped: RollbackFacts["skipped"],
): Promise<RollbackFacts["npm"]> {
  const names = await npmNames(ports, inputs, settings);
  if (names.length === 0) {
    skipped.push({ channel: "npm", why: ports.npmTokenGiven ? "no public package is configured (publish.npm.packages)" : "no npm token and no packages named" });
    return null;
  }
  const registry = ports.registryFor(settings.npm.registry);
  const user = inputs.dryRun ? null : await registry.whoami();
  const channel = channelOf(from.version, tags.map((tag) => tag.version.version), settings.npm.distTags);
  const packages: NpmPackageFacts[] = [];
  for (const { name, folder } of names) {
    const state = await registry.packageState(name);
    if (!state) throw new ConfigurationError(`${name} is not on the registry ${registry.url}: leave the npm channel out, or name the packages that are published there`);
    packages.push({
      name,
      folder,
      distTags: state.distTags,
      hasFrom: from.version in state.versions,
      hasTo: to.version in state.versions,
      fromDeprecated: state.versions[from.version]?.deprecated ?? null,
      channelTags: [channel.distTag],
    });
  }
  const writeChecked = registry.canCheckWriteAccess && packages.every((pkg) => Object.keys(pkg.distTags).length > 0);
  if (user !== null && writeChecked) await checkWriteAccess(registry, user, packages, from.version);
  return { registry: registry.url, user, writeChecked, packages };
}

/**
 * A valid token may still be read-only, or its user no maintainer of the package: asked of the
 * registry for every package before the first change, not found at the first npm write.
 */
async function checkWriteAccess(registry: Registry, user: string, packages: readonly NpmPackageFacts[], from: string): Promise<void> {
  for (const pkg of packages.filter((candidate) => candidate.hasFrom)) {
    const tags = Object.entries(pkg.distTags);
    const [tag, version] = tags.find(([name]) => pkg.channelTags.includes(name)) ?? tags[0]!;
    const access = await registry.writeAccess(pkg.name, tag, version);
    if (access.granted) continue;
    throw new ConfigurationError(
      `the npm user ${user} may not change ${pkg.name}: moving its dist-tags and changing the deprecation of ${from} ` +
        `need publish rights on ${pkg.name}, and ${access.why}. ` +
        `Use a token that may publish ${pkg.name} (not read-only, of one of its maintainers); nothing was changed.`,
    );
  }
}

function forgeRelease(release: Release): ForgeRelease {
  return { id: release.id, tag: release.tag, name: release.name, body: release.body, immutable: release.immutable, prerelease: release.prerelease, url: release.url };
}

async function observeRelease(
  ports: ObservePorts,
  settings: RollbackSettings,
  from: ReleasedVersion,
  to: ReleasedVersion,
  skipped: RollbackFacts["skipped"],
  dryRun: boolean,
): Promise<RollbackFacts["release"]> {
  const forge = ports.forge;
  if (!forge || !settings.releaseEnabled) {
    skipped.push({ channel: "github-release", why: forge ? "releases are off (publish.release.enabled: false)" : "no forge (no token)" });
    return null;
  }
  const [x, g, latest] = [await forge.findPublishedRelease(from.tag), await forge.findPublishedRelease(to.tag), await forge.latestRelease()];
  if (!x) skipped.push({ channel: "github-release", why: `${from.tag} has no published release on ${forge.description}` });
  // A dry-run needs no write access (a plan job may hold a read-only token); apply checks before any change. A job
  // token says nothing of its permissions when asked, so, where a forge can, a request that needs contents: write
  // and writes nothing asks instead (it answers for every kind of token).
  if (!dryRun) await (x && forge.checkReleaseWrite ? forge.checkReleaseWrite(from.tag) : forge.checkReleaseAccess());
  return { forge: forge.description, from: x ? forgeRelease(x) : null, to: g ? forgeRelease(g) : null, latest: latest?.tag ?? null };
}

/** v1 and v1.5 as the remote holds them, when X (a stable release) has them. */
async function observeFloatingTags(
  ports: ObservePorts,
  remote: string | null,
  prefix: string,
  from: ReleasedVersion,
  to: ReleasedVersion,
  skipped: RollbackFacts["skipped"],
): Promise<FloatingTagFacts[] | null> {
  if (!remote) {
    skipped.push({ channel: "floating-tags", why: "the repository has no remote" });
    return null;
  }
  const x = semver.parse(from.version)!;
  const g = semver.parse(to.version)!;
  if (x.prerelease.length > 0) return [];
  const candidates = [
    { name: `${prefix}${x.major}`, fitsTo: g.major === x.major && g.prerelease.length === 0 },
    { name: `${prefix}${x.major}.${x.minor}`, fitsTo: g.major === x.major && g.minor === x.minor && g.prerelease.length === 0 },
  ];
  const refs = await readRemoteRefs(ports.git, remote, candidates.map((candidate) => `refs/tags/${candidate.name}`));
  const found: FloatingTagFacts[] = [];
  for (const candidate of candidates) {
    const ref = refs.get(`refs/tags/${candidate.name}`);
    if (!ref) continue;
    // A floating tag that is itself the tag of an immutable release is locked in place.
    const own = ports.forge ? await ports.forge.findPublishedRelease(candidate.name) : undefined;
    found.push({ name: candidate.name, object: ref.object, commit: ref.commit, fitsTo: candidate.fitsTo, locked: own?.immutable === true });
  }
  return found;
}

/** The release an earlier run of this same rollback rolled forward to: above X on X's minor line, with our trailers. */
async function ownRollForward(git: Git, tags: readonly VersionTag[], from: ReleasedVersion, to: ReleasedVersion): Promise<VersionTag | undefined> {
  const x = semver.parse(from.version)!;
  for (const tag of tags.filter((candidate) => candidate.version.major === x.major && candidate.version.minor === x.minor && semver.gt(candidate.version, x))) {
    const trailers = await rollbackTrailers(git, tag.sha);
    if (trailers && trailers.from === from.version && trailers.to === to.version) return tag;
  }
  return undefined;
}

async function observeRollForward(
  git: Git,
  history: readonly VersionTag[],
  own: VersionTag | undefined,
  inputs: RollbackInputs,
  settings: RollbackSettings,
  versions: { from: ReleasedVersion; to: ReleasedVersion },
  npm: RollbackFacts["npm"],
  remote: string | null,
): Promise<RollForwardFacts> {
  const { from, to } = versions;
  // A roll-forward an earlier run already tagged keeps its version; otherwise the next patch above X's minor line.
  const version = own?.version.version ?? rollForwardVersion(history, from);
  const tag = `${from.tag.slice(0, from.tag.length - from.version.length)}${version}`;
  const branch = settings.branchTemplate.replace(/\{tag\}/g, tag).replace(/\{version\}/g, version);
  const mode = settings.rollForward === "revert" ? "revert" : "restore";
  const revertCommits = mode === "revert" ? (inputs.revertCommits ?? (await commitsBetween(git, to, from))) : [];
  const local = await git.run(["rev-parse", "--verify", "-q", `refs/heads/${branch}^{commit}`], { allowFailure: true });
  const remoteBranch = !local.stdout.trim() && remote ? (await readRemoteRefs(git, remote, [`refs/heads/${branch}`])).get(`refs/heads/${branch}`) : undefined;
  const existing = local.stdout.trim() || remoteBranch?.commit || null;
  const distTag = npm?.packages[0]?.channelTags[0] ?? "latest";
  return { version, tag, branch, mode, revertCommits, existing, distTag };
}

/** The commits from G to X, newest first, merges left out (reverting a merge needs to know its mainline). */
async function commitsBetween(git: Git, to: ReleasedVersion, from: ReleasedVersion): Promise<string[]> {
  const { stdout } = await git.run(["rev-list", "--no-merges", `${to.commit}..${from.commit}`]);
  const commits = stdout.split("\n").filter(Boolean);
  if (commits.length === 0) throw new ConfigurationError(`there are no commits from ${to.tag} to ${from.tag} to revert`);
  return commits;
}

/**
 * Where a config rollback committed on the branch itself (delivery: commit) started: HEAD's
 * parent when HEAD is this rollback's own commit (one parent, its Rollback-Config-From/-To
 * trailers), else HEAD. A re-run after a crash between that commit and its push then plans what
 * the first run planned (the same plan hash), finds the commit done, and pushes it.
 */
async function beforeOwnConfigCommit(git: Git, head: string, from: string, to: string): Promise<string> {
  const found = await git.run(["log", "-1", "--format=%P%x00%B", head, "--"], { allowFailure: true });
  if (found.exitCode !== 0) return head;
  const [parents = "", message = ""] = found.stdout.split("\0");
  const parent = parents.trim().split(" ");
  const lines = message.split("\n");
  const ours = lines.includes(`Rollback-Config-From: ${from}`) && lines.includes(`Rollback-Config-To: ${to}`);
  return parent.length === 1 && parent[0] && ours ? parent[0] : head;
}

async function observeConfigFiles(
  git: Git,
  settings: RollbackSettings,
  versions: { from: ReleasedVersion; to: ReleasedVersion },
  head: string,
  pullRequests: string | null,
): Promise<RollbackFacts["config"]> {
  const { from, to } = versions;
  const blob = async (commit: string, path: string) => {
    const found = await git.run(["rev-parse", "--verify", "-q", `${commit}:${path}`], { allowFailure: true });
    return found.exitCode === 0 ? found.stdout.trim() : null;
  };
  const files = [];
  for (const path of settings.config.files) files.push({ path, toBlob: await blob(to.commit, path), currentBlob: await blob(head, path) });
  const branch = settings.config.branchTemplate.replace(/\{from\}/g, from.version).replace(/\{to\}/g, to.version);
  return { files, delivery: settings.config.delivery, branch, pullRequests };
}
