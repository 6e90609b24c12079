import { spawn } from "node:child_process";
import { getExecOutput } from "@actions/exec";
import { GitError, ConfigurationError } from "../errors/index.js";
import type { Git, GitResult } from "../ports/index.js";

// Git must never stop to ask a person anything, and its output must not depend on the user's locale.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  LC_ALL: "C",
  GIT_PAGER: "cat",
  // Into a pipe git flushes after every commit (so a pager shows progress); a reader of 100k
  // commits then wakes 100k times. Buffered output is the same bytes, in fewer, larger writes.
  GIT_FLUSH: "0",
};

function environment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...GIT_ENV };
}

/** The Git port over the git command line: @actions/exec (silent) for commands, a plain spawn for streams. */
export class GitCli implements Git {
  constructor(readonly cwd: string) {}

  async run(args: readonly string[], options: { allowFailure?: boolean; input?: string } = {}): Promise<GitResult> {
    let result: GitResult;
    try {
      result = await getExecOutput("git", [...args], {
        cwd: this.cwd,
        silent: true,
        ignoreReturnCode: true,
        env: environment(),
        ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
      });
    } catch (error) {
      throw missingGitOrDirectory(this.cwd, error);
    }
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new GitError(`git ${args[0] ?? ""} failed with exit code ${result.exitCode}`, args, result.exitCode, result.stderr);
    }
    return result;
  }

  /**
   * Spawns git itself rather than going through @actions/exec, which decodes every stdout chunk
   * into a string and splits it into lines for listeners we do not use: for `git log` over 100k
   * commits that is a second UTF-8 decode of ~40 MB. Bytes go to onChunk as they arrive.
   */
  async stream(args: readonly string[], onChunk: (chunk: Buffer) => void | boolean): Promise<void> {
    let stderr = "";
    let failure: unknown;
    let stopped = false;
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn("git", [...args], { cwd: this.cwd, env: environment(), stdio: ["ignore", "pipe", "pipe"] });
      child.on("error", (error) => reject(missingGitOrDirectory(this.cwd, error)));
      child.stdout.on("data", (chunk: Buffer) => {
        if (failure !== undefined || stopped) return;
        try {
          if (onChunk(chunk) === false) {
            // The reader has what it wants: git's exit by the signal is no failure.
            stopped = true;
            child.kill();
          }
        } catch (error) {
          // The reader gave up (bad output): stop git instead of reading the rest for nothing.
          failure = error;
          child.kill();
        }
      });
      child.stderr.on("data", (data: Buffer) => {
        if (stderr.length < 8192) stderr += data.toString("utf8");
      });
      child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    if (failure !== undefined) throw failure;
    if (exitCode !== 0 && !stopped) throw new GitError(`git ${args[0] ?? ""} failed with exit code ${exitCode}`, args, exitCode, stderr);
  }
}

function missingGitOrDirectory(cwd: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOENT|Unable to locate executable/i.test(message)) {
    return new ConfigurationError(`could not run git in ${cwd}: ${message}. Is git installed and does the directory exist?`);
  }
  return error instanceof Error ? error : new Error(message);
}
