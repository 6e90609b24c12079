import { spawn, type ChildProcess } from "node:child_process";
import { gitEnvironment, gitExecutable, keepAlive } from "./git-process.js";

// Starting a process from Node blocks until the child has started, and costs more the larger
// Node is: three short questions asked of git one process each took about twice the time of
// asking them of one shell that runs the three gits in turn (docs/performance.md). The shell
// prints a marker line after each answer, on stdout with git's exit code and on stderr, which
// splits the two streams into the answers again.

/** What a git started ahead hands over (GitProcess, or one answer of a QuestionBatch). */
export interface StartedGit {
  /** Hands the output to onData; resolves with git's exit code once all of it is handed over. */
  follow(onData: (chunk: Buffer) => void): Promise<number>;
  kill(): void;
  readonly stderr: string;
}

/** A word as the shell reads it back: in single quotes, a quote inside spelled '\''. */
const quote = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * Short git questions (a few lines of answer each) asked of one POSIX shell, in order; each
 * answer is a StartedGit of its own. Not on Windows, which has no /bin/sh to ask.
 */
export class QuestionBatch {
  readonly answers: BatchAnswer[];
  private readonly child: ChildProcess;
  private readonly token: string;
  private readonly out: Parser;
  private readonly err: Parser;
  private ended = false;

  constructor(cwd: string, questions: readonly (readonly string[])[]) {
    this.token = `cadence-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    this.answers = questions.map(() => new BatchAnswer(this));
    const git = quote(gitExecutable());
    // After each git: its exit code on stdout and a marker on stderr, each on a line of its own.
    const script = questions.map((args) => `${git} ${args.map(quote).join(" ")}; printf '\\n%s %s\\n' ${this.token} $?; printf '\\n%s\\n' ${this.token} >&2`).join("\n");
    this.child = spawn("/bin/sh", ["-c", script], { cwd, env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
    this.out = new Parser(Buffer.from(`\n${this.token} `), (index, text, rest) => this.answers[index]?.settleOut(text, exitCodeOf(rest)), true);
    this.err = new Parser(Buffer.from(`\n${this.token}\n`), (index, text) => this.answers[index]?.settleErr(text.toString("utf8")), false);
    this.child.stdout!.on("data", (chunk: Buffer) => this.out.push(chunk));
    this.child.stderr!.on("data", (chunk: Buffer) => this.err.push(chunk));
    this.child.on("error", (error) => this.finish(error));
    this.child.on("close", (code, signal) => this.finish(code === 0 ? undefined : new Error(`the shell asking git stopped early (${signal ?? `exit code ${code}`})`)));
    // Nobody waits yet: the shell must not keep the process alive.
    keepAlive(this.child, false);
  }

  /** Someone waits for an answer: keep the process alive until the shell is done. */
  attach(): void {
    keepAlive(this.child, true);
  }

  kill(): void {
    if (!this.ended) this.child.kill();
  }

  private finish(failure: Error | undefined): void {
    if (this.ended) return;
    this.ended = true;
    // Answers the shell never gave (it could not start, or was stopped) fail with the reason.
    for (const answer of this.answers) answer.fail(failure ?? new Error("the shell asking git ended without an answer"));
  }
}

/**
 * Splits a stream at marker bytes, calling back with each piece before a marker, in order. The
 * bytes gather in one buffer that doubles when full, and each search starts where a marker could
 * first have been cut off: any size of answer costs time in proportion to it.
 */
class Parser {
  private buffered: Buffer = Buffer.alloc(4096);
  private used = 0;
  private searchFrom = 0;
  private index = 0;
  private readonly marker: Buffer;
  private readonly onPiece: (index: number, text: Buffer, rest: Buffer) => void;
  /** Whether a line (the exit code) follows the marker. */
  private readonly lineAfter: boolean;

  // Fields assigned by hand, not as parameter properties: tests load this file with Node's type stripping.
  constructor(marker: Buffer, onPiece: (index: number, text: Buffer, rest: Buffer) => void, lineAfter: boolean) {
    this.marker = marker;
    this.onPiece = onPiece;
    this.lineAfter = lineAfter;
  }

  push(chunk: Buffer): void {
    if (this.used + chunk.length > this.buffered.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.buffered.length * 2, this.used + chunk.length));
      this.buffered.copy(larger, 0, 0, this.used);
      this.buffered = larger;
    }
    chunk.copy(this.buffered, this.used);
    this.used += chunk.length;
    for (;;) {
      const filled = this.buffered.subarray(0, this.used);
      // The marker's leading line feed is the shell's own; an answer without a final line feed loses none.
      const at = filled.indexOf(this.marker, this.searchFrom);
      if (at === -1) {
        this.searchFrom = Math.max(0, this.used - this.marker.length + 1);
        return;
      }
      let end = at + this.marker.length;
      let rest: Buffer = Buffer.alloc(0);
      if (this.lineAfter) {
        const newline = filled.indexOf(0x0a, end);
        if (newline === -1) {
          this.searchFrom = at;
          return;
        }
        rest = Buffer.from(filled.subarray(end, newline));
        end = newline + 1;
      }
      this.onPiece(this.index++, Buffer.from(filled.subarray(0, at)), rest);
      this.buffered.copy(this.buffered, 0, end, this.used);
      this.used -= end;
      this.searchFrom = 0;
    }
  }
}

function exitCodeOf(text: Buffer): number {
  const code = Number(text.toString("latin1"));
  return Number.isInteger(code) ? code : 1;
}

/** One question's answer: git's output, its messages and its exit code, once the shell has said them. */
class BatchAnswer implements StartedGit {
  stderr = "";
  private output: Buffer | undefined;
  private exitCode: number | undefined;
  private errDone = false;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];
  private readonly batch: QuestionBatch;

  constructor(batch: QuestionBatch) {
    this.batch = batch;
  }

  settleOut(text: Buffer, exitCode: number): void {
    this.output = text;
    this.exitCode = exitCode;
    this.wake();
  }

  settleErr(text: string): void {
    this.stderr = text;
    this.errDone = true;
    this.wake();
  }

  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.wake();
  }

  private get done(): boolean {
    return this.exitCode !== undefined && this.errDone;
  }

  async follow(onData: (chunk: Buffer) => void): Promise<number> {
    this.batch.attach();
    while (!this.done && this.failure === undefined) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (!this.done) throw this.failure!;
    if (this.output!.length > 0) onData(this.output!);
    return this.exitCode!;
  }

  /** A short question runs to its end; the shell is stopped when the process exits. */
  kill(): void {}

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
