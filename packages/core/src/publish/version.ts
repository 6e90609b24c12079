import semver from "semver";
import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { runVersionBump } from "../version-bump/run.js";
import { readTags, versionTags } from "../version/tags.js";
import type { PublishInputs } from "./inputs.js";
import type { ReleaseVersion } from "./observe.js";

/**
 * The version to publish: the input when given; otherwise what version-bump's rules decide for
 * HEAD (the same core call, in dry-run). When no release is due but HEAD already carries a
 * version tag, that is the release a crashed run started, and publish finishes it.
 */
export async function decideReleaseVersion(
  ports: { git: Git; files: Files; clock: Clock; reporter: Reporter },
  inputs: PublishInputs,
  context: { head: string; config: CadenceConfig },
): Promise<ReleaseVersion> {
  const prefix = tagPrefixOf(context.config, inputs.package);
  if (inputs.version) return { version: inputs.version, tag: `${prefix}${inputs.version.split("+")[0]}`, tagPrefix: prefix, source: "version input" };

  const bump = await runVersionBump(ports, {
    cwd: inputs.cwd,
    dryRun: true,
    decisionOnly: true,
    ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
    ...(inputs.branch ? { branch: inputs.branch } : {}),
    ...(inputs.package ? { package: inputs.package } : {}),
    ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
  });
  if (bump.packages.length > 1) {
    throw new ConfigurationError(`this repository has ${bump.packages.length} packages (${bump.packages.map((pkg) => pkg.name).join(", ")}): name the one to publish with the package input`);
  }
  const decision = bump.packages[0]!;
  if (decision.next && decision.tag) return { version: decision.next, tag: decision.tag, tagPrefix: decision.tagPrefix, source: `version-bump (${decision.bump} from ${decision.previous ?? "the start"})` };

  const tags = await readTags(ports.git);
  const atHead = versionTags(tags.all.filter((tag) => tag.sha === context.head), decision.tagPrefix).versions;
  const wanted = inputs.prerelease ? atHead.filter((tag) => tag.version.prerelease[0] === inputs.prerelease) : atHead;
  const found = wanted[0];
  if (found) return { version: found.version.version, tag: found.name, tagPrefix: decision.tagPrefix, source: `the tag ${found.name} already on HEAD (finishing that release)` };
  throw new ConfigurationError(
    `no release is due: there are no releasable commits since ${decision.previousTag ?? "the start"} and HEAD carries no version tag. ` +
      "Give the version input to publish a version anyway.",
  );
}

function tagPrefixOf(config: CadenceConfig, name: string | undefined): string {
  const packages = config.versioning.packages;
  if (name) {
    const pkg = packages.find((candidate) => candidate.name === name);
    if (!pkg) throw new ConfigurationError(`there is no package '${name}'; the configured packages are: ${packages.map((candidate) => candidate.name).join(", ") || "none"}`);
    return pkg.tagPrefix;
  }
  if (packages.length > 1) throw new ConfigurationError("this repository has several packages: name the one to publish with the package input");
  return packages[0]?.tagPrefix ?? config.versioning.tagPrefix;
}

/** The version without build metadata, as tags and registries carry it. */
export function coreVersion(version: string): string {
  return semver.parse(version)?.version ?? version;
}
