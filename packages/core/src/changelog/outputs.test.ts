import { describe, expect, it } from "vitest";
import { renderChangelogSummary, STEP_SUMMARY_BYTES } from "./outputs.js";
import type { ChangelogResult } from "./run.js";

/** What the summary reads of a result; the rest of a ChangelogResult plays no part in it. */
function result(notes: string, extra: Partial<ChangelogResult> = {}): ChangelogResult {
  return {
    notes,
    releases: [],
    changelogPath: "CHANGELOG.md",
    notesPath: "docs/releases/2.0.0/release-notes.md",
    plan: { action: "changelog", formatVersion: 1, observations: {}, effects: [{ kind: "write-file", id: "write-file:CHANGELOG.md", summary: "update CHANGELOG.md with 2.0.0" }] },
    planHash: "sha256:abc",
    applied: { dryRun: false, outcomes: [] },
    ...extra,
  } as unknown as ChangelogResult;
}

// Lines with two-, three- and four-byte characters, so bytes and characters differ.
const line = (index: number) => `- **parser**: lit les en-têtes 李雷 🎉 numéro ${index} ([abc1234](https://github.com/o/r/commit/abc1234))`;
const big = ["# Release Notes: v2.0.0", "", "## New Features", ...Array.from({ length: 40_000 }, (_, index) => line(index))].join("\n");

describe("the changelog step summary", () => {
  it("shows the whole notes and the plan when they fit", () => {
    const text = renderChangelogSummary(result("# Release Notes: v2.0.0\n\n## New Features\n- one"), { maxBytes: STEP_SUMMARY_BYTES });
    expect(text).toContain("### Release Notes: v2.0.0");
    expect(text).toContain("- one");
    expect(text).toContain("1. update CHANGELOG.md with 2.0.0");
    expect(text).not.toContain("more than a step summary");
  });

  it("cuts notes larger than GitHub's 1 MiB at a line end, keeps the plan and says where the rest is", () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(3 * STEP_SUMMARY_BYTES);
    const text = renderChangelogSummary(result(big), { maxBytes: STEP_SUMMARY_BYTES });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(STEP_SUMMARY_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(STEP_SUMMARY_BYTES - 4096);
    expect(text).toMatch(/> The release notes are \d+ KB, more than a step summary can show: this is their beginning; the whole text is in `docs\/releases\/2\.0\.0\/release-notes\.md`\./);
    expect(text).toContain("1. update CHANGELOG.md with 2.0.0");
    // Every note line shown is a whole line of the notes.
    const shown = text.slice(text.indexOf("- **parser**"), text.indexOf("\n\n> The release notes")).split("\n");
    expect(shown.length).toBeGreaterThan(1000);
    shown.forEach((text, index) => expect(text).toBe(line(index)));
  });

  it("points at the CHANGELOG when there is no release record, at the file it is given, and at the output in a dry-run", () => {
    expect(renderChangelogSummary(result(big, { notesPath: undefined }), { maxBytes: STEP_SUMMARY_BYTES })).toContain("the whole release is in `CHANGELOG.md`.");
    expect(renderChangelogSummary(result(big), { maxBytes: STEP_SUMMARY_BYTES, notesPath: "/runner/temp/release-notes-2.0.0.md" })).toContain("the whole text is in `/runner/temp/release-notes-2.0.0.md`.");
    const dryRun = result(big, { applied: { dryRun: true, outcomes: [] } } as unknown as Partial<ChangelogResult>);
    expect(renderChangelogSummary(dryRun, { maxBytes: STEP_SUMMARY_BYTES })).toContain("the whole text is in the `notes` output.");
  });

  it("leaves the notes whole without a limit (the CLI prints them all)", () => {
    expect(renderChangelogSummary(result(big))).toContain(line(39_999));
  });
});
