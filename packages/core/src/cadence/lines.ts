import semver from "semver";
import type { Git } from "../ports/index.js";
import { listTags, versionTags, type VersionTag } from "../version/tags.js";
import { lineOfBranch } from "./settings.js";

/** One minor's release branch as the repository shows it now. */
export interface ReleaseLineState {
  branch: string;
  major: number;
  minor: number;
  /** The branch's head (the remote's, when the clone has one). */
  head: string;
  /** Its release candidates `X.Y.0-<channel>.N` tagged so far, newest first. */
  candidates: string[];
  /** The commit the newest candidate is on. */
  candidateCommit?: string;
  /** Whether `X.Y.0` is tagged: the line went out and now takes only patches. */
  released: boolean;
  /** Commits on the branch after the newest candidate (after the base branch when there is none). */
  newCommits: number;
}

export interface RepositoryLines {
  lines: ReleaseLineState[];
  /** Every version tagged, newest first. */
  versions: VersionTag[];
  /** Each branch the clone knows, with its head. */
  branches: Map<string, string>;
}

/**
 * The branches of the clone, remote-tracking ones first: in a workflow's checkout
 * (`fetch-depth: 0`) every branch is a `refs/remotes/origin/*` ref and only one is local.
 */
export async function readBranches(git: Git, remote = "origin"): Promise<Map<string, string>> {
  const { stdout } = await git.run(["for-each-ref", "--format=%(refname)%00%(objectname)", `refs/remotes/${remote}/`, "refs/heads/"]);
  const branches = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    if (line === "") continue;
    const [ref, sha] = line.split("\0") as [string, string];
    const name = ref.startsWith(`refs/remotes/${remote}/`) ? ref.slice(`refs/remotes/${remote}/`.length) : ref.slice("refs/heads/".length);
    if (name === "HEAD") continue;
    // A remote-tracking ref says where the branch is on the forge; a local one only where it was left here.
    if (!branches.has(name) || ref.startsWith("refs/remotes/")) branches.set(name, sha);
  }
  return branches;
}

/** Every release branch the template names, with its candidates and whether it went out. */
export async function readReleaseLines(git: Git, options: { template: string; channel: string; tagPrefix: string; baseHead?: string }): Promise<RepositoryLines> {
  const [branches, tags] = await Promise.all([readBranches(git), listTags(git)]);
  const versions = versionTags(tags, options.tagPrefix).versions;
  const lines: ReleaseLineState[] = [];
  for (const [branch, head] of branches) {
    const line = lineOfBranch(options.template, branch);
    if (!line) continue;
    const ofLine = versions.filter((tag) => tag.version.major === line.major && tag.version.minor === line.minor && tag.version.patch === 0);
    const candidates = ofLine.filter((tag) => tag.version.prerelease[0] === options.channel);
    const released = ofLine.some((tag) => tag.version.prerelease.length === 0);
    const newest = candidates[0];
    const since = newest?.sha ?? options.baseHead;
    lines.push({
      branch,
      ...line,
      head,
      candidates: candidates.map((tag) => tag.version.version),
      ...(newest ? { candidateCommit: newest.sha } : {}),
      released,
      newCommits: since ? await countBetween(git, since, head) : 0,
    });
  }
  lines.sort((a, b) => b.major - a.major || b.minor - a.minor);
  return { lines, versions, branches };
}

async function countBetween(git: Git, from: string, to: string): Promise<number> {
  const { stdout } = await git.run(["rev-list", "--count", `${from}..${to}`]);
  return Number(stdout.trim());
}

/**
 * The release line waiting for its release: the newest one not released yet whose minor is
 * above every stable release (an older unreleased branch was abandoned).
 */
export function openLine(lines: readonly ReleaseLineState[], versions: readonly VersionTag[]): ReleaseLineState | undefined {
  const stable = versions.find((tag) => tag.version.prerelease.length === 0)?.version.version;
  return lines.find((line) => !line.released && (!stable || semver.gt(`${line.major}.${line.minor}.0`, stable)));
}
