import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { GitCli, listTags, readCommits, readTags, tagsContainedIn } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";

/** A small seeded generator, so a failing history can be rebuilt. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A tangled history through fast-import: branches that fork from anywhere and merge back, HEAD
 * somewhere in the middle, commits after it on side branches, annotated and lightweight tags all
 * over (some on commits HEAD does not contain), and a tag on a tree.
 */
function tangledHistory(repo: TestRepo, seed: number): void {
  const rand = random(seed);
  const pick = (n: number) => 1 + Math.floor(rand() * n);
  const lines: string[] = [];
  const count = 60;
  for (let n = 1; n <= count; n++) {
    lines.push(`commit refs/heads/work`, `mark :${n}`, `committer C <c@example.invalid> ${1_700_000_000 + n} +0000`, `data ${String(n).length}`, String(n));
    if (n > 1) lines.push(`from :${rand() < 0.7 ? n - 1 : pick(n - 1)}`);
    if (n > 2 && rand() < 0.25) lines.push(`merge :${pick(n - 1)}`);
    lines.push("");
  }
  const head = 20 + Math.floor(rand() * 35);
  lines.push(`reset refs/heads/main`, `from :${head}`, "");
  for (let t = 0; t < 14; t++) {
    const target = pick(count);
    if (rand() < 0.5) lines.push(`tag v1.${t}.0`, `from :${target}`, `tagger T <t@example.invalid> ${1_700_000_000 + t} +0000`, "data 3", "tag");
    else lines.push(`reset refs/tags/v1.${t}.0`, `from :${target}`, "");
  }
  lines.push("done", "");
  execFileSync("git", ["fast-import", "--quiet", "--done"], { cwd: repo.dir, input: lines.join("\n") });
  repo.git("checkout", "-q", "-f", "main");
  const tree = repo.git("rev-parse", "HEAD^{tree}").trim();
  repo.git("tag", "a-tree", tree);
}

describe("tagsContainedIn", () => {
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((repo) => repo.remove()));

  it.each([1, 2, 3, 4, 5, 6])("finds exactly the tags `for-each-ref --merged=HEAD` finds, from any base (history %i)", async (seed) => {
    const repo = TestRepo.create({ prefix: "cadence-tags-" });
    repos.push(repo);
    tangledHistory(repo, seed);
    const git = new GitCli(repo.dir);
    const { reachable } = await readTags(git);
    const all = await listTags(git);
    expect(all.map((tag) => tag.name)).toEqual((await readTags(git)).all.map((tag) => tag.name));
    const names = (tags: ReadonlyArray<{ name: string }>) => tags.map((tag) => tag.name);
    // Every tag as the base guessed from the tags: contained in HEAD or not, below or above it.
    for (const base of all.filter((tag) => tag.name.startsWith("v"))) {
      const commits = await readCommits(git, { from: base.sha, to: "HEAD" });
      const found = await tagsContainedIn(git, all, { from: base.sha, commits });
      expect(names(found), `base ${base.name}`).toEqual(names(reachable));
    }
  });

  it("knows there is nothing to find without tags", async () => {
    const repo = TestRepo.create({ prefix: "cadence-tags-" });
    repos.push(repo);
    repo.commit("feat: one");
    expect(await tagsContainedIn(new GitCli(repo.dir), [], { from: repo.head(), commits: [] })).toEqual([]);
  });
});
