import { getExecOutput, exec } from "@actions/exec";
import { GitError, ConfigurationError } from "../errors/index.js";
import type { Git, GitResult } from "../ports/index.js";

// Git must never stop to ask a person anything, and its output must not depend on the user's locale.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  LC_ALL: "C",
  GIT_PAGER: "cat",
};

function environment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...GIT_ENV };
}

/** The Git port over the git command line (through @actions/exec, silent). */
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

  async stream(args: readonly string[], onChunk: (chunk: Buffer) => void): Promise<void> {
    let stderr = "";
    let exitCode: number;
    try {
      exitCode = await exec("git", [...args], {
        cwd: this.cwd,
        silent: true,
        ignoreReturnCode: true,
        env: environment(),
        listeners: {
          stdout: onChunk,
          stderr: (data: Buffer) => {
            if (stderr.length < 8192) stderr += data.toString("utf8");
          },
        },
      });
    } catch (error) {
      throw missingGitOrDirectory(this.cwd, error);
    }
    if (exitCode !== 0) throw new GitError(`git ${args[0] ?? ""} failed with exit code ${exitCode}`, args, exitCode, stderr);
  }
}

function missingGitOrDirectory(cwd: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/ENOENT|Unable to locate executable/i.test(message)) {
    return new ConfigurationError(`could not run git in ${cwd}: ${message}. Is git installed and does the directory exist?`);
  }
  return error instanceof Error ? error : new Error(message);
}
