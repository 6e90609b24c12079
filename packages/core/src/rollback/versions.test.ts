import { describe, expect, it } from "vitest";
import semver from "semver";
import { ConfigurationError } from "../errors/index.js";
import type { VersionTag } from "../version/tags.js";
import { rollForwardVersion, selectVersions } from "./versions.js";

function tags(...versions: string[]): VersionTag[] {
  return versions
    .map((version, index) => ({ name: `v${version}`, sha: String(index).padStart(40, "0"), version: semver.parse(version)! }))
    .sort((a, b) => semver.rcompare(a.version, b.version));
}

const select = (list: VersionTag[], given: { from?: string; to?: string; allowPrerelease?: boolean } = {}) => selectVersions(list, { prefix: "v", ...given });

describe("selectVersions", () => {
  const history = tags("1.3.0", "1.4.0", "1.4.1", "1.5.0-rc.1", "1.5.0", "2.0.0-beta.1", "0.9.0");

  it("takes the newest release as X and the one before it on the same line as G, pre-releases skipped", () => {
    const chosen = select(history);
    expect([chosen.from.version, chosen.to.version, chosen.line]).toEqual(["1.5.0", "1.4.1", "1.x"]);
    expect(chosen.from).toMatchObject({ tag: "v1.5.0", prerelease: false });
  });

  it("stays on X's line: a maintenance X goes back on its own major, not across", () => {
    const both = tags("1.8.0", "1.9.0", "2.0.0", "2.1.0", "1.9.1");
    expect(select(both).to.version).toBe("2.0.0");
    expect(select(both, { from: "1.9.1" }).to.version).toBe("1.9.0");
  });

  it("treats each minor below 1.0.0 as its own line", () => {
    expect(() => select(tags("0.3.0", "0.4.0"))).toThrow(/no earlier release on the line 0\.4\.x below 0\.4\.0 to roll back to: name the version with «to»/);
    expect(select(tags("0.3.0", "0.4.0", "0.4.1")).to.version).toBe("0.4.0");
  });

  it("rolls a pre-release back to the earlier pre-release of its channel", () => {
    const pre = tags("1.4.0", "2.0.0-rc.1", "2.0.0-rc.2");
    expect(select(pre, { from: "2.0.0-rc.2" }).to.version).toBe("2.0.0-rc.1");
  });

  it("accepts G given on another line (the drill of a release candidate against the current release)", () => {
    expect(select(history, { from: "2.0.0-beta.1", to: "1.5.0" }).to.version).toBe("1.5.0");
  });

  it("refuses G not below X, unknown versions, and a pre-release G for a stable X unless allowed", () => {
    expect(() => select(history, { from: "1.4.0", to: "1.5.0" })).toThrow(/is not below from 1\.4\.0/);
    expect(() => select(history, { from: "1.4.0", to: "1.4.0" })).toThrow(ConfigurationError);
    expect(() => select(history, { from: "1.6.0" })).toThrow(/from 1\.6\.0 is not a released version: there is no tag v1\.6\.0/);
    expect(() => select(history, { to: "1.2.0" })).toThrow(/to 1\.2\.0 is not a released version/);
    expect(() => select(history, { from: "1.5.0", to: "1.5.0-rc.1" })).toThrow(/is a pre-release, but from 1\.5\.0 is not/);
    expect(select(history, { from: "1.5.0", to: "1.5.0-rc.1", allowPrerelease: true }).to.version).toBe("1.5.0-rc.1");
  });

  it("says there is nothing to roll back without a stable release", () => {
    expect(() => select(tags("1.0.0-rc.1"))).toThrow(/no stable release to roll back .*; name the version with «from»/);
    expect(() => select([])).toThrow(/there are no version tags/);
  });
});

describe("rollForwardVersion", () => {
  it("is the next patch above everything on X's minor line", () => {
    const list = tags("1.4.2", "1.5.0", "1.5.1-rc.1", "1.6.0");
    expect(rollForwardVersion(list, { version: "1.5.0", tag: "v1.5.0", commit: "x", prerelease: false })).toBe("1.5.1");
    expect(rollForwardVersion(tags("1.4.2", "1.5.0"), { version: "1.5.0", tag: "v1.5.0", commit: "x", prerelease: false })).toBe("1.5.1");
    expect(rollForwardVersion(tags("1.5.0", "1.5.3"), { version: "1.5.0", tag: "v1.5.0", commit: "x", prerelease: false })).toBe("1.5.4");
  });

  it("keeps a pre-release on its channel", () => {
    expect(rollForwardVersion(tags("2.0.0-rc.1", "2.0.0-rc.2"), { version: "2.0.0-rc.2", tag: "v2.0.0-rc.2", commit: "x", prerelease: true })).toBe("2.0.0-rc.3");
  });
});
