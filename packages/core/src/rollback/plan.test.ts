import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { planHash } from "../plan/plan.js";
import { decide } from "./decision.js";
import { BOT_IDENTITY } from "../identity/committer.js";
import { planRollback } from "./plan.js";
import { markedBody } from "./release-effects.js";
import type { RollbackFacts } from "./types.js";

const X = "a".repeat(40);
const G = "b".repeat(40);
const OTHER = "c".repeat(40);

function facts(overrides: Partial<RollbackFacts> = {}): RollbackFacts {
  return {
    mode: "rollback",
    decision: decide("high", "widespread", undefined),
    from: { version: "1.5.0", tag: "v1.5.0", commit: X, prerelease: false },
    to: { version: "1.4.2", tag: "v1.4.2", commit: G, prerelease: false },
    line: "1.x",
    fromIsNewest: true,
    reason: "exports corrupt files",
    issue: "#42",
    head: X,
    branch: "main",
    remote: "origin",
    chosen: null,
    npm: { registry: "http://127.0.0.1:1/", user: "publisher", writeChecked: true, packages: [{ name: "sample", folder: ".", distTags: { latest: "1.5.0" }, hasFrom: true, hasTo: true, fromDeprecated: null, channelTags: ["latest"] }] },
    release: {
      forge: "GitHub octo-org/sample",
      from: { id: 2, tag: "v1.5.0", name: "v1.5.0", body: "notes of 1.5.0", immutable: false, prerelease: false, url: "https://github.com/x/2" },
      to: { id: 1, tag: "v1.4.2", name: "v1.4.2", body: "notes of 1.4.2", immutable: false, prerelease: false, url: "https://github.com/x/1" },
      latest: "v1.5.0",
    },
    floatingTags: [{ name: "v1", object: X, commit: X, fitsTo: true, locked: false }],
    skipped: [],
    compatibility: { source: "none", fromState: null, toState: null, mode: null, rule: null },
    rollForwardMode: "auto",
    rollForward: { version: "1.5.1", tag: "v1.5.1", branch: "rollback/v1.5.1", mode: "restore", revertCommits: [], existing: null, distTag: "latest" },
    config: null,
    messages: { deprecation: "1.5.0 was rolled back to 1.4.2: exports corrupt files", releaseNote: "Rolled back to 1.4.2: exports corrupt files (#42)" },
    identity: { ...BOT_IDENTITY, source: "default" },
    ...overrides,
  };
}

describe("planRollback", () => {
  it("makes G Latest explicitly, marks X, moves v1 with a lease, moves latest back and deprecates X, forge first", () => {
    const { plan, rollsForward } = planRollback(facts());
    expect(rollsForward).toBe(false);
    expect(plan.effects.map((effect) => effect.id)).toEqual([
      "release-latest:v1.4.2",
      "release-note:v1.5.0",
      "floating-tag-move:origin/v1",
      "npm-dist-tag:sample/latest",
      "npm-deprecate:sample@1.5.0",
    ]);
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "release-latest", tag: "v1.4.2" }));
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "floating-tag-move", tag: "v1", commit: G, lease: X }));
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "npm-dist-tag", package: "sample", tag: "latest", version: "1.4.2", lease: "1.5.0" }));
    expect(plan.effects).toContainEqual(expect.objectContaining({ kind: "npm-deprecate", version: "1.5.0", message: "1.5.0 was rolled back to 1.4.2: exports corrupt files" }));
    const note = plan.effects.find((effect) => effect.kind === "release-note")!;
    expect(note).toMatchObject({ name: "v1.5.0 (rolled back)" });
    expect(String(note.body)).toMatch(/^<!-- cadence:rollback -->\nRolled back to 1\.4\.2: exports corrupt files \(#42\)\n<!-- \/cadence:rollback -->\n\nnotes of 1\.5\.0$/);
  });

  it("puts the npm writes first, and says so, when the registry cannot be asked whether the credentials may write", () => {
    const unchecked = planRollback(facts({ npm: { ...facts().npm!, writeChecked: false } }));
    expect(unchecked.plan.effects.map((effect) => effect.id)).toEqual([
      "npm-dist-tag:sample/latest",
      "npm-deprecate:sample@1.5.0",
      "release-latest:v1.4.2",
      "release-note:v1.5.0",
      "floating-tag-move:origin/v1",
    ]);
    expect(unchecked.notes.join("\n")).toMatch(/npm: whether the npm credentials may change the packages cannot be asked .* so the npm writes come first/);
    const undo = planRollback(facts({ mode: "undo", npm: { ...facts().npm!, writeChecked: false, packages: [{ ...facts().npm!.packages[0]!, distTags: { latest: "1.4.2" } }] } }));
    expect(undo.plan.effects.map((effect) => effect.kind).slice(0, 2)).toEqual(["npm-dist-tag", "npm-deprecate"]);
    expect(planRollback(facts()).notes.join("\n")).not.toMatch(/npm writes come first/);
  });

  it("has the same plan hash after some effects are done, so an approved plan still applies on the re-run", () => {
    const before = planHash(planRollback(facts()).plan);
    const halfway = facts({
      npm: { ...facts().npm!, packages: [{ ...facts().npm!.packages[0]!, distTags: { latest: "1.4.2" }, fromDeprecated: "1.5.0 was rolled back to 1.4.2: exports corrupt files" }] },
      release: { ...facts().release!, latest: "v1.4.2", from: { ...facts().release!.from!, name: "v1.5.0 (rolled back)", body: markedBody("notes of 1.5.0", "Rolled back") } },
      floatingTags: [{ name: "v1", object: G, commit: G, fitsTo: true, locked: false }],
    });
    expect(planRollback(halfway).plan.effects.map((effect) => effect.id)).toEqual(planRollback(facts()).plan.effects.map((effect) => effect.id));
    expect(planHash(planRollback(halfway).plan)).toBe(before);
    // Someone else's change is not folded away: the plan is stale.
    const moved = facts({ floatingTags: [{ name: "v1", object: OTHER, commit: OTHER, fitsTo: true, locked: false }] });
    expect(planHash(planRollback(moved).plan)).not.toBe(before);
    expect(planRollback(moved).notes).toContain(`floating-tags: v1 points at ${OTHER.slice(0, 12)}, not at v1.5.0: left as it is`);
  });

  it("leaves Latest alone when X is not Latest", () => {
    const { plan, notes } = planRollback(facts({ release: { ...facts().release!, latest: "v2.0.0" } }));
    expect(plan.effects.map((effect) => effect.kind)).not.toContain("release-latest");
    expect(notes).toContain("github-release: Latest is v2.0.0, not v1.5.0: left as it is");
  });

  it("rolls forward when a floating tag names a line G is not on, or X's release is immutable", () => {
    const lines = planRollback(facts({ floatingTags: [{ name: "v1.5", object: X, commit: X, fitsTo: false, locked: false }] }));
    expect(lines.rollsForward).toBe(true);
    expect(lines.rollForwardReasons).toEqual(["the floating tag v1.5 names a line 1.4.2 is not on, so it cannot move back to it"]);
    expect(lines.plan.effects.map((effect) => effect.id)).toEqual(["roll-forward-commit:rollback/v1.5.1", "roll-forward-publish:v1.5.1", "release-note:v1.5.0", "npm-deprecate:sample@1.5.0"]);
    expect(lines.plan.effects[0]).toMatchObject({ parent: X, base: G, mode: "restore", identity: { name: "github-actions[bot]" } });
    expect(String(lines.plan.effects[0]!.message)).toContain("Rollback-From: 1.5.0\nRollback-To: 1.4.2");
    expect(lines.plan.effects[1]).toMatchObject({ distTag: "latest", release: true, npm: ["sample"], floatingTags: true });

    const immutable = planRollback(facts({ release: { ...facts().release!, from: { ...facts().release!.from!, immutable: true } } }));
    expect(immutable.rollsForward).toBe(true);
    expect(immutable.rollForwardReasons).toEqual(["the release v1.5.0 is immutable: its tag and assets stay as published"]);
  });

  it("rolls forward when a floating tag is itself an immutable release's tag", () => {
    const locked = planRollback(facts({ floatingTags: [{ name: "v1", object: X, commit: X, fitsTo: true, locked: true }] }));
    expect(locked.rollsForward).toBe(true);
    expect(locked.rollForwardReasons).toEqual(["the floating tag v1 is the tag of an immutable release and cannot move"]);
  });

  it("with roll-forward off: an immutable release is rolled back in place, a tag that cannot move is refused", () => {
    const immutable = planRollback(facts({ rollForwardMode: "never", release: { ...facts().release!, from: { ...facts().release!.from!, immutable: true } } }));
    expect(immutable.rollsForward).toBe(false);
    expect(immutable.plan.effects.map((effect) => effect.kind)).toContain("release-latest");
    expect(() => planRollback(facts({ rollForwardMode: "never", floatingTags: [{ name: "v1.5", object: X, commit: X, fitsTo: false, locked: false }] }))).toThrow(/leave the floating-tags channel out/);
    expect(planRollback(facts({ rollForwardMode: "never", chosen: ["npm"], floatingTags: [{ name: "v1.5", object: X, commit: X, fitsTo: false, locked: false }] })).rollsForward).toBe(false);
  });

  it("a partial rollback touches only the chosen channels", () => {
    const { plan } = planRollback(facts({ decision: decide(undefined, undefined, "partial"), chosen: ["npm"] }));
    expect(plan.effects.map((effect) => effect.kind)).toEqual(["npm-dist-tag", "npm-deprecate"]);
  });

  it("refuses when G is missing from a channel being rolled back", () => {
    expect(() => planRollback(facts({ release: { ...facts().release!, to: null } }))).toThrow(/v1\.4\.2 has no published release/);
    expect(() => planRollback(facts({ npm: { ...facts().npm!, packages: [{ ...facts().npm!.packages[0]!, hasTo: false }] } }))).toThrow(/sample@1\.4\.2 is not on http:\/\/127\.0\.0\.1:1\//);
  });

  it("refuses when G cannot read the state X wrote, naming the migration", () => {
    const compatibility = { source: "v1.5.0:.github/cadence.yml", fromState: "state-v2", toState: "state-v1", mode: "migration" as const, rule: "{release: 1.4.x, state: state-v2, mode: migration}" };
    expect(() => planRollback(facts({ compatibility }))).toThrow(ConfigurationError);
    expect(() => planRollback(facts({ compatibility }))).toThrow(/1\.4\.2 cannot read the state state-v2 that 1\.5\.0 wrote.*Migrate the state from state-v2 back to state-v1/);
    expect(() => planRollback(facts({ compatibility: { ...compatibility, mode: null, rule: null } }))).toThrow(/no rule of the compatibility matrix lets 1\.4\.2 read state-v2/);
    expect(planRollback(facts({ compatibility: { ...compatibility, mode: "read-only" } })).plan.effects.length).toBeGreaterThan(0);
  });

  it("undo puts X back where the rollback put G, and takes the marks away", () => {
    const after = facts({
      mode: "undo",
      npm: { ...facts().npm!, packages: [{ ...facts().npm!.packages[0]!, distTags: { latest: "1.4.2" }, fromDeprecated: "gone" }] },
      release: { ...facts().release!, latest: "v1.4.2", from: { ...facts().release!.from!, name: "v1.5.0 (rolled back)", body: markedBody("notes of 1.5.0", "Rolled back") } },
      floatingTags: [{ name: "v1", object: G, commit: G, fitsTo: true, locked: false }],
    });
    const { plan } = planRollback(after);
    expect(plan.effects).toEqual([
      expect.objectContaining({ kind: "release-latest", tag: "v1.5.0" }),
      expect.objectContaining({ kind: "release-note", name: "v1.5.0", body: "notes of 1.5.0" }),
      expect.objectContaining({ kind: "floating-tag-move", tag: "v1", commit: X, lease: G }),
      expect.objectContaining({ kind: "npm-dist-tag", tag: "latest", version: "1.5.0", lease: "1.4.2" }),
      expect.objectContaining({ kind: "npm-deprecate", version: "1.5.0", message: "" }),
    ]);
  });

  it("a config rollback commits the files G had, and nothing else", () => {
    const config = { files: [{ path: "config/app.yml", toBlob: "1".repeat(40), currentBlob: "2".repeat(40) }, { path: "config/same.yml", toBlob: "3".repeat(40), currentBlob: "3".repeat(40) }], delivery: "commit" as const, branch: "rollback/config-1.5.0", pullRequests: null };
    const { plan, rows } = planRollback(facts({ decision: decide(undefined, undefined, "config"), config }));
    expect(plan.effects.map((effect) => effect.id)).toEqual(["config-commit:main", "config-push:origin/main"]);
    expect(plan.effects[0]).toMatchObject({ files: [{ path: "config/app.yml", blob: "1".repeat(40) }], parent: X, source: G });
    expect(rows.map((row) => row.item)).toEqual(["config/app.yml"]);
    const pull = planRollback(facts({ decision: decide(undefined, undefined, "config"), config: { ...config, delivery: "pull-request", pullRequests: "octo-org/sample" } }));
    expect(pull.plan.effects.map((effect) => effect.id)).toEqual(["config-commit:rollback/config-1.5.0", "config-push:origin/rollback/config-1.5.0", "config-pull-request:rollback/config-1.5.0"]);
    expect(pull.plan.effects[2]).toMatchObject({ head: "rollback/config-1.5.0", base: "main", title: "fix(config): roll back config/app.yml to 1.4.2" });
  });
});
