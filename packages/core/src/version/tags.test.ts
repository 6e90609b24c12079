import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { normalizeVersionInput, withBuildMetadata } from "./metadata.js";
import { latestOnLine, versionTags, type GitTag } from "./tags.js";

const tag = (name: string): GitTag => ({ name, sha: "e".repeat(40) });

describe("versionTags", () => {
  it("keeps the tags with the prefix that are versions, highest first", () => {
    const { versions, ignored } = versionTags(["v1.2.0", "v1.10.0", "v1.9.0-rc.1", "core@2.0.0", "vnext", "v1", "nightly"].map(tag), "v");
    expect(versions.map((one) => one.name)).toEqual(["v1.10.0", "v1.9.0-rc.1", "v1.2.0"]);
    expect(ignored).toEqual(["vnext", "v1"]);
  });

  it("reads a package's tags by its prefix", () => {
    const { versions } = versionTags(["core@1.0.0", "cli@3.0.0", "core@1.1.0"].map(tag), "core@");
    expect(versions.map((one) => one.version.version)).toEqual(["1.1.0", "1.0.0"]);
  });

  it("with an empty prefix, ignores only digit-led tags that are not versions", () => {
    const { versions, ignored } = versionTags(["1.0.0", "1.0", "latest", "core@2.0.0"].map(tag), "");
    expect(versions.map((one) => one.name)).toEqual(["1.0.0"]);
    expect(ignored).toEqual(["1.0"]);
  });
});

describe("latestOnLine", () => {
  const { versions } = versionTags(["v1.1.0", "v1.2.0-rc.2", "v1.2.0-beta.4", "v1.0.0"].map(tag), "v");

  it("on the main line, is the highest stable version", () => {
    expect(latestOnLine(versions, undefined).previous?.name).toBe("v1.1.0");
  });

  it("on a channel, is the highest of the stable versions and that channel's", () => {
    expect(latestOnLine(versions, "rc").previous?.name).toBe("v1.2.0-rc.2");
    expect(latestOnLine(versions, "rc").lastStable?.name).toBe("v1.1.0");
    expect(latestOnLine(versions, "alpha").previous?.name).toBe("v1.1.0");
  });
});

describe("build metadata", () => {
  it("accepts the seed's several `+` signs and writes valid SemVer", () => {
    expect(normalizeVersionInput("1.2.3+state-v2+prompts-v17", "release-as")).toBe("1.2.3+state-v2.prompts-v17");
    expect(normalizeVersionInput("v1.2.3+state-v2+prompts-v17+spec-v5", "release-as")).toBe("1.2.3+state-v2.prompts-v17.spec-v5");
    expect(normalizeVersionInput(" 2.0.0-rc.1 ", "release-as")).toBe("2.0.0-rc.1");
  });

  it("refuses what is not a version, saying what was expected", () => {
    for (const text of ["1.2", "next", "1.2.3+", "1.2.3+a++b", "01.2.3"]) {
      expect(() => normalizeVersionInput(text, "release-as"), text).toThrow(ConfigurationError);
    }
    expect(() => normalizeVersionInput("1.2", "release-as")).toThrow(/release-as: '1.2' is not a SemVer version \(expected MAJOR.MINOR.PATCH/);
  });

  it("appends identifiers after any that are there", () => {
    expect(withBuildMetadata("1.2.3", ["state-v2", "prompts-v17"])).toBe("1.2.3+state-v2.prompts-v17");
    expect(withBuildMetadata("1.2.3+sha-1a2b", ["state-v2"])).toBe("1.2.3+sha-1a2b.state-v2");
    expect(withBuildMetadata("1.2.3", [])).toBe("1.2.3");
  });
});
