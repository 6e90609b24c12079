import { describe, expect, it } from "vitest";
import { defaultHeader, extractRelease, upsertRelease } from "./changelog-file.js";

const section = (version: string, line = "* a change") => `## [${version}](https://example.test/compare) (2026-01-02)\n\n### Features\n\n${line}`;
const options = (version: string, line?: string) => ({ version, section: section(version, line), generatedTitles: ["Features", "Bug Fixes"], header: defaultHeader("conventional") });
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("upsertRelease", () => {
  it("creates the file with a header when there is none", () => {
    const text = upsertRelease(undefined, options("1.1.0"));
    expect(text.startsWith("# Changelog\n")).toBe(true);
    expect(text).toContain("## [1.1.0]");
    expect(text.endsWith("* a change\n")).toBe(true);
  });

  it("replaces the section of the same version instead of adding a second one", () => {
    const once = upsertRelease(undefined, options("1.1.0", "* first"));
    const twice = upsertRelease(once, options("1.1.0", "* second"));
    expect(count(twice, "## [1.1.0]")).toBe(1);
    expect(twice).toContain("* second");
    expect(twice).not.toContain("* first");
    expect(upsertRelease(twice, options("1.1.0", "* second"))).toBe(twice);
  });

  it("puts a new release above older ones and keeps hand-written text around it", () => {
    const existing = "# Changelog\n\nHand-written intro.\n\n## 1.0.0 (2025-01-01)\n\nFirst release, written by hand.\n";
    const text = upsertRelease(existing, options("1.1.0"));
    expect(text.indexOf("Hand-written intro.")).toBeLessThan(text.indexOf("## [1.1.0]"));
    expect(text.indexOf("## [1.1.0]")).toBeLessThan(text.indexOf("## 1.0.0"));
    expect(text).toContain("First release, written by hand.");
  });

  it("inserts an older release below newer ones (regeneration order)", () => {
    const newer = upsertRelease(undefined, options("2.0.0"));
    const text = upsertRelease(newer, options("1.5.0"));
    expect(text.indexOf("## [2.0.0]")).toBeLessThan(text.indexOf("## [1.5.0]"));
  });

  it("moves hand-written Unreleased notes into the release and keeps an empty Unreleased heading", () => {
    const existing = "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing we wrote by hand.\n\n## [1.0.0] - 2025-01-01\n\n- old\n";
    const text = upsertRelease(existing, options("1.1.0"));
    const lines = text.split("\n");
    expect(lines.indexOf("## [Unreleased]")).toBeLessThan(lines.findIndex((line) => line.startsWith("## [1.1.0]")));
    expect(lines[lines.indexOf("## [Unreleased]") + 2]).toMatch(/^## \[1\.1\.0\]/);
    const released = extractRelease(text, "1.1.0")!;
    expect(released).toContain("### Notes");
    expect(released).toContain("- A thing we wrote by hand.");
    // Regenerating keeps the moved notes and does not duplicate them.
    const again = upsertRelease(text, options("1.1.0", "* changed"));
    expect(count(again, "A thing we wrote by hand.")).toBe(1);
    expect(extractRelease(again, "1.1.0")).toContain("* changed");
  });

  it("keeps CRLF line endings and trailing link definitions", () => {
    const existing = "# Changelog\r\n\r\n## [1.0.0] - 2025-01-01\r\n\r\n- old\r\n\r\n[1.0.0]: https://example.test/v1.0.0\r\n";
    const text = upsertRelease(existing, options("1.1.0"));
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text.trimEnd().endsWith("[1.0.0]: https://example.test/v1.0.0")).toBe(true);
    expect(text.indexOf("## [1.1.0]")).toBeLessThan(text.indexOf("## [1.0.0]"));
  });

  it("recognises headings of other tools (# [2.0.0], ## v1.2.3) and ignores fenced code", () => {
    const existing = "# Changelog\n\n```\n## 9.9.9\n```\n\n# [2.0.0](x) (2025-02-02)\n\n- major\n\n## v1.2.3\n\n- patch\n";
    const text = upsertRelease(existing, options("2.0.0", "* regenerated"));
    expect(text).toContain("## 9.9.9");
    expect(count(text, "2.0.0]")).toBe(1);
    expect(text).toContain("* regenerated");
    expect(text).toContain("## v1.2.3");
  });
});

describe("headings inside code fences", () => {
  it("ignores a version heading in an indented fence and finds the release after it", () => {
    const existing = "# Changelog\n\n## 1.0.0\n\n  ```md\n## 0.5.0\n  ```\n\n## 0.9.0\n\n* old\n";
    const text = upsertRelease(existing, { version: "0.9.5", section: "## 0.9.5\n\n* new", generatedTitles: [], header: "# Changelog" });
    expect(text).toBe("# Changelog\n\n## 1.0.0\n\n  ```md\n## 0.5.0\n  ```\n\n## 0.9.5\n\n* new\n\n## 0.9.0\n\n* old\n");
    expect(extractRelease(text, "0.5.0")).toBeUndefined();
  });
});

describe("a section given as lines", () => {
  it("gives the CHANGELOG its joined text would (property)", async () => {
    const fc = (await import("fast-check")).default;
    const line = fc.oneof(fc.constantFrom("## [1.5.0] (2026-04-01)", "### Features", "", "  ", "* x", "note\r", "a\r\nb", "two\nlines", "\u00a0", " lead", "trail ", "### Notes", "\r", "\n"), fc.string());
    const existing = fc.option(fc.array(fc.constantFrom("# Changelog", "", "## [Unreleased]", "hand", "## [1.4.0]", "* old", "[1.4.0]: https://e.test"), { maxLength: 10 }).map((lines) => lines.join("\n")), { nil: undefined });
    fc.assert(
      fc.property(existing, fc.array(line, { maxLength: 12 }), (text, lines) => {
        const options = { version: "1.5.0", generatedTitles: ["Features"], header: "# Changelog\n" };
        expect(upsertRelease(text, { ...options, section: lines })).toBe(upsertRelease(text, { ...options, section: lines.join("\n") }));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a monorepo's CHANGELOG: sections named by package and version", () => {
  const pkgSection = (pkg: string, version: string, line = "* a change") => `## [${pkg}@${version}](https://example.test/compare) (2026-01-02)\n\n### Features\n\n${line}`;
  const pkgOptions = (pkg: string, version: string, line?: string) => ({ ...options(version, line), package: pkg, section: pkgSection(pkg, version, line) });

  it("keeps two packages released at the same version apart, and replaces each one's own section", () => {
    let text = upsertRelease(undefined, pkgOptions("core", "1.5.0", "* core change"));
    text = upsertRelease(text, pkgOptions("cli", "1.5.0", "* cli change"));
    expect(count(text, "## [core@1.5.0]")).toBe(1);
    expect(count(text, "## [cli@1.5.0]")).toBe(1);
    expect(extractRelease(text, { version: "1.5.0", package: "core" })).toContain("* core change");
    expect(extractRelease(text, { version: "1.5.0", package: "cli" })).toContain("* cli change");
    expect(extractRelease(text, { version: "1.5.0", package: "cli" })).not.toContain("* core change");
    // No package: a plain 1.5.0 section, which this file does not have.
    expect(extractRelease(text, "1.5.0")).toBeUndefined();

    const again = upsertRelease(text, pkgOptions("core", "1.5.0", "* core, regenerated"));
    expect(count(again, "## [core@1.5.0]")).toBe(1);
    expect(extractRelease(again, { version: "1.5.0", package: "core" })).toContain("* core, regenerated");
    expect(extractRelease(again, { version: "1.5.0", package: "cli" })).toContain("* cli change");
  });

  it("puts the newest release on top, and a package's older version below that package's newer one", () => {
    let text = upsertRelease(undefined, pkgOptions("core", "2.0.0"));
    text = upsertRelease(text, pkgOptions("cli", "1.0.0"));
    expect(text.indexOf("## [cli@1.0.0]")).toBeLessThan(text.indexOf("## [core@2.0.0]"));
    text = upsertRelease(text, pkgOptions("core", "1.9.1"));
    expect(text.indexOf("## [core@2.0.0]")).toBeLessThan(text.indexOf("## [core@1.9.1]"));
    expect(text.indexOf("## [cli@1.0.0]")).toBeLessThan(text.indexOf("## [core@1.9.1]"));
  });

  it("reads scoped package names in headings", () => {
    const text = upsertRelease(undefined, pkgOptions("@org/core", "1.5.0", "* scoped"));
    expect(extractRelease(text, { version: "1.5.0", package: "@org/core" })).toContain("* scoped");
    expect(upsertRelease(text, pkgOptions("@org/core", "1.5.0", "* scoped"))).toBe(text);
  });
});
