import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bump, bumpError, packageJson, repositories } from "./version-bump-harness.js";

const newRepo = repositories();

function released(version = "1.4.2") {
  const repo = newRepo();
  repo.commit(`chore(release): ${version}`, "package.json", packageJson(version));
  repo.tag(`v${version}`);
  return repo;
}

describe("version-bump's rules on real repositories", () => {
  it("reads only the header of a squash merge: its body's conventional lines are not commits", async () => {
    const repo = released();
    repo.commit("docs: rewrite the guide (#31)\n\n* feat!: drop the v1 API\n\n* feat: add export\n\nfix: a thing");
    const result = await bump(repo, { dryRun: true });
    expect(result.packages[0]).toMatchObject({ commitCount: 1, bump: "none" });
    expect(result.packages[0]!.next).toBeUndefined();
  });

  it("parses CRLF messages and headers with stray whitespace", async () => {
    const repo = released();
    repo.commit("  feat (api) : add export\r\n\r\nBody.\r\n");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBe("1.5.0");
  });

  it("a breaking footer in either spelling releases a major", async () => {
    const repo = released();
    repo.commit("refactor: move the config\n\nBREAKING-CHANGE: the config file moved to .github/");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ next: "2.0.0", bump: "major" });
  });

  it("a feature and its GitHub revert, `(#N)` on both, cancel out", async () => {
    const repo = released();
    repo.commit("fix: keep this one (#10)");
    const feat = repo.commit("feat: add export (#11)");
    repo.commit(`Revert "feat: add export (#11)" (#12)\n\nThis reverts commit ${feat}.`);
    const decision = (await bump(repo, { dryRun: true })).packages[0]!;
    expect(decision).toMatchObject({ next: "1.4.3", bump: "patch" });
    expect(decision.cancelledReverts).toHaveLength(1);
  });

  it("a lone revert follows reverts.lone; a revert of a revert brings the feature back", async () => {
    const repo = released();
    repo.commit('Revert "feat: older feature"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.');
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBe("1.4.3");
    repo.write(".github/cadence.yml", "versioning:\n  reverts: { lone: none }\n");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBeUndefined();

    const again = released("2.0.0");
    const feat = again.commit("feat: add export");
    again.git("revert", "--no-edit", feat);
    const revert = again.head();
    again.git("revert", "--no-edit", revert);
    expect((await bump(again, { dryRun: true })).packages[0]).toMatchObject({ next: "2.1.0", commitCount: 3 });
  });

  it("custom rules: build → patch, docs(readme) → patch, in the documented order", async () => {
    const repo = released();
    repo.write(".github/cadence.yml", "versioning:\n  rules:\n    - { type: build, release: patch }\n    - { type: docs, scope: readme, release: patch }\n");
    repo.commit("docs(guide): typo");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBeUndefined();
    repo.commit("docs(readme): typo");
    const result = await bump(repo, { dryRun: true });
    expect(result.packages[0]!.next).toBe("1.4.3");
    expect(result.packages[0]!.decisive.map((verdict) => verdict.reason)).toEqual(["custom rule: type docs, scope readme → patch"]);
  });

  it("below 1.0.0 a breaking change bumps the minor, unless configured", async () => {
    const repo = released("0.3.1");
    repo.commit("feat!: new storage");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBe("0.4.0");
    repo.write(".github/cadence.yml", "versioning:\n  pre-major: { breaking: major }\n");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBe("1.0.0");
  });

  it("a Release-As footer and a release-as input override the commits", async () => {
    const repo = released();
    repo.commit("chore: prepare 3.0\n\nRelease-As: 3.0.0");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ next: "3.0.0", override: "Release-As footer" });
    expect((await bump(repo, { dryRun: true, releaseAs: "4.0.0+state-v2+prompts-v17" })).packages[0]).toMatchObject({
      next: "4.0.0+state-v2.prompts-v17",
      tag: "v4.0.0",
    });
  });

  it("build metadata from the configuration is written into package.json as valid SemVer", async () => {
    const repo = released("1.2.2");
    repo.write(".github/cadence.yml", "versioning:\n  build-metadata: { state: v2, prompts: v17 }\n");
    repo.commit("fix: y");
    const result = await bump(repo);
    expect(result.packages[0]).toMatchObject({ next: "1.2.3+state-v2.prompts-v17", tag: "v1.2.3" });
    expect(JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")).version).toBe("1.2.3+state-v2.prompts-v17");
  });

  it("ignores tags that are not versions with a notice, and refuses when nothing else is left", async () => {
    const repo = released();
    repo.tag("vnext");
    repo.commit("fix: y");
    const result = await bump(repo, { dryRun: true });
    expect(result.packages[0]!.next).toBe("1.4.3");
    expect(result.reporter.annotations).toContainEqual({ level: "notice", message: "ignored tags that are not versions: vnext" });

    const odd = newRepo();
    odd.commit("feat: first");
    odd.tag("v1");
    odd.tag("vlatest");
    const error = await bumpError(odd, { dryRun: true });
    expect(error.message).toMatch(/no tag is a version: found (v1, vlatest|vlatest, v1) with prefix 'v'.*versioning.tag-prefix/);
  });

  it("does not start again at 1.0.0 when the release tags use another prefix: it names the prefix to set", async () => {
    const repo = newRepo();
    repo.commit("chore: 1.4.2", "package.json", packageJson("1.4.2"));
    repo.tag("release-1.4.2");
    repo.commit("fix: y");
    const error = await bumpError(repo, { dryRun: true });
    expect(error.message).toMatch(/no release tag starts with the prefix 'v', but the tag release-1\.4\.2 looks like a release\. Set versioning\.tag-prefix to 'release-'/);
    repo.write(".github/cadence.yml", "versioning:\n  tag-prefix: release-\n");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ previous: "1.4.2", next: "1.4.3", tag: "release-1.4.3" });
  });
});
