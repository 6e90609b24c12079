import { spawnSync } from "node:child_process";
import type { RunScript } from "./run-scripts.js";

/** A shellcheck finding, placed at the workflow file's line. */
export interface ShellFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  level: string;
  message: string;
  where: string;
}

/** shellcheck's version line, or undefined when no `shellcheck` is on PATH. */
export function shellcheckVersion(): string | undefined {
  const result = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  return /^version: (.+)$/m.exec(result.stdout)?.[1];
}

// The shells whose scripts shellcheck reads; `bash` and `sh` are what GitHub runs `run:` with on Linux.
const CHECKED_SHELLS: Record<string, string> = { bash: "bash", sh: "sh" };

/** The shell shellcheck should read a script as, or undefined for pwsh, python and the like. */
export const shellcheckDialect = (shell: string): string | undefined => CHECKED_SHELLS[shell.split(/\s+/)[0]!];

/** Runs shellcheck on one `run:` script (from standard input) and maps its findings to the file. */
export function shellcheck(script: RunScript): ShellFinding[] {
  const dialect = shellcheckDialect(script.shell);
  if (!dialect) return [];
  const result = spawnSync("shellcheck", ["--norc", `--shell=${dialect}`, "--format=json1", "-"], {
    input: script.script,
    encoding: "utf8",
  });
  // 0: clean; 1: findings; anything else: shellcheck itself failed.
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`shellcheck failed on ${script.file} ${script.where}: ${result.error?.message ?? result.stderr}`);
  }
  const { comments } = JSON.parse(result.stdout) as {
    comments: { line: number; column: number; level: string; code: number; message: string }[];
  };
  return comments.map((comment) => ({
    file: script.file,
    line: script.firstLine + comment.line - 1,
    column: comment.column,
    code: `SC${comment.code}`,
    level: comment.level,
    message: comment.message,
    where: script.where,
  }));
}
