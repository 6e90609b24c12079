import semver from "semver";
import { ConfigurationError } from "../errors/index.js";
import { releaseWindow } from "../calendar/schedule.js";
import type { CalendarView } from "../calendar/types.js";
import type { ReleaseLineState } from "./lines.js";
import { releaseBranchName, type CadenceSettings } from "./settings.js";

/** What the scheduled tick runs today. */
export const DUE_KINDS = ["rc-cut", "rc", "promote", "release", "none", "blackout"] as const;
export type Due = (typeof DUE_KINDS)[number];

/** The base branch and what its commits ask for, as a release candidate. */
export interface BaseState {
  branch: string;
  head: string;
  /** The next release candidate cut from it (`1.3.0-rc.1`), when its commits ask for a release. */
  candidate?: string;
  /** `minor` when the commits ask only for a patch: a cut on the calendar opens a new minor line. */
  bump?: "minor";
  /** The last stable release, for messages. */
  lastRelease?: string;
}

export interface DueInput {
  view: CalendarView;
  /** The release line waiting for its release, if any (see openLine). */
  open?: ReleaseLineState;
  base: BaseState;
  settings: CadenceSettings;
  /** A stage asked for by hand (a manual run): done whatever the day, unless a blackout or freeze forbids it. */
  stage?: Stage;
}

/** The stages a person can ask for outside the calendar. */
export const STAGES = ["rc-cut", "rc", "promote"] as const;
export type Stage = (typeof STAGES)[number];

/** The tick's decision: what to run, from which commit, onto which branch, and why. */
export interface DueDecision {
  due: Due;
  reason: string;
  /** The branch the release goes to (rc-cut: the one it creates). */
  branch?: string;
  /** The commit to release from: the jobs check this out, so they judge what was decided on. */
  commit?: string;
  /** The version expected (the release job's version-bump decides it again from the same commit). */
  version?: string;
  /** The pre-release channel, or "" for a release. */
  prerelease: string;
  /** A bump to force (a cut opens a minor line even when only fixes landed). */
  bump?: "minor";
  capsuleKind: "PRE-RELEASE" | "RELEASE" | "";
  /** promote: the branch to merge the released line back into, so its next cut counts from this release. */
  mergeInto?: string;
}

const NOTHING = { prerelease: "", capsuleKind: "" } as const;

/**
 * Pure: the calendar and the repository's release lines decide what the tick runs. A blackout
 * stops everything (a hotfix with break-glass is the only way through); on release day an open
 * candidate is promoted; on RC day a new line is cut from the base branch; any day, commits
 * that landed on an open line since its last candidate make the next candidate.
 */
export function decideDue(input: DueInput): DueDecision {
  const { view, open, base, settings } = input;
  if (view.today === "blackout" || view.blackout) {
    const blackout = view.blackout!;
    return { due: "blackout", reason: `blackout ${blackout.from} – ${blackout.to} (${blackout.reason}): no release today; a hotfix can break the glass`, ...NOTHING };
  }
  const window = releaseWindow(view, "minor");
  if (!window.open) return { due: "none", reason: `${window.reason}: the cadence waits`, ...NOTHING };
  if (input.stage) return askedStage(input, input.stage);

  const newer = open && open.newCommits > 0 ? nextCandidate(open, settings) : undefined;
  if (view.today === "release") {
    if (open) return promotion(open, base, "release day");
    if (base.candidate) {
      return { due: "release", reason: `release day without a candidate: ${base.branch} is released as its commits ask`, branch: base.branch, commit: base.head, prerelease: "", capsuleKind: "RELEASE" };
    }
    return { due: "none", reason: `release day, but nothing was committed to release since ${base.lastRelease ?? "the start"}`, ...NOTHING };
  }
  if (newer) return newer;
  if (view.today === "rc-cut") {
    if (open) {
      return { due: "none", reason: `RC day, but ${open.candidates[0] ?? open.branch} is still waiting for its release and nothing landed on ${open.branch} since`, ...NOTHING };
    }
    if (!base.candidate) return { due: "none", reason: `RC day, but nothing was committed to release since ${base.lastRelease ?? "the start"}`, ...NOTHING };
    const parsed = semver.parse(base.candidate)!;
    const branch = releaseBranchName(settings.releaseBranch, parsed.major, parsed.minor);
    return {
      due: "rc-cut",
      reason: `RC day: ${branch} is cut from ${base.branch} at ${base.head.slice(0, 12)} and tagged ${base.candidate}`,
      branch,
      commit: base.head,
      version: base.candidate,
      prerelease: settings.rcChannel,
      ...(base.bump ? { bump: base.bump } : {}),
      capsuleKind: "PRE-RELEASE",
    };
  }
  if (open) return { due: "none", reason: `${open.candidates[0] ?? open.branch} waits for release day; nothing new on ${open.branch}`, ...NOTHING };
  return { due: "none", reason: `nothing is due on ${view.localDate}`, ...NOTHING };
}

/** A stage asked for by hand: done when the repository allows it, refused with the reason otherwise. */
function askedStage(input: DueInput, stage: Stage): DueDecision {
  const { open, base, settings } = input;
  if (stage === "rc-cut") {
    if (open) throw new ConfigurationError(`cannot cut a new line: ${open.branch} (${open.candidates[0] ?? "no candidate yet"}) is not released yet; promote it, or delete the branch to abandon it`);
    if (!base.candidate) throw new ConfigurationError(`cannot cut a release candidate: nothing was committed on ${base.branch} to release since ${base.lastRelease ?? "the start"}`);
    const parsed = semver.parse(base.candidate)!;
    const branch = releaseBranchName(settings.releaseBranch, parsed.major, parsed.minor);
    return {
      due: "rc-cut",
      reason: `asked: ${branch} is cut from ${base.branch} at ${base.head.slice(0, 12)} and tagged ${base.candidate}`,
      branch,
      commit: base.head,
      version: base.candidate,
      prerelease: settings.rcChannel,
      ...(base.bump ? { bump: base.bump } : {}),
      capsuleKind: "PRE-RELEASE",
    };
  }
  if (!open) throw new ConfigurationError(`there is no release line waiting for its release (no unreleased ${settings.releaseBranch} branch above the last release): cut one first`);
  if (stage === "rc") {
    if (open.newCommits === 0) throw new ConfigurationError(`nothing landed on ${open.branch} since ${open.candidates[0] ?? "it was cut"}: the next candidate would be the same code`);
    const next = nextCandidate(open, settings);
    return { ...next, reason: `asked: ${next.reason}` };
  }
  return promotion(open, base, "asked");
}

/** The open line's head released as X.Y.0, then merged back into the base branch. */
function promotion(open: ReleaseLineState, base: BaseState, why: string): DueDecision {
  const version = `${open.major}.${open.minor}.0`;
  const from = open.candidates[0] ?? `the branch ${open.branch}`;
  return {
    due: "promote",
    reason: `${why}: ${from} is promoted to ${version}${open.newCommits > 0 ? ` with the ${plural(open.newCommits, "commit")} since` : ""}`,
    branch: open.branch,
    commit: open.head,
    version,
    prerelease: "",
    capsuleKind: "RELEASE",
    mergeInto: base.branch,
  };
}

/** Commits on an open line since its last candidate make the next one (rc.1 → rc.2). */
function nextCandidate(open: ReleaseLineState, settings: CadenceSettings): DueDecision {
  const latest = open.candidates[0];
  const version = latest ? semver.inc(latest, "prerelease", settings.rcChannel)! : `${open.major}.${open.minor}.0-${settings.rcChannel}.1`;
  return {
    due: "rc",
    reason: `${plural(open.newCommits, "commit")} landed on ${open.branch} since ${latest ?? "it was cut"}: the next candidate is ${version}`,
    branch: open.branch,
    commit: open.head,
    version,
    prerelease: settings.rcChannel,
    capsuleKind: "PRE-RELEASE",
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
