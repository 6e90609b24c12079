import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createOctokit } from "../../packages/core/src/forge/github.js";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";

const TOKEN = "ghs_routesTestToken";
const SHA = "c".repeat(40);
const running: GitHubEmulator[] = [];
afterEach(async () => {
  // close() fails the test when any response broke @octokit/openapi's schema.
  for (const emulator of running.splice(0)) await emulator.close();
});

async function setup() {
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  running.push(emulator);
  const repo = emulator.state.addRepo("octo-org/sample");
  const octokit = createOctokit({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1 });
  return { emulator, repo, octokit, owner: "octo-org", name: "sample" };
}

describe("the emulator's releases and git refs routes", () => {
  it("keeps drafts out of the by-tag lookup, lists them, and refuses a second release for a tag", async () => {
    const { octokit, owner, name } = await setup();
    const created = await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v1.0.0", draft: true, target_commitish: SHA });
    expect(created.data).toMatchObject({ draft: true, tag_name: "v1.0.0", immutable: false });
    await expect(octokit.rest.repos.getReleaseByTag({ owner, repo: name, tag: "v1.0.0" })).rejects.toMatchObject({ status: 404 });
    expect((await octokit.rest.repos.listReleases({ owner, repo: name })).data.map((release) => release.id)).toEqual([created.data.id]);
    await expect(octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v1.0.0" })).rejects.toMatchObject({ status: 422 });
  });

  it("takes binary assets on the upload URL and reports their sha256 digest", async () => {
    const { octokit, owner, name } = await setup();
    const { data: release } = await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v1.0.0", draft: true });
    const content = Buffer.from([0, 255, 1, 254, 10, 13]);
    const { data: asset } = await octokit.request(`POST ${release.upload_url}`, { name: "blob.bin", data: content, headers: { "content-type": "application/octet-stream" } });
    expect(asset).toMatchObject({ name: "blob.bin", size: 6, state: "uploaded" });
    expect(asset.digest).toBe(`sha256:${createHash("sha256").update(content).digest("hex")}`);
  });

  it("makes a published release immutable when the repository says so, and then refuses assets", async () => {
    const { emulator, repo, octokit, owner, name } = await setup();
    releasesOf(emulator.state, repo).immutableReleases = true;
    const { data: release } = await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v2.0.0", draft: true });
    const { data: published } = await octokit.rest.repos.updateRelease({ owner, repo: name, release_id: release.id, draft: false, make_latest: "true" });
    expect(published).toMatchObject({ draft: false, immutable: true });
    expect((await octokit.rest.repos.getLatestRelease({ owner, repo: name })).data.id).toBe(release.id);
    await expect(octokit.request(`POST ${release.upload_url}`, { name: "late.txt", data: Buffer.from("x"), headers: { "content-type": "text/plain" } })).rejects.toMatchObject({ status: 422 });
  });

  it("generates release notes, changing nothing, only for a token that may write releases", async () => {
    const { emulator, repo, octokit, owner, name } = await setup();
    await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v1.0.0" });
    const before = JSON.stringify(releasesOf(emulator.state, repo).releases);
    const { data } = await octokit.rest.repos.generateReleaseNotes({ owner, repo: name, tag_name: "v1.0.0" });
    expect(data).toEqual({ name: "v1.0.0", body: "**Full Changelog**: https://github.com/octo-org/sample/commits/v1.0.0" });
    expect(JSON.stringify(releasesOf(emulator.state, repo).releases)).toBe(before);
    const reader = emulator.grants.issue("octo-org/sample", { contents: "read" });
    const readOnly = createOctokit({ token: reader.token, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1 });
    await expect(readOnly.rest.repos.generateReleaseNotes({ owner, repo: name, tag_name: "v1.0.0" })).rejects.toMatchObject({
      status: 403,
      response: { headers: { "x-accepted-github-permissions": "contents=write" } },
    });
  });

  it("creates, reads, lists, moves and deletes refs, and annotated tag objects", async () => {
    const { octokit, owner, name } = await setup();
    const { data: tag } = await octokit.rest.git.createTag({ owner, repo: name, tag: "v1.0.0", message: "Release v1.0.0", object: SHA, type: "commit" });
    await octokit.rest.git.createRef({ owner, repo: name, ref: "refs/tags/v1.0.0", sha: tag.sha });
    await octokit.rest.git.createRef({ owner, repo: name, ref: "refs/tags/v1", sha: SHA });
    expect((await octokit.rest.git.getRef({ owner, repo: name, ref: "tags/v1.0.0" })).data.object).toMatchObject({ type: "tag", sha: tag.sha });
    await octokit.rest.git.updateRef({ owner, repo: name, ref: "tags/v1", sha: "d".repeat(40), force: true });
    expect((await octokit.rest.git.listMatchingRefs({ owner, repo: name, ref: "tags/v1" })).data.map((ref) => [ref.ref, ref.object.sha])).toEqual([
      ["refs/tags/v1", "d".repeat(40)],
      ["refs/tags/v1.0.0", tag.sha],
    ]);
    expect((await octokit.rest.git.getTag({ owner, repo: name, tag_sha: tag.sha })).data).toMatchObject({ tag: "v1.0.0", object: { sha: SHA, type: "commit" } });
    await octokit.rest.git.deleteRef({ owner, repo: name, ref: "tags/v1" });
    await expect(octokit.rest.git.getRef({ owner, repo: name, ref: "tags/v1" })).rejects.toMatchObject({ status: 404 });
  });
});
