import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { runCli } from "../support/runner.js";

const NO_TOKENS = { GITHUB_TOKEN: "", GH_TOKEN: "", NODE_AUTH_TOKEN: "", NPM_TOKEN: "", GITHUB_ACTIONS: "" };
const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((remove) => remove()));

function fixture(): ReleaseRepo {
  const made = releaseRepo({ packageName: "cli-contract-pkg" });
  cleanup.push(() => made.remove());
  return made;
}

describe("cadence publish (the CLI contract)", () => {
  it("--dry-run --json prints the plan's facts and writes nothing", async () => {
    const { repo, remoteRefs } = fixture();
    const refs = repo.git("for-each-ref") + remoteRefs();
    const run = await runCli(["publish", "--dry-run", "--json"], { cwd: repo.dir, env: NO_TOKENS });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ tag: "v1.5.0", version: "1.5.0", releaseUrl: null, published: [], skipped: [], dryRun: true });
    expect(json.planHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.effects.map((effect: { kind: string }) => effect.kind)).toEqual(["git-tag", "release-draft", "git-push-branch", "git-push-tag", "release-publish"]);
    expect(repo.git("for-each-ref") + remoteRefs()).toBe(refs);
    expect(existsSync(join(repo.dir, ".git", "cadence"))).toBe(false);
  });

  it("without a token releases into the local forge, and a re-run lists everything as skipped", async () => {
    const { repo, remoteRefs } = fixture();
    const first = await runCli(["publish", "--json"], { cwd: repo.dir, env: NO_TOKENS });
    expect(first.exitCode, first.stderr).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json.releaseUrl).toBe(join(repo.dir, ".git", "cadence", "releases", "v1.5.0"));
    expect(JSON.parse(readFileSync(join(json.releaseUrl, "release.json"), "utf8"))).toMatchObject({ tag: "v1.5.0", draft: false });
    expect(json.skipped).toEqual([]);
    expect(remoteRefs()).toContain("refs/tags/v1.5.0");
    const again = await runCli(["publish", "--json"], { cwd: repo.dir, env: NO_TOKENS });
    expect(again.exitCode, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout);
    expect(second.tag).toBe("v1.5.0");
    expect(second.skipped).toEqual(["git-tag:v1.5.0", "release-draft:v1.5.0", "git-push-branch:origin/main", "git-push-tag:origin/v1.5.0", "release-publish:v1.5.0"]);
  });

  it("works in a repository without a remote: the tag stays local", async () => {
    const repo = TestRepo.create();
    cleanup.push(() => repo.remove());
    repo.commit("feat: first feature");
    const run = await runCli(["publish", "--json"], { cwd: repo.dir, env: NO_TOKENS });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ tag: "v1.0.0", published: [] });
    expect(run.stderr).toContain("there is no git remote 'origin'");
    expect(repo.git("cat-file", "-t", "v1.0.0").trim()).toBe("tag");
  });

  it("reports a bad flag value plainly", async () => {
    const { repo } = fixture();
    const run = await runCli(["publish", "--dist-tag", "1.x", "--dry-run"], { cwd: repo.dir, env: NO_TOKENS });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("dist-tag must be a name such as latest");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
