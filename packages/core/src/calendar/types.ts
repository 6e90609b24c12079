import type { Weekday } from "./civil.js";

/** A closed span of local dates (both ends included) when nothing is released. */
export interface Blackout {
  from: number;
  to: number;
  reason: string;
}

/** A local wall-clock span ("YYYY-MM-DDTHH:MM", end excluded) when only the allowed kinds may release. */
export interface Freeze {
  from: string;
  to: string;
  reason: string;
  allow: ReleaseKind[];
}

export type ReleaseKind = "major" | "minor" | "patch";

/** An explicit entry of the seed's release_calendar file. */
export interface PlannedRelease {
  kind: ReleaseKind;
  version: string;
  rcDate?: number;
  releaseDate: number;
  status: string;
  hotfix?: boolean;
}

export interface CalendarConfig {
  timezone: string;
  minor: { anchor: number; everyWeeks: number; rcWeekday: Weekday; releaseWeekday: Weekday } | undefined;
  major: { months: number[]; weekday: Weekday } | undefined;
  blackouts: Blackout[];
  freezes: Freeze[];
  planned: PlannedRelease[];
  /** How many coming events `next` lists. */
  horizon: number;
}

export type EventKind = "rc-cut" | "release" | "major-release" | "patch-release";

export interface CalendarEvent {
  date: string;
  kind: EventKind;
  version?: string;
  /** Why it cannot happen on that date (a blackout), when it cannot. */
  blocked?: string;
  source: "cadence" | "release_calendar";
}

export type Today = "rc-cut" | "release" | "none" | "blackout";

export interface CalendarView {
  timezone: string;
  now: string;
  localDate: string;
  localTime: string;
  today: Today;
  /** The events on today's date. */
  todayEvents: CalendarEvent[];
  blackout?: { from: string; to: string; reason: string };
  freeze?: { from: string; to: string; reason: string; allow: ReleaseKind[] };
  next: CalendarEvent[];
  /** The minor cycle today falls in: development and stabilization weeks. */
  cycle?: { start: string; stabilization: string; rcCut: string; release: string };
}
