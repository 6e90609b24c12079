import semver from "semver";
import type { IssueForge } from "../forge/issues.js";
import type { ReleaseForge } from "../forge/releases.js";
import type { Git } from "../ports/index.js";
import type { CadenceHistory, IssueFacts, ReleaseFact } from "./history.js";
import type { RecordScan } from "./records.js";

/** A version tag with the instant it was made (the tagger's date, or the commit's for a lightweight tag). */
export interface DatedTag {
  name: string;
  version: string;
  commit: string;
  at: string;
}

/** Every version tag under the prefix with its date, oldest version first. */
export async function readDatedTags(git: Git, prefix: string): Promise<DatedTag[]> {
  const format = "--format=%(refname:strip=2)%00%(creatordate:iso-strict)%00%(objectname)%00%(*objectname)";
  const { stdout } = await git.run(["for-each-ref", format, "refs/tags"]);
  const tags: DatedTag[] = [];
  for (const line of stdout.split("\n")) {
    if (line === "") continue;
    const [name, at, object, peeled] = line.split("\0") as [string, string, string, string];
    if (!name.startsWith(prefix)) continue;
    const version = semver.valid(name.slice(prefix.length));
    if (version) tags.push({ name, version, commit: peeled || object, at: new Date(at).toISOString() });
  }
  return tags.sort((a, b) => semver.compare(a.version, b.version));
}

export interface HistorySources {
  git: Git;
  tagPrefix: string;
  rcChannel: string;
  records: RecordScan;
  /** Asked for the published instant of releases no publish record dates. */
  releases?: ReleaseForge;
  /**
   * The window's start: the forge is asked only of releases tagged in the week before it or later
   * (one request each), and ranges are read only for releases in the window.
   */
  since: Date;
  issues?: IssueForge;
  /** Why there are no issues, when `issues` is absent. */
  noIssuesReason: string;
  criticalLabel: string;
  /** Issues opened from here on are asked for. */
  issuesSince: Date;
}

/** When the oldest commit of previous..tag (of the whole history before the first release) was committed. */
async function firstCommitAt(git: Git, tag: string, previous: string | undefined): Promise<string | undefined> {
  const range = previous ? [`refs/tags/${previous}..refs/tags/${tag}`] : [`refs/tags/${tag}`];
  const { stdout } = await git.run(["log", "--reverse", "--format=%cI", ...range, "--"]);
  const first = stdout.split("\n")[0]?.trim();
  return first ? new Date(first).toISOString() : undefined;
}

/**
 * The releases from the tags (stable versions), each dated by the best source there is: publish's
 * record, then the forge's release, then the tag; with the first release candidate of the version
 * and the first commit of its range. Then the critical issues, when a forge can be asked.
 */
export async function readHistory(sources: HistorySources): Promise<CadenceHistory> {
  const tags = await readDatedTags(sources.git, sources.tagPrefix);
  const stable = tags.filter((tag) => semver.prerelease(tag.version) === null);
  const releases: ReleaseFact[] = [];
  for (const [index, tag] of stable.entries()) {
    const previous = stable[index - 1];
    const candidates = tags
      .filter((other) => {
        const pre = semver.prerelease(other.version);
        return pre !== null && pre[0] === sources.rcChannel && semver.coerce(other.version)?.version === tag.version;
      })
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const recorded = sources.records.published.get(tag.version);
    let releasedAt = recorded?.at;
    let releasedFrom: ReleaseFact["releasedFrom"] = "publish-evidence";
    if (!releasedAt && sources.releases && Date.parse(tag.at) >= sources.since.getTime() - 7 * 86_400_000) {
      const published = await sources.releases.findPublishedRelease(tag.name);
      if (published?.publishedAt) {
        releasedAt = published.publishedAt;
        releasedFrom = "forge-release";
      }
    }
    if (!releasedAt) {
      releasedAt = tag.at;
      releasedFrom = "tag";
    }
    const inWindow = Date.parse(releasedAt) >= sources.since.getTime();
    const first = inWindow ? await firstCommitAt(sources.git, tag.name, previous?.name) : undefined;
    releases.push({
      version: tag.version,
      tag: tag.name,
      commit: tag.commit,
      releasedAt,
      releasedFrom,
      ...(previous ? { previous: previous.version } : {}),
      ...(candidates[0] ? { rcTag: candidates[0].name, rcCutAt: candidates[0].at } : {}),
      ...(first ? { firstCommitAt: first } : {}),
    });
  }
  releases.sort((a, b) => Date.parse(a.releasedAt) - Date.parse(b.releasedAt));
  let issues: IssueFacts = { available: false, label: sources.criticalLabel, reason: sources.noIssuesReason };
  if (sources.issues) {
    const found = await sources.issues.issuesWithLabel(sources.criticalLabel, sources.issuesSince);
    issues = { available: true, label: sources.criticalLabel, issues: found };
  }
  return { releases, rollbacks: sources.records.rollbacks, issues };
}
