import { describe, expect, it } from "vitest";
import { extractRelease } from "../changelog/changelog-file.js";
import { withRollForwardEntry } from "./roll-forward.js";

const ENTRY = "### Rolled back\n\n- 1.5.0 is rolled back to 1.4.2: data loss";

describe("the roll-forward release's CHANGELOG entry", () => {
  it("in a single-package repository is headed by the version, as before", () => {
    const text = withRollForwardEntry("# Changelog\n\n## [1.5.0] - 2026-02-01\n\n- release 1.5.0\n", { version: "1.5.1" }, "2026-03-01", ENTRY);
    expect(text).toContain("## [1.5.1] - 2026-03-01\n\n### Rolled back");
    expect(text.indexOf("## [1.5.1]")).toBeLessThan(text.indexOf("## [1.5.0]"));
  });

  it("in a monorepo names the package, and leaves another package's section of the same version alone", () => {
    const existing = "# Changelog\n\n## [cli@1.5.1] - 2026-02-20\n\n- cli's own 1.5.1\n\n## [core@1.5.0] - 2026-02-01\n\n- release 1.5.0\n";
    const text = withRollForwardEntry(existing, { version: "1.5.1", package: "core" }, "2026-03-01", ENTRY);
    expect(text).toContain("## [core@1.5.1] - 2026-03-01\n\n### Rolled back");
    expect(extractRelease(text, { version: "1.5.1", package: "cli" })).toContain("cli's own 1.5.1");
    expect(extractRelease(text, { version: "1.5.1", package: "core" })).toContain("rolled back to 1.4.2");
    // Written again (a re-run), it replaces its own section.
    expect(withRollForwardEntry(text, { version: "1.5.1", package: "core" }, "2026-03-01", ENTRY)).toBe(text);
  });
});
