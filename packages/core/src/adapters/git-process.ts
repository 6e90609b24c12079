import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";

// Git must never stop to ask a person anything, and its output must not depend on the user's locale.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  LC_ALL: "C",
  GIT_PAGER: "cat",
  // Into a pipe git flushes after every commit (so a pager shows progress); a reader of 100k
  // commits then wakes 100k times. Buffered output is the same bytes, in fewer, larger writes.
  GIT_FLUSH: "0",
};

export function gitEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, ...GIT_ENV };
}

// What a git started ahead keeps of its output until someone asks for it; then it waits in the pipe.
const AHEAD_BYTES = 16 << 20;
const STDERR_CHARS = 8192;

/**
 * One git process. Its output is kept until follow() is called (at once for a command asked
 * now; later for one started ahead, see startGitAhead), then handed over as it arrives.
 */
export class GitProcess {
  private readonly child: ChildProcessByStdio<null, Readable, Readable>;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private onData: ((chunk: Buffer) => void) | undefined;
  private settle: { resolve: (code: number) => void; reject: (error: Error) => void } | undefined;
  private exitCode: number | undefined;
  private failure: Error | undefined;
  stderr = "";

  constructor(cwd: string, args: readonly string[]) {
    this.child = spawn("git", [...args], { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
    this.child.on("error", (error) => {
      this.failure = error;
      this.settle?.reject(error);
    });
    this.child.stdout.on("data", (chunk: Buffer) => {
      if (this.onData) return this.onData(chunk);
      this.kept.push(chunk);
      this.keptBytes += chunk.length;
      if (this.keptBytes > AHEAD_BYTES) this.child.stdout.pause();
    });
    this.child.stderr.on("data", (data: Buffer) => {
      if (this.stderr.length < STDERR_CHARS) this.stderr += data.toString("utf8");
    });
    this.child.on("close", (code, signal) => {
      this.exitCode = code ?? (signal ? 128 : 1);
      this.settle?.resolve(this.exitCode);
    });
  }

  /** Started ahead: nobody waits for it yet, so it must not keep the process alive. */
  detach(): void {
    this.child.unref();
    (this.child.stdout as Readable & { unref?: () => void }).unref?.();
    (this.child.stderr as Readable & { unref?: () => void }).unref?.();
  }

  /** Hands the output to onData, what came already first; resolves with git's exit code. */
  follow(onData: (chunk: Buffer) => void): Promise<number> {
    this.child.ref();
    (this.child.stdout as Readable & { ref?: () => void }).ref?.();
    (this.child.stderr as Readable & { ref?: () => void }).ref?.();
    for (const chunk of this.kept.splice(0)) onData(chunk);
    this.keptBytes = 0;
    this.onData = onData;
    this.child.stdout.resume();
    return new Promise((resolve, reject) => {
      if (this.failure) reject(this.failure);
      else if (this.exitCode !== undefined) resolve(this.exitCode);
      else this.settle = { resolve, reject };
    });
  }

  kill(): void {
    this.child.kill();
  }
}

const ahead = new Map<string, GitProcess>();
let stopAtExit = false;
const aheadKey = (cwd: string, args: readonly string[]) => `${cwd}\0${args.join("\0")}`;

/**
 * Starts git commands before they are asked for: the CLI starts a command's first questions to
 * git before it loads the command's code, so that git works while Node loads. A GitCli in the
 * same folder that then asks exactly one of them (same arguments) takes over that process and its
 * output (takeGitAhead); what nobody asks for is stopped when the process exits.
 */
export function startGitAhead(cwd: string, commands: readonly (readonly string[])[]): void {
  if (commands.length === 0) return;
  if (!stopAtExit) {
    stopAtExit = true;
    process.once("exit", () => {
      for (const started of ahead.values()) started.kill();
    });
  }
  for (const args of commands) {
    const key = aheadKey(cwd, args);
    if (ahead.has(key)) continue;
    const started = new GitProcess(cwd, args);
    started.detach();
    ahead.set(key, started);
  }
}

/** The process startGitAhead started for exactly these arguments in this folder, once. */
export function takeGitAhead(cwd: string, args: readonly string[]): GitProcess | undefined {
  if (ahead.size === 0) return undefined;
  const key = aheadKey(cwd, args);
  const started = ahead.get(key);
  ahead.delete(key);
  return started;
}
