import { mention } from "../errors/mention.js";
import { ConfigurationError } from "../errors/index.js";
import { loadConfig } from "../config/load.js";
import { releasePackageNamed } from "../records/release-place.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { normalizeVersionInput } from "../version/metadata.js";
import { parseVersionBumpInputs } from "../version-bump/inputs.js";
import { runVersionBump } from "../version-bump/run.js";

export interface ReleaseIdentity {
  version: string;
  commit: string;
  /** The package of a monorepo's release (its CHANGELOG heading reads `core@1.5.0`); else undefined. */
  package?: string;
}

/**
 * The version and commit a capsule describes. Given ones win; otherwise the version is
 * version-bump's decision (the next version, or the last tag when nothing is due) and the
 * commit is HEAD.
 */
export async function resolveRelease(
  ports: { git: Git | undefined; files: Files; clock: Clock; reporter: Reporter },
  given: { version?: string; commit?: string; configPath?: string; cwd: string; package?: string },
): Promise<ReleaseIdentity> {
  const inRepository = ports.git ? await isRepository(ports.git) : false;
  const noRepository = () =>
    new ConfigurationError(`${given.cwd} is not a git repository with commits, so the release version and commit cannot be read from it: run in the repository, or pass the version and commit (${mention("version")}, ${mention("commit")})`);
  let commit = given.commit;
  if (commit === undefined) {
    if (!inRepository) throw noRepository();
    commit = (await ports.git!.run(["rev-parse", "HEAD"])).stdout.trim();
  } else if (inRepository) {
    await refuseUnknownCommit(ports.git!, commit, given.cwd);
  }
  const options = { ...(given.configPath ? { configPath: given.configPath } : {}) };
  if (given.version !== undefined) {
    const version = normalizeVersionInput(given.version, "version");
    const pkg = given.package === undefined ? undefined : releasePackageNamed(await loadConfig(ports.files, options), given.package);
    return { version, commit, ...(pkg !== undefined ? { package: pkg } : {}) };
  }
  if (!inRepository) throw noRepository();
  const result = await runVersionBump(
    { git: ports.git!, files: ports.files, clock: ports.clock, reporter: ports.reporter },
    { ...parseVersionBumpInputs({ cwd: given.cwd, dryRun: true, ...options, ...(given.package ? { package: given.package } : {}) }), decisionOnly: true },
  );
  if (result.packages.length !== 1) {
    throw new ConfigurationError(`this repository releases ${result.packages.length} packages (${result.packages.map((pkg) => pkg.name).join(", ")}): say which one the capsule is for (${mention("package")})`);
  }
  const decision = result.packages[0]!;
  const version = decision.next ?? decision.previous;
  if (!version) throw new ConfigurationError(`no release version: there is no release tag and no commit asks for a release; pass the version (${mention("version")})`);
  const pkg = releasePackageNamed(result.config, decision.name);
  return { version, commit, ...(pkg !== undefined ? { package: pkg } : {}) };
}

/** A capsule names a commit the repository holds: signing one it does not would vouch for nothing that exists. */
async function refuseUnknownCommit(git: Git, commit: string, cwd: string): Promise<void> {
  const { exitCode } = await git.run(["cat-file", "-e", `${commit}^{commit}`], { allowFailure: true });
  if (exitCode !== 0) {
    throw new ConfigurationError(
      `commit ${commit} does not exist in the repository at ${cwd}: give the id of a commit it holds (fetch it first when it comes from elsewhere, fetch-depth: 0)`,
    );
  }
}

async function isRepository(git: Git): Promise<boolean> {
  try {
    const head = await git.run(["rev-parse", "--verify", "-q", "HEAD^{commit}"], { allowFailure: true });
    return head.exitCode === 0;
  } catch {
    return false;
  }
}
