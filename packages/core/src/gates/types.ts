import type { SourceLocation } from "../errors/index.js";
import type { Forge } from "../forge/port.js";
import type { Clock, Files, Git } from "../ports/index.js";
import type { CalendarView, ReleaseKind } from "../calendar/types.js";
import type { CommandRunner } from "./commands.js";
import type { GatesConfig } from "./config.js";

export type CheckStatus = "pass" | "fail" | "na";

/** The verdict of one check: what it found and why, and the file it is about when there is one. */
export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  reason: string;
  required: boolean;
  location?: SourceLocation;
  /** Further lines for people (the failing check runs, the vulnerable packages, ...). */
  details?: string[];
  /** Blocks for release_evidence.validation (LIC-01's license_compliance), keyed by their field name. */
  evidence?: Record<string, unknown>;
}

/** What a rule returns; evaluate.ts adds id, title and required. */
export type Verdict = Pick<CheckResult, "status" | "reason" | "location" | "details" | "evidence">;

/** Everything a rule may look at. Rules never reach for anything else. */
export interface GateContext {
  version: string;
  /** The package of a monorepo's release, whose CHANGELOG heading and notes carry it (records/release-place.ts). */
  package?: string;
  kind: ReleaseKind;
  /** The last release's tag, when there is one (RL-05 compares against it). */
  previousTag?: string;
  head: string;
  /**
   * The commit whose checks count for RL-02: the pushed commit CI ran on (in a release job, the
   * one the workflow was dispatched on; HEAD is then the local release commit on top of it).
   */
  ci: CiCommit;
  config: GatesConfig;
  git: Git;
  files: Files;
  commands: CommandRunner;
  clock: Clock;
  /** Absent without a token: rules that need it answer na. */
  forge?: Forge;
  /** Why there is no forge ("no GitHub token"), said in those na verdicts. */
  noForgeReason: string;
  calendar?: CalendarView;
  /** A reason to release despite a blackout or freeze; recorded in the evidence. */
  breakGlass?: string;
}

/** The commit CI checked, and how HEAD stands to it. */
export interface CiCommit {
  sha: string;
  /** How many commits HEAD is above it (0: HEAD itself); null when HEAD is not built on it. */
  distance: number | null;
}

/** One row of the rule table. */
export interface Rule {
  id: string;
  title: string;
  /** Needs the forge (GitHub API); without it the rule is na, never passed. */
  needsForge: boolean;
  evaluate(context: GateContext): Promise<Verdict>;
}
