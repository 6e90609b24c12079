import { getOctokit } from "@actions/github";
import { afterEach, describe, expect, it } from "vitest";
import { backedRepo, type BackedSetup } from "./git-backed.js";

const open: BackedSetup[] = [];
afterEach(async () => {
  // cleanup() closes the emulator, which fails the test when a body broke @octokit/openapi.
  for (const setup of open.splice(0)) await setup.cleanup();
});

/** A repository with main and a sync branch one commit ahead of it. */
async function setup() {
  const made = await backedRepo();
  open.push(made);
  const git = made.emulator.state.repo(made.owner, made.name)!.git!;
  const main = git.commitFiles("main", { "a.txt": "a\n", "b.txt": "b\n" });
  git.updateRef("refs/heads/sync/config", main, "0".repeat(40));
  const head = git.commitFiles("sync/config", { "a.txt": "a2\na3\n", "b.txt": null, "c/new.txt": "new\n" }, "chore: sync");
  return { ...made, repoGit: git, main, head };
}

describe("the pull request routes", () => {
  it("opens a pull request from an existing branch and refuses a second one for the same head and base", async () => {
    const { octokit, owner, name, main, head } = await setup();
    const { data: pull } = await octokit.rest.pulls.create({ owner, repo: name, title: "chore: sync config", head: "sync/config", base: "main", body: "plan hash abc" });
    expect(pull).toMatchObject({ number: 1, state: "open", title: "chore: sync config", body: "plan hash abc", head: { ref: "sync/config", sha: head }, base: { ref: "main", sha: main }, user: { login: "github-actions[bot]" } });

    const again = octokit.rest.pulls.create({ owner, repo: name, title: "again", head: `${owner}:sync/config`, base: "main" });
    await expect(again).rejects.toMatchObject({ status: 422, message: expect.stringContaining("A pull request already exists for octo-org:sync/config.") });
    await expect(octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "missing", base: "main" })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Validation Failed", errors: [{ resource: "PullRequest", field: "head", code: "invalid" }] } },
    });
    await expect(octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "sync/config", base: "missing" })).rejects.toMatchObject({ status: 422, message: expect.stringContaining('"field":"base"') });
    await expect(octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "main", base: "sync/config" })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("No commits between sync/config and main") });
  });

  it("lists by state, by head as owner:branch (a bare branch name is ignored, as on GitHub) and by base", async () => {
    const { octokit, owner, name, repoGit, main } = await setup();
    repoGit.updateRef("refs/heads/other", main, "0".repeat(40));
    repoGit.commitFiles("other", { "o.txt": "o" });
    const first = (await octokit.rest.pulls.create({ owner, repo: name, title: "one", head: "sync/config", base: "main" })).data.number;
    const second = (await octokit.rest.pulls.create({ owner, repo: name, title: "two", head: "other", base: "main" })).data.number;
    await octokit.rest.pulls.update({ owner, repo: name, pull_number: second, state: "closed" });

    const numbers = async (query: { state?: "open" | "closed" | "all"; head?: string; base?: string }) => (await octokit.rest.pulls.list({ owner, repo: name, ...query })).data.map((pull) => pull.number);
    expect(await numbers({})).toEqual([first]);
    expect(await numbers({ state: "all" })).toEqual([second, first]);
    expect(await numbers({ state: "closed" })).toEqual([second]);
    expect(await numbers({ state: "all", head: `${owner}:other` })).toEqual([second]);
    expect(await numbers({ state: "all", head: "other" })).toEqual([second, first]);
    expect(await numbers({ state: "all", head: "someone-else:other" })).toEqual([]);
    expect(await numbers({ state: "all", base: "sync/config" })).toEqual([]);
  });

  it("edits, closes and reopens, follows pushes to the head branch, and lists the changed files", async () => {
    const { octokit, owner, name, repoGit, clone } = await setup();
    const { data: pull } = await octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "sync/config", base: "main" });
    const { data: files } = await octokit.rest.pulls.listFiles({ owner, repo: name, pull_number: pull.number });
    expect(files.map((file) => [file.filename, file.status, file.additions, file.deletions])).toEqual([
      ["a.txt", "modified", 2, 1],
      ["b.txt", "removed", 0, 1],
      ["c/new.txt", "added", 1, 0],
    ]);

    // A person pushes to the branch with git: the pull request's head follows.
    const work = clone();
    work.git("fetch", "-q", "origin", "sync/config");
    work.git("checkout", "-q", "-b", "sync/config", "FETCH_HEAD");
    const pushed = work.commit("fix: by hand", "hand.txt", "hand\n");
    work.git("push", "-q", "origin", "sync/config");
    expect((await octokit.rest.pulls.get({ owner, repo: name, pull_number: pull.number })).data.head.sha).toBe(pushed);

    const { data: edited } = await octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, title: "new title", body: "new body" });
    expect(edited).toMatchObject({ title: "new title", body: "new body", state: "open" });
    const { data: closed } = await octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, state: "closed" });
    expect(closed).toMatchObject({ state: "closed", merged: false });
    expect(closed.closed_at).not.toBeNull();
    // While it is closed a new one may open; then the old one cannot be reopened beside it.
    const { data: replacement } = await octokit.rest.pulls.create({ owner, repo: name, title: "t2", head: "sync/config", base: "main" });
    await expect(octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, state: "open" })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("A pull request already exists") });
    await octokit.rest.pulls.update({ owner, repo: name, pull_number: replacement.number, state: "closed" });
    const { data: reopened } = await octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, state: "open" });
    expect(reopened).toMatchObject({ state: "open", closed_at: null });
    await expect(octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, base: "nope" })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.pulls.get({ owner, repo: name, pull_number: 99 })).rejects.toMatchObject({ status: 404 });
    expect(repoGit.ref("refs/heads/sync/config")?.sha).toBe(pushed);
  });

  it("keeps comments on a pull request's conversation", async () => {
    const { octokit, owner, name } = await setup();
    const { data: pull } = await octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "sync/config", base: "main" });
    const { data: comment } = await octokit.rest.issues.createComment({ owner, repo: name, issue_number: pull.number, body: "dry-run report" });
    await octokit.rest.issues.updateComment({ owner, repo: name, comment_id: comment.id, body: "dry-run report, updated" });
    const { data: comments } = await octokit.rest.issues.listComments({ owner, repo: name, issue_number: pull.number });
    expect(comments.map((entry) => entry.body)).toEqual(["dry-run report, updated"]);
    await expect(octokit.rest.issues.createComment({ owner, repo: name, issue_number: 42, body: "x" })).rejects.toMatchObject({ status: 404 });
  });

  it("holds a job token to its permissions on the new routes (contents: read, no pull-requests)", async () => {
    const { emulator, owner, name } = await setup();
    const grant = emulator.grants.issue(`${owner}/${name}`, { contents: "read" });
    const job = getOctokit(grant.token, { baseUrl: emulator.url });
    expect((await job.rest.git.getTree({ owner, repo: name, tree_sha: "main" })).status).toBe(200);
    await expect(job.rest.git.createBlob({ owner, repo: name, content: "x" })).rejects.toMatchObject({ status: 403, response: { headers: { "x-accepted-github-permissions": "contents=write" } } });
    await expect(job.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "x", message: "m", content: "eA==" })).rejects.toMatchObject({ status: 403 });
    await expect(job.rest.pulls.create({ owner, repo: name, title: "t", head: "sync/config", base: "main" })).rejects.toMatchObject({ status: 403, response: { headers: { "x-accepted-github-permissions": "pull_requests=write" } } });
    expect(emulator.state.repo(owner, name)!.issues).toEqual([]);
  });
});
