// Extracts, for every release-please step of ../shared/corpus, the CHANGELOG section release-please
// generated for it, from bare mirrors of the six repositories (all refs, pull request heads
// included: `git clone --mirror`), at <MIRRORS>/<owner>+<name>/repo. Written once to
// sections.json and committed: the test reads that file and the corpus, never the mirrors.
//
//   MIRRORS=<dir> node test/changelog/release-please/extract-sections.mjs
//
// Where a section comes from, best first:
//   pull  the newest commit of the release PR (refs/pull/N/head, N from the release commit's
//         "(#N)") authored by the bot: what release-please wrote before anyone edited the PR; the
//         commits it saw are those between the previous release and that commit's parent;
//   tag   the CHANGELOG.md of the tagged commit (no PR ref, or no bot commit in it).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../../..");
const CORPUS = resolve(process.env.CADENCE_CORPUS ?? join(ROOT, "..", "shared", "corpus"), "releases.jsonl");
const MIRRORS = process.env.MIRRORS;
if (!MIRRORS) throw new Error("set MIRRORS to the folder that holds <owner>+<name>/repo mirrors of the six release-please repositories");
const BOT = /\[bot\]$|^github-actions|actions-bot$|^Google GitHub Actions Bot$|^yoshi/i;
const HEADING = /^#{2,3} \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?[\s(]/;

function git(repo, args) {
  return execFileSync("git", ["-C", join(MIRRORS, repo.replace("/", "+"), "repo"), ...args], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
}

function tryGit(repo, args) {
  try {
    return git(repo, args);
  } catch {
    return undefined;
  }
}

/** The section of `version` in a CHANGELOG text: its heading to the next release heading, trimmed. */
export function sectionOf(text, version) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === version);
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && !HEADING.test(lines[end])) end++;
  return lines.slice(start, end).join("\n").trim();
}

/** The newest bot commit on the PR's branch whose subject names a release. */
function botCommit(repo, pr) {
  const log = tryGit(repo, ["log", "--first-parent", "--format=%H%x00%an%x00%s", `refs/pull/${pr}/head`]);
  if (!log) return undefined;
  for (const line of log.split("\n").slice(0, 50)) {
    const [sha, author, subject] = line.split("\0");
    if (sha && BOT.test(author) && /release/i.test(subject)) return sha;
  }
  return undefined;
}

const sections = [];
const counts = { steps: 0, pull: 0, tag: 0, none: 0 };
for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const entry = JSON.parse(line);
  if (entry.tool !== "release-please") continue;
  counts.steps++;
  const head = entry.commits[0];
  const pr = /\(#(\d+)\)\s*$/.exec(head.subject)?.[1];
  const bot = pr ? botCommit(entry.repo, pr) : undefined;
  let expected;
  let source;
  let seen;
  if (bot) {
    const text = tryGit(entry.repo, ["show", `${bot}:CHANGELOG.md`]);
    expected = text && sectionOf(text, entry.next_version);
    if (expected) {
      source = `pull/${pr}`;
      // The commits release-please read: from the previous release to the PR's base.
      const listed = tryGit(entry.repo, ["rev-list", `${entry.prev_commit}..${bot}^`]);
      seen = listed ? listed.trim().split("\n").filter(Boolean) : undefined;
    }
  }
  if (!expected) {
    const text = tryGit(entry.repo, ["show", `${entry.next_commit}:CHANGELOG.md`]);
    expected = text && sectionOf(text, entry.next_version);
    if (expected) source = "tag";
  }
  if (!expected) {
    counts.none++;
    continue;
  }
  counts[source.startsWith("pull") ? "pull" : "tag"]++;
  const range = entry.commits.filter((commit) => !commit.release_commit || commit.sha !== entry.next_commit).map((commit) => commit.sha);
  const record = { id: entry.id, source, expected };
  if (seen) {
    // Only what differs from the corpus range (minus the release commit) is stored.
    const seenSet = new Set(seen);
    const rangeSet = new Set(range);
    const missing = range.filter((sha) => !seenSet.has(sha));
    const extra = seen.filter((sha) => !rangeSet.has(sha));
    if (missing.length > 0) record.notSeen = missing;
    if (extra.length > 0) record.outsideCorpus = extra;
  }
  sections.push(record);
}
writeFileSync(join(HERE, "sections.json"), `${JSON.stringify(sections, null, 1)}\n`);
console.log(JSON.stringify(counts));
