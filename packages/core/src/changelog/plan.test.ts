import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRelease, upsertRelease } from "./changelog-file.js";
import { TextSource } from "../plan/text-source.js";
import { recordChangelog, recordChangelogText } from "./plan.js";

describe("the record's changelog.md", () => {
  it("is the release's section under its own heading", () => {
    const changelog = "# Changelog\n\n## [1.5.0] (2026-04-01)\n\n\n### Features\n\n* add export\n\n## [1.4.2]\n\n* old\n";
    expect(recordChangelog(changelog, { version: "1.5.0", tag: "v1.5.0" })).toBe("# Changelog: v1.5.0\n\n### Features\n\n* add export\n");
    expect(recordChangelog(changelog, { version: "9.9.9", tag: "v9.9.9" })).toBe("# Changelog: v9.9.9\n\n\n");
  });

  it("is what cutting the heading line and the line breaks after it off the extracted section gives (property)", () => {
    const line = fc.constantFrom("## [1.0.0] - 2020-01-01", "## [2.0.0]", "## 1.5.0", "# Changelog", "## [Unreleased]", "### Features", "", "", "  ", "* x", "text", "[1.0.0]: https://e.test/c", "#### deep", "## x\r", "### y\u2028z");
    const text = fc.array(line, { maxLength: 25 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), text, fc.constantFrom("1.5.0", "2.0.0", "1.0.0"), (existing, section, version) => {
        const changelog = upsertRelease(existing, { version, section, generatedTitles: ["Features"], header: "# Changelog\n" });
        const extracted = extractRelease(changelog, version) ?? "";
        expect(recordChangelog(changelog, { version, tag: `v${version}` })).toBe(`# Changelog: v${version}\n\n${extracted.replace(/^#{1,3} .*\n+/, "")}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it("is made from slices of the CHANGELOG when it has no carriage return, with the same text (property)", () => {
    const line = fc.constantFrom("## [1.0.0] - 2020-01-01", "## [2.0.0]", "## 1.5.0", "# Changelog", "## [Unreleased]", "### Features", "", "", "  ", "* x 😀", "text", "[1.0.0]: https://e.test/c", "#### deep", "## x\r", "### y\u2028z", "* é");
    const text = fc.array(line, { maxLength: 25 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), text, fc.constantFrom("1.5.0", "2.0.0", "1.0.0"), (existing, section, version) => {
        const changelog = upsertRelease(existing, { version, section, generatedTitles: ["Features"], header: "# Changelog\n" });
        const release = { version, tag: `v${version}` };
        const made = recordChangelogText(changelog, release);
        expect(String(made)).toBe(recordChangelog(changelog, release));
        if (!changelog.includes("\r") && extractRelease(changelog, version)?.includes("\n")) expect(made).toBeInstanceOf(TextSource);
      }),
      { numRuns: 3000 },
    );
  });
});
