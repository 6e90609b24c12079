import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Git } from "../ports/index.js";
import { LOCKFILES, manifestPaths } from "../version-bump/plan.js";
import { selectPackages } from "../version-bump/run.js";

/**
 * publish tags HEAD and packs npm folders from the working tree: both must be what HEAD holds.
 * The release changes (manifests, lockfiles, CHANGELOG and records from version-bump and the
 * changelog) must be committed, or the tag names the commit before them; a package folder must
 * have no uncommitted edits to tracked files, or npm publishes content the tag does not hold.
 * Files git ignores (build output) and untracked files outside the release paths are left alone.
 */
export async function refuseUncommitted(git: Git, config: CadenceConfig, packageName: string | undefined, npmFolders: readonly string[], head: string): Promise<void> {
  const releasePaths = new Set<string>(config.versioning.releaseCommit.include);
  for (const pkg of selectPackages(config, packageName)) {
    const { manifests, lockfiles } = manifestPaths(pkg);
    for (const path of [...manifests.map((manifest) => manifest.path), ...lockfiles, ...LOCKFILES]) releasePaths.add(path);
  }
  const release = await changed(git, [...releasePaths], true);
  if (release.length > 0) {
    throw new ConfigurationError(
      `the release changes are not committed (${list(release)}): publish tags HEAD (${head.slice(0, 12)}), which would name the commit before them. ` +
        "Commit them first (version-bump with release-commit: true commits the manifests, CHANGELOG and release record).",
    );
  }
  if (npmFolders.length === 0) return;
  const edited = await changed(git, npmFolders, false);
  if (edited.length > 0) {
    throw new ConfigurationError(
      `npm would pack uncommitted edits (${list(edited)}), which the tagged commit ${head.slice(0, 12)} does not hold. Commit or discard them before publishing.`,
    );
  }
}

async function changed(git: Git, paths: readonly string[], untracked: boolean): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await git.run(["status", "--porcelain", "-z", `--untracked-files=${untracked ? "all" : "no"}`, "--", ...paths.map((path) => `:(literal)${path}`)]);
  return stdout
    .split("\0")
    .filter((entry) => /^.. /.test(entry))
    .map((entry) => entry.slice(3));
}

function list(paths: readonly string[]): string {
  return paths.length > 5 ? `${paths.slice(0, 5).join(", ")} and ${paths.length - 5} more` : paths.join(", ");
}
