import { SemVer } from "semver";
import { describe, expect, it } from "vitest";
import type { RawCommit } from "../commits/types.js";
import { defaultVersioning } from "../config/defaults.js";
import type { BranchLine, PackageConfig, VersioningConfig } from "../config/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { VersionTag } from "../version/tags.js";
import { decidePackage, resolveLine, type DecideInput } from "./decide.js";

let counter = 0;
function raw(message: string, sha?: string): RawCommit {
  counter++;
  return { sha: sha ?? counter.toString(16).padStart(40, "0"), parents: [], authorName: "A", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message };
}
const tagOf = (version: string, prefix = "v"): VersionTag => ({ name: `${prefix}${version}`, sha: "f".repeat(40), version: new SemVer(version) });
const root: PackageConfig = { name: ".", path: ".", tagPrefix: "v", manifests: [] };

function decide(messages: string[], change: Partial<DecideInput> & { versioning?: Partial<VersioningConfig>; previous?: string } = {}) {
  const { versioning, previous, ...rest } = change;
  const base = previous ? tagOf(previous) : undefined;
  return decidePackage({
    pkg: root,
    config: { ...defaultVersioning(), ...versioning },
    line: {},
    reachable: base ? [base] : [],
    ...(base ? { base, lastStable: base } : {}),
    commits: messages.map((message) => raw(message)),
    existing: new Set(base ? [base.version.version] : []),
    ...rest,
  });
}

describe("decidePackage", () => {
  it("takes the highest level of the commits and names the commits that decided it", () => {
    const decision = decide(["docs: x", "fix: y", "feat(api): z"], { previous: "1.4.2" });
    expect(decision).toMatchObject({ previous: "1.4.2", next: "1.5.0", tag: "v1.5.0", bump: "minor", level: "minor", commitCount: 3 });
    expect(decision.decisive.map((verdict) => verdict.commit.header)).toEqual(["feat(api): z"]);
  });

  it("releases nothing when no commit asks for it", () => {
    const decision = decide(["docs: x", "chore: y"], { previous: "1.4.2" });
    expect(decision.next).toBeUndefined();
    expect(decision.bump).toBe("none");
  });

  it("lets a commit and its revert cancel out, leaving nothing to release", () => {
    const feat = raw("feat: add x");
    const revert = raw(`Revert "feat: add x"\n\nThis reverts commit ${feat.sha}.`);
    const decision = decide([], { previous: "1.4.2", commits: [revert, feat] });
    expect(decision.next).toBeUndefined();
    expect(decision.cancelledReverts).toHaveLength(1);
  });

  it("below 1.0.0 releases a breaking change as a minor by default", () => {
    expect(decide(["feat!: x"], { previous: "0.3.1" }).next).toBe("0.4.0");
    expect(decide(["feat!: x"], { previous: "0.3.1", versioning: { preMajor: { breaking: "major", feature: "minor" } } }).next).toBe("1.0.0");
  });

  it("a bump input wins over the commits and the 0.x adjustment", () => {
    expect(decide(["docs: x"], { previous: "1.4.2", bump: "minor" })).toMatchObject({ next: "1.5.0", override: "bump input (minor)" });
    expect(decide(["fix: x"], { previous: "0.9.3", bump: "major" }).next).toBe("1.0.0");
  });

  it("a release-as input wins and must be above the previous release", () => {
    expect(decide(["fix: x"], { previous: "1.4.2", releaseAs: "3.0.0" })).toMatchObject({ next: "3.0.0", bump: "major", override: "release-as input" });
    expect(() => decide(["fix: x"], { previous: "1.4.2", releaseAs: "1.4.2" })).toThrow(/not above the previous release 1\.4\.2/);
  });

  it("refuses a release-as version already tagged elsewhere", () => {
    expect(() => decide(["fix: x"], { previous: "1.4.2", releaseAs: "1.6.0", existing: new Set(["1.4.2", "1.6.0"]) })).toThrow(ConfigurationError);
  });

  it("honours a Release-As footer once; an older one is already released", () => {
    expect(decide(["fix: x", "chore: cut\n\nRelease-As: 2.0.0"], { previous: "1.4.2" })).toMatchObject({ next: "2.0.0", override: "Release-As footer" });
    expect(decide(["fix: x", "chore: cut\n\nRelease-As: 1.0.0"], { previous: "1.4.2" }).next).toBe("1.4.3");
  });

  it("reads the seed's build-metadata form in a Release-As footer, and ignores a footer that is no version", () => {
    expect(decide(["chore: cut\n\nRelease-As: 2.0.0+state-v2+prompts-v17"], { previous: "1.4.2" }).next).toBe("2.0.0+state-v2.prompts-v17");
    expect(decide(["fix: x\n\nRelease-As: soon"], { previous: "1.4.2" }).next).toBe("1.4.3");
  });

  it("ignores a Release-As footer whose commit was reverted", () => {
    const cut = raw("chore: cut\n\nRelease-As: 2.0.0");
    const revert = raw(`Revert "chore: cut"\n\nThis reverts commit ${cut.sha}.`);
    const fix = raw("fix: y");
    expect(decide([], { previous: "1.4.2", commits: [fix, revert, cut] }).next).toBe("1.4.3");
  });

  it("uses the configured release-as until it is reached", () => {
    expect(decide(["fix: x"], { previous: "1.4.2", versioning: { releaseAs: "2.0.0" } })).toMatchObject({ next: "2.0.0", override: "release-as in configuration" });
    expect(decide(["fix: x"], { previous: "2.0.0", versioning: { releaseAs: "2.0.0" } }).next).toBe("2.0.1");
  });

  it("appends build metadata to the version and keeps it out of the tag", () => {
    const decision = decide(["fix: x"], { previous: "1.2.2", versioning: { buildMetadata: ["state-v2", "prompts-v17"] } });
    expect(decision.next).toBe("1.2.3+state-v2.prompts-v17");
    expect(decision.tag).toBe("v1.2.3");
  });

  it("on an rc line counts the channel up from the last rc", () => {
    const rc = tagOf("1.2.0-rc.1");
    const decision = decidePackage({
      pkg: root,
      config: defaultVersioning(),
      line: { channel: "rc" },
      reachable: [rc, tagOf("1.1.0")],
      base: rc,
      lastStable: tagOf("1.1.0"),
      commits: [raw("fix: y")],
      existing: new Set(["1.1.0", "1.2.0-rc.1"]),
    });
    expect(decision).toMatchObject({ previous: "1.2.0-rc.1", next: "1.2.0-rc.2", bump: "prerelease", tag: "v1.2.0-rc.2" });
  });

  it("on the main line promotes the highest release candidate above the last stable version", () => {
    const stable = tagOf("1.1.0");
    const rc = tagOf("1.2.0-rc.3");
    const promote = (messages: string[]) =>
      decidePackage({
        pkg: root,
        config: defaultVersioning(),
        line: {},
        reachable: [rc, stable],
        base: stable,
        lastStable: stable,
        commits: messages.map((message) => raw(message)),
        existing: new Set(["1.1.0", "1.2.0-rc.3"]),
      });
    // The rc was cut with a bump input; the commits alone ask for a patch.
    expect(promote(["fix: y"])).toMatchObject({ next: "1.2.0", bump: "minor", override: "promotion of 1.2.0-rc.3" });
    expect(promote(["feat!: z"])).toMatchObject({ next: "2.0.0", bump: "major" });
    expect(promote(["docs: x"]).next).toBeUndefined();
  });

  it("on a maintenance line refuses a feature", () => {
    expect(() => decide(["feat: x"], { previous: "1.4.2", line: { branch: "release/v1.4", range: ">=1.4.0 <1.5.0" } })).toThrow(/outside the maintenance line release\/v1\.4/);
    expect(decide(["fix: x"], { previous: "1.4.2", line: { branch: "release/v1.4", range: ">=1.4.0 <1.5.0" } }).next).toBe("1.4.3");
  });
});

describe("resolveLine", () => {
  const branches: BranchLine[] = [{ name: "main" }, { name: "next", prerelease: "rc" }, { name: "release/v*", maintenance: true }, { name: "legacy", range: "1.x" }];

  it("without configured lines, any branch releases on the main line", () => {
    expect(resolveLine([], "feature/x", undefined)).toEqual({ branch: "feature/x" });
    expect(resolveLine([], undefined, "beta")).toEqual({ channel: "beta" });
  });

  it("finds the line of the branch by name or glob", () => {
    expect(resolveLine(branches, "main", undefined)).toEqual({ branch: "main" });
    expect(resolveLine(branches, "next", undefined)).toEqual({ branch: "next", channel: "rc" });
    expect(resolveLine(branches, "release/v1.4", undefined)).toEqual({ branch: "release/v1.4", range: ">=1.4.0 <1.5.0" });
    expect(resolveLine(branches, "legacy", undefined)).toEqual({ branch: "legacy", range: "1.x" });
    expect(resolveLine(branches, "main", "beta")).toEqual({ branch: "main", channel: "beta" });
  });

  it("refuses a branch that is no release line, and a detached HEAD, saying what to do", () => {
    expect(() => resolveLine(branches, "feature/x", undefined)).toThrow(/'feature\/x' is not a release line; the configured lines are: main, next, release\/v\*, legacy/);
    expect(() => resolveLine(branches, undefined, undefined)).toThrow(/HEAD is detached.*--branch/);
  });
});
