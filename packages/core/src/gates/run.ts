import { mention } from "../errors/mention.js";
import { PlannedFiles } from "../adapters/planned-files.js";
import { join } from "node:path";
import semver from "semver";
import { fixedClock } from "../adapters/clock.js";
import { loadCalendarConfig } from "../calendar/config.js";
import type { CalendarResult } from "../calendar/run.js";
import { calendarView, releaseWindow } from "../calendar/schedule.js";
import type { ReleaseKind } from "../calendar/types.js";
import { configSection } from "../config/section.js";
import { ConfigurationError } from "../errors/index.js";
import type { Forge } from "../forge/port.js";
import { applyPlan } from "../plan/apply.js";
import { writeFileEffect, writeFileHandler } from "../plan/file-effects.js";
import { planHash, type Plan } from "../plan/plan.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import type { PackageDecision } from "../version-bump/decide.js";
import { runVersionBump } from "../version-bump/run.js";
import { readTags, versionTags } from "../version/tags.js";
import type { CommandRunner } from "./commands.js";
import { parseGatesConfig } from "./config.js";
import { releaseLabel, releasePackageNamed, releasePath } from "../records/release-place.js";
import { evaluateGates } from "./evaluate.js";
import { writeYaml } from "../records/yaml-write.js";
import { gateEvidenceRecord } from "./evidence.js";
import type { GateCheckInputs } from "./inputs.js";
import { PROFILES, profileForKind, type ProfileName } from "./profiles.js";
import type { CheckResult, CiCommit } from "./types.js";

export interface GateCheckPorts {
  git: Git;
  files: Files;
  clock: Clock;
  reporter: Reporter;
  commands: CommandRunner;
  /** The GitHub API; without it RL-01 and RL-02 are na with `noForgeReason`. */
  forge?: Forge;
  noForgeReason?: string;
}

export interface GateCheckResult {
  version: string;
  kind: ReleaseKind;
  profile: ProfileName;
  requiresApproval: boolean;
  passed: boolean;
  results: CheckResult[];
  head: string;
  branch: string | undefined;
  plan: Plan;
  planHash: string;
  /** Absolute path of the evidence written; undefined in a dry-run. */
  evidencePath?: string;
  calendar: CalendarResult;
  breakGlass?: string;
}

/** The size of a release: from the previous version to this one (1.4.2 → 1.5.0-rc.1 is a minor). */
export function releaseKind(version: string, previous: string | undefined): ReleaseKind {
  if (previous && semver.valid(previous)) {
    const diff = semver.diff(semver.coerce(previous)!.version, semver.coerce(version)!.version);
    if (diff === "major" || diff === "premajor") return "major";
    if (diff === "minor" || diff === "preminor") return "minor";
    if (diff !== null) return "patch";
  }
  const parsed = semver.parse(version)!;
  return parsed.minor === 0 && parsed.patch === 0 ? "major" : parsed.patch === 0 ? "minor" : "patch";
}

interface PreviousRelease {
  previous?: string;
  previousTag?: string;
}

/**
 * The release before the version checked. HEAD already holds the version's own tag when an
 * earlier attempt of this release pushed it (a re-run after a crash): the release before is then
 * the one below it, so the gates judge the same range the first attempt judged.
 */
async function previousRelease(git: Git, version: string, decision: PreviousRelease): Promise<PreviousRelease> {
  const { previous, previousTag } = decision;
  const own = previous && previousTag && semver.valid(previous) && semver.valid(version) && semver.eq(previous, version);
  if (!own || !previousTag.endsWith(previous)) {
    return { ...(previous ? { previous } : {}), ...(previousTag ? { previousTag } : {}) };
  }
  const prefix = previousTag.slice(0, previousTag.length - previous.length);
  const stable = semver.prerelease(version) === null;
  const tags = versionTags((await readTags(git)).reachable, prefix).versions;
  const below = tags.find((tag) => semver.lt(tag.version, version) && (!stable || tag.version.prerelease.length === 0));
  return below ? { previous: below.version.version, previousTag: below.name } : {};
}

/**
 * A version to check must be above the last release: gates passed for 1.4.0 after 1.4.2 would
 * bless a downgrade. The one exception is HEAD's own release tag (a re-run after the tag was made).
 */
async function refuseNotAbove(git: Git, version: string, decision: PackageDecision, head: string): Promise<void> {
  const previous = decision.previous;
  if (!previous || semver.gt(version, previous)) return;
  // No release tag yet: the manifest's version is the floor, and the release commit of a first
  // release has just written the version being checked into it.
  if (!decision.previousTag && semver.eq(version, previous)) return;
  if (semver.eq(version, previous) && decision.previousTag) {
    const { stdout } = await git.run(["rev-parse", `${decision.previousTag}^{commit}`], { allowFailure: true });
    if (stdout.trim() === head) return;
  }
  const last = decision.previousTag ? `the last release ${previous} (tag ${decision.previousTag})` : `the last release ${previous}`;
  throw new ConfigurationError(
    `version ${version} is ${semver.eq(version, previous) ? "already" : "below"} ${last}: gates are checked for a new release above it. Pass a higher version (input \`version\`), or none to check the version the commits ask for.`,
  );
}

/** gate-check from start to end: decide the version, evaluate every gate, record the evidence (unless dry-run). */
export async function runGateCheck(ports: GateCheckPorts, inputs: GateCheckInputs): Promise<GateCheckResult> {
  const clock = inputs.now ? fixedClock(inputs.now) : ports.clock;
  const { git, reporter } = ports;
  // A dry-run judges the release as the earlier dry-run steps planned it: their CHANGELOG, manifests and notes.
  const files = inputs.dryRun && inputs.plannedDir ? new PlannedFiles(ports.files, inputs.plannedDir) : ports.files;
  const bump = await runVersionBump(
    { git, files, clock, reporter },
    { cwd: inputs.cwd, dryRun: true, decisionOnly: true, ...(inputs.branch ? { branch: inputs.branch } : {}), ...(inputs.package ? { package: inputs.package } : {}), ...(inputs.configPath ? { configPath: inputs.configPath } : {}) },
  );
  const decision = bump.packages.find((candidate) => candidate.next) ?? bump.packages[0]!;
  const version = inputs.version ?? decision.next;
  if (!version) {
    throw new ConfigurationError(`no release is due: no commit since ${decision.previousTag ?? "the start"} asks for one. Pass the version to check (${mention("version")}).`);
  }
  await refuseNotAbove(git, version, decision, bump.head);
  const { previous, previousTag } = await previousRelease(git, version, decision);
  const kind = releaseKind(version, previous);
  const gates = parseGatesConfig(await configSection(files, bump.config, "gates"));
  const calendarConfig = await loadCalendarConfig(files, bump.config);
  const calendar: CalendarResult = { config: calendarConfig, view: calendarView(calendarConfig, clock.now()) };
  const profile = inputs.profile ?? gates.profile ?? profileForKind(kind, semver.prerelease(version) !== null);
  const ci = await ciCommit(git, bump.head, inputs.commit);
  // A monorepo's package: its CHANGELOG heading, notes and evidence file carry its name.
  const place = { version, package: releasePackageNamed(bump.config, decision.name) };

  const results = await evaluateGates(
    {
      version,
      ...(place.package !== undefined ? { package: place.package } : {}),
      kind,
      ...(previousTag ? { previousTag } : {}),
      head: bump.head,
      ci,
      config: gates,
      git,
      files,
      commands: ports.commands,
      clock,
      ...(ports.forge ? { forge: ports.forge } : {}),
      noForgeReason: ports.noForgeReason ?? "no GitHub token",
      calendar: calendar.view,
      ...(inputs.breakGlass ? { breakGlass: inputs.breakGlass } : {}),
    },
    profile,
  );
  for (const check of results.filter((result) => result.status === "fail")) reporter.annotate("error", `${check.id} ${check.title}: ${check.reason}`, check.location);
  const passed = !results.some((result) => result.status === "fail");
  const requiresApproval = PROFILES[profile].approval;

  const window = releaseWindow(calendar.view, kind);
  const notes = results.find((result) => result.id === "RL-08" && result.status === "pass")?.location?.file ?? gates.releaseNotes.map((template) => releasePath(template, place))[0];
  const record = gateEvidenceRecord({
    version,
    profile,
    passed,
    requiresApproval,
    results,
    head: bump.head,
    branch: bump.line.branch,
    now: clock.now(),
    actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? "unknown",
    changelog: gates.changelog,
    releaseNotes: notes,
    ...(inputs.breakGlass ? { breakGlass: { reason: inputs.breakGlass, blockedBy: window.open ? "nothing: the calendar was open" : window.reason } } : {}),
  });
  const relative = inputs.evidencePath ?? gates.evidencePath ?? `.git/cadence/evidence/gate-check-${releaseLabel(place).replaceAll("/", "-")}.yaml`;
  const plan: Plan = {
    action: "gate-check",
    formatVersion: 1,
    observations: { head: bump.head, version, profile, passed },
    effects: [writeFileEffect(relative, writeYaml(record), `record the gate results in ${relative}`)],
  };
  const hash = planHash(plan);
  await applyPlan(plan, { "write-file": writeFileHandler(files) }, { dryRun: inputs.dryRun, reporter });
  return {
    version,
    kind,
    profile,
    requiresApproval,
    passed,
    results,
    head: bump.head,
    branch: bump.line.branch,
    plan,
    planHash: hash,
    ...(inputs.dryRun ? {} : { evidencePath: join(files.root, relative) }),
    calendar,
    ...(inputs.breakGlass ? { breakGlass: inputs.breakGlass } : {}),
  };
}

/** The commit CI checked (HEAD unless named), and how many commits HEAD is above it. */
async function ciCommit(git: Git, head: string, named: string | undefined): Promise<CiCommit> {
  if (!named || head.startsWith(named)) return { sha: head, distance: 0 };
  const found = await git.run(["rev-parse", "--verify", "-q", "--end-of-options", `${named}^{commit}`], { allowFailure: true });
  if (found.exitCode !== 0) {
    throw new ConfigurationError(`the commit ${named} whose checks count for RL-02 (input commit, GITHUB_SHA in Actions) is not in this clone; check out with fetch-depth: 0`);
  }
  const sha = found.stdout.trim();
  const ancestor = await git.run(["merge-base", "--is-ancestor", sha, head], { allowFailure: true });
  if (ancestor.exitCode !== 0) return { sha, distance: null };
  const count = await git.run(["rev-list", "--count", `${sha}..${head}`]);
  return { sha, distance: Number(count.stdout.trim()) };
}
