import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { loadConfig } from "./load.js";

function filesOf(entries: Record<string, string>): Files {
  return { root: "/repo", read: async (path) => entries[path], write: async () => {} };
}

describe("a config file with schema and semantic problems", () => {
  it("reports every problem at once, each at its file:line:col, to be annotated there", async () => {
    const yaml = [
      "versioning:",
      "  tag-prefx: v", // line 2: unknown key (schema)
      "calendar:",
      "  timezone: Mars/Olympus_Mons", // line 4: no such time zone (semantic)
      "  blackout:",
      '    - from: "2026-02-30"', // line 6: a date that does not exist (semantic)
      '      to: "2026-03-02"',
      "      reason: freeze",
      "",
    ].join("\n");
    const error = await loadConfig(filesOf({ ".github/cadence.yml": yaml })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    const located = (error as ConfigurationError).located;
    expect(located.map((problem) => problem.location.line)).toEqual([2, 4, 6]);
    expect(located.every((problem) => problem.location.file === ".github/cadence.yml" && problem.location.column !== undefined)).toBe(true);
    expect(located[0]!.message).toContain("unknown key 'tag-prefx'");
    expect(located[1]!.message).toContain("calendar.timezone 'Mars/Olympus_Mons' is not a time zone");
    expect(located[2]!.message).toContain("must be a date YYYY-MM-DD that exists, not '2026-02-30'");
    expect((error as ConfigurationError).message).toContain("(and 2 more problems)");
  });
});
