import semver from "semver";

/**
 * Where a version belongs, decided from the versions already tagged: the newest stable release
 * is `latest`; a stable release below it is a maintenance release; a pre-release belongs to its
 * channel (`1.3.0-rc.2` → `rc`).
 */
export interface Channel {
  /** latest | maintenance | the pre-release id. */
  name: string;
  prerelease: boolean;
  /** GitHub's make_latest: only the newest stable release becomes "Latest". */
  makeLatest: "true" | "false";
  distTag: string;
}

/** `existing` holds the versions tagged so far (without prefix); the new one may or may not be among them. */
export function channelOf(version: string, existing: readonly string[], distTags: Readonly<Record<string, string>> = {}, forcedDistTag?: string): Channel {
  const parsed = semver.parse(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  if (parsed.prerelease.length > 0) {
    const id = typeof parsed.prerelease[0] === "string" ? parsed.prerelease[0] : "next";
    return { name: id, prerelease: true, makeLatest: "false", distTag: forcedDistTag ?? distTags[id] ?? id };
  }
  const newest = highestStable(existing);
  const isNewest = !newest || semver.gte(parsed.version, newest);
  if (isNewest) return { name: "latest", prerelease: false, makeLatest: "true", distTag: forcedDistTag ?? distTags.latest ?? "latest" };
  // npm would move `latest` back to an older line: give the maintenance line its own dist-tag.
  const lineTag = `release-${parsed.major}.${parsed.minor}`;
  return { name: "maintenance", prerelease: false, makeLatest: "false", distTag: forcedDistTag ?? distTags.maintenance?.replace(/\{line\}/g, `${parsed.major}.${parsed.minor}`) ?? lineTag };
}

function highestStable(versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const version of versions) {
    const parsed = semver.parse(version);
    if (!parsed || parsed.prerelease.length > 0) continue;
    if (!best || semver.gt(parsed.version, best)) best = parsed.version;
  }
  return best;
}

/**
 * The floating tags (`v1`, `v1.2`) a stable release moves: each only when this version is the
 * newest of its major (or minor) line, so a 1.2.9 hotfix never pulls `v1` back from 1.4.0.
 */
export function floatingTagsFor(version: string, existing: readonly string[], prefix: string): string[] {
  const parsed = semver.parse(version);
  if (!parsed || parsed.prerelease.length > 0) return [];
  const stable = [...existing, parsed.version].map((candidate) => semver.parse(candidate)).filter((candidate) => candidate && candidate.prerelease.length === 0) as semver.SemVer[];
  const newestOf = (filter: (candidate: semver.SemVer) => boolean) => stable.filter(filter).every((candidate) => semver.lte(candidate.version, parsed.version));
  const tags: string[] = [];
  if (newestOf((candidate) => candidate.major === parsed.major)) tags.push(`${prefix}${parsed.major}`);
  if (newestOf((candidate) => candidate.major === parsed.major && candidate.minor === parsed.minor)) tags.push(`${prefix}${parsed.major}.${parsed.minor}`);
  return tags;
}
