import { describe, expect, it } from "vitest";
import { ConfigurationError, loadCalendarConfig, loadConfig, parseDate, type Files } from "@release-cadence/core";

/** Files held in memory: the calendar reads nothing but its config and its release_calendar file. */
function memoryFiles(contents: Record<string, string>): Files {
  return { root: "/memory", read: async (path) => contents[path], write: async () => {} };
}

async function load(yaml: string, extra: Record<string, string> = {}) {
  const files = memoryFiles({ ".github/cadence.yml": yaml, ...extra });
  return loadCalendarConfig(files, await loadConfig(files));
}

async function failure(yaml: string, extra: Record<string, string> = {}): Promise<ConfigurationError> {
  const error = await load(yaml, extra).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe("the calendar section", () => {
  it("accepts the shape external checks use", async () => {
    const calendar = await load('calendar:\n  timezone: Europe/Berlin\n  blackout:\n    - from: "2026-12-20"\n      to: "2027-01-05"\n      reason: holidays\n');
    expect(calendar.timezone).toBe("Europe/Berlin");
    expect(calendar.blackouts).toEqual([{ from: parseDate("2026-12-20"), to: parseDate("2027-01-05"), reason: "holidays" }]);
    expect(calendar.minor).toBeUndefined();
    expect(calendar.major?.months).toEqual([3, 6, 9, 12]);
  });

  it("rejects an unknown time zone at its line", async () => {
    const error = await failure("calendar:\n  timezone: Mars/Olympus_Mons\n");
    expect(error.location).toMatchObject({ file: ".github/cadence.yml", line: 2 });
    expect(error.message).toContain("'Mars/Olympus_Mons' is not a time zone");
  });

  it("rejects a date that does not exist (Feb 30, Feb 29 of a common year) and accepts a leap day", async () => {
    const error = await failure('calendar:\n  blackout:\n    - from: "2027-02-29"\n      to: "2027-03-02"\n');
    expect(error.location).toMatchObject({ line: 3 });
    expect(error.message).toContain("must be a date YYYY-MM-DD that exists, not '2027-02-29'");
    const leap = await load('calendar:\n  blackout:\n    - from: "2028-02-29"\n      to: "2028-03-02"\n');
    expect(leap.blackouts[0]!.from).toBe(parseDate("2028-02-29"));
  });

  it("rejects a blackout that ends before it starts", async () => {
    const error = await failure('calendar:\n  blackout:\n    - from: "2027-01-05"\n      to: "2026-12-20"\n');
    expect(error.location).toMatchObject({ line: 4 });
    expect(error.message).toContain("ends (2026-12-20) before it starts (2027-01-05)");
  });

  it("rejects overlapping blackouts, pointing at the later one, and reports every problem", async () => {
    const yaml = [
      "calendar:",
      "  timezone: Nowhere/City",
      "  blackout:",
      '    - from: "2026-12-20"',
      '      to: "2027-01-05"',
      "      reason: holidays",
      '    - from: "2027-01-03"',
      '      to: "2027-01-10"',
      "      reason: inventory",
      "",
    ].join("\n");
    const error = await failure(yaml);
    expect(error.problems).toHaveLength(2);
    expect(error.problems.join("\n")).toContain(".github/cadence.yml:7:7: calendar.blackout[1] (2027-01-03 – 2027-01-10) overlaps blackout[0]");
    expect(error.location?.line).toBe(2);
  });

  it("rejects unknown keys through the schema, with the line", async () => {
    const error = await failure('calendar:\n  blackouts:\n    - from: "2026-12-20"\n');
    expect(error.location).toMatchObject({ line: 2 });
    expect(error.message).toContain("unknown key 'blackouts'");
  });

  it("checks freezes and weekdays", async () => {
    const error = await failure('calendar:\n  minor:\n    anchor: "2026-11-02"\n    rc-weekday: thursdy\n  freeze:\n    - from: "2026-11-25T25:00"\n      to: "2026-11-27"\n');
    expect(error.problems.join("\n")).toMatch(/:4:\d+: calendar.minor.rc-weekday must be a weekday/);
    expect(error.problems.join("\n")).toMatch(/:6:\d+: calendar.freeze\[0\].from must be a date YYYY-MM-DD or a local time/);
  });

  it("reads the seed's release_calendar file and reports its bad dates at their line", async () => {
    const good = "release_calendar:\n  year: 2026\n  minor_releases:\n    - version: 1.6.0\n      rc_date: 2026-11-26\n      release_date: 2026-11-27\n      status: planned\n";
    const calendar = await load("calendar:\n  file: docs/release_calendar.yml\n", { "docs/release_calendar.yml": good });
    expect(calendar.planned).toEqual([{ kind: "minor", version: "1.6.0", rcDate: parseDate("2026-11-26"), releaseDate: parseDate("2026-11-27"), status: "planned" }]);
    const bad = good.replace("release_date: 2026-11-27", "release_date: 2026-11-31");
    const error = await failure("calendar:\n  file: docs/release_calendar.yml\n", { "docs/release_calendar.yml": bad });
    expect(error.location).toMatchObject({ file: "docs/release_calendar.yml", line: 6 });
  });
});
