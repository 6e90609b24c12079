import { GitError, ConfigurationError } from "../errors/index.js";
import type { Git, GitResult } from "../ports/index.js";
import { takeGitAhead } from "./git-ahead.js";
import { GitProcess } from "./git-process.js";
import type { StartedGit } from "./git-questions.js";

/** The Git port over the git command line: one GitProcess per command, or the one started ahead for it. */
export class GitCli implements Git {
  constructor(readonly cwd: string) {}

  async run(args: readonly string[], options: { allowFailure?: boolean; input?: string; env?: Readonly<Record<string, string>> } = {}): Promise<GitResult> {
    let result: GitResult;
    const started = options.input === undefined && options.env === undefined ? takeGitAhead(this.cwd, args) : undefined;
    try {
      const own = { pipe: true, ...(options.input !== undefined ? { input: options.input } : {}), ...(options.env ? { env: options.env } : {}) };
      result = await outputOf(started ?? new GitProcess(this.cwd, args, own));
    } catch (error) {
      throw missingGitOrDirectory(this.cwd, error);
    }
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new GitError(`git ${args[0] ?? ""} failed with exit code ${result.exitCode}`, args, result.exitCode, result.stderr);
    }
    return result;
  }

  /**
   * git's output handed over as bytes, never decoded here (for `git log` over 100k commits, ~40 MB):
   * git writes into a temporary file read as it grows (see GitProcess); the bytes go to onChunk
   * in pieces of up to a megabyte.
   */
  async stream(args: readonly string[], onChunk: (chunk: Buffer) => void | boolean): Promise<void> {
    let failure: unknown;
    let stopped = false;
    const git = takeGitAhead(this.cwd, args) ?? new GitProcess(this.cwd, args);
    let exitCode: number;
    try {
      exitCode = await git.follow((chunk) => {
        if (failure !== undefined || stopped) return;
        try {
          if (onChunk(chunk) === false) {
            // The reader has what it wants: git's exit by the signal is no failure.
            stopped = true;
            git.kill();
          }
        } catch (error) {
          // The reader gave up (bad output): stop git instead of reading the rest for nothing.
          failure = error;
          git.kill();
        }
      });
    } catch (error) {
      throw missingGitOrDirectory(this.cwd, error);
    }
    if (failure !== undefined) throw failure;
    if (exitCode !== 0 && !stopped) throw new GitError(`git ${args[0] ?? ""} failed with exit code ${exitCode}`, args, exitCode, git.stderr);
  }
}

/** What run() returns: git's whole output. */
async function outputOf(git: StartedGit): Promise<GitResult> {
  const chunks: Buffer[] = [];
  const exitCode = await git.follow((chunk) => void chunks.push(Buffer.from(chunk)));
  return { stdout: Buffer.concat(chunks).toString("utf8"), stderr: git.stderr, exitCode };
}

function missingGitOrDirectory(cwd: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(message)) {
    return new ConfigurationError(`could not run git in ${cwd}: ${message}. Is git installed and does the directory exist?`);
  }
  return error instanceof Error ? error : new Error(message);
}
