import { afterEach, describe, expect, it } from "vitest";
import { RefWriteError, ZERO_SHA } from "../support/github/git/bare-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { backedRepo, TOKEN, type BackedSetup } from "./git-backed.js";

const open: BackedSetup[] = [];
afterEach(async () => {
  // cleanup() closes the emulator, which fails the test when a body broke @octokit/openapi.
  for (const setup of open.splice(0)) await setup.cleanup();
});

async function setup(options: { treeEntryLimit?: number } = {}): Promise<BackedSetup> {
  const made = await backedRepo(options);
  open.push(made);
  return made;
}

const MISSING = "0123456789abcdef0123456789abcdef01234567";

describe("an emulator repository backed by a bare git repository", () => {
  it("answers for what a git push brought in: refs, annotated tags, commits, trees and blobs", async () => {
    const { octokit, owner, name, clone } = await setup();
    const work = clone();
    work.write("README.md", "# target\n");
    work.write("src/index.ts", "export const one = 1;\n");
    const head = work.commit("feat: first", "src/extra.ts", "export {};\n");
    work.tag("v1.0.0");
    work.git("push", "-q", "origin", "main", "--tags");

    const { data: ref } = await octokit.rest.git.getRef({ owner, repo: name, ref: "heads/main" });
    expect(ref.object).toMatchObject({ sha: head, type: "commit" });
    const { data: tags } = await octokit.rest.git.listMatchingRefs({ owner, repo: name, ref: "tags/" });
    expect(tags.map((entry) => [entry.ref, entry.object.type])).toEqual([["refs/tags/v1.0.0", "tag"]]);
    const { data: tag } = await octokit.rest.git.getTag({ owner, repo: name, tag_sha: tags[0]!.object.sha });
    expect(tag).toMatchObject({ tag: "v1.0.0", message: "v1.0.0\n", object: { sha: head, type: "commit" }, tagger: { name: "Test Committer" } });

    const { data: commit } = await octokit.rest.git.getCommit({ owner, repo: name, commit_sha: head });
    expect(commit).toMatchObject({ sha: head, message: "feat: first\n", parents: [], author: { name: "Test Author", email: "author@example.invalid", date: "2026-01-01T00:00:01Z" } });
    const { data: tree } = await octokit.rest.git.getTree({ owner, repo: name, tree_sha: commit.tree.sha, recursive: "1" });
    expect(tree.truncated).toBe(false);
    expect(tree.tree.map((entry) => [entry.path, entry.type, entry.mode])).toEqual([
      ["README.md", "blob", "100644"],
      ["src", "tree", "040000"],
      ["src/extra.ts", "blob", "100644"],
      ["src/index.ts", "blob", "100644"],
    ]);
    const index = tree.tree.find((entry) => entry.path === "src/index.ts")!;
    expect(index.size).toBe(22);
    const { data: blob } = await octokit.rest.git.getBlob({ owner, repo: name, file_sha: index.sha! });
    expect(blob).toMatchObject({ encoding: "base64", size: 22 });
    expect(Buffer.from(blob.content, "base64").toString("utf8")).toBe("export const one = 1;\n");

    // Not recursive: only the top level. A branch name is taken for the tree's sha, as on GitHub.
    const { data: top } = await octokit.rest.git.getTree({ owner, repo: name, tree_sha: "main" });
    expect(top.tree.map((entry) => entry.path)).toEqual(["README.md", "src"]);
  });

  it("writes blobs, trees on a base tree, commits and refs that git then reads back", async () => {
    const { octokit, owner, name, clone, git } = await setup();
    const work = clone();
    work.write("keep.txt", "kept\n");
    work.write("docs/old.md", "old\n");
    work.write("docs/gone/deep.md", "deep\n");
    const base = work.commit("chore: base", "change.txt", "before\n");
    work.git("push", "-q", "origin", "main");

    const { data: text } = await octokit.rest.git.createBlob({ owner, repo: name, content: "héllo\n" });
    const { data: binary } = await octokit.rest.git.createBlob({ owner, repo: name, content: Buffer.from([0, 1, 2, 255]).toString("base64"), encoding: "base64" });
    expect(git("cat-file", "-p", text.sha)).toBe("héllo\n");
    expect(git("cat-file", "-s", binary.sha).trim()).toBe("4");
    const baseTree = git("rev-parse", `${base}^{tree}`).trim();
    const { data: subtree } = await octokit.rest.git.createTree({ owner, repo: name, tree: [{ path: "a.txt", mode: "100644", type: "blob", content: "a\n" }] });

    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo: name,
      base_tree: baseTree,
      tree: [
        { path: "change.txt", mode: "100644", type: "blob", content: "after\n" },
        { path: "new/nested/hello.txt", mode: "100644", type: "blob", sha: text.sha },
        { path: "bin/data", mode: "100755", type: "blob", sha: binary.sha },
        { path: "link", mode: "120000", type: "blob", content: "keep.txt" },
        { path: "vendored", mode: "040000", type: "tree", sha: subtree.sha },
        { path: "docs/old.md", mode: "100644", type: "blob", sha: null },
        { path: "docs/gone/deep.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const listing = git("ls-tree", "-r", tree.sha).trim().split("\n").map((line) => line.replace(/ [0-9a-f]{40}/, "").replace("\t", " "));
    expect(listing).toEqual(["100755 blob bin/data", "100644 blob change.txt", "100644 blob keep.txt", "120000 blob link", "100644 blob new/nested/hello.txt", "100644 blob vendored/a.txt"]);
    expect(tree.tree.map((entry) => entry.path)).toEqual(["bin", "change.txt", "keep.txt", "link", "new", "vendored"]);

    const { data: commit } = await octokit.rest.git.createCommit({ owner, repo: name, message: "chore: sync", tree: tree.sha, parents: [base] });
    expect(commit).toMatchObject({ message: "chore: sync", parents: [{ sha: base }], author: { name: "github-actions[bot]", date: "2026-11-20T12:00:00Z" }, committer: { name: "github-actions[bot]" } });
    const dated = await octokit.rest.git.createCommit({ owner, repo: name, message: "x", tree: tree.sha, author: { name: "A", email: "a@example.invalid", date: "2026-03-01T10:00:00+02:00" } });
    expect(dated.data.author.date).toBe("2026-03-01T08:00:00Z");
    expect(git("cat-file", "-p", dated.data.sha)).toContain("author A <a@example.invalid> 1772352000 +0200");

    await octokit.rest.git.updateRef({ owner, repo: name, ref: "heads/main", sha: commit.sha });
    await octokit.rest.git.createRef({ owner, repo: name, ref: "refs/heads/sync/one", sha: commit.sha });
    expect(git("rev-parse", "main", "sync/one").trim().split("\n")).toEqual([commit.sha, commit.sha]);
    work.git("pull", "-q", "--ff-only", "origin", "main");
    expect(work.git("show", "HEAD:change.txt")).toBe("after\n");
    expect(work.git("log", "-1", "--format=%an|%s")).toBe("github-actions[bot]|chore: sync\n");
    git("fsck", "--strict", "--no-dangling");

    const { data: tagObject } = await octokit.rest.git.createTag({ owner, repo: name, tag: "v2.0.0", message: "Release v2.0.0", object: commit.sha, type: "commit" });
    await octokit.rest.git.createRef({ owner, repo: name, ref: "refs/tags/v2.0.0", sha: tagObject.sha });
    expect(git("for-each-ref", "--format=%(refname) %(objecttype) %(*objectname)", "refs/tags").trim()).toBe(`refs/tags/v2.0.0 tag ${commit.sha}`);
    await octokit.rest.git.deleteRef({ owner, repo: name, ref: "heads/sync/one" });
    expect(git("for-each-ref", "refs/heads").trim().split("\n")).toHaveLength(1);
  });

  it("refuses a ref update that is not a fast-forward unless forced, and what does not exist", async () => {
    const { octokit, owner, name, clone, emulator } = await setup();
    const work = clone();
    const first = work.commit("one");
    const second = work.commit("two");
    work.git("push", "-q", "origin", "main");

    await expect(octokit.rest.git.updateRef({ owner, repo: name, ref: "heads/main", sha: first })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Update is not a fast forward") });
    await octokit.rest.git.updateRef({ owner, repo: name, ref: "heads/main", sha: first, force: true });
    expect((await octokit.rest.git.getRef({ owner, repo: name, ref: "heads/main" })).data.object.sha).toBe(first);
    await octokit.rest.git.updateRef({ owner, repo: name, ref: "heads/main", sha: second });

    await expect(octokit.rest.git.createRef({ owner, repo: name, ref: "refs/heads/main", sha: first })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Reference already exists") });
    await expect(octokit.rest.git.createRef({ owner, repo: name, ref: "refs/heads/x", sha: MISSING })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Object does not exist") });
    await expect(octokit.rest.git.updateRef({ owner, repo: name, ref: "heads/none", sha: first })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.git.getRef({ owner, repo: name, ref: "heads/none" })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getBlob({ owner, repo: name, file_sha: MISSING })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getCommit({ owner, repo: name, commit_sha: MISSING })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getTree({ owner, repo: name, tree_sha: MISSING })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.getCommit({ owner, repo: name, commit_sha: "main" })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.git.createCommit({ owner, repo: name, message: "m", tree: MISSING })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Tree SHA does not exist") });
    const tree = (await octokit.rest.git.getCommit({ owner, repo: name, commit_sha: second })).data.tree.sha;
    await expect(octokit.rest.git.createCommit({ owner, repo: name, message: "m", tree, parents: [MISSING] })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Parent SHA") });
    expect(emulator.count("git/get-commit")).toBe(3);

    // The lease: a ref that moved since it was read is not overwritten.
    const git = emulator.state.repo(owner, name)!.git!;
    expect(() => git.updateRef("refs/heads/main", first, first, { force: true })).toThrow(RefWriteError);
    expect(() => git.updateRef("refs/heads/new", first, second)).toThrow(RefWriteError);
    git.updateRef("refs/heads/new", first, ZERO_SHA);
    expect(git.ref("refs/heads/new")?.sha).toBe(first);
  });

  it("refuses malformed tree entries with 422 and names the entry", async () => {
    const { octokit, owner, name, clone } = await setup();
    const work = clone();
    work.write("dir/inner.txt", "inner\n");
    work.commit("base", "file.txt", "x\n");
    work.git("push", "-q", "origin", "main");
    const baseTree = (await octokit.rest.git.getTree({ owner, repo: name, tree_sha: "main" })).data.sha;
    const refused = async (entry: Record<string, unknown>, words: string) => {
      await expect(octokit.rest.git.createTree({ owner, repo: name, base_tree: baseTree, tree: [entry as never] })).rejects.toMatchObject({ status: 422, message: expect.stringContaining(words) });
    };
    await refused({ path: "a", mode: "100600", type: "blob", content: "x" }, "mode '100600'");
    await refused({ path: "a", mode: "100644", type: "tree", content: "x" }, "does not go with mode");
    await refused({ path: "../a", mode: "100644", type: "blob", content: "x" }, "malformed path component");
    await refused({ path: "a//b", mode: "100644", type: "blob", content: "x" }, "malformed path component");
    await refused({ path: "a", mode: "100644", type: "blob", sha: MISSING }, "is not a blob");
    await refused({ path: "file.txt/b", mode: "100644", type: "blob", content: "x" }, "not a directory");
    await refused({ path: "dir", mode: "040000", type: "tree", sha: null }, "GitRPC::BadObjectState");
    await refused({ path: "a", mode: "100644", type: "blob" }, "Must supply either tree.sha or tree.content");
    await refused({ path: "a", mode: "100644", type: "blob", sha: MISSING, content: "x" }, "Must supply either tree.sha or tree.content");
    // Deleting what the base tree does not have, or a whole directory, is GitHub's BadObjectState.
    await refused({ path: "not-there.txt", mode: "100644", type: "blob", sha: null }, "GitRPC::BadObjectState");
    await refused({ path: "no-dir/x.txt", mode: "100644", type: "blob", sha: null }, "GitRPC::BadObjectState");
    await expect(octokit.rest.git.createTree({ owner, repo: name, base_tree: MISSING, tree: [] })).rejects.toMatchObject({ status: 422 });
  });

  it("marks a recursive listing over the entry limit truncated, and recurses for any value of recursive", async () => {
    const { octokit, owner, name, emulator } = await setup({ treeEntryLimit: 3 });
    const git = emulator.state.repo(owner, name)!.git!;
    git.commitFiles("main", { "a/1.txt": "1", "a/2.txt": "2", "b.txt": "b", "c.txt": { content: "#!/bin/sh\n", mode: "100755" } });
    const { data: cut } = await octokit.rest.git.getTree({ owner, repo: name, tree_sha: "main", recursive: "0" });
    expect(cut.truncated).toBe(true);
    expect(cut.tree.map((entry) => entry.path)).toEqual(["a", "a/1.txt", "a/2.txt"]);
    const { data: top } = await octokit.rest.git.getTree({ owner, repo: name, tree_sha: "main" });
    expect(top.tree.map((entry) => [entry.path, entry.mode])).toEqual([["a", "040000"], ["b.txt", "100644"], ["c.txt", "100755"]]);
    expect(top.truncated).toBe(false);
  });

  it("answers 409 'Git Repository is empty.' for git objects of a repository with no git repository", async () => {
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    try {
      emulator.state.addRepo("octo-org/plain");
      const response = await fetch(`${emulator.url}/repos/octo-org/plain/git/blobs`, { method: "POST", headers: { authorization: `token ${TOKEN}` }, body: JSON.stringify({ content: "x" }) });
      expect(response.status).toBe(409);
      expect(((await response.json()) as { message: string }).message).toBe("Git Repository is empty.");
    } finally {
      await emulator.close();
    }
  });
});
