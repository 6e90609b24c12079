import { afterEach, describe, expect, it } from "vitest";
import { backedRepo, type BackedSetup } from "./git-backed.js";

const open: BackedSetup[] = [];
afterEach(async () => {
  // cleanup() closes the emulator, which fails the test when a body broke @octokit/openapi.
  for (const setup of open.splice(0)) await setup.cleanup();
});

async function setup(): Promise<BackedSetup & { seed: BackedSetup["emulator"]["state"]["repos"] extends Map<string, infer R> ? R : never }> {
  const made = await backedRepo();
  open.push(made);
  return { ...made, seed: made.emulator.state.repo(made.owner, made.name)! };
}

const decode = (content: string) => Buffer.from(content, "base64").toString("utf8");
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("the contents and branches routes over a git-backed repository", () => {
  it("reads files, directories and symlinks at a branch, a tag or a sha", async () => {
    const { octokit, owner, name, seed, git } = await setup();
    const first = seed.git!.commitFiles("main", {
      "README.md": "# one\n",
      "docs/guide.md": "guide\n",
      "docs/link.md": { content: "guide.md", mode: "120000" },
      "outside": { content: "../elsewhere", mode: "120000" },
      "big.bin": Buffer.alloc(1024 * 1024 + 1, 7),
    });
    git("tag", "v1.0.0", first);
    seed.git!.commitFiles("main", { "README.md": "# two\n" });

    const { data: file } = await octokit.rest.repos.getContent({ owner, repo: name, path: "README.md" });
    expect(file).toMatchObject({ type: "file", path: "README.md", encoding: "base64", size: 6 });
    expect(decode((file as { content: string }).content)).toBe("# two\n");
    for (const ref of ["v1.0.0", first]) {
      const { data: old } = await octokit.rest.repos.getContent({ owner, repo: name, path: "README.md", ref });
      expect(decode((old as { content: string }).content)).toBe("# one\n");
    }
    const { data: root } = await octokit.rest.repos.getContent({ owner, repo: name, path: "" });
    expect((root as Array<{ name: string; type: string; download_url: string | null }>).map((entry) => [entry.name, entry.type, entry.download_url === null])).toEqual([
      ["README.md", "file", false],
      ["big.bin", "file", false],
      ["docs", "dir", true],
      ["outside", "symlink", false],
    ]);
    const { data: docs } = await octokit.rest.repos.getContent({ owner, repo: name, path: "docs/" });
    expect((docs as Array<{ path: string }>).map((entry) => entry.path)).toEqual(["docs/guide.md", "docs/link.md"]);
    // A symlink to a file of the repository answers with the file; one pointing out describes itself.
    const { data: followed } = await octokit.rest.repos.getContent({ owner, repo: name, path: "docs/link.md" });
    expect(followed).toMatchObject({ type: "file", path: "docs/guide.md" });
    const { data: link } = await octokit.rest.repos.getContent({ owner, repo: name, path: "outside" });
    expect(link).toMatchObject({ type: "symlink", target: "../elsewhere" });
    // Over 1 MB GitHub sends no content; the blob API has it.
    const { data: big } = await octokit.rest.repos.getContent({ owner, repo: name, path: "big.bin" });
    expect(big).toMatchObject({ type: "file", encoding: "none", content: "", size: 1024 * 1024 + 1 });

    await expect(octokit.rest.repos.getContent({ owner, repo: name, path: "nope.md" })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.getContent({ owner, repo: name, path: "README.md", ref: "no-such-branch" })).rejects.toMatchObject({ status: 404, message: expect.stringContaining("No commit found for the ref no-such-branch") });
  });

  it("creates and updates a file with a commit, and refuses a missing or stale sha", async () => {
    const { octokit, owner, name, seed, git, emulator } = await setup();
    seed.git!.commitFiles("main", { "run.sh": { content: "#!/bin/sh\n", mode: "100755" } });
    const before = git("rev-parse", "main").trim();

    const created = await octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "config/app.yml", message: "chore: add config", content: b64("a: 1\n") });
    expect(created.status).toBe(201);
    expect(created.data.content).toMatchObject({ path: "config/app.yml", type: "file", size: 5 });
    expect(created.data.commit).toMatchObject({ message: "chore: add config", parents: [{ sha: before }], committer: { name: "github-actions[bot]" }, author: { name: "github-actions[bot]" } });
    expect(git("show", "main:config/app.yml")).toBe("a: 1\n");
    const sha = created.data.content!.sha!;

    await expect(octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "config/app.yml", message: "m", content: b64("a: 2\n") })).rejects.toMatchObject({ status: 422, message: expect.stringContaining('"sha" wasn\'t supplied') });
    await expect(octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "config/app.yml", message: "m", content: b64("a: 2\n"), sha: "f".repeat(40) })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("does not match") });
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: name,
      path: "config/app.yml",
      message: "chore: bump",
      content: b64("a: 2\n"),
      sha,
      committer: { name: "Release Bot", email: "bot@example.invalid" },
      author: { name: "Ann Author", email: "ann@example.invalid", date: "2026-05-01T09:00:00Z" },
    });
    expect(updated.status).toBe(200);
    expect(git("log", "-1", "--format=%an|%cn|%aI", "main").trim()).toBe("Ann Author|Release Bot|2026-05-01T09:00:00+00:00");
    // An update keeps an executable executable.
    const { data: script } = await octokit.rest.repos.getContent({ owner, repo: name, path: "run.sh" });
    await octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "run.sh", message: "m", content: b64("#!/bin/sh\necho\n"), sha: (script as { sha: string }).sha });
    expect(git("ls-tree", "main", "run.sh")).toMatch(/^100755 /);

    // Another branch, and one that does not exist.
    git("branch", "topic", "main");
    await octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "t.txt", message: "m", content: b64("t"), branch: "topic" });
    expect(git("ls-tree", "--name-only", "topic", "t.txt").trim()).toBe("t.txt");
    expect(git("ls-tree", "--name-only", "main", "t.txt").trim()).toBe("");
    await expect(octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "t.txt", message: "m", content: b64("t"), branch: "gone" })).rejects.toMatchObject({ status: 404 });
    expect(emulator.count("repos/create-or-update-file-contents")).toBe(7);
    git("fsck", "--strict", "--no-dangling");
  });

  it("gives an empty repository its first commit on the default branch", async () => {
    const { octokit, owner, name, git } = await setup();
    await expect(octokit.rest.repos.getContent({ owner, repo: name, path: "" })).rejects.toMatchObject({ status: 404, message: expect.stringContaining("This repository is empty.") });
    const { data } = await octokit.rest.repos.createOrUpdateFileContents({ owner, repo: name, path: "README.md", message: "Initial commit", content: b64("hi\n") });
    expect(data.commit.parents).toEqual([]);
    expect(git("rev-parse", "main").trim()).toBe(data.commit.sha);
  });

  it("deletes a file with a commit, and refuses a stale sha or a missing file", async () => {
    const { octokit, owner, name, seed, git } = await setup();
    seed.git!.commitFiles("main", { "a.txt": "a\n", "dir/b.txt": "b\n" });
    const { data: file } = await octokit.rest.repos.getContent({ owner, repo: name, path: "dir/b.txt" });
    const sha = (file as { sha: string }).sha;
    await expect(octokit.rest.repos.deleteFile({ owner, repo: name, path: "dir/b.txt", message: "m", sha: "e".repeat(40) })).rejects.toMatchObject({ status: 409 });
    await expect(octokit.rest.repos.deleteFile({ owner, repo: name, path: "dir/none.txt", message: "m", sha })).rejects.toMatchObject({ status: 404 });
    const { data } = await octokit.rest.repos.deleteFile({ owner, repo: name, path: "dir/b.txt", message: "chore: remove b", sha });
    expect(data.content).toBeNull();
    expect(git("ls-tree", "-r", "--name-only", "main").trim()).toBe("a.txt");
    expect(git("log", "-1", "--format=%s", "main").trim()).toBe("chore: remove b");
  });

  it("lists branches and reads one with its head commit", async () => {
    const { octokit, owner, name, seed } = await setup();
    const main = seed.git!.commitFiles("main", { "a.txt": "a" }, "feat: a");
    const topic = seed.git!.commitFiles("feature/x", { "b.txt": "b" }, "feat: b");
    const { data: listed } = await octokit.rest.repos.listBranches({ owner, repo: name });
    expect(listed.map((branch) => [branch.name, branch.commit.sha, branch.protected])).toEqual([["feature/x", topic, false], ["main", main, false]]);
    expect((await octokit.rest.repos.listBranches({ owner, repo: name, protected: true })).data).toEqual([]);
    const { data: branch } = await octokit.rest.repos.getBranch({ owner, repo: name, branch: "feature/x" });
    expect(branch).toMatchObject({ name: "feature/x", protected: false, commit: { sha: topic, commit: { message: "feat: b" } } });
    await expect(octokit.rest.repos.getBranch({ owner, repo: name, branch: "none" })).rejects.toMatchObject({ status: 404 });
  });
});
