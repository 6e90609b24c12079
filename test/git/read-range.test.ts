import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GitCli, readConventionalCommits, type Git } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";

/** The real GitCli, noting the revisions each `git log` stream was asked for. */
function recording(dir: string): { git: Git; streams: string[][] } {
  const real = new GitCli(dir);
  const streams: string[][] = [];
  const git: Git = {
    cwd: dir,
    run: (args, options) => real.run(args, options),
    stream: (args, onChunk) => {
      streams.push([...args]);
      return real.stream(args, onChunk);
    },
  };
  return { git, streams };
}

/** The revision a `git log` stream was given: the argument before `--`. */
const revisionOf = (args: readonly string[]) => args[args.indexOf("--") - 1];

const repos: TestRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

function newRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-range-" });
  repos.push(repo);
  return repo;
}

/** The shas of `git log from..to`, as git itself lists them. */
function gitRange(repo: TestRepo, from: string, to = "HEAD"): string[] {
  return repo.git("log", "--format=%H", `${from}..${to}`).split("\n").filter(Boolean);
}

async function shasOf(git: Git, from: string): Promise<string[]> {
  return (await readConventionalCommits(git, { from, to: "HEAD" })).map((commit) => commit.raw.sha);
}

describe("reading a range from a release sha", () => {
  it("reads a linear history as it is printed, stopping at the release", async () => {
    const repo = newRepo();
    for (let n = 0; n < 30; n++) repo.commit(`fix: before ${n}`);
    const release = repo.head();
    for (let n = 0; n < 12; n++) repo.commit(n % 3 === 0 ? `feat: after ${n}\n\nA body.\n\nBREAKING CHANGE: moved` : `fix: after ${n}`);
    const { git, streams } = recording(repo.dir);

    const commits = await readConventionalCommits(git, { from: release, to: "HEAD" });

    expect(commits.map((commit) => commit.raw.sha)).toEqual(gitRange(repo, release));
    expect(commits.map((commit) => commit.subject)).toEqual(Array.from({ length: 12 }, (_, n) => `after ${11 - n}`));
    expect(commits.filter((commit) => commit.breaking)).toHaveLength(4);
    // One git log, of HEAD alone: no range for git to work out before printing.
    expect(streams.map(revisionOf)).toEqual(["HEAD"]);
  });

  it("asks git for the range when a merge is met before the release", async () => {
    const repo = newRepo();
    repo.commit("feat: base");
    const release = repo.head();
    repo.commit("fix: on main");
    repo.git("checkout", "-q", "-b", "topic", release);
    repo.commit("feat: on topic");
    repo.git("checkout", "-q", "main");
    repo.git("merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic");
    repo.commit("fix: after the merge");
    const { git, streams } = recording(repo.dir);

    expect(await shasOf(git, release)).toEqual(gitRange(repo, release));
    expect(streams.map(revisionOf)).toEqual(["HEAD", `${release}..HEAD`]);
  });

  it("asks git for the range when the release is not on the line (a tag on another branch)", async () => {
    const repo = newRepo();
    repo.commit("feat: base");
    const fork = repo.head();
    repo.commit("fix: on main");
    repo.git("checkout", "-q", "-b", "hotfix", fork);
    const release = repo.commit("fix: hotfix release");
    repo.git("checkout", "-q", "main");
    repo.commit("feat: more on main");
    const { git, streams } = recording(repo.dir);

    const shas = await shasOf(git, release);
    expect(shas).toEqual(gitRange(repo, release));
    expect(shas).toHaveLength(2);
    expect(streams.map(revisionOf)).toEqual(["HEAD", `${release}..HEAD`]);
  });

  it("returns nothing when HEAD is the release", async () => {
    const repo = newRepo();
    repo.commit("feat: one");
    repo.commit("feat: two");
    const { git, streams } = recording(repo.dir);
    expect(await shasOf(git, repo.head())).toEqual([]);
    expect(streams).toHaveLength(1);
  });

  it("reads refs that are not full shas, and path-limited ranges, the usual way", async () => {
    const repo = newRepo();
    repo.commit("feat: one");
    repo.tag("v1.0.0");
    repo.commit("feat: in the package", "packages/a/file.txt");
    repo.commit("feat: elsewhere", "packages/b/file.txt");
    const { git, streams } = recording(repo.dir);

    expect(await shasOf(git, "v1.0.0")).toEqual(gitRange(repo, "v1.0.0"));
    const release = repo.git("rev-parse", "v1.0.0^{commit}").trim();
    const inPackage = await readConventionalCommits(git, { from: release, to: "HEAD", paths: ["packages/a"] });
    expect(inPackage.map((commit) => commit.subject)).toEqual(["in the package"]);
    expect(streams.map(revisionOf)).toEqual(["v1.0.0..HEAD", `${release}..HEAD`]);
  });

  it("gives what `git log from..HEAD` gives on generated histories with branches, merges and skewed dates", async () => {
    const history = fc.record({
      steps: fc.array(fc.record({ branch: fc.nat(3), merge: fc.option(fc.nat(3), { nil: undefined }), date: fc.integer({ min: 0, max: 6 }) }), { minLength: 1, maxLength: 40 }),
      from: fc.nat(),
    });
    const ways = { linear: 0, ranged: 0 };
    await fc.assert(
      fc.asyncProperty(history, async ({ steps, from }) => {
        const repo = newRepo();
        const shas = importHistory(repo, steps);
        const release = shas[from % shas.length]!;
        const { git, streams } = recording(repo.dir);
        expect(await shasOf(git, release)).toEqual(gitRange(repo, release));
        ways[streams.length === 1 ? "linear" : "ranged"]++;
        repo.remove();
      }),
      { numRuns: 60 },
    );
    // Both ways were taken, or the property says little about one of them.
    expect(ways.linear).toBeGreaterThan(0);
    expect(ways.ranged).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * Writes a history with git fast-import: each step commits on one of four branches (main first),
 * sometimes merging another branch's tip; dates repeat and go backwards. Returns the commits' shas.
 */
function importHistory(repo: TestRepo, steps: readonly { branch: number; merge?: number; date: number }[]): string[] {
  const tips: (number | undefined)[] = [];
  const lines: string[] = [];
  steps.forEach((step, index) => {
    const mark = index + 1;
    const branch = index === 0 ? 0 : step.branch;
    const message = `fix: step ${mark}\n`;
    lines.push(`commit refs/heads/${branch === 0 ? "main" : `b${branch}`}`, `mark :${mark}`);
    const when = `${1_700_000_000 + step.date * 60} +0000`;
    lines.push(`author A <a@example.invalid> ${when}`, `committer A <a@example.invalid> ${when}`, `data ${Buffer.byteLength(message)}`, message.trimEnd());
    // A branch's first commit starts from main's tip (or is main's root).
    const parent = tips[branch] ?? tips[0];
    if (parent !== undefined) lines.push(`from :${parent}`);
    const other = step.merge === undefined ? undefined : tips[step.merge];
    if (other !== undefined && other !== parent) lines.push(`merge :${other}`);
    tips[branch] = mark;
  });
  lines.push("done", "");
  const marks = join(repo.dir, ".git", "cadence-marks");
  const result = spawnSync("git", ["fast-import", "--quiet", "--done", `--export-marks=${marks}`], { cwd: repo.dir, input: lines.join("\n") });
  if (result.status !== 0) throw new Error(`fast-import failed: ${result.stderr.toString()}`);
  const shas: string[] = [];
  for (const line of readFileSync(marks, "utf8").split("\n")) {
    const [mark, sha] = line.split(" ");
    if (mark && sha) shas[Number(mark.slice(1)) - 1] = sha;
  }
  return shas;
}
