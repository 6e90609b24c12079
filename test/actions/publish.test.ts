import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { TestRepo } from "../support/git-repo.js";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { makeKeys } from "../capsule/fixtures.js";
import { runAction, runCli } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

const TOKEN = "ghs_actionPublishToken77";
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
const temps: string[] = [];
afterEach(async () => {
  for (const emulator of emulators.splice(0)) await emulator.close();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
async function setup() {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  emulators.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  const name = `action-pkg-${process.pid}-${counter++}`;
  const fixture = releaseRepo({ packageName: name, action: true, asset: true });
  repos.push(fixture);
  const run = (inputs: Record<string, string> = {}, runnerTemp?: string) =>
    runAction("publish", {
      workspace: fixture.repo.dir,
      ...(runnerTemp ? { runnerTemp } : {}),
      inputs: { "github-token": TOKEN, assets: "dist/*.txt", "registry-url": registry.url, "npm-token": registry.token, ...inputs },
      env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: "octo-org/sample" },
    });
  /** Git refs here and on the remote, the emulator's releases and the registry's package: everything publish could change. */
  const digest = async () =>
    JSON.stringify([
      fixture.repo.git("for-each-ref", "--format=%(refname) %(objectname)"),
      fixture.remoteRefs(),
      JSON.stringify(releasesOf(emulator.state, repo)),
      await registry.digest([name]),
    ]);
  return { emulator, repo, fixture, name, run, digest, releases: () => releasesOf(emulator.state, repo).releases };
}

describe("the publish bundle, run as the runner runs it", () => {
  it("dry-run prints the whole plan and changes nothing; apply with that plan hash releases everywhere", async () => {
    const { fixture, name, run, digest, releases } = await setup();
    const before = await digest();
    const dry = await run({ "dry-run": "true" });
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(await digest()).toBe(before);
    expect(dry.outputs).toMatchObject({ tag: "v1.5.0", version: "1.5.0", "evidence-path": "", "release-url": "", skipped: "[]" });
    for (const step of ["create the annotated tag v1.5.0", "as a draft", "upload dist/app.txt", "push the tag v1.5.0", `publish ${name}@1.5.0`, "as Latest", "floating tag v1 ", "floating tag v1.5 "]) {
      expect(dry.summary).toContain(step);
    }

    const apply = await run({ "plan-hash": dry.outputs["plan-hash"]! });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(apply.outputs["plan-hash"]).toBe(dry.outputs["plan-hash"]);
    const [release] = releases();
    expect(apply.outputs).toMatchObject({ tag: "v1.5.0", "release-url": "https://github.com/octo-org/sample/releases/tag/v1.5.0", "release-id": String(release!.id) });
    expect(JSON.parse(apply.outputs["published-packages"]!)).toEqual([
      { name, version: "1.5.0", folder: ".", distTag: "latest", registry: registry.url, provenance: false, status: "done" },
    ]);
    expect(release).toMatchObject({ draft: false, latest: true });
    expect((await registry.packument(name))!["dist-tags"]).toEqual({ latest: "1.5.0" });
    expect(fixture.remoteRefs()).toMatch(/refs\/tags\/v1 /);
    // The runner has no git identity: the annotated tag is by GitHub's bot, as the plan said.
    expect(dry.summary).toContain("create the annotated tag v1.5.0 on");
    expect(dry.summary).toContain("as github-actions[bot]");
    expect(fixture.repo.git("for-each-ref", "--format=%(taggername) %(taggeremail)", "refs/tags/v1.5.0").trim()).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    const evidence = parse(readFileSync(apply.outputs["evidence-path"]!, "utf8")).release_evidence;
    expect(evidence.distribution.channels).toEqual(["git:origin", "github-release", "npm:latest", "floating-tag:v1", "floating-tag:v1.5"]);
    expect(evidence.distribution.published_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(evidence.provenance.commit).toBe(fixture.repo.head());
    // ::add-mask:: is how the runner learns the secret; everything else must never show it.
    const logged = (apply.stdout + apply.stderr).split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(apply.stdout).toContain(`::add-mask::${TOKEN}`);
    const printed = logged.join("\n") + apply.summary + readFileSync(apply.outputs["evidence-path"]!, "utf8");
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(registry.token);
  });

  it("a dry-run after version-bump's dry-run plans the npm publish of the version only planned, and the same pre-release pair", async () => {
    // package.json still says 1.4.2: only the dry-run of version-bump before it knows 1.5.0.
    const { fixture, name, run, digest } = await setup();
    fixture.repo.git("reset", "-q", "--hard", "HEAD~1");
    const runnerTemp = mkdtempSync(join(tmpdir(), "cadence-publish-temp-"));
    temps.push(runnerTemp);
    const before = await digest();
    const bump = await runAction("version-bump", { workspace: fixture.repo.dir, runnerTemp, inputs: { "dry-run": "true" } });
    expect(bump.outputs.version).toBe("1.5.0");
    const dry = await run({ "dry-run": "true", version: "1.5.0" }, runnerTemp);
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(dry.summary).toContain(`publish ${name}@1.5.0 from . to ${registry.url}`);
    // Without the planned files the same dry-run says what is wrong, as the release would.
    const alone = await run({ "dry-run": "true", version: "1.5.0" });
    expect(alone.exitCode).toBe(1);
    expect(alone.stdout).toContain("package.json says version 1.4.2, but the release is 1.5.0");

    const rc = await runAction("version-bump", { workspace: fixture.repo.dir, runnerTemp, inputs: { "dry-run": "true", prerelease: "rc" } });
    expect(rc.outputs.version).toBe("1.5.0-rc.1");
    const pre = await run({ "dry-run": "true", version: rc.outputs.version!, prerelease: "rc" }, runnerTemp);
    expect(pre.exitCode, pre.stdout + pre.stderr).toBe(0);
    expect(pre.summary).toContain(`publish ${name}@1.5.0-rc.1 from . to ${registry.url} with dist-tag rc`);
    expect(await digest()).toBe(before);
  });

  it("refuses a branch that moved on while the release was prepared, before anything is tagged or pushed", async () => {
    const { fixture, run, digest } = await setup();
    // Someone pushes to main meanwhile (during an approval): the release commit is not built on it.
    const other = TestRepo.create({ prefix: "cadence-publish-other-" });
    try {
      other.git("fetch", "-q", `file://${fixture.remote}`, "main");
      other.git("checkout", "-q", "FETCH_HEAD");
      other.commit("fix: pushed during the approval");
      other.git("push", "-q", `file://${fixture.remote}`, "HEAD:refs/heads/main");
    } finally {
      other.remove();
    }
    fixture.repo.git("fetch", "-q", "origin");
    const before = await digest();
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::origin\/main moved on while this release was prepared: it is at [0-9a-f]{12}, and the release commit [0-9a-f]{12} is not built on it\. Nothing was tagged or pushed/);
    expect(await digest()).toBe(before);
  });

  it("attaches the signed capsule, its envelope, signatures and SHA256SUMS from RUNNER_TEMP with the built assets", async () => {
    const { fixture, run, releases } = await setup();
    const runnerTemp = mkdtempSync(join(tmpdir(), "cadence-publish-temp-"));
    temps.push(runnerTemp);
    const keys = makeKeys(runnerTemp, "ed25519");
    // Out of the repository: npm never packs the capsule, git never sees it.
    const out = join(runnerTemp, "release-capsule");
    const capsule = await runAction("capsule-sign", { workspace: fixture.repo.dir, runnerTemp, inputs: { key: keys.privatePem, artifacts: "dist/app.txt", "out-dir": out, version: "1.5.0" } });
    expect(capsule.exitCode, capsule.stdout + capsule.stderr).toBe(0);
    const result = await run({ assets: `dist/*.txt\n${out}/*`, "npm-packages": "" }, runnerTemp);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const names = releases()[0]!.assets.map((asset) => asset.name).sort();
    expect(names).toEqual(expect.arrayContaining(["app.txt", "app.txt.sig", "SHA256SUMS", "SHA256SUMS.sig", "capsule-release-1.5.0.yaml", "capsule-release-1.5.0.dsse.json"]));
    expect(fixture.repo.git("status", "--porcelain", "--untracked-files=all")).not.toContain("capsule");

    // Absolute globs anywhere else are refused, naming the two places assets may come from.
    const outside = await run({ assets: "/etc/*", "dry-run": "true" }, runnerTemp);
    expect(outside.exitCode).toBe(1);
    // The one path rule (core inputs/paths.ts), refused when the inputs are read.
    expect(outside.stdout).toContain("::error::assets: '/etc/*' leads outside the repository; give a path inside the repository or the run's temporary folder (RUNNER_TEMP)");
  });

  it("refuses a stale plan with a clear message and changes nothing", async () => {
    const { fixture, run, digest } = await setup();
    const dry = await run({ "dry-run": "true" });
    fixture.repo.write("dist/app.txt", "rebuilt since the dry-run\n");
    const before = await digest();
    const apply = await run({ "plan-hash": dry.outputs["plan-hash"]! });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(/::error::the plan is stale/);
    expect(await digest()).toBe(before);
  });

  it("says so when the token is missing, never with a stack trace", async () => {
    const { run } = await setup();
    const result = await run({ "github-token": "" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::there is no GitHub token/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("refuses an asset glob that matches nothing", async () => {
    const { run, digest } = await setup();
    const before = await digest();
    const result = await run({ assets: "dist/*.txt\nbuild/*.zip" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::the asset glob 'build\/\*\.zip' matched no file/);
    expect(await digest()).toBe(before);
  });

  it("refuses a version already published with other content, before anything is tagged", async () => {
    const { fixture, name, run, digest } = await setup();
    // Someone published 1.5.0 from other files (committed: publish packs nothing uncommitted).
    fixture.repo.write("index.js", "module.exports = 'something else';\n");
    fixture.repo.git("commit", "-q", "-a", "-m", "chore: other files");
    const other = await runCli(["publish", "--npm", ".", "--registry", registry.url, "--no-release", "--remote", "origin", "--version", "1.5.0", "--no-floating-tags", "--json"], {
      cwd: fixture.repo.dir,
      env: { NODE_AUTH_TOKEN: registry.token, GITHUB_TOKEN: "" },
    });
    expect(other.exitCode, other.stderr).toBe(0);
    fixture.repo.git("push", "-q", "origin", ":refs/tags/v1.5.0");
    fixture.repo.git("tag", "-d", "v1.5.0");
    fixture.repo.git("reset", "-q", "--hard", "HEAD~1");
    const before = await digest();
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`::error::${name}@1.5.0 is already on ${registry.url} with other content`);
    expect(result.stdout).toContain("never overwritten");
    expect(await digest()).toBe(before);
  });
});
