import { generateKeyPairSync } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalForge } from "../../packages/core/src/forge/local.js";
import type { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { releasesOf } from "../support/github/routes/releases.js";
import { runAction, runCli } from "../support/runner.js";
import { monthOfReleases, rollbackRecord } from "./metrics-world.js";

const KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const NOW = ["--now", "2026-11-30T12:00:00Z", "--since", "2026-11-01"];

const repos: TestRepo[] = [];
const emulators: GitHubEmulator[] = [];
afterEach(async () => {
  repos.splice(0).forEach((repo) => repo.remove());
  for (const emulator of emulators.splice(0)) await emulator.close();
});

function project(): TestRepo {
  const repo = monthOfReleases();
  repos.push(repo);
  repo.write(".git/cadence/evidence/rollback-1.3.0-1.2.0-0123456789ab.yaml", rollbackRecord("1.3.0", "1.2.0", "2026-11-14T08:00:00Z", "corrupts saved files"));
  repo.write(".git/signing.pem", KEY);
  return repo;
}

const capsules = (repo: TestRepo) => (existsSync(join(repo.dir, "release-capsule")) ? readdirSync(join(repo.dir, "release-capsule")).sort() : []);

describe("cadence post-release", () => {
  it("plans the capsules of the releases whose seven days are over; a dry-run writes nothing", async () => {
    const repo = project();
    const run = await runCli(["post-release", "--dry-run", "--json", ...NOW], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.releases.map((item: { version: string; state: string; dueAt: string }) => [item.version, item.state, item.dueAt.slice(0, 10)])).toEqual([
      ["1.3.0", "due", "2026-11-20"],
      ["1.3.1", "due", "2026-11-24"],
      ["1.4.0", "waiting", "2026-12-04"],
    ]);
    expect(json.capsules).toEqual([
      expect.objectContaining({ version: "1.3.0", status: "planned" }),
      expect.objectContaining({ version: "1.3.1", status: "planned" }),
    ]);
    expect(capsules(repo)).toEqual([]);
  });

  it("signs each capsule once, with the release's metrics; a re-run writes nothing again", async () => {
    const repo = project();
    const first = await runCli(["post-release", "--key", ".git/signing.pem", "--json", ...NOW], { cwd: repo.dir });
    expect(first.exitCode, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).capsules.map((capsule: { status: string }) => capsule.status)).toEqual(["done", "done"]);
    expect(capsules(repo)).toEqual(expect.arrayContaining(["capsule-post-release-1.3.0.yaml", "capsule-post-release-1.3.0.dsse.json", "capsule-post-release-1.3.1.yaml"]));
    expect(capsules(repo).some((name) => name.includes("1.4.0"))).toBe(false);
    const capsule = readFileSync(join(repo.dir, "release-capsule", "capsule-post-release-1.3.0.yaml"), "utf8");
    expect(capsule).toContain("kind: POST-RELEASE");
    expect(capsule).toContain("Lead time RC cut to release: 25 h");
    expect(capsule).toContain("Rolled back: to 1.2.0 on 2026-11-14T08:00:00.000Z (SEV-1): corrupts saved files");
    expect(capsule).toContain("Critical issues in the first 48 hours: not measured (no GitHub token");
    expect(readFileSync(join(repo.dir, "release-capsule", "capsule-post-release-1.3.1.yaml"), "utf8")).toContain("Rolled back: no");
    const written = statSync(join(repo.dir, "release-capsule", "capsule-post-release-1.3.0.yaml")).mtimeMs;

    const again = await runCli(["post-release", "--key", ".git/signing.pem", "--json", ...NOW], { cwd: repo.dir });
    expect(again.exitCode, again.stderr).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json.capsules).toEqual([]);
    expect(json.releases.filter((item: { state: string }) => item.state === "written").map((item: { version: string }) => item.version)).toEqual(["1.3.0", "1.3.1"]);
    expect(statSync(join(repo.dir, "release-capsule", "capsule-post-release-1.3.0.yaml")).mtimeMs).toBe(written);
  });

  it("attaches the capsule to the release, and does not write it again from a fresh checkout", async () => {
    const repo = project();
    // Published an hour after its tag, as publish would have.
    const forge = new LocalForge(join(repo.dir, ".git", "cadence", "releases"), () => new Date("2026-11-17T11:00:00Z"));
    const draft = await forge.createDraftRelease({ tag: "v1.3.1", name: "v1.3.1", body: "", prerelease: false, commit: repo.git("rev-parse", "v1.3.1^{commit}").trim() });
    await forge.publishRelease(draft, { makeLatest: "true", prerelease: false });
    const run = await runCli(["post-release", "--key", ".git/signing.pem", ...NOW], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    const release = await forge.findPublishedRelease("v1.3.1");
    expect(release!.assets.map((asset) => asset.name).sort()).toEqual(["capsule-post-release-1.3.1.dsse.json", "capsule-post-release-1.3.1.sigstore.json", "capsule-post-release-1.3.1.yaml"]);
    // The tick's next day starts from a fresh checkout: only the release still has the capsule.
    rmSync(join(repo.dir, "release-capsule"), { recursive: true });
    const next = JSON.parse((await runCli(["post-release", "--key", ".git/signing.pem", "--json", ...NOW], { cwd: repo.dir })).stdout);
    expect(next.capsules.map((capsule: { version: string }) => capsule.version)).toEqual(["1.3.0"]);
    expect(next.releases.find((item: { version: string }) => item.version === "1.3.1")).toMatchObject({ state: "written", foundAt: expect.stringContaining("v1.3.1") });
  });

  it("refuses to sign without a key, and a bad --since, before writing anything", async () => {
    const repo = project();
    const keyless = await runCli(["post-release", ...NOW], { cwd: repo.dir });
    expect(keyless.exitCode).toBe(1);
    expect(keyless.stderr).toContain("post-release needs --key KEY.pem");
    const since = await runCli(["post-release", "--key", ".git/signing.pem", "--since", "last week"], { cwd: repo.dir });
    expect(since.exitCode).toBe(1);
    expect(since.stderr).toContain("since must be a date YYYY-MM-DD");
    expect(capsules(repo)).toEqual([]);
  });
});

describe("capsule-sign in post-release mode, run as the runner runs it", () => {
  it("signs the due capsules with the critical issues from GitHub, attaches them, and a re-run adds nothing", async () => {
    const repo = project();
    const emulator = await GitHubEmulator.start({ token: "test-token" });
    emulators.push(emulator);
    const remote = emulator.state.addRepo("octo-org/sample");
    emulator.state.addIssue(remote, { title: "saving corrupts files", labels: ["critical"] }).createdAt = "2026-11-13T20:00:00Z";
    releasesOf(emulator.state, remote).releases.push({
      id: 9001, tagName: "v1.3.0", target: "main", name: "v1.3.0", body: "", draft: false, prerelease: false, immutable: false, latest: true,
      createdAt: "2026-11-13T09:00:00Z", publishedAt: "2026-11-13T09:00:00Z", assets: [],
    });
    const env = { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: "octo-org/sample", GITHUB_API_URL: emulator.url };
    const tick = () => runAction("capsule-sign", { workspace: repo.dir, inputs: { mode: "post-release", key: KEY, now: "2026-11-30T12:00:00Z", since: "2026-11-01" }, env });
    const run = await tick();
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const outputs = JSON.parse(run.outputs["post-release"]!);
    expect(outputs.capsules.map((capsule: { version: string; status: string }) => [capsule.version, capsule.status])).toEqual([["1.3.0", "done"], ["1.3.1", "done"]]);
    const capsule = readFileSync(join(repo.dir, "release-capsule", "capsule-post-release-1.3.0.yaml"), "utf8");
    expect(capsule).toContain("Critical issues in the first 48 hours (label critical): 1");
    expect(capsule).toMatch(/Critical issue #1, 11 h after the release: saving corrupts files/);
    expect(releasesOf(emulator.state, remote).releases[0]!.assets.map((asset) => asset.name).sort()).toEqual(["capsule-post-release-1.3.0.dsse.json", "capsule-post-release-1.3.0.sigstore.json", "capsule-post-release-1.3.0.yaml"]);
    expect(run.summary).toContain("## POST-RELEASE capsules");

    rmSync(join(repo.dir, "release-capsule"), { recursive: true });
    const again = await tick();
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    // 1.3.0's capsule is on its release; 1.3.1 has no release to hold it, so it is written again from a fresh folder.
    expect(JSON.parse(again.outputs["post-release"]!).capsules.map((capsule: { version: string }) => capsule.version)).toEqual(["1.3.1"]);
    expect(releasesOf(emulator.state, remote).releases[0]!.assets).toHaveLength(3);
  });

  it("a dry-run needs no key and writes nothing", async () => {
    const repo = project();
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { mode: "post-release", "dry-run": "true", now: "2026-11-30T12:00:00Z", since: "2026-11-01" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs["post-release"]!)).toMatchObject({ dryRun: true, capsules: [{ version: "1.3.0", status: "planned" }, { version: "1.3.1", status: "planned" }] });
    expect(run.summary).toContain("dry-run: nothing written");
    expect(capsules(repo)).toEqual([]);
  });
});
