import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { ConfigurationError, parsePublishInputs, runPublish, describeError } from "@release-cadence/core";
import { GitHubReleases } from "../../packages/core/src/forge/github-releases.js";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { releaseRepo, type ReleaseRepo } from "../support/release-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { testPorts } from "./ports.js";

const TOKEN = "ghs_publishTestToken42";
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
async function setup(options: { asset?: boolean; npm?: boolean } = {}) {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  emulators.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  const fixture = releaseRepo({ packageName: `gh-pkg-${counter++}`, asset: options.asset ?? false });
  repos.push(fixture);
  const forge = GitHubReleases.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1, retries: 3, timeoutMs: 10_000 });
  const ports = testPorts(fixture.repo.dir, registry, { forge });
  const inputs = parsePublishInputs({
    cwd: fixture.repo.dir,
    registry: registry.url,
    ...(options.asset ? { assets: "dist/*.txt" } : {}),
    ...(options.npm === false ? { npmPackages: [] } : {}),
  });
  if (options.npm === false) delete inputs.npmPackages;
  return { emulator, repo, fixture, ports: options.npm === false ? { ...ports, npmTokenGiven: false } : ports, inputs, releases: () => releasesOf(emulator.state, repo) };
}

describe("publish to GitHub (the emulator)", () => {
  it("creates a draft, uploads the asset to the upload URL, then publishes it as Latest", async () => {
    const { emulator, fixture, ports, inputs, releases } = await setup({ asset: true });
    const result = await runPublish(ports, inputs);
    const [release] = releases().releases;
    expect(releases().releases).toHaveLength(1);
    expect(release).toMatchObject({ tagName: "v1.5.0", draft: false, prerelease: false, latest: true, target: fixture.repo.head() });
    expect(release!.assets.map((asset) => [asset.name, asset.content.toString("utf8")])).toEqual([["app.txt", `the built app of gh-pkg-0\n`]]);
    expect(result.release).toEqual({ id: release!.id, url: "https://github.com/octo-org/sample/releases/tag/v1.5.0", draft: false });
    // The draft existed before the release went public: create as draft, then the PATCH that publishes.
    expect(emulator.requests.filter((request) => request.operationId === "repos/update-release")).toHaveLength(1);
    expect(emulator.requests.find((request) => request.operationId === "repos/upload-release-asset")?.path).toMatch(/assets\?name=app\.txt/);
  });

  it("makes at most 10 GitHub API requests for a plain release", async () => {
    const { emulator, ports, inputs } = await setup({ npm: false });
    const result = await runPublish(ports, inputs);
    expect(result.applied.outcomes.map((outcome) => outcome.kind)).toEqual(["git-tag", "release-draft", "git-push-branch", "git-push-tag", "release-publish"]);
    expect(emulator.count()).toBeLessThanOrEqual(10);
  });

  it("retries 5xx, 429 and secondary rate limits and completes the release", async () => {
    const { emulator, ports, inputs, releases } = await setup({ asset: true, npm: false });
    emulator.inject({ kind: "status", status: 502 }, { operationId: "repos/create-release" });
    emulator.inject({ kind: "rate-limit", retryAfter: 0 }, { operationId: "repos/upload-release-asset" });
    emulator.inject({ kind: "secondary-rate-limit", retryAfter: 0 }, { operationId: "repos/update-release" });
    emulator.inject({ kind: "status", status: 503 }, { operationId: "repos/list-releases", times: 2 });
    await runPublish(ports, inputs);
    expect(releases().releases).toHaveLength(1);
    expect(releases().releases[0]).toMatchObject({ draft: false, latest: true });
    expect(releases().releases[0]!.assets).toHaveLength(1);
    expect(emulator.requests.filter((request) => request.status >= 400).map((request) => request.status).sort()).toEqual([403, 429, 502, 503, 503]);
  });

  it("works with immutable releases: assets go up while the release is a draft, and none can be added after", async () => {
    const { fixture, ports, inputs, releases } = await setup({ asset: true, npm: false });
    releases().immutableReleases = true;
    await runPublish(ports, inputs);
    expect(releases().releases[0]).toMatchObject({ draft: false, immutable: true });
    expect(releases().releases[0]!.assets.map((asset) => asset.name)).toEqual(["app.txt"]);
    // A re-run finds everything done; one more asset afterwards is refused before anything happens.
    const again = await runPublish(ports, inputs);
    expect(again.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
    fixture.repo.write("dist/extra.txt", "late\n");
    const refused = await runPublish(ports, parsePublishInputs({ cwd: fixture.repo.dir, assets: "dist/*.txt" })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(describeError(refused)).toMatch(/immutable, so extra\.txt cannot be added/);
  });

  it("after a crash mid-upload, replaces the half-uploaded asset on the draft and creates no second release", async () => {
    const { ports, inputs, releases, emulator } = await setup({ asset: true, npm: false });
    const crash = new Error("runner lost");
    const crashing = await runPublish(
      {
        ...ports,
        wrapHandler: (kind, handler) => ({
          isDone: (effect) => handler.isDone(effect),
          async run(effect) {
            await handler.run(effect);
            if (kind === "release-draft") throw crash;
          },
        }),
      },
      inputs,
    ).catch((error: unknown) => error);
    expect(crashing).toBe(crash);
    // What a connection dropped during the upload leaves behind: an asset that is not "uploaded".
    const [draft] = releases().releases;
    draft!.assets.push({ id: emulator.state.id(), name: "app.txt", contentType: "text/plain", content: Buffer.from("the bui"), state: "open" });
    const result = await runPublish(ports, inputs);
    expect(result.applied.outcomes.filter((outcome) => outcome.status === "skipped").map((outcome) => outcome.id)).toEqual(["git-tag:v1.5.0", "release-draft:v1.5.0"]);
    expect(releases().releases).toHaveLength(1);
    expect(releases().releases[0]!.assets.map((asset) => [asset.name, asset.state, asset.content.toString("utf8")])).toEqual([["app.txt", "uploaded", expect.stringContaining("the built app")]]);
    expect(emulator.count("repos/delete-release-asset")).toBe(1);
  });

  it("names the permission when the token may not write releases, before anything is public", async () => {
    const { fixture, ports, inputs, releases } = await setup({ npm: false });
    releases().contents = "read";
    const refused = await runPublish(ports, inputs).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect(describeError(refused)).toContain("contents: write");
    expect(describeError(refused)).not.toContain(TOKEN);
    expect(fixture.remoteRefs()).not.toContain("refs/tags/v1.5.0");
    // With the permission granted, a re-run completes.
    releases().contents = "write";
    await runPublish(ports, inputs);
    expect(fixture.remoteRefs()).toContain("refs/tags/v1.5.0");
    expect(releases().releases).toHaveLength(1);
  });

  it("takes the release notes from the runner's temporary folder (a dry-run's changelog notes), and from nowhere else outside", async () => {
    const { fixture, ports, releases } = await setup({ npm: false });
    // Outside the repository, as RUNNER_TEMP is on a runner.
    const scratch = mkdtempSync(join(tmpdir(), "runner-temp-"));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    writeFileSync(join(scratch, "release-notes-1.5.0.md"), "# Release Notes: v1.5.0\n\n- the planned notes\n");
    const inScratch = parsePublishInputs({ cwd: fixture.repo.dir, scratch, dryRun: "true", notesFile: join(scratch, "release-notes-1.5.0.md") });
    const planned = await runPublish({ ...ports, env: { RUNNER_TEMP: scratch } }, inScratch);
    expect(planned.observed.forge?.body).toBe("# Release Notes: v1.5.0\n\n- the planned notes\n");
    expect(releases().releases).toEqual([]);
    // Anywhere else outside the repository is refused when the inputs are read, before anything runs.
    const elsewhere = (() => {
      try {
        return parsePublishInputs({ cwd: fixture.repo.dir, scratch, dryRun: "true", notesFile: "/etc/hostname" });
      } catch (error) {
        return error;
      }
    })();
    expect(elsewhere).toBeInstanceOf(ConfigurationError);
    expect(describeError(elsewhere)).toContain("'/etc/hostname' leads outside the repository");
  });
});
