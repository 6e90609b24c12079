import { afterEach, describe, expect, it } from "vitest";
import { GitHubEmulator } from "../support/github/server.js";
import { backedRepo, TOKEN, type BackedSetup } from "./git-backed.js";

const open: BackedSetup[] = [];
afterEach(async () => {
  // cleanup() closes the emulator, which fails the test when a body broke @octokit/openapi.
  for (const setup of open.splice(0)) await setup.cleanup();
});

async function setup() {
  const made = await backedRepo();
  open.push(made);
  const model = made.emulator.state.repo(made.owner, made.name)!;
  return { ...made, model, repoGit: model.git! };
}

describe("the state digest", () => {
  it("stays equal across reads, and changes with any write: a ref, an unreferenced blob, a pull request", async () => {
    const { octokit, owner, name, emulator, model, repoGit } = await setup();
    const main = repoGit.commitFiles("main", { "a.txt": "a\n", "dir/b.txt": "b\n" });
    repoGit.updateRef("refs/heads/topic", main, "0".repeat(40));
    repoGit.commitFiles("topic", { "a.txt": "changed\n" });
    const { data: pull } = await octokit.rest.pulls.create({ owner, repo: name, title: "t", head: "topic", base: "main" });
    await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: "v1.0.0", target_commitish: main });
    await octokit.rest.issues.createComment({ owner, repo: name, issue_number: pull.number, body: "report" });

    const before = emulator.state.digest(model);
    expect(Object.keys(before.refs)).toEqual(["refs/heads/main", "refs/heads/topic"]);
    expect(before.objects.length).toBeGreaterThan(5);
    const requestsBefore = emulator.count();
    // Everything a dry-run reads.
    await octokit.rest.git.getRef({ owner, repo: name, ref: "heads/main" });
    await octokit.rest.git.getTree({ owner, repo: name, tree_sha: "main", recursive: "1" });
    await octokit.rest.repos.getContent({ owner, repo: name, path: "dir" });
    await octokit.rest.repos.getBranch({ owner, repo: name, branch: "topic" });
    await octokit.rest.pulls.list({ owner, repo: name, head: `${owner}:topic` });
    await octokit.rest.pulls.listFiles({ owner, repo: name, pull_number: pull.number });
    await octokit.rest.repos.compareCommits({ owner, repo: name, base: "main", head: "topic" });
    await octokit.rest.repos.listReleases({ owner, repo: name });
    expect(emulator.count() - requestsBefore).toBe(8);
    expect(emulator.count("git/get-tree")).toBe(1);
    expect(emulator.state.digest(`${owner}/${name}`)).toEqual(before);

    await octokit.rest.git.createBlob({ owner, repo: name, content: "never referenced" });
    const afterBlob = emulator.state.digest(model);
    expect(afterBlob.refs).toEqual(before.refs);
    expect(afterBlob.objects).not.toEqual(before.objects);

    await octokit.rest.pulls.update({ owner, repo: name, pull_number: pull.number, body: "edited" });
    expect(emulator.state.digest(model).issues).not.toEqual(afterBlob.issues);
    await octokit.rest.git.deleteRef({ owner, repo: name, ref: "heads/topic" });
    expect(Object.keys(emulator.state.digest(model).refs)).toEqual(["refs/heads/main"]);
  });

  it("covers repositories without a git repository, and every repository at once", async () => {
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    try {
      const plain = emulator.state.addRepo("octo-org/plain");
      plain.refs.set("refs/tags/v1.0.0", "a".repeat(40));
      emulator.state.addPull(plain, { title: "feat: x" });
      const all = emulator.state.digest();
      expect(Object.keys(all)).toEqual(["octo-org/plain"]);
      expect(all["octo-org/plain"]).toMatchObject({ refs: { "refs/tags/v1.0.0": "a".repeat(40) }, objects: [] });
      plain.issues[0]!.title = "feat: y";
      expect(emulator.state.digest(plain)).not.toEqual(all["octo-org/plain"]);
    } finally {
      await emulator.close();
    }
  });
});

describe("repos/compare-commits", () => {
  it("compares through the merge base: status, ahead and behind counts, commits and files", async () => {
    const { octokit, owner, name, repoGit } = await setup();
    const main = repoGit.commitFiles("main", { "a.txt": "a\n" }, "base");
    repoGit.updateRef("refs/heads/topic", main, "0".repeat(40));
    const topic1 = repoGit.commitFiles("topic", { "b.txt": "b\n" }, "feat: b");
    const topic2 = repoGit.commitFiles("topic", { "a.txt": null }, "chore: drop a");
    repoGit.commitFiles("main", { "m.txt": "m\n" }, "fix: on main");

    const { data } = await octokit.rest.repos.compareCommits({ owner, repo: name, base: "main", head: "topic" });
    expect(data).toMatchObject({ status: "diverged", ahead_by: 2, behind_by: 1, total_commits: 2, merge_base_commit: { sha: main } });
    expect(data.commits.map((commit) => commit.sha)).toEqual([topic1, topic2]);
    expect(data.files!.map((file) => [file.filename, file.status])).toEqual([["a.txt", "removed"], ["b.txt", "added"]]);
    expect((await octokit.rest.repos.compareCommits({ owner, repo: name, base: main, head: "topic" })).data.status).toBe("ahead");
    expect((await octokit.rest.repos.compareCommits({ owner, repo: name, base: "topic", head: main })).data.status).toBe("behind");
    expect((await octokit.rest.repos.compareCommits({ owner, repo: name, base: "topic", head: "topic" })).data).toMatchObject({ status: "identical", files: [] });
    await expect(octokit.rest.repos.compareCommits({ owner, repo: name, base: "main", head: "nope" })).rejects.toMatchObject({ status: 404 });
  });
});
