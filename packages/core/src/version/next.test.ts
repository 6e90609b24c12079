import fc from "fast-check";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { adjustForPreMajor, bumpKind, nextVersion, rangeFromLineName, type NextVersionInput } from "./next.js";

const base: NextVersionInput = { level: "none", existing: new Set(), initialVersion: "1.0.0", preMajor: { breaking: "minor", feature: "minor" } };
const next = (change: Partial<NextVersionInput>) => nextVersion({ ...base, ...change })?.version;

describe("nextVersion on the main line", () => {
  it("bumps the last stable version by the level", () => {
    expect(next({ lastStable: "1.4.2", previous: "1.4.2", level: "major" })).toBe("2.0.0");
    expect(next({ lastStable: "1.4.2", previous: "1.4.2", level: "minor" })).toBe("1.5.0");
    expect(next({ lastStable: "1.4.2", previous: "1.4.2", level: "patch" })).toBe("1.4.3");
    expect(next({ lastStable: "1.4.2", previous: "1.4.2", level: "none" })).toBeUndefined();
  });

  it("starts at the initial version when nothing was released", () => {
    expect(next({ level: "patch" })).toBe("1.0.0");
    expect(next({ level: "major", initialVersion: "0.1.0" })).toBe("0.1.0");
  });

  it("below 1.0.0 releases a breaking change as minor by default, and as configured", () => {
    expect(next({ lastStable: "0.3.1", level: "major" })).toBe("0.4.0");
    expect(next({ lastStable: "0.3.1", level: "minor" })).toBe("0.4.0");
    expect(next({ lastStable: "0.3.1", level: "major", preMajor: { breaking: "major", feature: "minor" } })).toBe("1.0.0");
    expect(next({ lastStable: "0.3.1", level: "minor", preMajor: { breaking: "minor", feature: "patch" } })).toBe("0.3.2");
    expect(adjustForPreMajor("major", "1.0.0", base.preMajor)).toBe("major");
  });

  it("promotes a release candidate to the plain version", () => {
    // 1.2.0-rc.3 is the highest tag; the stable line continues from 1.1.0 with the feature that made the rc.
    expect(next({ lastStable: "1.1.0", previous: "1.1.0", level: "minor", existing: new Set(["1.2.0-rc.3"]) })).toBe("1.2.0");
  });

  it("refuses a stable version that is already tagged elsewhere", () => {
    expect(() => next({ lastStable: "1.4.2", level: "patch", existing: new Set(["1.4.3"]) })).toThrow(/1\.4\.3 is already tagged/);
  });
});

describe("nextVersion on a pre-release channel", () => {
  it("starts the channel at .1 above the stable version", () => {
    expect(next({ lastStable: "1.1.0", previous: "1.1.0", level: "minor", channel: "rc" })).toBe("1.2.0-rc.1");
    expect(next({ level: "minor", channel: "beta" })).toBe("1.0.0-beta.1");
  });

  it("counts up on the same channel, whatever the level below the current target", () => {
    expect(next({ lastStable: "1.1.0", previous: "1.2.0-rc.1", level: "patch", channel: "rc" })).toBe("1.2.0-rc.2");
    expect(next({ lastStable: "1.1.0", previous: "1.2.0-rc.1", level: "minor", channel: "rc" })).toBe("1.2.0-rc.2");
  });

  it("moves the target up when a bigger change arrives", () => {
    expect(next({ lastStable: "1.1.0", previous: "1.2.0-rc.2", level: "major", channel: "rc" })).toBe("2.0.0-rc.1");
  });

  it("accepts any identifier as a channel and keeps channels apart", () => {
    expect(next({ lastStable: "1.1.0", previous: "1.1.0", level: "patch", channel: "hotfix", existing: new Set(["1.1.1-rc.1"]) })).toBe("1.1.1-hotfix.1");
  });

  it("never reuses a tagged pre-release and continues after the highest one tagged anywhere", () => {
    const existing = new Set(["1.2.0-rc.1", "1.2.0-rc.2", "1.2.0-rc.5"]);
    // rc.2 and rc.5 were tagged on another branch, not reachable from HEAD.
    expect(next({ lastStable: "1.1.0", previous: "1.2.0-rc.1", level: "patch", channel: "rc", existing })).toBe("1.2.0-rc.6");
    expect(next({ lastStable: "1.1.0", previous: "1.1.0", level: "minor", channel: "rc", existing })).toBe("1.2.0-rc.6");
    expect(next({ lastStable: "1.1.0", previous: "1.1.0", level: "minor", channel: "beta", existing })).toBe("1.2.0-beta.1");
  });
});

describe("maintenance lines", () => {
  it("read their range from the branch name", () => {
    expect(rangeFromLineName("1.x")).toBe(">=1.0.0 <2.0.0");
    expect(rangeFromLineName("1.4.x")).toBe(">=1.4.0 <1.5.0");
    expect(rangeFromLineName("release/v1.4")).toBe(">=1.4.0 <1.5.0");
    expect(rangeFromLineName("hotfix/v1.4")).toBe(">=1.4.0 <1.5.0");
    expect(rangeFromLineName("release/v2")).toBe(">=2.0.0 <3.0.0");
    expect(rangeFromLineName("release/v1.x")).toBe(">=1.0.0 <2.0.0");
    expect(rangeFromLineName("release/v10.12.x")).toBe(">=10.12.0 <10.13.0");
    expect(rangeFromLineName("main")).toBeUndefined();
  });

  it("read a full version in the name as its minor line (the seed's release/v1.2.3)", () => {
    expect(rangeFromLineName("release/v1.2.3")).toBe(">=1.2.0 <1.3.0");
    expect(rangeFromLineName("hotfix/1.4.2")).toBe(">=1.4.0 <1.5.0");
    expect(rangeFromLineName("release/v1.3.0-rc.1")).toBe(">=1.3.0 <1.4.0");
  });

  it("release patches inside the range and refuse a feature with a clear error", () => {
    const line = { range: ">=1.4.0 <1.5.0", lineName: "release/v1.4", lastStable: "1.4.2", previous: "1.4.2" };
    expect(next({ ...line, level: "patch" })).toBe("1.4.3");
    let error: unknown;
    try {
      next({ ...line, level: "minor" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("minor release (1.5.0)");
    expect((error as Error).message).toContain("release/v1.4 (>=1.4.0 <1.5.0)");
  });
});

describe("bumpKind", () => {
  it("names the difference between two versions", () => {
    expect(bumpKind("1.4.2", "2.0.0")).toBe("major");
    expect(bumpKind("1.4.2", "1.5.0")).toBe("minor");
    expect(bumpKind("1.4.2", "1.4.3")).toBe("patch");
    // Promoting 1.2.0-rc.3 releases the minor version 1.2.0.
    expect(bumpKind("1.2.0-rc.3", "1.2.0")).toBe("minor");
    expect(bumpKind("1.1.0", "1.2.0-rc.1")).toBe("prerelease");
    expect(bumpKind(undefined, "1.0.0")).toBe("major");
    expect(bumpKind(undefined, "0.1.0")).toBe("minor");
  });
});

describe("nextVersion, for any history", () => {
  const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([major, minor, patch]) => `${major}.${minor}.${patch}`);
  const level = fc.constantFrom("major", "minor", "patch" as const);

  it("is valid SemVer, above the previous release, and never a version already tagged", () => {
    fc.assert(
      fc.property(version, level, fc.option(fc.constantFrom("alpha", "beta", "rc"), { nil: undefined }), fc.array(fc.nat(6), { maxLength: 4 }), (stable, wanted, channel, counters) => {
        const existing = new Set([stable, ...counters.map((counter) => `${semver.inc(stable, wanted)!}-${channel ?? "rc"}.${counter}`)]);
        const result = nextVersion({ ...base, lastStable: stable, previous: stable, level: wanted, ...(channel ? { channel } : {}), existing });
        expect(result).toBeDefined();
        expect(semver.valid(result!.version)).toBe(result!.version);
        expect(semver.gt(result!.version, stable)).toBe(true);
        expect(existing.has(result!.version)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
