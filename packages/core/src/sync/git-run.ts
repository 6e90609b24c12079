import { spawn } from "node:child_process";
import { GitError } from "../errors/index.js";
import { gitEnvironment, gitExecutable } from "../adapters/git-process.js";

export interface GitRunOptions {
  cwd: string;
  /** Added to git's environment: an index file, a commit identity, credentials as GIT_CONFIG_* pairs. */
  env?: Record<string, string>;
  input?: Buffer | string;
  /** Exit codes that are answers, not failures (merge-file counts conflicts in its exit code). */
  allowCodes?: readonly number[];
}

export interface GitRunResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Runs one git command with bytes in and out. The sync's plumbing (fetch, ls-tree, hash-object,
 * update-index, commit-tree, push, merge-file) needs an environment of its own per command and
 * binary output, which the repository's Git port does not offer.
 */
export function runGit(args: readonly string[], options: GitRunOptions): Promise<GitRunResult> {
  return new Promise((resolve, reject) => {
    // Never a prompt for a password, never a hook or a user's editor.
    const env = { ...gitEnvironment(), GIT_ASKPASS: "echo", SSH_ASKPASS: "echo", GIT_EDITOR: "true", ...options.env };
    const child = spawn(gitExecutable(), [...args], { cwd: options.cwd, env, stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString("utf8")).slice(-16_384);
    });
    child.on("error", (error) => reject(new GitError(`could not run git: ${error.message}`, args, -1, "")));
    if (child.stdin) {
      child.stdin.on("error", () => undefined);
      child.stdin.end(options.input);
    }
    child.on("close", (code) => {
      const exit = code ?? 128;
      const result = { stdout: Buffer.concat(out), stderr: err, code: exit };
      if (exit === 0 || options.allowCodes?.includes(exit)) resolve(result);
      else reject(new GitError(`git ${args.find((arg) => !arg.startsWith("-")) ?? ""} failed with exit code ${exit}`, args, exit, err));
    });
  });
}

/** The last line git wrote to stderr that says something, for messages. */
export function gitSaid(error: unknown): string {
  if (error instanceof GitError) {
    const lines = error.stderr
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !/^hint:/.test(line));
    return lines.slice(-2).join(" ") || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
