import { defaultHeader, upsertRelease } from "../changelog/changelog-file.js";
import type { ManifestFile } from "../config/types.js";
import { ConfigurationError, GitError } from "../errors/index.js";
import type { ReleaseForge } from "../forge/releases.js";
import { LocalFiles } from "../adapters/files.js";
import { prepareManifestUpdates, updateLockfile, updateManifest } from "../manifests/update.js";
import type { EffectHandler } from "../plan/apply.js";
import type { Effect } from "../plan/plan.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { parsePublishInputs } from "../publish/inputs.js";
import { preparePublish, runPublish, type PublishPorts } from "../publish/run.js";
import type { Registry } from "../registry/port.js";
import { releaseLabel, type ReleasePlace } from "../records/release-place.js";
import { withIdentity } from "./identity.js";
import { formatIdentity, identityOf } from "../identity/committer.js";
import { inWorktree, type GitFor } from "./worktree.js";

export interface RollForwardContext {
  git: Git;
  gitFor: GitFor;
  remote: string | null;
  /** The package's folder, the manifests that carry its version and its lockfiles (as version-bump finds them). */
  packages: Array<{ path: string; manifests: ManifestFile[]; lockfiles: string[] }>;
  changelog: string;
  /** The package of a monorepo's release, which its CHANGELOG heading names (`## [core@1.5.1]`); else undefined. */
  releasePackage?: string;
  /** The day the CHANGELOG entry carries (YYYY-MM-DD). */
  date: string;
  forge: ReleaseForge | undefined;
  registryFor: (url: string, cwd: string) => Registry;
  registry: string;
  /** npm package folders to publish, relative to the repository. */
  npmFolders: string[];
  npmTokenGiven: boolean;
  reporter: Reporter;
  clock: Clock;
  env: Readonly<Record<string, string | undefined>>;
  evidenceDir: string;
  configPath?: string;
}

const trailersOf = (effect: Effect): string[] => String(effect.message).split("\n").filter((line) => /^Rollback-(From|To): /.test(line));

/** The branch's commit, when it is this rollback's roll-forward (parent X, our trailers); throws when the branch is someone else's. */
async function ourCommit(git: Git, effect: Effect, ref: string): Promise<string | undefined> {
  const found = await git.run(["rev-parse", "--verify", "-q", `${ref}^{commit}`], { allowFailure: true });
  if (found.exitCode !== 0) return undefined;
  const commit = found.stdout.trim();
  const { stdout } = await git.run(["log", "-1", "--format=%P%x00%B", commit]);
  const [parents = "", message = ""] = stdout.split("\0");
  const ours = parents.trim() === String(effect.parent) && trailersOf(effect).every((trailer) => message.includes(trailer));
  if (!ours) {
    throw new ConfigurationError(
      `the branch ${String(effect.branch)} already exists and is not this rollback's roll-forward (commit ${commit.slice(0, 12)}): delete it, or name another branch (rollback.branch)`,
    );
  }
  return commit;
}

export function rollForwardCommitHandler(context: RollForwardContext): EffectHandler {
  const { git } = context;
  return {
    async isDone(effect) {
      const ref = `refs/heads/${String(effect.branch)}`;
      if (await ourCommit(git, effect, ref)) return true;
      if (!context.remote) return false;
      // A re-run in a fresh checkout: an earlier run pushed the branch. Bring it here for the next effect.
      const fetched = await git.run(["fetch", "--no-tags", context.remote, `+${ref}:${ref}`], { allowFailure: true });
      return fetched.exitCode === 0 && (await ourCommit(git, effect, ref)) !== undefined;
    },
    async run(effect) {
      const identity = identityOf(effect.identity);
      const commit = await inWorktree(git, context.gitFor, String(effect.parent), async (plain, dir) => {
        const worktree = withIdentity(plain, identity);
        if (effect.mode === "revert") await revertAll(worktree, effect.revertCommits as string[]);
        else await restoreTree(worktree, String(effect.base), String(effect.parent), context.changelog);
        await writeVersionAndChangelog(new LocalFiles(dir), context, effect);
        await worktree.run(["add", "-A"]);
        await worktree.run(["commit", "--no-verify", "-q", "-m", String(effect.message)]);
        return (await worktree.run(["rev-parse", "HEAD"])).stdout.trim();
      });
      // Created only if absent: a branch someone else made in the meantime is never overwritten.
      await git.run(["update-ref", `refs/heads/${String(effect.branch)}`, commit, ""]);
    },
  };
}

/** G's tree, with X's CHANGELOG (its history of releases stays; the new entry goes on top). */
async function restoreTree(git: Git, base: string, parent: string, changelog: string): Promise<void> {
  await git.run(["read-tree", "-u", "--reset", base]);
  const atParent = await git.run(["cat-file", "-e", `${parent}:${changelog}`], { allowFailure: true });
  if (atParent.exitCode === 0) await git.run(["checkout", parent, "--", changelog]);
}

async function revertAll(git: Git, commits: readonly string[]): Promise<void> {
  for (const commit of commits) {
    try {
      await git.run(["revert", "--no-edit", commit]);
    } catch (error) {
      if (error instanceof GitError) {
        const said = error.stderr.trim().split("\n").slice(-2).join(" ");
        throw new ConfigurationError(`reverting ${commit.slice(0, 12)} on top of the bad release conflicts: ${said}. Roll forward with G's tree instead (roll-forward: true), or revert by hand.`);
      }
      throw error;
    }
  }
}

async function writeVersionAndChangelog(files: Files, context: RollForwardContext, effect: Effect): Promise<void> {
  const version = String(effect.version);
  await prepareManifestUpdates(context.packages.flatMap((pkg) => pkg.manifests));
  for (const pkg of context.packages) {
    let touchedPackageJson = false;
    for (const manifest of pkg.manifests) {
      const text = await files.read(manifest.path);
      if (text === undefined) continue;
      await files.write(manifest.path, updateManifest(manifest, text, version));
      touchedPackageJson ||= manifest.kind === "package-json";
    }
    if (!touchedPackageJson) continue;
    for (const lockfile of pkg.lockfiles) {
      const text = await files.read(lockfile);
      if (text !== undefined) await files.write(lockfile, updateLockfile(lockfile, text, version, pkg.path));
    }
  }
  const existing = await files.read(context.changelog);
  await files.write(context.changelog, withRollForwardEntry(existing, { version, package: context.releasePackage }, context.date, String(effect.changelogEntry)));
}

/** The CHANGELOG with the roll-forward release's entry on top, headed as the changelog action heads a release. */
export function withRollForwardEntry(changelog: string | undefined, release: ReleasePlace, date: string, entry: string): string {
  const section = `## [${releaseLabel(release)}] - ${date}\n\n${entry}`;
  return upsertRelease(changelog, { ...release, section, generatedTitles: ["Rolled back"], header: defaultHeader("keep-a-changelog") });
}

/** publish's ports and inputs for the roll-forward commit, checked out in a temporary worktree. */
function publishSetup(context: RollForwardContext, effect: Effect, worktree: Git, dir: string): { ports: PublishPorts; inputs: ReturnType<typeof parsePublishInputs> } {
  const files = new LocalFiles(dir);
  const ports: PublishPorts = {
    git: worktree,
    files,
    clock: context.clock,
    reporter: context.reporter,
    ...(context.forge && effect.release === true ? { forge: context.forge } : {}),
    registryFor: (url) => context.registryFor(url, dir),
    npmTokenGiven: context.npmTokenGiven,
    env: context.env,
    // The worktree's own git folder goes with it: the roll-forward's release evidence stays with the repository's.
    evidenceDir: context.evidenceDir,
  };
  const npm = effect.npm as string[];
  const inputs = parsePublishInputs({
    cwd: dir,
    version: String(effect.version),
    branch: String(effect.branch),
    distTag: String(effect.distTag),
    floatingTags: effect.floatingTags === true,
    release: effect.release === true,
    registry: context.registry,
    // The tag is by the same identity as the commit it names.
    committer: formatIdentity(identityOf(effect.identity)),
    ...(npm.length > 0 ? { npmPackages: context.npmFolders } : {}),
    ...(context.remote ? { remote: context.remote } : {}),
    ...(context.configPath ? { configPath: context.configPath } : {}),
  });
  return { ports: npm.length > 0 ? ports : { ...ports, npmTokenGiven: false }, inputs };
}

export function rollForwardPublishHandler(context: RollForwardContext): EffectHandler {
  const { git } = context;
  const atBranch = async <T>(effect: Effect, body: (worktree: Git, dir: string) => Promise<T>): Promise<T> => {
    const commit = (await git.run(["rev-parse", "--verify", `refs/heads/${String(effect.branch)}^{commit}`])).stdout.trim();
    return inWorktree(git, context.gitFor, commit, body);
  };
  return {
    async isDone(effect) {
      return atBranch(effect, async (plain, dir) => {
        const { ports, inputs } = publishSetup(context, effect, withIdentity(plain, identityOf(effect.identity)), dir);
        const prepared = await preparePublish(ports, inputs);
        for (const step of prepared.plan.effects) if (!(await prepared.handlers[step.kind]!.isDone(step))) return false;
        return true;
      });
    },
    async run(effect) {
      await atBranch(effect, async (plain, dir) => {
        const { ports, inputs } = publishSetup(context, effect, withIdentity(plain, identityOf(effect.identity)), dir);
        await runPublish(ports, inputs);
      });
    },
  };
}
