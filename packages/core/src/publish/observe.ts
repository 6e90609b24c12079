import { isAbsolute, relative } from "node:path";
import semver from "semver";
import { LocalFiles } from "../adapters/files.js";
import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import { resolveCommitter, type Committer } from "../identity/committer.js";
import type { Release, ReleaseForge } from "../forge/releases.js";
import type { JsonValue } from "../plan/plan.js";
import type { Files, Git, Reporter } from "../ports/index.js";
import type { Registry } from "../registry/port.js";
import { readTags, versionTags } from "../version/tags.js";
import { characters, fitText } from "../changelog/fit-text.js";
import { collectAssets } from "./assets.js";
import { refuseUncommitted } from "./committed.js";
import { channelOf, floatingTagsFor, type Channel } from "./channel.js";
import type { PublishInputs } from "./inputs.js";
import { publishedElsewhere, type NpmPackage } from "./npm-effects.js";
import type { AssetFile } from "./release-effects.js";
import { isAncestor, readLocalTag, readRemoteRefs, type RefState } from "./remote-refs.js";
import { fillTemplate, type PublishSettings } from "./settings.js";

/** The release being made: decided before anything is observed about its distribution. */
export interface ReleaseVersion {
  version: string;
  tag: string;
  tagPrefix: string;
  /** How the version was chosen, for the summary. */
  source: string;
}

/** Everything publish looked at. The plan is a pure function of this, and its hash covers it. */
export interface PublishObservations {
  head: string;
  branch: string | null;
  release: ReleaseVersion;
  existingVersions: string[];
  channel: Channel;
  localTag: RefState | null;
  /** null when the repository has no such remote: tags then stay local. */
  remote: string | null;
  remoteRefs: Record<string, RefState | null>;
  /**
   * The remote branch's commit when it is neither HEAD's history nor built on HEAD: the branch
   * moved on since the release was planned (a push while it waited for approval). Null otherwise.
   */
  branchMovedTo: string | null;
  floatingTags: string[];
  tagMessage: string;
  /** Who the annotated tag is by (inputs, config, git's own or github-actions[bot]). */
  tagger: Committer;
  forge: { description: string; name: string; body: string; existing: ForgeReleaseState | null } | null;
  assets: AssetFile[];
  npm: { registry: string; access: string | null; provenance: boolean; packages: Array<NpmPackage & { published: string | null }> } | null;
}

export interface ForgeReleaseState {
  id: number;
  draft: boolean;
  immutable: boolean;
  url: string;
  assets: Array<{ name: string; digest: string | null; size: number; state: string }>;
}

export interface ObservePorts {
  git: Git;
  files: Files;
  reporter: Reporter;
  forge?: ReleaseForge;
  registryFor: (url: string) => Registry;
  /** Whether the caller has an npm token; with none, npm publishing is only done when asked for. */
  npmTokenGiven: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export async function observe(ports: ObservePorts, inputs: PublishInputs, settings: PublishSettings, context: { head: string; branch: string | undefined; release: ReleaseVersion; config: CadenceConfig }): Promise<PublishObservations> {
  const { git } = ports;
  const { head, release } = context;
  const npmFolders = await npmFoldersOf(ports, settings);
  await refuseUncommitted(git, context.config, inputs.package, npmFolders, head);
  const tags = await readTags(git);
  const existingVersions = versionTags(tags.all, release.tagPrefix).versions.map((tag) => tag.version.version);
  const channel = channelOf(release.version, existingVersions, settings.npm.distTags, settings.npm.distTag);
  const floating = (await shipsActions(git, settings.floatingTags)) ? floatingTagsFor(release.version, existingVersions, release.tagPrefix) : [];

  const remote = await resolveRemote(git, settings.remote, inputs.remote !== undefined);
  if (!remote) ports.reporter.annotate("notice", `there is no git remote '${settings.remote}': the tag is created here and nothing is pushed`);
  const wanted = [...(context.branch ? [`refs/heads/${context.branch}`] : []), `refs/tags/${release.tag}`, ...floating.map((tag) => `refs/tags/${tag}`)];
  const found = remote ? await readRemoteRefs(git, remote, wanted) : new Map<string, RefState>();
  const remoteRefs: Record<string, RefState | null> = {};
  if (remote) for (const ref of wanted) remoteRefs[ref] = found.get(ref) ?? null;

  const branchAt = context.branch ? remoteRefs[`refs/heads/${context.branch}`]?.commit : undefined;
  const branchMoved = branchAt !== undefined && branchAt !== head && !(await isAncestor(git, branchAt, head)) && !(await isAncestor(git, head, branchAt));
  const values = { tag: release.tag, version: release.version };
  let forge: PublishObservations["forge"] = null;
  if (settings.release.enabled && ports.forge) {
    await ports.forge.checkReleaseAccess();
    const existing = await ports.forge.findRelease(release.tag);
    const body = fitReleaseBody(await releaseBody(ports.files, settings, values, ports.env.RUNNER_TEMP), settings.release.notesFile, release.tag, ports.env);
    forge = { description: ports.forge.description, name: fillTemplate(settings.release.name, values), body, existing: existing ? releaseState(existing) : null };
  }
  const pending = (glob: string) =>
    ports.reporter.info(`dry-run: the assets matching ${glob} are written by an earlier step's real run (none exist in a dry-run); they will be attached then`);
  const assets = forge ? await collectAssets(ports.files.root, settings.release.assets, ports.env.RUNNER_TEMP, { dryRun: inputs.dryRun, pending }) : [];
  return {
    head,
    branch: context.branch ?? null,
    release,
    existingVersions,
    channel,
    localTag: (await readLocalTag(git, release.tag)) ?? null,
    remote,
    remoteRefs,
    branchMovedTo: branchMoved ? branchAt! : null,
    floatingTags: floating,
    tagMessage: fillTemplate(settings.tagMessage, values),
    tagger: await resolveCommitter(git, { ...(inputs.committer ? { input: inputs.committer } : {}), config: context.config }),
    forge,
    assets,
    npm: await observeNpm(ports, settings, npmFolders, release, inputs.dryRun ? inputs.plannedDir : undefined),
  };
}

function releaseState(release: Release): ForgeReleaseState {
  return { id: release.id, draft: release.draft, immutable: release.immutable, url: release.url, assets: release.assets.map(({ name, digest, size, state }) => ({ name, digest, size, state })) };
}

/**
 * The release body: the notes file, relative to the repository or, like asset globs, absolute
 * inside the run's temporary folder (RUNNER_TEMP), where the changelog step of a dry-run keeps
 * the notes it would have written.
 */
async function releaseBody(
  files: Files,
  settings: PublishSettings,
  values: { tag: string; version: string },
  scratch: string | undefined,
): Promise<string> {
  if (!settings.release.notesFile) return fillTemplate(settings.tagMessage, values);
  const path = settings.release.notesFile;
  const inScratch = scratch !== undefined && isAbsolute(path) && !relative(scratch, path).startsWith("..");
  const text = inScratch ? await new LocalFiles(scratch).read(relative(scratch, path)) : await files.read(path);
  if (text === undefined) throw new ConfigurationError(`the release notes file ${settings.release.notesFile} does not exist; run the changelog step first, or correct notes-file`);
  return text;
}

/** GitHub refuses a release body over 125,000 characters (and the whole release with it). */
export const RELEASE_BODY_CHARACTERS = 125_000;

/**
 * A body over GitHub's limit is cut after its last whole line that fits, as the step summary is,
 * with a line linking to the whole notes in the repository at the tag.
 */
export function fitReleaseBody(body: string, notesFile: string | undefined, tag: string, env: Readonly<Record<string, string | undefined>>): string {
  if (body.length <= RELEASE_BODY_CHARACTERS) return body;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const where = notesFile
    ? env.GITHUB_REPOSITORY
      ? `[${notesFile}](${server}/${env.GITHUB_REPOSITORY}/blob/${encodeURIComponent(tag)}/${notesFile.split("/").map(encodeURIComponent).join("/")})`
      : `\`${notesFile}\` at ${tag}`
    : "the repository";
  const notice = `\n\n> These release notes are ${body.length.toLocaleString("en-US")} characters, more than a GitHub release can hold: this is their beginning. The full notes: ${where}.`;
  return fitText(body, RELEASE_BODY_CHARACTERS, notice, characters);
}

/** A configured remote name, or null when a defaulted one is missing (a laptop repository without origin). */
async function resolveRemote(git: Git, name: string, named: boolean): Promise<string | null> {
  const { stdout } = await git.run(["remote"]);
  if (stdout.split("\n").map((line) => line.trim()).includes(name)) return name;
  if (named) throw new ConfigurationError(`there is no git remote '${name}' in this repository (remotes: ${stdout.trim().split("\n").filter(Boolean).join(", ") || "none"})`);
  return null;
}

/** Repositories that ship a GitHub Action get floating major/minor tags, which is how `uses: owner/repo@v1` finds them. */
async function shipsActions(git: Git, setting: boolean | "auto"): Promise<boolean> {
  if (setting !== "auto") return setting;
  const { stdout } = await git.run(["ls-files", "-z"]);
  return stdout.split("\0").some((path) => /(^|\/)action\.ya?ml$/.test(path));
}

async function npmFoldersOf(ports: ObservePorts, settings: PublishSettings): Promise<string[]> {
  return settings.npm.packages === "auto" ? await autoPackages(ports) : settings.npm.packages;
}

async function observeNpm(ports: ObservePorts, settings: PublishSettings, folders: readonly string[], release: ReleaseVersion, plannedDir: string | undefined): Promise<PublishObservations["npm"]> {
  if (folders.length === 0) return null;
  const registry = ports.registryFor(settings.npm.registry);
  const provenance = provenanceWanted(settings.npm.provenance, ports.env);
  const expected = semver.parse(release.version)!.version;
  const packages: Array<NpmPackage & { published: string | null }> = [];
  for (const folder of folders) {
    const packed = await registry.pack(folder);
    if (packed.private) throw new ConfigurationError(`${folder}/package.json is private: true, so npm will not publish it. Remove it from the npm packages, or make it public.`, { file: `${folder}/package.json` });
    // In a dry-run the version is only planned: version-bump's dry-run kept the package.json it would write.
    const planned = plannedDir && semver.parse(packed.version)?.version !== expected ? await plannedVersion(plannedDir, folder) : undefined;
    if (planned === expected) {
      const published = await registry.view(packed.name, expected);
      packages.push({ folder, name: packed.name, version: expected, shasum: null, published: published?.shasum ?? null });
      continue;
    }
    if (semver.parse(packed.version)?.version !== expected) {
      throw new ConfigurationError(
        `${folder}/package.json says version ${packed.version}, but the release is ${release.version}. Run version-bump (with release-commit) before publish, so the published package carries the released version.`,
        { file: `${folder}/package.json` },
      );
    }
    const pkg: NpmPackage = { folder, name: packed.name, version: expected, shasum: packed.shasum };
    const published = await registry.view(pkg.name, pkg.version);
    // Refused before anything is tagged: a release that cannot complete must not start.
    if (published && published.shasum !== pkg.shasum) throw publishedElsewhere(pkg, published, registry.url);
    packages.push({ ...pkg, published: published?.shasum ?? null });
  }
  // A token the registry refuses is known now, in a dry-run too: asked before anything is tagged.
  if (packages.some((pkg) => pkg.published === null)) await registry.whoami();
  return { registry: registry.url, access: settings.npm.access ?? null, provenance, packages };
}

async function autoPackages(ports: ObservePorts): Promise<string[]> {
  if (!ports.npmTokenGiven) return [];
  const text = await ports.files.read("package.json");
  if (text === undefined) return [];
  try {
    const manifest = JSON.parse(text) as { name?: unknown; private?: unknown; workspaces?: unknown };
    return typeof manifest.name === "string" && manifest.private !== true ? ["."] : [];
  } catch {
    return [];
  }
}

/** npm provenance needs the job's OIDC token, which Actions hands out only with `permissions: id-token: write`. */
export function provenanceWanted(setting: boolean | "auto", env: Readonly<Record<string, string | undefined>>): boolean {
  const available = env.GITHUB_ACTIONS === "true" && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  if (setting === "auto") return available;
  if (setting && !available) {
    throw new ConfigurationError("npm provenance was asked for, but there is no OIDC token: run in GitHub Actions with `permissions: id-token: write`, or set provenance to false");
  }
  return setting;
}

export function observationsJson(observations: PublishObservations): { [key: string]: JsonValue } {
  return JSON.parse(JSON.stringify(observations)) as { [key: string]: JsonValue };
}

/** The version in the package.json a dry-run of version-bump planned for the folder, if any. */
async function plannedVersion(dir: string, folder: string): Promise<string | undefined> {
  const text = await new LocalFiles(dir).read(folder === "." ? "package.json" : `${folder}/package.json`);
  try {
    const version = text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? (semver.parse(version)?.version ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}
