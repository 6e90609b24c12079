/**
 * Calendar dates and wall-clock times without an instant: "2026-12-20" is a day in whatever
 * time zone the calendar names. Dates are counted as days since 1970-01-01 (proleptic
 * Gregorian), so adding days never meets a DST change; only converting an instant to a local
 * date needs the zone, and Intl does that.
 */

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid YYYY-MM-DD, or undefined (2026-02-30 is not a date). */
export function parseDate(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86_400_000);
}

export function formatDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()]!;
}

/** The first day on or after `day` that is a `weekday`. */
export function onOrAfter(day: number, weekday: Weekday): number {
  const shift = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(day)) + 7) % 7;
  return day + shift;
}

/** The last `weekday` of a month (month 1–12). */
export function lastWeekdayOfMonth(year: number, month: number, weekday: Weekday): number {
  const last = Math.round(Date.UTC(year, month, 0) / 86_400_000);
  const shift = (WEEKDAYS.indexOf(weekdayOf(last)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return last - shift;
}

export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Whether Intl knows the zone (IANA names such as Europe/Berlin, or UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in a zone at an instant: its date (as a day number) and "YYYY-MM-DDTHH:MM". */
export function localClock(instant: Date, zone: string): { day: number; wallClock: string; offset: string } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  const date = `${get("year")}-${get("month")}-${get("day")}`;
  const offset = get("timeZoneName").replace(/^GMT/, "") || "+00:00";
  return { day: parseDate(date)!, wallClock: `${date}T${get("hour")}:${get("minute")}`, offset };
}
