import type { SourceLocation } from "../errors/index.js";
import type { TextSource } from "../plan/text-source.js";

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The git command line, in one working directory. */
export interface Git {
  readonly cwd: string;
  /**
   * Runs git and returns its output; throws GitError on a non-zero exit unless allowFailure.
   * `env`: variables for this git only, on top of the process's.
   */
  run(args: readonly string[], options?: { allowFailure?: boolean; input?: string; env?: Readonly<Record<string, string>> }): Promise<GitResult>;
  /**
   * Runs git and hands its stdout to onChunk as raw bytes, as they arrive; a chunk's bytes may be
   * reused once onChunk returns (copy what you keep). onChunk returns false when it has read all
   * it wants: git is stopped, and stream resolves as if git had ended.
   */
  stream(args: readonly string[], onChunk: (chunk: Buffer) => void | boolean): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export type AnnotationLevel = "error" | "warning" | "notice";

/** Where people read what a run did: the Actions log and summary, or a terminal. */
export interface Reporter {
  info(message: string): void;
  debug(message: string): void;
  annotate(level: AnnotationLevel, message: string, location?: SourceLocation): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Appends markdown to the run's summary (the step summary in Actions). */
  summary(markdown: string): Promise<void>;
  /** Marks a value as secret so it never appears in what this reporter prints. */
  secret(value: string): void;
}

/** Reads and writes files relative to a root; the only way the applier touches the disk. */
export interface Files {
  readonly root: string;
  read(path: string): Promise<string | undefined>;
  write(path: string, content: string): Promise<void>;
  /** Writes a text handed over in pieces (see TextSource), as write does a string; optional for fakes. */
  writeInPieces?(path: string, content: TextSource): Promise<void>;
  /** Names of the files directly in a folder (none when it does not exist); optional for fakes. */
  list?(dir: string): Promise<string[]>;
  /** Why the file could not be written, judged before anything is (plan/preconditions.ts); optional for fakes. */
  writable?(path: string): string | undefined;
}
