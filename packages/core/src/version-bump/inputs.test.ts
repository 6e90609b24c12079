import { describe, expect, it } from "vitest";
import { ConfigurationError, describeError } from "../errors/index.js";
import { parseVersionBumpInputs } from "./inputs.js";

function problemsOf(raw: Parameters<typeof parseVersionBumpInputs>[0]): readonly string[] {
  try {
    parseVersionBumpInputs(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
  throw new Error("expected the inputs to be refused");
}

describe("parseVersionBumpInputs", () => {
  it("reads the action's strings into typed inputs, blanks as absent", () => {
    expect(parseVersionBumpInputs({ cwd: "/r", dryRun: "true", prerelease: " rc ", releaseAs: "", bump: "", branch: "main", releaseCommit: "false" })).toEqual({
      cwd: "/r",
      dryRun: true,
      prerelease: "rc",
      branch: "main",
      releaseCommit: false,
    });
    expect(parseVersionBumpInputs({ cwd: "/r", releaseAs: "v1.2.3+state-v2+prompts-v17" }).releaseAs).toBe("1.2.3+state-v2.prompts-v17");
  });

  it("refuses an unknown bump kind and a malformed pre-release id", () => {
    expect(problemsOf({ cwd: "/r", bump: "huge" })).toEqual(["bump must be one of major, minor, patch, not 'huge'"]);
    expect(problemsOf({ cwd: "/r", prerelease: "rc.1" })[0]).toMatch(/prerelease must be an identifier/);
    expect(problemsOf({ cwd: "/r", prerelease: "42" })[0]).toMatch(/prerelease must be an identifier/);
  });

  it("refuses inputs that contradict each other", () => {
    expect(problemsOf({ cwd: "/r", releaseAs: "2.0.0", bump: "minor" })).toEqual(["release-as and bump both say what the next version is: give only one"]);
    expect(problemsOf({ cwd: "/r", releaseAs: "2.0.0", prerelease: "rc" })[0]).toMatch(/release-as names the exact version; prerelease cannot be given with it/);
  });

  it("reports every problem at once, the first line readable alone", () => {
    let error: unknown;
    try {
      parseVersionBumpInputs({ cwd: "/r", dryRun: "maybe", bump: "huge", planHash: "abc" });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigurationError).problems;
    expect(problems).toHaveLength(3);
    expect(problems).toContain("dry-run must be true or false, not 'maybe'");
    expect(problems).toContain("plan-hash must look like sha256:<64 hex digits>, not 'abc'");
    const [first, ...rest] = describeError(error).split("\n");
    expect(first).toBe("dry-run must be true or false, not 'maybe' (and 2 more problems)");
    expect(rest).toHaveLength(3);
  });
});
