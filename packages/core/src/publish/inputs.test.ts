import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { parsePublishInputs } from "./inputs.js";

describe("publish inputs", () => {
  it("takes version and prerelease together when they name the same channel, as a workflow passes them", () => {
    expect(parsePublishInputs({ cwd: "/r", version: "2.0.0-rc.1", prerelease: "rc" })).toMatchObject({ version: "2.0.0-rc.1", prerelease: "rc" });
    expect(parsePublishInputs({ cwd: "/r", version: "1.5.0", prerelease: "" })).toMatchObject({ version: "1.5.0" });
  });

  it("refuses a pair that disagrees, saying which channel and how to fix it", () => {
    for (const version of ["2.0.0", "2.0.0-beta.3"]) {
      const parse = () => parsePublishInputs({ cwd: "/r", version, prerelease: "rc" });
      expect(parse).toThrow(ConfigurationError);
      expect(parse).toThrow(`version ${version} is not a pre-release on the channel 'rc' that prerelease names`);
    }
  });
});
