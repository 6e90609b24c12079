import semver, { SemVer } from "semver";
import type { Git } from "../ports/index.js";

export interface GitTag {
  name: string;
  /** The commit the tag points at (peeled through annotated tags). */
  sha: string;
}

export interface VersionTag extends GitTag {
  version: SemVer;
}

/** Every tag of the repository, with whether HEAD's history contains it. */
export async function readTags(git: Git, head = "HEAD"): Promise<{ all: GitTag[]; reachable: GitTag[] }> {
  const format = "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)";
  const [all, merged] = await Promise.all([
    git.run(["for-each-ref", format, "refs/tags"]),
    git.run(["for-each-ref", format, `--merged=${head}`, "refs/tags"]),
  ]);
  return { all: parseRefs(all.stdout), reachable: parseRefs(merged.stdout) };
}

function parseRefs(text: string): GitTag[] {
  const tags: GitTag[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const [name, object, peeled] = line.split("\0");
    tags.push({ name: name!, sha: peeled || object! });
  }
  return tags;
}

/** Tags that carry a version after the prefix; the others, when they start with the prefix, are returned as ignored. */
export function versionTags(tags: readonly GitTag[], prefix: string): { versions: VersionTag[]; ignored: string[] } {
  const versions: VersionTag[] = [];
  const ignored: string[] = [];
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue;
    const rest = tag.name.slice(prefix.length);
    const version = semver.valid(rest) ? new SemVer(rest) : null;
    if (version) versions.push({ ...tag, version });
    else if (prefix !== "" || /^\d/.test(rest)) ignored.push(tag.name);
  }
  versions.sort((a, b) => semver.rcompare(a.version, b.version));
  return { versions, ignored };
}

/** The highest stable version, and the highest on a pre-release channel (with the stable ones below it). */
export function latestOnLine(versions: readonly VersionTag[], channel: string | undefined): { previous?: VersionTag; lastStable?: VersionTag } {
  const lastStable = versions.find((tag) => tag.version.prerelease.length === 0);
  if (!channel) return { ...(lastStable ? { previous: lastStable, lastStable } : {}) };
  const previous = versions.find((tag) => tag.version.prerelease.length === 0 || tag.version.prerelease[0] === channel);
  return { ...(previous ? { previous } : {}), ...(lastStable ? { lastStable } : {}) };
}
