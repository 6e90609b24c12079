import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { TestRepo } from "../support/git-repo.js";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { runAction } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// What publish finds out while planning, before it tags anything: in a dry-run as in apply.
const TOKEN = "ghs_preflightToken31";
let registry: TestRegistry;
const repos: ReleaseRepo[] = [];
const emulators: GitHubEmulator[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});
afterEach(async () => {
  for (const emulator of emulators.splice(0)) await emulator.close();
});

let counter = 0;
async function setup() {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  emulators.push(emulator);
  const model = emulator.state.addRepo("octo-org/sample");
  const name = `preflight-pkg-${process.pid}-${counter++}`;
  const fixture = releaseRepo({ packageName: name });
  repos.push(fixture);
  const run = (inputs: Record<string, string> = {}) =>
    runAction("publish", {
      workspace: fixture.repo.dir,
      inputs: { "github-token": TOKEN, "registry-url": registry.url, "npm-token": registry.token, ...inputs },
      env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "octo-org/sample" },
    });
  const digest = async () =>
    JSON.stringify([
      fixture.repo.git("for-each-ref", "--format=%(refname) %(objectname)"),
      fixture.remoteRefs(),
      JSON.stringify(releasesOf(emulator.state, model)),
      await registry.digest([name]),
    ]);
  return { fixture, name, run, digest, releases: () => releasesOf(emulator.state, model).releases };
}

describe("publish releases what the tagged commit holds", () => {
  it("refuses uncommitted edits npm would pack, in a dry-run and in apply, changing nothing", async () => {
    const { fixture, run, digest } = await setup();
    writeFileSync(join(fixture.repo.dir, "index.js"), "module.exports = 'edited, never committed';\n");
    const before = await digest();
    for (const inputs of [{ "dry-run": "true" }, {}] as Array<Record<string, string>>) {
      const result = await run(inputs);
      expect(result.exitCode, result.stdout).toBe(1);
      expect(result.stdout).toMatch(/::error::npm would pack uncommitted edits \(index\.js\), which the tagged commit [0-9a-f]{12} does not hold/);
    }
    expect(await digest()).toBe(before);
  });

  it("refuses to tag HEAD while the release changes are not committed", async () => {
    const { fixture, run, digest } = await setup();
    // version-bump and the changelog ran without release-commit: the files changed, HEAD did not.
    fixture.repo.git("reset", "-q", "--soft", "HEAD~1");
    fixture.repo.write("CHANGELOG.md", "# Changelog\n\n## 1.5.0\n\n- the export endpoint\n");
    fixture.repo.write("docs/releases/1.5.0/release-notes.md", "# 1.5.0\n");
    const before = await digest();
    const result = await run({ version: "1.5.0", "dry-run": "true" });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/::error::the release changes are not committed \(.*package\.json.*\): publish tags HEAD \([0-9a-f]{12}\), which would name the commit before them/);
    expect(result.stdout).toContain("CHANGELOG.md");
    expect(result.stdout).toContain("docs/releases/1.5.0/release-notes.md");
    expect(await digest()).toBe(before);
  });

  it("ignores build output git ignores and files outside the package's release paths", async () => {
    const { fixture, run } = await setup();
    fixture.repo.write(".gitignore", "build/\n");
    fixture.repo.git("add", ".gitignore");
    fixture.repo.git("commit", "-q", "--amend", "--no-edit");
    fixture.repo.write("build/out.js", "built\n");
    const result = await run({ "dry-run": "true" });
    expect(result.exitCode, result.stdout).toBe(0);
  });
});

describe("publish's dry-run reports what would stop the release", () => {
  it("an npm token the registry refuses", async () => {
    const { run, digest } = await setup();
    const before = await digest();
    const result = await run({ "dry-run": "true", "npm-token": "not-a-token-the-registry-knows" });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout).toContain(`the registry ${registry.url}`);
    expect(result.stdout).toMatch(/refused the credentials|does not accept the npm credentials/);
    expect(await digest()).toBe(before);
  });

  it("a remote branch that moved on", async () => {
    const { fixture, run, digest } = await setup();
    const other = TestRepo.create({ prefix: "cadence-preflight-other-" });
    try {
      other.git("fetch", "-q", `file://${fixture.remote}`, "main");
      other.git("checkout", "-q", "FETCH_HEAD");
      other.commit("fix: pushed meanwhile");
      other.git("push", "-q", `file://${fixture.remote}`, "HEAD:refs/heads/main");
    } finally {
      other.remove();
    }
    const before = await digest();
    const result = await run({ "dry-run": "true" });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/::error::origin\/main moved on while this release was prepared/);
    expect(await digest()).toBe(before);
  });
});

describe("publish's GitHub release body", () => {
  it("is cut to GitHub's 125,000 characters with a link to the full notes, where GitHub would refuse it", async () => {
    const { fixture, run, releases } = await setup();
    const line = "- **api:** one of very many changes in this release, described at some length\n";
    const notes = `# Release Notes: v1.5.0\n\n${line.repeat(Math.ceil(130_000 / line.length))}`;
    fixture.repo.write("RELEASE_NOTES.md", notes);
    fixture.repo.git("add", "RELEASE_NOTES.md");
    fixture.repo.git("commit", "-q", "--amend", "--no-edit");
    const result = await run({ "notes-file": "RELEASE_NOTES.md" });
    expect(result.exitCode, result.stdout).toBe(0);
    const [release] = releases();
    expect(release.body!.length).toBeLessThanOrEqual(125_000);
    expect(notes.startsWith(release.body!.split("\n\n> ")[0]!)).toBe(true);
    expect(release.body).toContain("https://github.com/octo-org/sample/blob/v1.5.0/RELEASE_NOTES.md");
  });
});
