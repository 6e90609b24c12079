import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, closeSync, constants, openSync, read, statfsSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { StartedGit } from "./git-questions.js";

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

// Where git's output goes: a file git writes at its own pace, read here in large pieces as it
// grows. Through a pipe git writes 4 KB at a time and, when the reader is idle, wakes it for each
// write: for `git log` over 100k commits, 9,000 wake-ups that cost git and Node about 0.3 s each
// on a two-core machine (docs/performance.md). The file is removed as soon as both ends are open.
const READ_BYTES = 1 << 20;
const POLL_MS = 2;
// Below this much free space in the temporary folder, output goes through a pipe instead.
const FILE_SPACE_BYTES = 512 << 20;
// A git started ahead that writes into a pipe keeps this much of its output until someone asks for it.
const AHEAD_BYTES = 16 << 20;
// What is kept of git's stderr: its end, where git says what went wrong.
const STDERR_CHARS = 64 << 10;
let files = 0;

let located: { path: string | undefined; executable: string } | undefined;

/**
 * git's full path, looked up along PATH once. Spawning by a bare name makes the child try every
 * folder of PATH in turn while Node waits for the exec (on a runner's long PATH, milliseconds per
 * git started; a command starts six or more). "git" when it is not found, so that spawning fails
 * as it would have, with ENOENT.
 */
export function gitExecutable(): string {
  const path = process.env.PATH;
  if (!located || located.path !== path) located = { path, executable: process.platform === "win32" ? "git" : (findOnPath("git", path) ?? "git") };
  return located.executable;
}

function findOnPath(name: string, path: string | undefined): string | undefined {
  for (const folder of (path ?? "").split(delimiter)) {
    // An empty or relative entry would depend on the folder git runs in: left to spawn's own search.
    if (!isAbsolute(folder)) return undefined;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** A temporary file to be git's stdout: the descriptor git writes and the one read here, or undefined for a pipe. */
function outputFile(): { write: number; read: number } | undefined {
  try {
    const folder = tmpdir();
    const space = statfsSync(folder);
    if (space.bavail * space.bsize < FILE_SPACE_BYTES) return undefined;
    // Unique among running processes by the pid; "wx" refuses a file that is somehow there.
    const path = join(folder, `cadence-git-${process.pid}-${files++}-${Date.now().toString(36)}`);
    const write = openSync(path, "wx", 0o600);
    try {
      return { write, read: openSync(path, "r") };
    } finally {
      unlinkSync(path);
    }
  } catch {
    return undefined;
  }
}

/**
 * One git process. Its output is kept until follow() is called (at once for a command asked
 * now; later for one started ahead, see startGitAhead), then handed over as it arrives.
 */
export class GitProcess implements StartedGit {
  private readonly child: ChildProcess;
  /** The file git writes its output to; undefined when it writes into a pipe. */
  private readonly file: number | undefined;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private onData: ((chunk: Buffer) => void) | undefined;
  private exitCode: number | undefined;
  private failure: Error | undefined;
  private stopped = false;
  /** Who waits for git to end or fail. */
  private waiters: (() => void)[] = [];
  private readonly stderrDecoder = new StringDecoder("utf8");
  stderr = "";

  /**
   * `pipe`: git writes into a pipe even when a temporary file could be had (short answers, where
   * the file's four system calls cost more than they save). `input`: what git reads on stdin.
   * `env`: variables for this one git on top of the process's (a commit's dates).
   */
  constructor(cwd: string, args: readonly string[], options: { pipe?: boolean; input?: string; env?: Readonly<Record<string, string>> } = {}) {
    const file = options.pipe ? undefined : outputFile();
    const stdin = options.input === undefined ? "ignore" : "pipe";
    const env = options.env ? { ...gitEnvironment(), ...options.env } : gitEnvironment();
    this.child = spawn(gitExecutable(), [...args], { cwd, env, stdio: [stdin, file ? file.write : "pipe", "pipe"] });
    if (file) closeSync(file.write);
    this.file = file?.read;
    this.child.on("error", (error) => {
      this.failure = error;
      this.wake();
    });
    if (this.child.stdin) {
      // A git that exits before reading all of it closes the pipe: its exit code tells what happened.
      this.child.stdin.on("error", () => undefined);
      this.child.stdin.end(options.input);
    }
    this.child.stdout?.on("data", (chunk: Buffer) => {
      if (this.onData) return this.onData(chunk);
      this.kept.push(chunk);
      this.keptBytes += chunk.length;
      if (this.keptBytes > AHEAD_BYTES) this.child.stdout?.pause();
    });
    this.child.stderr?.on("data", (data: Buffer) => {
      this.stderr += this.stderrDecoder.write(data);
      if (this.stderr.length > 2 * STDERR_CHARS) this.stderr = this.stderr.slice(-STDERR_CHARS);
    });
    this.child.on("close", (code, signal) => {
      this.stderr = (this.stderr + this.stderrDecoder.end()).slice(-STDERR_CHARS);
      this.exitCode = code ?? (signal ? 128 : 1);
      this.wake();
    });
  }

  /** Started ahead: nobody waits for it yet, so it must not keep the process alive. */
  detach(): void {
    keepAlive(this.child, false);
  }

  /**
   * Hands the output to onData, what came already first; resolves with git's exit code once all
   * of it is handed over (or kill() was called). A chunk's bytes may be reused once onData
   * returns: copy what you keep.
   */
  async follow(onData: (chunk: Buffer) => void): Promise<number> {
    keepAlive(this.child, true);
    if (this.file === undefined) {
      for (const chunk of this.kept.splice(0)) onData(chunk);
      this.keptBytes = 0;
      this.onData = onData;
      this.child.stdout?.resume();
    } else {
      await this.readFile(this.file, onData);
    }
    while (this.exitCode === undefined && this.failure === undefined) await this.waitFor(Infinity);
    if (this.failure) throw this.failure;
    return this.exitCode!;
  }

  kill(): void {
    this.stopped = true;
    this.child.kill();
  }

  /** Reads the file git writes until git has ended and all of it is read, or until kill(). */
  private async readFile(file: number, onData: (chunk: Buffer) => void): Promise<void> {
    let position = 0;
    // One buffer for the whole reading: a megabyte a read would be garbage for the collector.
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    try {
      while (!this.stopped && this.failure === undefined) {
        // Asked before the read: an end seen now means the read below sees all git wrote.
        const ended = this.exitCode !== undefined;
        const bytes = await readAt(file, buffer, position);
        if (bytes > 0) {
          position += bytes;
          onData(buffer.subarray(0, bytes));
        } else if (ended) {
          return;
        } else {
          await this.waitFor(POLL_MS);
        }
      }
    } finally {
      closeSync(file);
    }
  }

  /** Until git ends or fails, at most `ms`. */
  private waitFor(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        resolve();
      };
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      this.waiters.push(done);
    });
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

/** Whether a child and its output pipes keep Node's process alive (someone waits for them) or not (started ahead). */
export function keepAlive(child: ChildProcess, keep: boolean): void {
  if (keep) child.ref();
  else child.unref();
  for (const stream of [child.stdout, child.stderr]) {
    const handle = stream as (Readable & { ref?: () => void; unref?: () => void }) | null;
    if (keep) handle?.ref?.();
    else handle?.unref?.();
  }
}

function readAt(file: number, buffer: Buffer, position: number): Promise<number> {
  return new Promise((resolve, reject) => read(file, buffer, 0, buffer.length, position, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}
