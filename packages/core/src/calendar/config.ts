import { ConfigurationError, formatLocation, type SourceLocation } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import type { CadenceConfig } from "../config/types.js";
import { configSection, type ConfigSection } from "../config/section.js";
import { parseYamlSource } from "../config/yaml-source.js";
import { WEEKDAYS, formatDate, isTimeZone, parseDate, type Weekday } from "./civil.js";
import type { Blackout, CalendarConfig, Freeze, PlannedRelease, ReleaseKind } from "./types.js";

interface Problem {
  text: string;
  location: SourceLocation | undefined;
}

type Raw = Record<string, unknown>;

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** Reads `calendar` from the configuration (and the release_calendar file it names), checking every date. */
export async function loadCalendarConfig(files: Files, config: CadenceConfig): Promise<CalendarConfig> {
  const section = await configSection(files, config, "calendar");
  const problems: Problem[] = [];
  const calendar = parseCalendarSection(section, problems);
  const raw = (section.value ?? {}) as Raw;
  if (typeof raw.file === "string") calendar.planned = await readReleaseCalendar(files, raw.file, section, problems);
  throwProblems(problems);
  return calendar;
}

export function parseCalendarSection(section: ConfigSection, problems: Problem[]): CalendarConfig {
  const raw = (section.value ?? {}) as Raw;
  const at = (...path: Array<string | number>) => section.locate(path);
  const timezone = typeof raw.timezone === "string" ? raw.timezone : "UTC";
  if (!isTimeZone(timezone)) problems.push({ text: `calendar.timezone '${timezone}' is not a time zone Intl knows; use an IANA name such as Europe/Berlin or America/New_York`, location: at("timezone") });

  const date = (value: unknown, path: Array<string | number>): number | undefined => {
    const day = typeof value === "string" ? parseDate(value) : undefined;
    if (day === undefined) problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD that exists, not '${String(value)}'`, location: at(...path) });
    return day;
  };
  const weekday = (value: unknown, fallback: Weekday, path: Array<string | number>): Weekday => {
    if (value === undefined) return fallback;
    if (typeof value === "string" && (WEEKDAYS as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as Weekday;
    problems.push({ text: `calendar.${describe(path)} must be a weekday (monday … sunday), not '${String(value)}'`, location: at(...path) });
    return fallback;
  };

  let minor: CalendarConfig["minor"];
  if (raw.minor !== false) {
    const spec = (raw.minor ?? {}) as Raw;
    if (spec.anchor !== undefined) {
      const anchor = date(spec.anchor, ["minor", "anchor"]);
      const everyWeeks = typeof spec["every-weeks"] === "number" ? spec["every-weeks"] : 2;
      if (!Number.isInteger(everyWeeks) || everyWeeks < 2) problems.push({ text: "calendar.minor.every-weeks must be a whole number of at least 2 (a development week and a stabilization week)", location: at("minor", "every-weeks") });
      const rcWeekday = weekday(spec["rc-weekday"], "thursday", ["minor", "rc-weekday"]);
      const releaseWeekday = weekday(spec["release-weekday"], "friday", ["minor", "release-weekday"]);
      if (releaseWeekday === rcWeekday) problems.push({ text: `calendar.minor: the RC cut and the release cannot both be on ${rcWeekday}`, location: at("minor", "release-weekday") });
      if (anchor !== undefined) minor = { anchor, everyWeeks, rcWeekday, releaseWeekday };
    }
  }
  let major: CalendarConfig["major"];
  if (raw.major !== false) {
    const spec = (raw.major ?? {}) as Raw;
    const months = Array.isArray(spec.months) ? (spec.months as unknown[]) : [3, 6, 9, 12];
    months.forEach((month, index) => {
      if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) problems.push({ text: `calendar.major.months[${index}] must be a month number 1–12`, location: at("major", "months", index) });
    });
    major = { months: months.filter((month): month is number => typeof month === "number"), weekday: weekday(spec.weekday, "friday", ["major", "weekday"]) };
  }

  const blackouts: Blackout[] = [];
  asList(raw.blackout).forEach((entry, index) => {
    const item = (entry ?? {}) as Raw;
    const from = date(item.from, ["blackout", index, "from"]);
    const to = date(item.to, ["blackout", index, "to"]);
    if (from !== undefined && to !== undefined && to < from) problems.push({ text: `calendar.blackout[${index}] ends (${formatDate(to)}) before it starts (${formatDate(from)})`, location: at("blackout", index, "to") });
    if (from !== undefined && to !== undefined && to >= from) blackouts.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "blackout" });
  });
  const sorted = blackouts.map((blackout, index) => ({ blackout, index })).sort((a, b) => a.blackout.from - b.blackout.from);
  for (let index = 1; index < sorted.length; index++) {
    const before = sorted[index - 1]!;
    const after = sorted[index]!;
    if (after.blackout.from <= before.blackout.to) {
      problems.push({
        text: `calendar.blackout[${after.index}] (${formatDate(after.blackout.from)} – ${formatDate(after.blackout.to)}) overlaps blackout[${before.index}] (${formatDate(before.blackout.from)} – ${formatDate(before.blackout.to)}); merge them into one period`,
        location: at("blackout", after.index),
      });
    }
  }

  const freezes: Freeze[] = [];
  asList(raw.freeze).forEach((entry, index) => {
    const item = (entry ?? {}) as Raw;
    const from = wallClock(item.from, false, ["freeze", index, "from"], problems, at);
    const to = wallClock(item.to, true, ["freeze", index, "to"], problems, at);
    if (from && to && to <= from) problems.push({ text: `calendar.freeze[${index}] ends (${String(item.to)}) before it starts (${String(item.from)})`, location: at("freeze", index, "to") });
    const allow = asList(item.allow).filter((kind): kind is ReleaseKind => kind === "major" || kind === "minor" || kind === "patch");
    if (from && to && to > from) freezes.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "freeze", allow: item.allow === undefined ? ["patch"] : allow });
  });

  const horizon = typeof raw.horizon === "number" && raw.horizon > 0 ? Math.floor(raw.horizon) : 6;
  return { timezone, minor, major, blackouts, freezes, planned: [], horizon };
}

/** A date means its whole day: from 00:00, or to the end of that day. */
function wallClock(value: unknown, end: boolean, path: Array<string | number>, problems: Problem[], at: (...path: Array<string | number>) => SourceLocation | undefined): string | undefined {
  const match = typeof value === "string" ? WALL_CLOCK.exec(value) : null;
  const day = match ? parseDate(match[1]!) : undefined;
  const valid = match && day !== undefined && (match[2] === undefined || (Number(match[2]) < 24 && Number(match[3]) < 60));
  if (!valid) {
    problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:MM, not '${String(value)}'`, location: at(...path) });
    return undefined;
  }
  if (match[2] !== undefined) return `${match[1]}T${match[2]}:${match[3]}`;
  return end ? `${formatDate(day + 1)}T00:00` : `${match[1]}T00:00`;
}

/** The seed's release_calendar YAML: explicit minor, major and patch releases. */
async function readReleaseCalendar(files: Files, path: string, section: ConfigSection, problems: Problem[]): Promise<PlannedRelease[]> {
  const text = await files.read(path);
  if (text === undefined) {
    problems.push({ text: `calendar.file names ${path}, which does not exist`, location: section.locate(["file"]) });
    return [];
  }
  const source = parseYamlSource(path, text);
  const root = ((source.value as Raw | null)?.release_calendar ?? undefined) as Raw | undefined;
  if (!root || typeof root !== "object") {
    problems.push({ text: "must have a top-level release_calendar mapping (the seed's template)", location: { file: path, line: 1, column: 1 } });
    return [];
  }
  const planned: PlannedRelease[] = [];
  const read = (list: string, kind: ReleaseKind, dateKey: string) => {
    asList(root[list]).forEach((entry, index) => {
      const item = (entry ?? {}) as Raw;
      const day = typeof item[dateKey] === "string" ? parseDate(item[dateKey] as string) : undefined;
      if (day === undefined) {
        problems.push({ text: `release_calendar.${list}[${index}].${dateKey} must be a date YYYY-MM-DD that exists, not '${String(item[dateKey])}'`, location: source.locate(["release_calendar", list, index, dateKey]) });
        return;
      }
      const rc = typeof item.rc_date === "string" ? parseDate(item.rc_date) : undefined;
      if (item.rc_date !== undefined && rc === undefined) problems.push({ text: `release_calendar.${list}[${index}].rc_date must be a date YYYY-MM-DD, not '${String(item.rc_date)}'`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
      if (rc !== undefined && rc > day) problems.push({ text: `release_calendar.${list}[${index}]: the RC date ${String(item.rc_date)} comes after the release date ${String(item[dateKey])}`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
      planned.push({ kind, version: String(item.version ?? ""), releaseDate: day, status: String(item.status ?? "planned"), ...(rc !== undefined ? { rcDate: rc } : {}), ...(item.hotfix === true ? { hotfix: true } : {}) });
    });
  };
  read("minor_releases", "minor", "release_date");
  read("major_releases", "major", "planned_date");
  read("patch_releases", "patch", "release_date");
  return planned;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function describe(path: ReadonlyArray<string | number>): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
}

export function throwProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const sorted = [...problems].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  const first = sorted[0]!;
  const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? "s" : ""})` : "";
  throw new ConfigurationError(
    `${first.text}${more}`,
    first.location,
    sorted.map((problem) => (problem.location ? `${formatLocation(problem.location)}: ${problem.text}` : problem.text)),
  );
}
