import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { InputFields } from "./fields.js";

describe("InputFields", () => {
  it("reads flags the same way for every action, and names the bad one", () => {
    const fields = new InputFields();
    expect(fields.flag("dry-run", "TRUE")).toBe(true);
    expect(fields.flag("dry-run", "no")).toBe(false);
    expect(fields.flag("dry-run", "")).toBeUndefined();
    expect(fields.flag("provenance", "auto", { auto: true })).toBeUndefined();
    expect(fields.problems).toEqual([]);
    expect(fields.flag("dry-run", "maybe")).toBeUndefined();
    expect(fields.flag("provenance", "auto")).toBeUndefined();
    expect(fields.problems).toEqual(["dry-run must be true or false, not 'maybe'", "provenance must be true or false, not 'auto'"]);
  });

  it("normalizes versions (the seed's build metadata too) and refuses what is not SemVer", () => {
    const fields = new InputFields();
    expect(fields.version("version", " v1.2.3+state-v2+prompts-v17 ")).toBe("1.2.3+state-v2.prompts-v17");
    expect(fields.version("version", "1.2")).toBeUndefined();
    expect(fields.problems[0]).toContain("'1.2' is not a SemVer version");
  });

  it("checks channels, plan hashes, choices and lists", () => {
    const fields = new InputFields();
    expect(fields.channel("prerelease", "rc")).toBe("rc");
    expect(fields.channel("prerelease", "7")).toBeUndefined();
    expect(fields.planHash("plan-hash", `sha256:${"a".repeat(64)}`)).toBe(`sha256:${"a".repeat(64)}`);
    expect(fields.planHash("plan-hash", "sha256:xyz")).toBeUndefined();
    expect(fields.oneOf("bump", "minor", ["major", "minor", "patch"] as const)).toBe("minor");
    expect(fields.oneOf("bump", "huge", ["major", "minor", "patch"] as const)).toBeUndefined();
    expect(fields.list(" a.tgz\r\n\nb.tgz ")).toEqual(["a.tgz", "b.tgz"]);
    expect(fields.list("a, b", { commas: true })).toEqual(["a", "b"]);
    expect(fields.problems).toHaveLength(3);
  });

  it("reports every problem in one ConfigurationError, the first line readable alone", () => {
    const fields = new InputFields();
    expect(() => fields.check()).not.toThrow();
    fields.problem("first");
    fields.problem("second");
    fields.problem("third");
    let thrown: unknown;
    try {
      fields.check();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).message).toBe("first (and 2 more problems)");
    expect((thrown as ConfigurationError).problems).toEqual(["first", "second", "third"]);
  });
});
