import { describe, expect, it } from "vitest";
import { channelOf, floatingTagsFor } from "./channel.js";

describe("channelOf", () => {
  it("makes the newest stable version latest on GitHub and npm", () => {
    expect(channelOf("1.5.0", ["1.4.2", "1.5.0-rc.1"])).toEqual({ name: "latest", prerelease: false, makeLatest: "true", distTag: "latest" });
  });
  it("keeps a pre-release off latest and on its channel, or on the configured dist-tag", () => {
    expect(channelOf("2.0.0-rc.2", ["1.4.2"])).toMatchObject({ name: "rc", prerelease: true, makeLatest: "false", distTag: "rc" });
    expect(channelOf("2.0.0-rc.2", ["1.4.2"], { rc: "next" }).distTag).toBe("next");
    expect(channelOf("2.0.0-beta.1", ["1.4.2"], {}, "canary").distTag).toBe("canary");
  });
  it("gives a maintenance release below the newest its own line tag and leaves Latest alone", () => {
    expect(channelOf("1.4.3", ["1.4.2", "2.0.0"])).toEqual({ name: "maintenance", prerelease: false, makeLatest: "false", distTag: "release-1.4" });
  });
});

describe("floatingTagsFor", () => {
  it("moves v1 and v1.5 for the newest 1.x", () => {
    expect(floatingTagsFor("1.5.0", ["1.4.2", "1.5.0"], "v")).toEqual(["v1", "v1.5"]);
  });
  it("moves only v1.2 for a hotfix on an older minor line", () => {
    expect(floatingTagsFor("1.2.9", ["1.2.8", "1.4.0"], "v")).toEqual(["v1.2"]);
  });
  it("moves nothing for a pre-release", () => {
    expect(floatingTagsFor("2.0.0-rc.1", ["1.4.0"], "v")).toEqual([]);
  });
});
