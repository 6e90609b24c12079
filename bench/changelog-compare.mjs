// What the changelog tools of bench/changelog.mjs wrote, read back so that the bench can check
// they agree before it compares their times: per release, the listed feat/fix/perf commits (by
// their seven-character id) and the number of breaking changes.
import { execFileSync } from "node:child_process";

// `## [1.2.0](…)`, `## 1.2.0 (date)`, `## Unreleased` (git-cliff), `## [Unreleased](compare/…)` (conventional-changelog).
const HEADING = /^#{1,3} \[?(?:v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)|(Unreleased))\]?(?:[\s(]|$)/;
const KINDS = [
  [/^(features|added)$/i, "feat"],
  [/^(bug fixes|fixed)$/i, "fix"],
  [/^performance( improvements)?$/i, "perf"],
];
// `([abc1234](…/commit/…))` (cadence, conventional-changelog with a repository URL), `(abc1234)`
// (git-cliff's template here), or a bare ` abc1234` after the subject (conventional-changelog
// without a repository URL, as in the bench's histories).
const COMMIT = /\((?:\[([0-9a-f]{7})\]\([^)]*\)|([0-9a-f]{7}))\)| ([0-9a-f]{7})(?=,|$)/;

/**
 * A CHANGELOG's releases, newest first as written: `{ version, entries: Map<sha7, kind[]>, breaking }`.
 * A list per short sha: at 100k commits two commits can share their first seven hex digits.
 * `version` is the release's version, or "unreleased" for a section without one (git-cliff).
 */
export function readChangelog(text) {
  const releases = [];
  let release;
  let kind;
  let inBreaking = false;
  for (const line of text.split("\n")) {
    const heading = HEADING.exec(line);
    if (heading) {
      release = { version: heading[1] ?? "unreleased", entries: new Map(), breaking: 0 };
      releases.push(release);
      kind = undefined;
      inBreaking = false;
      continue;
    }
    if (!release) continue;
    const section = /^### (.*?)\s*$/.exec(line);
    if (section) {
      const title = section[1].replace(/^⚠\s*/, "");
      inBreaking = /^breaking changes$/i.test(title);
      kind = KINDS.find(([pattern]) => pattern.test(title))?.[1];
      continue;
    }
    // git-cliff's template writes the note on the line after the entry (its trim leaves no indent).
    if (/^\s*BREAKING: /.test(line)) release.breaking++;
    if (!/^[*-] /.test(line)) continue;
    if (inBreaking) release.breaking++;
    const commit = COMMIT.exec(line);
    if (!kind || !commit) continue;
    const sha = commit[1] ?? commit[2] ?? commit[3];
    release.entries.set(sha, [...(release.entries.get(sha) ?? []), kind]);
  }
  return releases;
}

/**
 * The feat/fix/perf commits that cadence leaves out on purpose: each `Revert "<header>"` in the
 * range cancels the newest older commit with that header (and itself), which the peers list
 * (conventional-changelog pairs only reverts that name the commit's sha, git-cliff none).
 */
export function revertedCommits(dir, range, env) {
  const log = execFileSync("git", ["log", "--format=%H%x00%s", range], { cwd: dir, env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 })
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\0"));
  const cancelled = new Map(); // sha7 → how many cancelled commits start with it
  const taken = new Set(); // full shas already cancelled
  // Headers compared as cadence compares them (commits/header.ts): GitHub's ` (#N)` suffix dropped
  // on both sides, so that `Revert "feat: x (#7)"` cancels `feat: x` and the other way round.
  const normal = (header) => header.trim().replace(/^"|"$/g, "").replace(/\s*\(#\d+\)\s*$/, "").trim();
  log.forEach(([, subject], index) => {
    const quoted = /^Revert "(.*)"(?: \(#\d+\))?$/.exec(subject)?.[1];
    if (!quoted) return;
    const target = log.findIndex(([sha, header], older) => older > index && normal(header) === normal(quoted) && !taken.has(sha));
    if (target === -1) return;
    taken.add(log[target][0]);
    const sha7 = log[target][0].slice(0, 7);
    cancelled.set(sha7, (cancelled.get(sha7) ?? 0) + 1);
  });
  return cancelled;
}

/**
 * Differences between cadence's releases and a peer's, allowing exactly the commits cadence
 * cancels against their reverts (`excused`). Each difference is a sentence.
 */
export function compareReleases(ours, theirs, excused, peer) {
  const problems = [];
  const byVersion = new Map(theirs.map((release) => [release.version, release]));
  for (const [index, release] of ours.entries()) {
    // An unreleased section is named by the version cadence decides; git-cliff writes "Unreleased",
    // conventional-changelog the manifest's version: the newest section of each, whatever its name.
    const other = byVersion.get(release.version) ?? (index === 0 ? theirs[0] : undefined);
    // A release with nothing to list: cadence says so in a section, git-cliff leaves it out.
    if (!other && release.entries.size === 0 && release.breaking === 0) continue;
    if (!other) {
      problems.push(`${peer} has no section for ${release.version}`);
      continue;
    }
    for (const sha of new Set([...other.entries.keys(), ...release.entries.keys()])) {
      const problem = kindsDiffer(release.entries.get(sha) ?? [], other.entries.get(sha) ?? [], excused.get(sha) ?? 0);
      if (problem) problems.push(`${release.version}: ${sha}: ${peer} lists ${problem()}`);
    }
    if (release.breaking !== other.breaking) problems.push(`${release.version}: ${release.breaking} breaking changes in cadence's, ${other.breaking} in ${peer}'s`);
  }
  const listing = (releases) => releases.filter((release) => release.entries.size > 0 || release.breaking > 0).length;
  if (listing(theirs) !== listing(ours)) problems.push(`${listing(ours)} releases that list something in cadence's CHANGELOG, ${listing(theirs)} in ${peer}'s`);
  return problems;
}

/**
 * How the kinds two CHANGELOGs give one short sha differ, or undefined when they agree: the peer may
 * list up to `excused` more (the commits cadence cancels against their reverts), nothing else.
 */
function kindsDiffer(ours, theirs, excused) {
  const left = [...theirs];
  for (const kind of ours) {
    const at = left.indexOf(kind);
    if (at === -1) return () => `${describe(theirs)}, cadence ${describe(ours)}`;
    left.splice(at, 1);
  }
  if (left.length > excused) return () => `${describe(theirs)}, cadence ${describe(ours)}`;
  return undefined;
}

const describe = (kinds) => (kinds.length === 0 ? "nothing" : kinds.join(" + "));
