import { fixedClock } from "../adapters/clock.js";
import { loadCalendarConfig } from "../calendar/config.js";
import { renderCalendarSummary, type CalendarResult } from "../calendar/run.js";
import { calendarView } from "../calendar/schedule.js";
import { loadConfig } from "../config/load.js";
import { configSection } from "../config/section.js";
import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Clock, Files, Git, Reporter } from "../ports/index.js";
import { decideVersions } from "../version-bump/run.js";
import { decideDue, type BaseState, type DueDecision, type Stage } from "./due.js";
import { openLine, readReleaseLines, type ReleaseLineState } from "./lines.js";
import { parseCadenceSettings, type CadenceSettings } from "./settings.js";

export interface CadenceDuePorts {
  git: Git;
  files: Files;
  clock: Clock;
  reporter: Reporter;
}

export interface CadenceDueInputs {
  cwd: string;
  now?: Date;
  configPath?: string;
  /** The checked-out branch, when HEAD is detached (Actions passes GITHUB_REF_NAME). */
  branch?: string;
  /** A stage asked for by hand instead of what the day makes due. */
  stage?: Stage;
}

export interface CadenceDueResult {
  calendar: CalendarResult;
  settings: CadenceSettings;
  base: BaseState;
  lines: ReleaseLineState[];
  open?: ReleaseLineState;
  decision: DueDecision;
}

export async function loadCadenceSettings(files: Files, config: CadenceConfig): Promise<CadenceSettings> {
  return parseCadenceSettings(await configSection(files, config, "cadence"));
}

/**
 * What the scheduled tick runs now: the calendar at the clock's instant, the base branch's next
 * candidate and the release branches of the clone. Changes nothing.
 */
export async function runCadenceDue(ports: CadenceDuePorts, inputs: CadenceDueInputs): Promise<CadenceDueResult> {
  const clock = inputs.now ? fixedClock(inputs.now) : ports.clock;
  const config = await loadConfig(ports.files, inputs.configPath ? { configPath: inputs.configPath } : {});
  const [calendarConfig, settings] = await Promise.all([loadCalendarConfig(ports.files, config), loadCadenceSettings(ports.files, config)]);
  const view = calendarView(calendarConfig, clock.now());
  const base = await baseState({ ...ports, clock }, inputs, config, settings);
  const { lines, versions } = await readReleaseLines(ports.git, { template: settings.releaseBranch, channel: settings.rcChannel, tagPrefix: config.versioning.tagPrefix, baseHead: base.head });
  const open = openLine(lines, versions);
  const decision = decideDue({ view, base, settings, ...(open ? { open } : {}), ...(inputs.stage ? { stage: inputs.stage } : {}) });
  return { calendar: { config: calendarConfig, view }, settings, base, lines, ...(open ? { open } : {}), decision };
}

/** The base branch's head and the candidate its commits ask for (at least a minor: the calendar cuts minor lines). */
async function baseState(ports: CadenceDuePorts, inputs: CadenceDueInputs, config: CadenceConfig, settings: CadenceSettings): Promise<BaseState> {
  const ask = (bump?: "minor") =>
    decideVersions(ports, { cwd: inputs.cwd, dryRun: true, prerelease: settings.rcChannel, ...(inputs.branch ? { branch: inputs.branch } : {}), ...(bump ? { bump } : {}) }, config);
  const first = await ask();
  const branch = first.repository.branch;
  if (!branch) throw new ConfigurationError("HEAD is detached, so the base branch is unknown: check out the branch releases are cut from (the tick runs on the default branch), or name it (input `branch`).");
  if (settings.baseBranch && settings.baseBranch !== branch) {
    throw new ConfigurationError(`cadence.base-branch is ${settings.baseBranch}, but ${branch} is checked out: the tick decides from the base branch, so run it there.`);
  }
  const decided = first.packages.find((pkg) => pkg.next) ?? first.packages[0]!;
  const lastRelease = decided.previous;
  const state: BaseState = { branch, head: first.repository.head, ...(lastRelease ? { lastRelease } : {}) };
  if (!decided.next) return state;
  if (decided.level !== "patch") return { ...state, candidate: decided.next.split("+")[0]! };
  const again = await ask("minor");
  const forced = again.packages.find((pkg) => pkg.next) ?? again.packages[0]!;
  return { ...state, candidate: forced.next!.split("+")[0]!, bump: "minor" };
}

/** The action's outputs and `cadence calendar --due --json` share this shape. */
export function cadenceDueOutputs(result: CadenceDueResult) {
  const { view } = result.calendar;
  const { decision } = result;
  return {
    today: view.today,
    due: decision.due,
    reason: decision.reason,
    branch: decision.branch ?? "",
    commit: decision.commit ?? "",
    version: decision.version ?? "",
    prerelease: decision.prerelease,
    bump: decision.bump ?? "",
    capsuleKind: decision.capsuleKind,
    mergeInto: decision.mergeInto ?? "",
    date: view.localDate,
    timezone: view.timezone,
    blackout: view.blackout ?? null,
    freeze: view.freeze ?? null,
    next: view.next,
    openLine: result.open ? { branch: result.open.branch, candidates: result.open.candidates, newCommits: result.open.newCommits } : null,
  };
}

const DUE_TEXT: Record<DueDecision["due"], string> = {
  "rc-cut": "cut a release candidate",
  rc: "tag the next release candidate",
  promote: "promote the release candidate",
  release: "release",
  none: "nothing to run",
  blackout: "blackout: nothing to run",
};

/** The calendar's summary with the tick's decision above it. */
export function renderCadenceDueSummary(result: CadenceDueResult): string {
  const { decision } = result;
  const lines = [`## Cadence tick: ${DUE_TEXT[decision.due]}`, "", decision.reason + "."];
  if (decision.branch) lines.push("", `| branch | commit | version | channel |`, "|---|---|---|---|", `| ${decision.branch} | ${decision.commit?.slice(0, 12) ?? ""} | ${decision.version ?? "(decided by version-bump)"} | ${decision.prerelease || "release"} |`);
  lines.push("", renderCalendarSummary(result.calendar));
  return lines.join("\n");
}
