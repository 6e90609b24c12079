import { spawn, type ChildProcess } from "node:child_process";
import { gitEnvironment, gitExecutable } from "../../adapters/git-process.js";

interface Waiting {
  sha: string;
  resolve(bytes: Buffer | undefined): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch` for a whole run: blobs asked by id, answered in order. Reading the
 * thousand changed files of a dry-run costs one process, not a thousand.
 */
export class CatFile {
  private child: ChildProcess | undefined;
  private readonly queue: Waiting[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(private readonly gitDir: string) {}

  /** The blob's bytes, or undefined when the repository does not have it. */
  read(sha: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ sha, resolve, reject });
      child.stdin!.write(`${sha}\n`);
    });
  }

  /** Ends the process (the run closes every endpoint in the end, so none is left behind). */
  close(): void {
    this.child?.stdin?.end();
    this.child = undefined;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn(gitExecutable(), ["--git-dir", this.gitDir, "cat-file", "--batch"], { env: gitEnvironment(), stdio: ["pipe", "pipe", "pipe"] });
    child.stdout!.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stderr!.on("data", () => undefined);
    child.stdin!.on("error", () => undefined);
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.queue.splice(0)) waiting.reject(error);
    };
    child.on("error", fail);
    child.on("close", () => {
      if (this.queue.length > 0) fail(new Error("git cat-file ended before it answered"));
    });
    this.child = child;
    return child;
  }

  /** Hands out every whole answer in the buffer: `<sha> <type> <size>\n<bytes>\n` or `<sha> missing\n`. */
  private drain(): void {
    while (this.queue.length > 0) {
      const end = this.buffer.indexOf(10);
      if (end === -1) return;
      const header = this.buffer.subarray(0, end).toString("utf8");
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        this.buffer = this.buffer.subarray(end + 1);
        this.queue.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(header.split(" ")[2]);
      if (this.buffer.length < end + 1 + size + 1) return;
      const bytes = Buffer.from(this.buffer.subarray(end + 1, end + 1 + size));
      this.buffer = this.buffer.subarray(end + 1 + size + 1);
      this.queue.shift()!.resolve(bytes);
    }
  }
}
