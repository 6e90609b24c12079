import { describe, expect, it } from "vitest";
import { parseDate } from "../calendar/civil.js";
import { calendarView } from "../calendar/schedule.js";
import type { CalendarConfig } from "../calendar/types.js";
import { decideDue, type BaseState } from "./due.js";
import type { ReleaseLineState } from "./lines.js";
import { DEFAULT_CADENCE, lineOfBranch, releaseBranchName } from "./settings.js";

const day = (text: string) => parseDate(text)!;
// Two-week cycles from Monday 2026-11-02: RC cut Thursday 2026-11-12, release Friday 2026-11-13.
const calendar: CalendarConfig = {
  timezone: "UTC",
  minor: { anchor: day("2026-11-02"), everyWeeks: 2, rcWeekday: "thursday", releaseWeekday: "friday" },
  major: undefined,
  blackouts: [{ from: day("2026-12-20"), to: day("2027-01-05"), reason: "holidays" }],
  freezes: [],
  planned: [],
  horizon: 4,
};
const at = (instant: string) => calendarView(calendar, new Date(instant));
const base: BaseState = { branch: "main", head: "a".repeat(40), candidate: "1.3.0-rc.1", lastRelease: "1.2.0" };
const line = (change: Partial<ReleaseLineState> = {}): ReleaseLineState => ({
  branch: "release/v1.3",
  major: 1,
  minor: 3,
  head: "b".repeat(40),
  candidates: ["1.3.0-rc.1"],
  candidateCommit: "c".repeat(40),
  released: false,
  newCommits: 0,
  ...change,
});
const decide = (instant: string, open?: ReleaseLineState, state: BaseState = base) => decideDue({ view: at(instant), base: state, settings: DEFAULT_CADENCE, ...(open ? { open } : {}) });

describe("what the tick runs", () => {
  it("on RC day cuts the line the base branch's commits ask for, from the commit it looked at", () => {
    expect(decide("2026-11-12T06:00:00Z")).toMatchObject({
      due: "rc-cut",
      branch: "release/v1.3",
      commit: base.head,
      version: "1.3.0-rc.1",
      prerelease: "rc",
      capsuleKind: "PRE-RELEASE",
    });
    // Only fixes since 1.2.0: the cut still opens the 1.3 line.
    expect(decide("2026-11-12T06:00:00Z", undefined, { ...base, candidate: "1.3.0-rc.1", bump: "minor" })).toMatchObject({ due: "rc-cut", bump: "minor" });
  });

  it("on RC day with nothing committed since the last release runs nothing, and says so", () => {
    const { candidate: _none, ...quiet } = base;
    expect(decide("2026-11-12T06:00:00Z", undefined, quiet)).toMatchObject({ due: "none", reason: expect.stringContaining("since 1.2.0") });
  });

  it("makes the next candidate when commits landed on the open line since the last one, on any day", () => {
    expect(decide("2026-11-12T18:00:00Z", line({ newCommits: 1 }))).toMatchObject({ due: "rc", branch: "release/v1.3", commit: "b".repeat(40), version: "1.3.0-rc.2" });
    expect(decide("2026-11-10T06:00:00Z", line({ newCommits: 2 }))).toMatchObject({ due: "rc", version: "1.3.0-rc.2" });
    expect(decide("2026-11-10T06:00:00Z", line())).toMatchObject({ due: "none", reason: expect.stringContaining("waits for release day") });
  });

  it("a line cut without a candidate yet gets its first one", () => {
    expect(decide("2026-11-10T06:00:00Z", line({ candidates: [], newCommits: 3 }))).toMatchObject({ due: "rc", version: "1.3.0-rc.1" });
  });

  it("on release day promotes the open candidate from the branch head and merges the line back", () => {
    expect(decide("2026-11-13T06:00:00Z", line())).toMatchObject({
      due: "promote",
      branch: "release/v1.3",
      commit: "b".repeat(40),
      version: "1.3.0",
      prerelease: "",
      capsuleKind: "RELEASE",
      mergeInto: "main",
    });
  });

  it("on release day without a candidate releases the base branch when its commits ask for it", () => {
    expect(decide("2026-11-13T06:00:00Z")).toMatchObject({ due: "release", branch: "main", commit: base.head, prerelease: "" });
    const { candidate: _none, ...quiet } = base;
    expect(decide("2026-11-13T06:00:00Z", undefined, quiet).due).toBe("none");
  });

  it("in a blackout runs nothing, not even a promotion", () => {
    expect(decide("2026-12-24T06:00:00Z", line({ newCommits: 4 }))).toMatchObject({ due: "blackout", reason: expect.stringContaining("holidays") });
  });

  it("in a freeze that allows only patches waits", () => {
    const frozen = calendarView({ ...calendar, freezes: [{ from: "2026-11-12T00:00", to: "2026-11-14T00:00", reason: "launch", allow: ["patch"] }] }, new Date("2026-11-12T06:00:00Z"));
    expect(decideDue({ view: frozen, base, settings: DEFAULT_CADENCE })).toMatchObject({ due: "none", reason: expect.stringContaining("launch") });
  });
});

describe("release branch names", () => {
  it("fill and read the template", () => {
    expect(releaseBranchName("release/v{major}.{minor}", 1, 3)).toBe("release/v1.3");
    expect(lineOfBranch("release/v{major}.{minor}", "release/v1.3")).toEqual({ major: 1, minor: 3 });
    expect(lineOfBranch("release/v{major}.{minor}", "release/v1.3.1")).toBeUndefined();
    expect(lineOfBranch("release/v{major}.{minor}", "hotfix/v1.3")).toBeUndefined();
    expect(lineOfBranch("stable-{major}-{minor}.x", "stable-2-10.x")).toEqual({ major: 2, minor: 10 });
  });
});

describe("a stage asked for by hand", () => {
  const ask = (stage: "rc-cut" | "rc" | "promote", open?: ReleaseLineState, instant = "2026-11-10T06:00:00Z") =>
    decideDue({ view: at(instant), base, settings: DEFAULT_CADENCE, stage, ...(open ? { open } : {}) });

  it("runs on any day the calendar leaves open", () => {
    expect(ask("rc-cut")).toMatchObject({ due: "rc-cut", branch: "release/v1.3", version: "1.3.0-rc.1", reason: expect.stringMatching(/^asked: /) });
    expect(ask("rc", line({ newCommits: 1 }))).toMatchObject({ due: "rc", version: "1.3.0-rc.2" });
    expect(ask("promote", line())).toMatchObject({ due: "promote", version: "1.3.0", mergeInto: "main" });
  });

  it("is refused, saying why, when the repository does not allow it", () => {
    expect(() => ask("rc-cut", line())).toThrow(/cannot cut a new line: release\/v1\.3 \(1\.3\.0-rc\.1\) is not released yet/);
    expect(() => ask("rc", line())).toThrow(/nothing landed on release\/v1\.3 since 1\.3\.0-rc\.1/);
    expect(() => ask("promote")).toThrow(/no release line waiting for its release/);
  });

  it("still stops at a blackout", () => {
    expect(ask("promote", line(), "2026-12-24T06:00:00Z").due).toBe("blackout");
  });
});
