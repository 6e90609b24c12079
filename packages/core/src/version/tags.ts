import semver, { SemVer } from "semver";
import type { Git } from "../ports/index.js";
import { LIST_TAGS, REF_FORMAT } from "./tag-refs.js";

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
  const [all, merged] = await Promise.all([
    git.run(LIST_TAGS),
    git.run(["for-each-ref", REF_FORMAT, `--merged=${head}`, "refs/tags"]),
  ]);
  return { all: parseRefs(all.stdout), reachable: parseRefs(merged.stdout) };
}

/** Every tag of the repository. Cheap: unlike `--merged`, it walks no history. */
export async function listTags(git: Git): Promise<GitTag[]> {
  return parseRefs((await git.run(LIST_TAGS)).stdout);
}

/**
 * The tags HEAD contains (what `readTags(git).reachable` lists) from a walk already made:
 * `commits` are all of `from..HEAD`, with their parents. `--merged=HEAD` would walk those commits
 * again (on 100k commits since the last tag, as long as `git log` itself), so only the history
 * below them is left to git: a tag is contained when it is on one of the commits, or contained in
 * a parent outside them (the boundary, all ancestors of `from`; just `from` when HEAD contains it).
 * With no commits, HEAD is an ancestor of `from` and is asked directly.
 */
export async function tagsContainedIn(
  git: Git,
  all: readonly GitTag[],
  range: { from: string; commits: readonly { sha: string; parents: readonly string[] }[]; mergedIntoFrom?: Promise<GitTag[]> },
): Promise<GitTag[]> {
  if (all.length === 0) return [];
  const { from, commits } = range;
  const tagged = new Set(all.map((tag) => tag.sha));
  // Numbers from the shas' first characters spare hashing 100k sha strings to find the few tagged.
  const taggedKeys = new Set(all.map((tag) => shaKey(tag.sha)));
  const walkedTagged = new Set(commits.filter((commit) => taggedKeys.has(shaKey(commit.sha)) && tagged.has(commit.sha)).map((commit) => commit.sha));
  // Newest first: the child of `from` is usually the last commit read.
  const containsFrom = commits.at(-1)?.parents.includes(from) || commits.some((commit) => commit.parents.includes(from));
  const below = commits.length === 0 ? ["HEAD"] : containsFrom ? [from] : boundaryOf(commits);
  const merged =
    containsFrom && range.mergedIntoFrom ? await range.mergedIntoFrom : below.length === 0 ? [] : await tagsMergedInto(git, below);
  const contained = new Set(merged.map((tag) => tag.name));
  return all.filter((tag) => walkedTagged.has(tag.sha) || contained.has(tag.name));
}

/**
 * The tags on the history of any of the commits. version-bump asks this for the release it reads
 * from while git log is still walking (the usual answer of tagsContainedIn), to have it ready.
 */
export async function tagsMergedInto(git: Git, commits: readonly string[]): Promise<GitTag[]> {
  return parseRefs((await git.run(["for-each-ref", REF_FORMAT, ...commits.map((commit) => `--merged=${commit}`), "refs/tags"])).stdout);
}

/** The parents of the commits that are not among them. */
function boundaryOf(commits: readonly { sha: string; parents: readonly string[] }[]): string[] {
  const walked = new Set(commits.map((commit) => commit.sha));
  return [...new Set(commits.flatMap((commit) => commit.parents.filter((parent) => !walked.has(parent))))];
}

/**
 * A sha's first four characters as a number: a Set of these rules out most of 100k shas before
 * any string is hashed or cut (tagsContainedIn, and the revert pairing in reverts.ts).
 */
export const shaKey = (sha: string): number => ((sha.charCodeAt(0) << 24) | (sha.charCodeAt(1) << 16) | (sha.charCodeAt(2) << 8) | sha.charCodeAt(3)) >>> 0;

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
