// The CHANGELOG sections release-please wrote for the release-please steps of ../shared/corpus
// (sections.json, made by extract-sections.mjs from the repositories' release PRs), with the
// commits of each step from the corpus, ready to be rendered by cadence and compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommit, type ConventionalCommit, type RawCommit, type RepositoryLinks } from "@release-cadence/core";
import { corpusFile, readJsonLines, type CorpusEntry } from "../../corpus/replay.js";

export interface SectionRecord {
  id: string;
  /** `pull/N` (the release PR's bot commit) or `tag` (the tagged CHANGELOG.md). */
  source: string;
  expected: string;
  /** Commits of the corpus range that release-please had not seen when it wrote the section. */
  notSeen?: string[];
  /** Commits release-please saw that the corpus range does not hold (their messages are unknown here). */
  outsideCorpus?: string[];
}

export interface SectionCase {
  record: SectionRecord;
  entry: CorpusEntry;
  /** The commits release-please read, newest first, parsed as cadence parses them. */
  commits: ConventionalCommit[];
  links: RepositoryLinks;
  date: string;
}

export const SECTIONS_FILE = join(import.meta.dirname, "sections.json");

/** The repository as the section's own links name it (repositories move: google-github-actions → googleapis). */
function linksOf(record: SectionRecord, entry: CorpusEntry): RepositoryLinks {
  const url = /\]\((https?:\/\/[^/)]+)\/([^/)]+)\/([^/)]+)\/compare\//.exec(record.expected);
  const [serverUrl, owner, repo] = url ? [url[1]!, url[2]!, url[3]!] : ["https://github.com", ...(entry.repo.split("/") as [string, string])];
  return { serverUrl, owner, repo, baseUrl: `${serverUrl}/${owner}/${repo}` };
}

export function loadSectionCases(): SectionCase[] {
  const records = JSON.parse(readFileSync(SECTIONS_FILE, "utf8")) as SectionRecord[];
  const entries = new Map(readJsonLines<CorpusEntry>(corpusFile("releases.jsonl")).map((entry) => [entry.id, entry]));
  return records.map((record) => {
    const entry = entries.get(record.id);
    if (!entry) throw new Error(`${record.id} is in sections.json but not in the corpus`);
    const notSeen = new Set(record.notSeen ?? []);
    const commits = entry.commits
      .filter((commit) => !(commit.release_commit && commit.sha === entry.next_commit) && !notSeen.has(commit.sha))
      .map((commit): RawCommit => ({ sha: commit.sha, parents: commit.parents, authorName: commit.author, authorEmail: "", authorDate: commit.author_date, message: commit.message }))
      .map(parseCommit);
    const date = /\((\d{4}-\d{2}-\d{2})\)\s*$/m.exec(record.expected.split("\n")[0]!)?.[1] ?? "2000-01-01";
    return { record, entry, commits, links: linksOf(record, entry), date };
  });
}
