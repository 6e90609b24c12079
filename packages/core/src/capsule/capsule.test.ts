import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalFiles } from "../adapters/files.js";
import { ConfigurationError } from "../errors/index.js";
import { buildCapsule } from "./build.js";
import { changelogEntries } from "./changelog.js";
import { readerMode, writerProblem } from "./compatibility.js";
import { loadCapsuleConfig, resolveCapsuleConfig } from "./config.js";
import { parseCapsule, renderCapsule } from "./document.js";
import { parseCapsuleSignInputs } from "./inputs.js";
import { emptyNotes, parseNotes } from "./notes.js";
import type { CompatibilityRule } from "./types.js";

// Seed 000's matrix, as configuration.
const SEED_MATRIX: CompatibilityRule[] = [
  { release: "1.0.x", state: "state-v1", mode: "full" },
  { release: "1.1.x", state: "state-v1", mode: "full" },
  { release: "1.2.x", state: "state-v2", mode: "full" },
  { release: "1.2.x", state: "state-v1", mode: "read-only" },
  { release: "2.0.x", state: "state-v3", mode: "full" },
  { release: "2.0.x", state: "state-v2", mode: "migration" },
];

describe("the compatibility matrix", () => {
  it("reads seed 000's table: full, read-only, migration, and nothing else", () => {
    expect(readerMode(SEED_MATRIX, "1.2.3", "state-v2")).toMatchObject({ mode: "full" });
    expect(readerMode(SEED_MATRIX, "1.2.3", "state-v1")).toMatchObject({ mode: "read-only" });
    expect(readerMode(SEED_MATRIX, "2.0.1", "state-v2")).toMatchObject({ mode: "migration" });
    expect(readerMode(SEED_MATRIX, "2.0.1", "state-v1")).toEqual({ problem: "no compatibility rule lets release 2.0.1 read state-v1" });
    expect(readerMode(SEED_MATRIX, "1.2.4-rc.1+state-v2", "state-v2")).toMatchObject({ mode: "full" });
  });

  it("lets a release write only what it reads in full", () => {
    expect(writerProblem(SEED_MATRIX, "1.2.3", "state-v2")).toBeUndefined();
    expect(writerProblem(SEED_MATRIX, "1.2.3", "state-v1")).toMatch(/may only write a state version it reads in full, but rule \{release: 1\.2\.x, state: state-v1, mode: read-only\} says read-only/);
    expect(writerProblem(SEED_MATRIX, "3.0.0", "state-v3")).toMatch(/^no compatibility rule lets release 3\.0\.0 use state-v3/);
  });

  it("defaults to one rule (every release reads the configured state version in full) and rejects a bad range with its line", () => {
    expect(resolveCapsuleConfig({ "state-version": "state-v2" }).compatibility).toEqual([{ release: "*", state: "state-v2", mode: "full" }]);
    const located = () => resolveCapsuleConfig({ compatibility: [{ release: "one-point-two", state: "state-v1", mode: "full" }] }, (path) => ({ file: ".github/cadence.yml", line: 4 + path.length }));
    expect(located).toThrow(ConfigurationError);
    expect(located).toThrow(/capsule\.compatibility\[0\]\.release 'one-point-two' is not a SemVer range/);
  });
});

describe("the capsule section of .github/cadence.yml", () => {
  it("is read with defaults, and a wrong key is reported at its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capsule-config-"));
    try {
      mkdirSync(join(dir, ".github"));
      writeFileSync(join(dir, ".github/cadence.yml"), "capsule:\n  state-version: state-v2\n  out-dir: signed\n");
      expect(await loadCapsuleConfig(new LocalFiles(dir))).toMatchObject({ stateVersion: "state-v2", outDir: "signed", changelog: "CHANGELOG.md" });
      writeFileSync(join(dir, ".github/cadence.yml"), "capsule:\n  out-dir: signed\n  state_version: v2\n");
      const error = await loadCapsuleConfig(new LocalFiles(dir)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toContain("unknown key 'state_version' in capsule");
      expect((error as ConfigurationError).location).toMatchObject({ file: ".github/cadence.yml", line: 3 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("capsule content", () => {
  it("takes the changelog section of the version, with its groups", () => {
    const text = "# Changelog\n\n## [1.3.0] - 2026-04-01\n### Added\n- new thing\n\n## [1.2.3] - 2026-01-24\n### Added\n- CI monitoring\n### Fixed\n* memory leak\n\n## [1.2.2]\n- old\n";
    expect(changelogEntries(text, "1.2.3")).toEqual(["Added: CI monitoring", "Fixed: memory leak"]);
    expect(changelogEntries(text, "9.9.9")).toEqual([]);
    expect(changelogEntries("## v1.2.3 (2026-01-24)\n- one\n", "1.2.3")).toEqual(["one"]);
  });

  it("reads a notes file and points at the line of a mistake", () => {
    expect(parseNotes("notes.yml", "decisions:\n  - a\nopen-threads: |\n  - b\n  - c\n")).toMatchObject({ decisions: ["a"], open_threads: ["b", "c"] });
    try {
      parseNotes("notes.yml", "decisions:\n  - a\n  - { nested: map }\n");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toBe("decisions[1] must be a line of text, not a mapping");
      expect((error as ConfigurationError).location).toMatchObject({ file: "notes.yml", line: 3 });
    }
    expect(() => parseNotes("notes.yml", "decision: [a]\n")).toThrow(/unknown key 'decision'/);
  });

  it("renders YAML that reads back to the same capsule and passes the schema", () => {
    const capsule = buildCapsule({
      kind: "PRE-RELEASE",
      project: "hee",
      version: "1.2.3-rc.1",
      commit: "f".repeat(40),
      createdAt: new Date("2026-01-24T10:00:00Z"),
      stateVersion: "state-v2",
      compatibility: SEED_MATRIX,
      artifacts: [{ name: "hee.tgz", sha256: "1".repeat(64), size: 10 }],
      plans: [],
      evidence: [],
      changes: ["Added: CI monitoring"],
      notes: { ...emptyNotes(), decisions: ["Maintain backward compatibility with v1.1.x and v1.2.x", "yes", "1.0"] },
    });
    expect(capsule.chat).toBe("hee v1.2.3-rc.1 Pre-release");
    expect(capsule.context).toContain("Change: Added: CI monitoring");
    // values YAML would otherwise read as booleans or numbers stay text
    expect(parseCapsule("c.yaml", renderCapsule(capsule))).toEqual(capsule);
  });
});

describe("capsule-sign inputs", () => {
  it("reports every problem at once", () => {
    try {
      parseCapsuleSignInputs({ cwd: ".", kind: "FINAL", version: "one", commit: "abc", plans: "version-bump sha256:zz", dryRun: "maybe" });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigurationError).problems).toEqual([
        "kind must be one of PRE-RELEASE, RELEASE, POST-RELEASE, not 'FINAL'",
        "dry-run must be true or false, not 'maybe'",
        expect.stringContaining("'one' is not a SemVer version"),
        "commit must be a full commit id (40 hex digits), not 'abc'",
        expect.stringContaining("plan hash 'version-bump sha256:zz' must be written ACTION=sha256:"),
      ]);
    }
  });
});
