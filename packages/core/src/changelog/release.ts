import type { ConventionalCommit } from "../commits/types.js";
import type { ChangelogConfig } from "./config.js";
import { collectContributors, type Contributor } from "./contributors.js";
import { classifyCommits, groupBySection, type ChangeEntry } from "./entries.js";
import { compareUrl, tagUrl, type RepositoryLinks } from "./links.js";

/** One release as the changelog, the notes and the record describe it. Plain data. */
export interface ReleaseChanges {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  /** YYYY-MM-DD */
  date: string;
  /** The commit the release is cut from. */
  head: string;
  /** Every commit that still counts (reverted pairs already removed), newest first. */
  entries: ChangeEntry[];
  sections: Array<{ title: string; entries: ChangeEntry[] }>;
  breaking: Array<{ entry: ChangeEntry; note: string }>;
  contributors: Contributor[];
  /** Commits read, including cancelled pairs and unlisted ones. */
  commitCount: number;
  cancelledPairs: number;
  links?: RepositoryLinks;
  compareUrl?: string;
}

export interface ReleaseInput {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  date: string;
  head: string;
  /** The commits after revert pairs were cancelled, newest first. */
  commits: readonly ConventionalCommit[];
  commitCount: number;
  cancelledPairs: number;
  config: ChangelogConfig;
  bangIsBreaking: boolean;
  links?: RepositoryLinks;
}

/** Pure: classifies the commits and assembles the release. */
export function buildRelease(input: ReleaseInput): ReleaseChanges {
  const entries = classifyCommits(input.commits, input.config.sections, input.bangIsBreaking);
  const breaking = breakingChanges(entries);
  const links = input.config.links ? input.links : undefined;
  return {
    version: input.version,
    tag: input.tag,
    ...(input.previousVersion ? { previousVersion: input.previousVersion } : {}),
    ...(input.previousTag ? { previousTag: input.previousTag } : {}),
    date: input.date,
    head: input.head,
    entries,
    sections: groupBySection(entries, input.config.order),
    breaking,
    contributors: input.config.contributors.enabled ? collectContributors(entries, input.config.contributors.exclude) : [],
    commitCount: input.commitCount,
    cancelledPairs: input.cancelledPairs,
    ...(links ? { links } : {}),
    ...(links ? { compareUrl: input.previousTag ? compareUrl(links, input.previousTag, input.tag) : tagUrl(links, input.tag) } : {}),
  };
}

/** Each migration note with its entry, in commit order; a loop, as almost every entry has none. */
function breakingChanges(entries: readonly ChangeEntry[]): Array<{ entry: ChangeEntry; note: string }> {
  const breaking: Array<{ entry: ChangeEntry; note: string }> = [];
  for (const entry of entries) for (const note of entry.breakingNotes) breaking.push({ entry, note });
  return breaking;
}

/** Whether anything in the release is worth a line. */
export function hasListedChanges(release: ReleaseChanges): boolean {
  return release.sections.length > 0 || release.breaking.length > 0;
}
