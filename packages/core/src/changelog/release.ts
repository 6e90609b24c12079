import type { ConventionalCommit } from "../commits/types.js";
import type { ChangelogConfig } from "./config.js";
import { collectContributors, type Contributor } from "./contributors.js";
import { classifyCommits, groupBySection, type ChangeEntry } from "./entries.js";
import { compareUrl, tagUrl, type RepositoryLinks } from "./links.js";
import { releasePleaseEntries } from "./release-please/entries.js";
import { releasePleaseGroups } from "./release-please/render.js";

/** One release as the changelog, the notes and the record describe it. Plain data. */
export interface ReleaseChanges {
  version: string;
  /** The package of a monorepo's release, named in its heading (records/release-place.ts); else undefined. */
  package?: string;
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
  package?: string;
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

/** The entries and their sections: cadence's reading, or release-please's (several entries a commit, its order). */
function classify(input: ReleaseInput, links: RepositoryLinks | undefined): { entries: ChangeEntry[]; sections: ReleaseChanges["sections"] } {
  const { config } = input;
  if (config.format !== "release-please") {
    const entries = classifyCommits(input.commits, config.sections, input.bangIsBreaking);
    return { entries, sections: groupBySection(entries, config.order) };
  }
  const entries = releasePleaseEntries(input.commits, { sections: config.sections, sentenceCase: config.sentenceCase, ...(links ? { links } : {}) });
  return { entries, sections: releasePleaseGroups(entries, config.sections, links) };
}

/** One entry per commit, for what counts commits (contributors): a commit can make several entries. */
function firstPerCommit(entries: readonly ChangeEntry[]): ChangeEntry[] {
  const seen = new Set<ConventionalCommit>();
  return entries.filter((entry) => !seen.has(entry.commit) && seen.add(entry.commit) !== undefined);
}

/** Pure: classifies the commits and assembles the release. */
export function buildRelease(input: ReleaseInput): ReleaseChanges {
  const links = input.config.links ? input.links : undefined;
  const { entries, sections } = classify(input, links);
  const breaking = breakingChanges(entries);
  return {
    version: input.version,
    ...(input.package !== undefined ? { package: input.package } : {}),
    tag: input.tag,
    ...(input.previousVersion ? { previousVersion: input.previousVersion } : {}),
    ...(input.previousTag ? { previousTag: input.previousTag } : {}),
    date: input.date,
    head: input.head,
    entries,
    sections,
    breaking,
    contributors: input.config.contributors.enabled ? collectContributors(input.config.format === "release-please" ? firstPerCommit(entries) : entries, input.config.contributors.exclude) : [],
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
