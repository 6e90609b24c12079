import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { GitCli, GitProcess, startGitAhead } from "@release-cadence/core";
import { subcommand, takeGitAhead } from "../../packages/core/src/adapters/git-ahead.js";
import { logArgs } from "../../packages/core/src/commits/log-args.js";
import { TestRepo } from "../support/git-repo.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LOG = ["log", "-z", "--format=%H%x00%P%x00%B", "HEAD", "--"];

async function streamed(git: GitCli, args: readonly string[]): Promise<string> {
  const chunks: Buffer[] = [];
  await git.stream(args, (chunk) => void chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

describe("git started ahead", () => {
  const repo = TestRepo.create({ prefix: "cadence-ahead-" });
  for (let n = 0; n < 40; n++) repo.commit(`feat: change ${n}\n\n${"body text ".repeat(n)}`);
  const outside = TestRepo.create({ prefix: "cadence-ahead-empty-" });
  afterAll(() => {
    repo.remove();
    outside.remove();
  });

  it("answers exactly as git asked then would, once", async () => {
    const fresh = new GitCli(repo.dir);
    const expected = { head: await fresh.run(["rev-parse", "HEAD"]), log: await streamed(fresh, LOG) };

    startGitAhead(repo.dir, [["rev-parse", "HEAD"], LOG]);
    // Let git finish first: what it printed meanwhile is kept for the taker.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const git = new GitCli(repo.dir);
    expect(await git.run(["rev-parse", "HEAD"])).toEqual(expected.head);
    expect(await streamed(git, LOG)).toBe(expected.log);
    // Taken once: asking again runs git again, with the same answer.
    expect(await streamed(git, LOG)).toBe(expected.log);
  });

  it("hands over a git still printing, and one that failed, with its exit code and message", async () => {
    startGitAhead(repo.dir, [LOG]);
    const log = await streamed(new GitCli(repo.dir), LOG);
    expect(log.split("\0").filter((field) => field.startsWith("feat: change"))).toHaveLength(40);

    const question = ["rev-parse", "--verify", "-q", "no-such-ref^{commit}"];
    const plain = await new GitCli(repo.dir).run(question, { allowFailure: true });
    startGitAhead(repo.dir, [question]);
    const early = await new GitCli(repo.dir).run(question, { allowFailure: true });
    expect(early).toEqual(plain);
    expect(early.exitCode).not.toBe(0);
    startGitAhead(repo.dir, [question]);
    await expect(new GitCli(repo.dir).run(question)).rejects.toThrow(/failed with exit code 1/);
  });

  it("is not taken by another folder or other arguments", async () => {
    startGitAhead(outside.dir, [["rev-parse", "HEAD"]]);
    const other = await new GitCli(repo.dir).run(["rev-parse", "HEAD"]);
    expect(other.stdout.trim()).toBe(repo.head());
  });

  it("does not keep the process alive, and is stopped at exit, alone or in a shell with others", () => {
    // Gits that take seconds (an alias running sleep), started ahead and never asked for.
    const slow = (name: string) => ["-c", `alias.${name}=!sleep 5`, name];
    for (const questions of [[slow("one")], [slow("one"), slow("two")]]) {
      const script = [
        // The sources import each other as `.js`: the child resolves them to the `.ts` files.
        `import { registerHooks } from "node:module";`,
        `registerHooks({ resolve: (specifier, context, next) => { try { return next(specifier, context); } catch (error) { if (specifier.endsWith(".js")) return next(specifier.replace(/\\.js$/, ".ts"), context); throw error; } } });`,
        `const { startGitAhead } = await import(${JSON.stringify(join(ROOT, "packages/core/src/adapters/git-ahead.ts"))});`,
        `startGitAhead(${JSON.stringify(repo.dir)}, ${JSON.stringify(questions)});`,
      ].join("\n");
      const started = Date.now();
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(Date.now() - started).toBeLessThan(4000);
    }
  });

  it("answers short questions asked of one shell exactly as git asked alone: output, messages and exit code", async () => {
    const questions: string[][] = [
      ["rev-parse", "--is-inside-work-tree", "--absolute-git-dir", "HEAD^{commit}", "--symbolic-full-name", "HEAD"],
      ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)", "refs/heads"],
      // No line feed at the end of the answer, a quote and unicode in an argument.
      ["show", "-s", "--format=format:%s it's ünïcödé"],
      ["rev-parse", "--verify", "-q", "no-such-ref^{commit}"],
      ["remote", "get-url", "origin"],
      ["cat-file", "-t", "no-such-object"],
    ];
    const plain = new GitCli(repo.dir);
    const expected = await Promise.all(questions.map((args) => plain.run(args, { allowFailure: true })));
    expect(expected.map((answer) => answer.exitCode).filter((code) => code !== 0).length).toBeGreaterThanOrEqual(3);
    startGitAhead(repo.dir, questions);
    const git = new GitCli(repo.dir);
    // Taken in another order than asked.
    const answers = await Promise.all([...questions].reverse().map((args) => git.run(args, { allowFailure: true })));
    expect(answers.reverse()).toEqual(expected);
  });

  it("says git cannot be run when it is not on PATH, asked ahead or not", async () => {
    const path = process.env.PATH;
    process.env.PATH = join(repo.dir, "no-git-here");
    try {
      startGitAhead(repo.dir, [["rev-parse", "HEAD"], ["remote"]]);
      await expect(new GitCli(repo.dir).run(["rev-parse", "HEAD"])).rejects.toThrow(/could not run git .*Is git installed/);
      await expect(new GitCli(repo.dir).run(["status"])).rejects.toThrow(/could not run git .*Is git installed/);
    } finally {
      process.env.PATH = path;
    }
  });

  it("runs a log in a process of its own, whatever options come before the command", async () => {
    expect(subcommand(logArgs("HEAD"))).toBe("log");
    expect(subcommand(["-C", "some/dir", "-c", "a.b=c", "--no-pager", "status"])).toBe("status");
    expect(subcommand(["--version"])).toBeUndefined();
    const log = logArgs("HEAD");
    startGitAhead(repo.dir, [log, ["rev-parse", "HEAD"], ["for-each-ref", "refs/heads"]]);
    const started = takeGitAhead(repo.dir, log);
    expect(started).toBeInstanceOf(GitProcess);
    expect(takeGitAhead(repo.dir, ["rev-parse", "HEAD"])).not.toBeInstanceOf(GitProcess);
    started!.kill();
  });

  it("fails every question of a shell that cannot start in the folder as git would", async () => {
    const missing = join(repo.dir, "no-such-folder");
    startGitAhead(missing, [["rev-parse", "HEAD"], ["remote"]]);
    await expect(new GitCli(missing).run(["rev-parse", "HEAD"])).rejects.toThrow(/could not run git .*ENOENT/);
    await expect(new GitCli(missing).run(["remote"])).rejects.toThrow(/could not run git .*ENOENT/);
  });
});

describe("GitProcess", () => {
  const repo = TestRepo.create({ prefix: "cadence-process-" });
  for (let n = 0; n < 300; n++) repo.commit(`fix: change ${n}\n\n${"a line of body text\n".repeat(n % 40)}`);
  // Output of several reads whichever way it comes.
  const BIG = 3 << 20;
  repo.commit("chore: a big file", "big.txt", "x".repeat(BIG));
  afterAll(() => repo.remove());

  const collect = async (git: GitProcess, stopAfter = Infinity): Promise<{ text: string; code: number }> => {
    const chunks: Buffer[] = [];
    const code = await git.follow((chunk) => {
      chunks.push(Buffer.from(chunk));
      if (chunks.length >= stopAfter) git.kill();
    });
    return { text: Buffer.concat(chunks).toString("utf8"), code };
  };

  it("hands over the same bytes through a temporary file as through a pipe, and leaves no file behind", async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith(`cadence-git-${process.pid}-`));
    const byFile = await collect(new GitProcess(repo.dir, LOG));
    const byPipe = await collect(new GitProcess(repo.dir, LOG, { pipe: true }));
    expect(byFile.code).toBe(0);
    expect(byPipe.code).toBe(0);
    expect(byFile.text).toBe(byPipe.text);
    expect(byFile.text.split("\0").filter((field) => field.startsWith("fix: change"))).toHaveLength(300);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`cadence-git-${process.pid}-`))).toEqual(before);
  });

  it("stops handing over output once killed, in both ways", async () => {
    const big = ["cat-file", "-p", "HEAD:big.txt"];
    for (const pipe of [false, true]) {
      expect((await collect(new GitProcess(repo.dir, big, { pipe }))).text.length).toBe(BIG);
      const stopped = await collect(new GitProcess(repo.dir, big, { pipe }), 1);
      expect(stopped.text.length, `pipe: ${pipe}`).toBeGreaterThan(0);
      expect(stopped.text.length, `pipe: ${pipe}`).toBeLessThan(BIG);
    }
  });

  it("hands over a long answer from a shell with others as git gives it alone", async () => {
    const questions = [["rev-parse", "HEAD"], ["cat-file", "-p", "HEAD:big.txt"], ["rev-parse", "--verify", "-q", "nothing^{commit}"]];
    const plain = new GitCli(repo.dir);
    const expected = await Promise.all(questions.map((args) => plain.run(args, { allowFailure: true })));
    startGitAhead(repo.dir, questions);
    const git = new GitCli(repo.dir);
    const answers = await Promise.all(questions.map((args) => git.run(args, { allowFailure: true })));
    expect(answers[1]!.stdout.length).toBe(BIG);
    expect(answers).toEqual(expected);
  });

  it("reports a git that cannot start", async () => {
    await expect(collect(new GitProcess(join(repo.dir, "no-such-folder"), LOG))).rejects.toThrow(/ENOENT/);
  });
});
