import { mention } from "../errors/mention.js";
import { loadConfig } from "../config/load.js";
import { ConfigurationError } from "../errors/index.js";
import type { Clock, Files } from "../ports/index.js";
import { loadCalendarConfig } from "./config.js";
import { calendarGantt } from "./gantt.js";
import { calendarView } from "./schedule.js";
import type { CalendarConfig, CalendarView } from "./types.js";

export interface CalendarResult {
  config: CalendarConfig;
  view: CalendarView;
}

/** Reads the calendar configuration and says what is due at the clock's instant. */
export async function runCalendar(ports: { files: Files; clock: Clock }, options: { configPath?: string } = {}): Promise<CalendarResult> {
  const config = await loadConfig(ports.files, options.configPath ? { configPath: options.configPath } : {});
  const calendar = await loadCalendarConfig(ports.files, config);
  return { config: calendar, view: calendarView(calendar, ports.clock.now()) };
}

/** `--now 2026-12-03T09:00:00Z`: an instant with a zone or offset, never a bare local time. */
export function parseNow(text: string | undefined): Date | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = text.trim();
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  const instant = new Date(withZone);
  if (!/^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:?\d{2}))?$/.test(withZone) || Number.isNaN(instant.getTime())) {
    throw new ConfigurationError(`${mention("now")} must be an ISO-8601 instant with a zone, e.g. 2026-12-03T09:00:00Z or 2026-12-03T10:00:00+01:00 (a bare date means its noon UTC), not '${text}'`);
  }
  return instant;
}

/** The JSON of `cadence calendar --json`. */
export function calendarOutputs(view: CalendarView) {
  return {
    today: view.today,
    date: view.localDate,
    localTime: view.localTime,
    timezone: view.timezone,
    todayEvents: view.todayEvents,
    blackout: view.blackout ?? null,
    freeze: view.freeze ?? null,
    cycle: view.cycle ?? null,
    next: view.next,
  };
}

const TODAY_TEXT: Record<CalendarView["today"], string> = {
  "rc-cut": "today the release candidate is cut",
  release: "today is a release day",
  none: "nothing is due today",
  blackout: "today is in a blackout: no releases",
};

/** Markdown for the step summary and `cadence calendar --summary`: today, the coming dates and the gantt chart. */
export function renderCalendarSummary(result: CalendarResult): string {
  const { view } = result;
  const lines = ["## Release calendar", "", `**${view.localDate}** (${view.localTime}, ${view.timezone}): ${TODAY_TEXT[view.today]}.`];
  if (view.blackout) lines.push("", `Blackout ${view.blackout.from} – ${view.blackout.to}: ${view.blackout.reason}.`);
  if (view.freeze) lines.push("", `Freeze until ${view.freeze.to}: ${view.freeze.reason} (allowed: ${view.freeze.allow.join(", ") || "nothing"}).`);
  lines.push("", "| date | what | version | note |", "|---|---|---|---|");
  for (const event of view.next) lines.push(`| ${event.date} | ${event.kind} | ${event.version ?? ""} | ${event.blocked ?? ""} |`);
  if (view.next.length === 0) lines.push("| — | nothing planned | | |");
  lines.push("", calendarGantt(result.config, view));
  return lines.join("\n");
}
