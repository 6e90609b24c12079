// Differential test of cadence's commit parser (commits/parse.ts, commits/references.ts) against
// conventional-commits-parser with the conventionalcommits preset's options, over every commit
// message of ../shared/corpus. Every difference is either fixed in cadence or one of the
// deliberate ones below, each with its reason and a test that tells it apart; a deliberate
// difference that no message shows any more is reported too.
import { CommitParser, type Commit } from "conventional-commits-parser";
import createPreset from "conventional-changelog-conventionalcommits";
import { describe, expect, it } from "vitest";
import { commitReferences, parseCommit, type ConventionalCommit } from "@release-cadence/core";
import { corpusFile, readJsonLines, type CorpusEntry } from "../corpus/replay.js";

interface Case {
  message: string;
  ours: ConventionalCommit;
  theirs: Commit;
}

interface Deliberate {
  name: string;
  field: "type" | "scope" | "subject" | "notes" | "references";
  reason: string;
  /** Whether this explains the difference in `field` (for references: of the one reference `key`). */
  explains: (item: Case, key: string) => boolean;
}

const lineOf = (message: string, text: string) => message.split(/\r?\n/).find((line) => line.includes(text)) ?? "";

const DELIBERATE: readonly Deliberate[] = [
  {
    name: "leading white space",
    field: "type",
    reason: "cadence trims the message before reading the header (` feat: x` is a feature, as semantic-release and release-please read it); the library reads no type",
    explains: ({ message }) => /^\s/.test(message),
  },
  {
    name: "greedy scope",
    field: "scope",
    reason: "the preset's header pattern takes the scope up to the last ')' of the header (`fix(revert): \"fix(deps): …\"` has scope `revert): \"fix(deps`); cadence up to the first",
    explains: ({ theirs }) => String(theirs.scope ?? "").includes(")"),
  },
  {
    name: "greedy scope",
    field: "subject",
    reason: "the subject follows the wrong scope (see scope)",
    explains: ({ theirs }) => String(theirs.scope ?? "").includes(")"),
  },
  {
    name: "trailing white space",
    field: "subject",
    reason: "cadence trims the subject; the library keeps spaces at its end",
    explains: ({ ours, theirs }) => String(theirs.subject ?? "").trim() === ours.subject,
  },
  {
    name: "trailing white space",
    field: "notes",
    reason: "cadence trims a breaking-change text; the library keeps spaces at its end",
    explains: ({ ours, theirs }) => JSON.stringify(theirs.notes.map((note) => note.text.trim())) === JSON.stringify(ours.breakingNotes),
  },
  {
    name: "line with a URL",
    field: "references",
    reason: "the library drops every reference of a line that holds a URL (`… https://github.com (#269)`, `[#12](https://…)`); cadence drops the URL only",
    explains: ({ message }, key) => /https?:\/\//.test(lineOf(message, key.slice(key.indexOf("#")))),
  },
  {
    name: "HTML entity",
    field: "references",
    reason: "`&#8203;` (a zero-width space Renovate writes) is an HTML entity, not issue 8203",
    explains: ({ message }, key) => message.includes(`&${key.slice(key.indexOf("#"))};`),
  },
  {
    name: "URL fragment or malformed",
    field: "references",
    reason: "the library takes `#diff-6bb0…L13`, `637/#638` and `#owner/repo#19` for issues; cadence reads a number after `#`, not after a `/` or a `#`",
    explains: ({ message }, key) => {
      const issue = key.slice(key.indexOf("#"));
      return !/^([\w.-]+\/[\w.-]+)?#\d+$/.test(key) || message.includes(`${issue}/#`) || message.includes(`/${issue}`) || message.includes(`#${key}`);
    },
  },
  {
    name: "reference in a breaking-change text",
    field: "references",
    reason: "cadence reads references in a BREAKING CHANGE footer's text too; the library skips that line",
    explains: ({ ours }, key) => ours.breakingNotes.some((note) => note.includes(key.slice(key.indexOf("#")))),
  },
];

function referenceKeys(item: Case): { ours: Set<string>; theirs: Set<string> } {
  const ours = new Set(commitReferences(item.ours).map((reference) => `${reference.repository ?? ""}#${reference.number}`));
  const theirs = new Set(
    item.theirs.references.filter((reference) => reference.prefix === "#").map((reference) => `${reference.owner ? `${reference.owner}/` : ""}${reference.repository ?? ""}#${reference.issue}`),
  );
  return { ours, theirs };
}

/** The fields in which the two readings differ, as `field` or `references:<key>`. */
function differences(item: Case): string[] {
  const { ours, theirs } = item;
  const found: string[] = [];
  const type = theirs.type ? String(theirs.type).toLowerCase() : undefined;
  if (ours.type !== type) found.push("type");
  else if (type) {
    if ((ours.scope ?? null) !== (theirs.scope ?? null)) found.push("scope");
    if (ours.subject !== theirs.subject) found.push("subject");
  }
  if (ours.breaking !== theirs.notes.length > 0) found.push("breaking");
  else if (JSON.stringify(ours.breakingNotes) !== JSON.stringify(theirs.notes.map((note) => note.text))) found.push("notes");
  if ((ours.revert?.sha ?? null) !== (theirs.revert?.hash || null)) found.push("revert");
  const keys = referenceKeys(item);
  for (const key of keys.ours) if (!keys.theirs.has(key)) found.push(`references:${key}`);
  for (const key of keys.theirs) if (!keys.ours.has(key)) found.push(`references:${key}`);
  return found;
}

describe("cadence's commit parser against conventional-commits-parser (conventionalcommits preset)", () => {
  const parser = new CommitParser((createPreset as (config: object) => { parser: ConstructorParameters<typeof CommitParser>[0] })({}).parser);
  const cases: Case[] = [];
  for (const entry of readJsonLines<CorpusEntry>(corpusFile("releases.jsonl"))) {
    for (const commit of entry.commits) {
      const ours = parseCommit({ sha: commit.sha, parents: commit.parents, authorName: commit.author, authorEmail: "", authorDate: commit.author_date, message: commit.message });
      cases.push({ message: commit.message, ours, theirs: parser.parse(commit.message) });
    }
  }

  it("reads every corpus message the same, but for the deliberate differences", () => {
    const unexplained: string[] = [];
    const used = new Map<Deliberate, number>();
    let differing = 0;
    for (const item of cases) {
      const found = differences(item);
      if (found.length > 0) differing++;
      for (const difference of found) {
        const [field, key = ""] = difference.split(/:(.*)/s) as [Deliberate["field"], string?];
        const reason = DELIBERATE.find((deliberate) => deliberate.field === field && deliberate.explains(item, key));
        if (reason) used.set(reason, (used.get(reason) ?? 0) + 1);
        else unexplained.push(`${difference}: ${JSON.stringify(item.message.slice(0, 160))}`);
      }
    }
    console.log(`parser differential: ${cases.length} messages, ${cases.length - differing} read the same; ${[...used].map(([deliberate, count]) => `${deliberate.field}/${deliberate.name} ${count}`).join(", ")}`);
    expect(unexplained.slice(0, 20)).toEqual([]);
    expect(DELIBERATE.filter((deliberate) => !used.has(deliberate)).map((deliberate) => `${deliberate.field}/${deliberate.name} explains nothing any more`)).toEqual([]);
    expect(cases.length).toBeGreaterThan(20_000);
  });

  it("agrees on what decides a version: type, breaking change and revert, for every message but the deliberate ones", () => {
    const decisive = cases.filter((item) => differences(item).some((difference) => ["type", "breaking", "revert"].includes(difference)));
    expect(decisive.every((item) => /^\s/.test(item.message))).toBe(true);
  });
});
