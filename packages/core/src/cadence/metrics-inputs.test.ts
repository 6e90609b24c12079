import { renderMentions } from "../errors/mention.js";
import { describe, expect, it } from "vitest";
import { parseCadenceMetricsInputs, parseSince } from "./metrics-inputs.js";

describe("the metrics window's inputs", () => {
  it("takes a date as its midnight UTC, or an instant with a zone", () => {
    expect(parseSince("2026-09-01").toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(parseSince("2026-09-01T02:00:00+02:00").toISOString()).toBe("2026-09-01T00:00:00.000Z");
  });

  it("refuses what is not a date, a date that does not exist, and an instant without a zone", () => {
    for (const text of ["last week", "2026-02-30", "2026-13-01", "2026-09-01T10:00"]) expect(() => parseSince(text)).toThrow(/since\S* must be a date YYYY-MM-DD/);
  });

  it("reports every problem at once, including a window that ends before it starts", () => {
    expect(() => parseCadenceMetricsInputs({ cwd: ".", since: "2026-12-01", now: "2026-11-30T00:00:00Z" })).toThrow(/must come before now/);
    // Both problems at once, each naming the setting as the surface spells it (here the CLI's flags).
    const problems = (() => {
      try {
        parseCadenceMetricsInputs({ cwd: ".", since: "soon", now: "later" });
        return [];
      } catch (error) {
        return ((error as { problems?: string[] }).problems ?? []).map((problem) => renderMentions(problem, "cli"));
      }
    })();
    expect(problems).toEqual([expect.stringContaining("--now must be"), expect.stringContaining("--since must be")]);
    expect(parseCadenceMetricsInputs({ cwd: ".", records: "docs/releases\n\n.git/cadence/evidence\n" }).records).toEqual(["docs/releases", ".git/cadence/evidence"]);
  });
});
