import type { IssueReference } from "../../commits/references.js";
import type { ConventionalCommit } from "../../commits/types.js";
import type { SectionRule } from "../config.js";
import type { ChangeEntry } from "../entries.js";
import type { RepositoryLinks } from "../links.js";
import { releasePleaseMessages, type ReleasePleaseMessage } from "./messages.js";

/** release-please's default sections (conventional-changelog's conventionalcommits preset), in its order. */
export const RELEASE_PLEASE_SECTIONS: readonly SectionRule[] = [
  { title: "Features", type: "feat", notes: "features" },
  { title: "Features", type: "feature", notes: "features" },
  { title: "Bug Fixes", type: "fix", notes: "bug_fixes" },
  { title: "Performance Improvements", type: "perf", notes: "improvements" },
  { title: "Reverts", type: "revert", notes: "improvements" },
  { title: "Documentation", type: "docs", hidden: true, notes: "improvements" },
  { title: "Styles", type: "style", hidden: true, notes: "improvements" },
  { title: "Miscellaneous Chores", type: "chore", hidden: true, notes: "improvements" },
  { title: "Code Refactoring", type: "refactor", hidden: true, notes: "improvements" },
  { title: "Tests", type: "test", hidden: true, notes: "improvements" },
  { title: "Build System", type: "build", hidden: true, notes: "improvements" },
  { title: "Continuous Integration", type: "ci", hidden: true, notes: "improvements" },
];

/** A `Release-As:` value that names a version, as the preset checks it before listing a commit of a hidden type. */
const RELEASE_AS = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i;
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;

export interface ReleasePleaseOptions {
  sections: readonly SectionRule[];
  /** release-please's `sentence-case` plugin: the first letter of each entry upper-cased. */
  sentenceCase: boolean;
  links?: RepositoryLinks;
}

/** The section a message goes to: the first rule of its type (and scope, when the rule has one). */
function ruleFor(sections: readonly SectionRule[], message: ReleasePleaseMessage): SectionRule | undefined {
  const type = message.type.toLowerCase();
  return sections.find((rule) => rule.type === type && (rule.scope === undefined || rule.scope === message.scope));
}

/** The sentence-case plugin's change: a subject that starts with a lower-case ASCII letter gets a capital. */
function upperFirst(text: string): string {
  return /^[a-z]/.test(text) && !["gRPC", "npm"].includes(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The plugin's change to the rebuilt header: the first word after the first ':' gets a capital. */
function sentenceCaseHeader(header: string): string {
  if (!header.includes(":")) return header;
  const [first, ...rest] = header.split(":");
  const after = rest.join(":").trim();
  const end = /\s|$/.exec(after)!.index;
  return `${first}: ${upperFirst(after.slice(0, end))}${after.slice(end)}`;
}

/**
 * Every message of the commits as release-please lists them: one entry per conventional message
 * (a commit may hold several), in commit order. A message is listed under its type's section;
 * one of a hidden type, or of a type with no section, only when it is a breaking change or
 * carries `Release-As:` (then under its section, or under its type as written).
 */
export function releasePleaseEntries(commits: readonly ConventionalCommit[], options: ReleasePleaseOptions): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const commit of commits) {
    const messages = releasePleaseMessages(commit.raw.message);
    if (messages.length === 0) {
      // Not a conventional message to release-please: never listed, still a commit of the release.
      entries.push({ commit, sha: commit.raw.sha, subject: commit.header, notes: "none", breaking: false, breakingNotes: [], references: [] });
      continue;
    }
    for (const message of messages) entries.push(entryOf(commit, message, options));
  }
  return entries;
}

function entryOf(commit: ConventionalCommit, message: ReleasePleaseMessage, options: ReleasePleaseOptions): ChangeEntry {
  const subject = options.sentenceCase ? upperFirst(message.subject) : message.subject;
  const header = options.sentenceCase ? sentenceCaseHeader(message.header) : message.header;
  const notes = [...message.breakingNotes];
  const bang = notes.length === 0 ? BANG_HEADER.exec(header) : null;
  if (bang) notes.push(bang[3]!);
  const rule = ruleFor(options.sections, message);
  const releaseAs = message.releaseAs !== undefined && RELEASE_AS.test(`Release-As: ${message.releaseAs}`);
  const listed = notes.length > 0 || releaseAs || (rule !== undefined && !rule.hidden);
  const scope = message.scope === "*" ? undefined : message.scope;
  // The preset links `#12` wherever the subject has it, and drops footer references it linked there.
  const inSubject = new Set([...subject.matchAll(/#([0-9]+)/g)].map((match) => Number(match[1])));
  const references: IssueReference[] = [
    ...[...inSubject].map((number): IssueReference => ({ number, in: "header" })),
    ...message.references.filter((reference) => !inSubject.has(reference.issue)).map((reference): IssueReference => ({ number: reference.issue, in: "body", ...(reference.action ? { action: reference.action.toLowerCase() } : {}) })),
  ];
  const entry: ChangeEntry = {
    commit,
    sha: commit.raw.sha,
    type: message.type,
    subject: subject === "" ? header : subject,
    notes: listed ? (rule?.notes ?? "improvements") : "none",
    breaking: notes.length > 0,
    breakingNotes: notes,
    references,
  };
  if (scope) entry.scope = scope;
  if (listed) entry.section = rule?.title ?? message.type;
  return entry;
}
