import { describe, expect, it } from "vitest";
import { parseDate } from "./civil.js";
import { calendarView, eventsBetween, minorCycleAt, releaseWindow } from "./schedule.js";
import { calendarGantt } from "./gantt.js";
import type { CalendarConfig } from "./types.js";

const day = (text: string) => parseDate(text)!;

function config(overrides: Partial<CalendarConfig> = {}): CalendarConfig {
  return {
    timezone: "Europe/Berlin",
    minor: { anchor: day("2026-11-02"), everyWeeks: 2, rcWeekday: "thursday", releaseWeekday: "friday" },
    major: { months: [3, 6, 9, 12], weekday: "friday" },
    blackouts: [{ from: day("2026-12-20"), to: day("2027-01-05"), reason: "holidays" }],
    freezes: [],
    planned: [],
    horizon: 6,
    ...overrides,
  };
}

describe("the minor cadence", () => {
  it("cuts the RC on the Thursday and releases on the Friday of the stabilization week", () => {
    const cycle = minorCycleAt(config().minor!, day("2026-11-04"));
    expect(cycle).toEqual({ start: day("2026-11-02"), stabilization: day("2026-11-09"), rcCut: day("2026-11-12"), release: day("2026-11-13") });
    expect(minorCycleAt(config().minor!, day("2026-11-16")).rcCut).toBe(day("2026-11-26"));
  });

  it("keeps a two-week rhythm across the year end", () => {
    const events = eventsBetween(config({ blackouts: [], major: undefined }), day("2026-12-21"), day("2027-01-17"));
    expect(events.map((event) => `${event.date} ${event.kind}`)).toEqual(["2026-12-24 rc-cut", "2026-12-25 release", "2027-01-07 rc-cut", "2027-01-08 release"]);
  });

  it("counts days correctly across a leap day", () => {
    const leap = config({ minor: { anchor: day("2028-02-14"), everyWeeks: 2, rcWeekday: "thursday", releaseWeekday: "friday" }, major: undefined, blackouts: [] });
    expect(minorCycleAt(leap.minor!, day("2028-02-20"))).toMatchObject({ rcCut: day("2028-02-24"), release: day("2028-02-25") });
    const next = minorCycleAt(leap.minor!, day("2028-02-29"));
    expect(next.start).toBe(day("2028-02-28"));
    expect(next.release).toBe(day("2028-03-10"));
  });
});

describe("majors at quarter end", () => {
  it("fall on the last Friday of March, June, September and December", () => {
    const events = eventsBetween(config({ minor: undefined, blackouts: [] }), day("2027-01-01"), day("2027-12-31"));
    expect(events.map((event) => event.date)).toEqual(["2027-03-26", "2027-06-25", "2027-09-24", "2027-12-31"]);
    expect(events.every((event) => event.kind === "major-release")).toBe(true);
  });

  it("a quarter end inside a blackout is listed as blocked", () => {
    const [december] = eventsBetween(config({ minor: undefined }), day("2026-12-01"), day("2026-12-31"));
    expect(december).toMatchObject({ date: "2026-12-25", kind: "major-release", blocked: "blackout: holidays" });
  });
});

describe("today, in the calendar's time zone", () => {
  it("says rc-cut, release, none or blackout", () => {
    expect(calendarView(config(), new Date("2026-11-12T09:00:00Z")).today).toBe("rc-cut");
    expect(calendarView(config(), new Date("2026-11-13T09:00:00Z")).today).toBe("release");
    expect(calendarView(config(), new Date("2026-11-16T09:00:00Z")).today).toBe("none");
    expect(calendarView(config(), new Date("2026-12-28T09:00:00Z")).today).toBe("blackout");
  });

  it("the blackout starts at local midnight, not UTC midnight", () => {
    // 23:30 UTC on Dec 19 is already 00:30 on Dec 20 in Berlin; in New York it is still Dec 19.
    const instant = new Date("2026-12-19T23:30:00Z");
    expect(calendarView(config(), instant)).toMatchObject({ today: "blackout", localDate: "2026-12-20" });
    expect(calendarView(config({ timezone: "America/New_York" }), instant)).toMatchObject({ today: "none", localDate: "2026-12-19" });
    // The last day is included to its end: 23:59 local on Jan 5.
    expect(calendarView(config(), new Date("2027-01-05T22:59:00Z")).today).toBe("blackout");
    expect(calendarView(config(), new Date("2027-01-05T23:00:00Z")).today).not.toBe("blackout");
  });

  it("uses the right offset on both sides of a DST change", () => {
    // Berlin leaves summer time on 2026-10-25 at 03:00 CEST → 02:00 CET.
    expect(calendarView(config(), new Date("2026-10-25T00:30:00Z")).localTime).toBe("2026-10-25T02:30+02:00");
    expect(calendarView(config(), new Date("2026-10-25T01:30:00Z")).localTime).toBe("2026-10-25T02:30+01:00");
    // Sydney's RC day (Thursday 2027-04-01 local) begins on Wednesday in UTC, during its DST end weekend.
    const sydney = config({ timezone: "Australia/Sydney", minor: { anchor: day("2027-03-22"), everyWeeks: 2, rcWeekday: "thursday", releaseWeekday: "friday" } });
    expect(calendarView(sydney, new Date("2027-03-31T14:00:00Z"))).toMatchObject({ localDate: "2027-04-01", today: "rc-cut" });
  });

  it("lists the coming events after today, up to the horizon", () => {
    const view = calendarView(config({ horizon: 3 }), new Date("2026-11-12T09:00:00Z"));
    expect(view.next.map((event) => `${event.date} ${event.kind}`)).toEqual(["2026-11-13 release", "2026-11-26 rc-cut", "2026-11-27 release"]);
  });
});

describe("freezes and the release window", () => {
  const frozen = config({ freezes: [{ from: "2026-11-25T18:00", to: "2026-11-28T00:00", reason: "RC stabilization", allow: ["patch"] }] });

  it("a freeze blocks minors and majors from its local start time but lets patches through", () => {
    expect(calendarView(frozen, new Date("2026-11-25T16:59:00Z")).freeze).toBeUndefined();
    const view = calendarView(frozen, new Date("2026-11-25T17:00:00Z"));
    expect(view.freeze?.reason).toBe("RC stabilization");
    expect(releaseWindow(view, "minor")).toMatchObject({ open: false });
    expect(releaseWindow(view, "patch")).toMatchObject({ open: true });
  });

  it("a blackout blocks every kind", () => {
    const view = calendarView(config(), new Date("2026-12-22T12:00:00Z"));
    expect(releaseWindow(view, "patch")).toEqual({ open: false, reason: "blackout 2026-12-20 – 2027-01-05 (holidays) in Europe/Berlin" });
  });
});

describe("the release_calendar file's planned releases", () => {
  it("name the version of a generated event on the same day and can add others", () => {
    const planned = config({
      planned: [
        { kind: "minor", version: "1.6.0", rcDate: day("2026-11-26"), releaseDate: day("2026-11-27"), status: "planned" },
        { kind: "patch", version: "1.5.1", releaseDate: day("2026-11-18"), status: "planned" },
        { kind: "minor", version: "1.7.0", releaseDate: day("2026-12-11"), status: "skipped" },
      ],
    });
    const events = eventsBetween(planned, day("2026-11-16"), day("2026-12-12"));
    expect(events.map((event) => `${event.date} ${event.kind} ${event.version ?? "-"}`)).toEqual([
      "2026-11-18 patch-release 1.5.1",
      "2026-11-26 rc-cut 1.6.0",
      "2026-11-27 release 1.6.0",
      "2026-12-10 rc-cut -",
      "2026-12-11 release -",
    ]);
  });
});

describe("the gantt chart", () => {
  it("shows the current and the next cycle, and the blackout", () => {
    const chart = calendarGantt(config(), calendarView(config(), new Date("2026-12-03T09:00:00Z")));
    expect(chart.startsWith("```mermaid\ngantt")).toBe(true);
    expect(chart).toContain("section Cycle 2026-11-30");
    expect(chart).toContain("RC cut :milestone, 2026-12-10, 0d");
    expect(chart).toContain("section Cycle 2026-12-14");
    expect(chart).toContain("Blackout holidays :crit, 2026-12-20, 17d");
  });
});
