import { describe, expect, it } from "vitest";
import { ConfigurationError, describeError } from "./index.js";
import { mention, renderMentions } from "./mention.js";

describe("a message names a setting in the words of the surface that shows it", () => {
  it("an action says 'the version input', the CLI '--version'", () => {
    const text = `no release version: pass it (${mention("version")})`;
    expect(renderMentions(text, "action")).toBe("no release version: pass it (the version input)");
    expect(renderMentions(text, "cli")).toBe("no release version: pass it (--version)");
    expect(renderMentions(`${mention("out-dir")} is a file`, "cli", { "out-dir": "out" })).toBe("--out is a file");
  });

  it("describeError renders them, for the action by default", () => {
    const error = new ConfigurationError(`this repository has 2 packages: name one (${mention("package")})`);
    expect(describeError(error)).toBe("this repository has 2 packages: name one (the package input)");
    expect(describeError(error, "cli")).toBe("this repository has 2 packages: name one (--package)");
    expect(describeError(error)).not.toContain("--");
    expect(describeError(error, "cli")).not.toContain("input");
  });
});
