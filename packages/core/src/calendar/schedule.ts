import { formatDate, lastWeekdayOfMonth, localClock, onOrAfter, yearOf } from "./civil.js";
import type { Blackout, CalendarConfig, CalendarEvent, CalendarView, Freeze, ReleaseKind, Today } from "./types.js";

/** How far ahead `next` looks for events: a little more than a year covers any quarterly cadence. */
const LOOKAHEAD_DAYS = 400;

export interface MinorCycle {
  start: number;
  stabilization: number;
  rcCut: number;
  release: number;
}

/**
 * The minor cycle that contains `day`: cycles of `everyWeeks` weeks from the anchor, the last
 * week being stabilization, with the RC cut and the release on its configured weekdays.
 */
export function minorCycleAt(minor: NonNullable<CalendarConfig["minor"]>, day: number): MinorCycle {
  const length = minor.everyWeeks * 7;
  const index = Math.floor((day - minor.anchor) / length);
  const start = minor.anchor + Math.max(index, 0) * length;
  const stabilization = start + length - 7;
  const rcCut = onOrAfter(stabilization, minor.rcWeekday);
  const release = onOrAfter(rcCut + 1, minor.releaseWeekday);
  return { start, stabilization, rcCut, release };
}

export function blackoutOn(blackouts: readonly Blackout[], day: number): Blackout | undefined {
  return blackouts.find((blackout) => blackout.from <= day && day <= blackout.to);
}

export function freezeAt(freezes: readonly Freeze[], wallClock: string): Freeze | undefined {
  return freezes.find((freeze) => freeze.from <= wallClock && wallClock < freeze.to);
}

/** Every event from `from` to `to` (days, both included), generated and planned, in date order. */
export function eventsBetween(config: CalendarConfig, from: number, to: number): CalendarEvent[] {
  const events: Array<CalendarEvent & { day: number }> = [];
  const add = (day: number, kind: CalendarEvent["kind"], source: CalendarEvent["source"], version?: string) => {
    if (day < from || day > to) return;
    const blackout = blackoutOn(config.blackouts, day);
    events.push({ day, date: formatDate(day), kind, source, ...(version ? { version } : {}), ...(blackout ? { blocked: `blackout: ${blackout.reason}` } : {}) });
  };
  if (config.minor) {
    for (let cycle = minorCycleAt(config.minor, from); cycle.start <= to; cycle = minorCycleAt(config.minor, cycle.start + config.minor.everyWeeks * 7)) {
      add(cycle.rcCut, "rc-cut", "cadence");
      add(cycle.release, "release", "cadence");
    }
  }
  if (config.major) {
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      for (const month of config.major.months) add(lastWeekdayOfMonth(year, month, config.major.weekday), "major-release", "cadence");
    }
  }
  for (const planned of config.planned) {
    if (planned.status === "skipped" || planned.status === "released") continue;
    if (planned.rcDate !== undefined) add(planned.rcDate, "rc-cut", "release_calendar", planned.version);
    add(planned.releaseDate, kindOfPlanned(planned.kind), "release_calendar", planned.version);
  }
  // A planned entry names the version of a generated event on the same day; keep one of the two.
  const unique = events.filter((event) => event.source === "release_calendar" || !events.some((other) => other.source === "release_calendar" && other.day === event.day && other.kind === event.kind));
  unique.sort((a, b) => a.day - b.day || order(a.kind) - order(b.kind));
  return unique.map(({ day: _day, ...event }) => event);
}

function kindOfPlanned(kind: ReleaseKind): CalendarEvent["kind"] {
  return kind === "major" ? "major-release" : kind === "patch" ? "patch-release" : "release";
}

function order(kind: CalendarEvent["kind"]): number {
  return ["rc-cut", "release", "major-release", "patch-release"].indexOf(kind);
}

/** What the calendar says at an instant: today's status, the blackout or freeze in force, the coming events. */
export function calendarView(config: CalendarConfig, now: Date): CalendarView {
  const local = localClock(now, config.timezone);
  const blackout = blackoutOn(config.blackouts, local.day);
  const freeze = freezeAt(config.freezes, local.wallClock);
  const todayEvents = eventsBetween(config, local.day, local.day);
  let today: Today = "none";
  if (blackout) today = "blackout";
  else if (todayEvents.some((event) => event.kind === "rc-cut")) today = "rc-cut";
  else if (todayEvents.length > 0) today = "release";
  const next = eventsBetween(config, local.day + 1, local.day + LOOKAHEAD_DAYS).slice(0, config.horizon);
  const cycle = config.minor ? minorCycleAt(config.minor, local.day) : undefined;
  return {
    timezone: config.timezone,
    now: now.toISOString(),
    localDate: formatDate(local.day),
    localTime: `${local.wallClock}${local.offset}`,
    today,
    todayEvents,
    ...(blackout ? { blackout: { from: formatDate(blackout.from), to: formatDate(blackout.to), reason: blackout.reason } } : {}),
    ...(freeze ? { freeze: { from: freeze.from, to: freeze.to, reason: freeze.reason, allow: freeze.allow } } : {}),
    next,
    ...(cycle ? { cycle: { start: formatDate(cycle.start), stabilization: formatDate(cycle.stabilization), rcCut: formatDate(cycle.rcCut), release: formatDate(cycle.release) } } : {}),
  };
}

/** Whether a release of this kind may go out now, and if not, why. */
export function releaseWindow(view: CalendarView, kind: ReleaseKind): { open: boolean; reason: string } {
  if (view.blackout) return { open: false, reason: `blackout ${view.blackout.from} – ${view.blackout.to} (${view.blackout.reason}) in ${view.timezone}` };
  if (view.freeze && !view.freeze.allow.includes(kind)) {
    return { open: false, reason: `freeze ${view.freeze.from} – ${view.freeze.to} (${view.freeze.reason}) in ${view.timezone}; it allows ${view.freeze.allow.join(", ") || "no"} releases` };
  }
  return { open: true, reason: `no blackout or freeze on ${view.localDate} in ${view.timezone}` };
}
