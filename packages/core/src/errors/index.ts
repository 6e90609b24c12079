import { renderMentions, type Surface } from "./mention.js";
import { describeSystemError } from "./system.js";

/** Where a user's mistake sits, so an annotation can point at it. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** Something the user can fix: bad config, bad input, a repository in the wrong state. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  constructor(
    message: string,
    readonly location?: SourceLocation,
    /** Every problem found, when several were collected at once. */
    readonly problems: readonly string[] = [],
    /** The problems that sit at a place in a file, each to be annotated there. */
    readonly located: ReadonlyArray<{ message: string; location: SourceLocation }> = [],
  ) {
    super(message);
  }
}

/** A git command failed for a reason that is not the user's input. */
export class GitError extends Error {
  override readonly name = "GitError";
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** Apply was handed a plan hash that no longer matches what is observed now. */
export class StalePlanError extends ConfigurationError {
  constructor(expected: string, actual: string) {
    super(
      `the plan is stale: it was made with hash ${expected}, but the repository now plans to ${actual}. ` +
        "Run the dry-run again, review the new plan and apply that one.",
    );
  }
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "";
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

/**
 * One line for a person, whatever was thrown; never a stack trace. Settings named in the message
 * are said as `surface` names them (errors/mention.ts): inputs in an action, flags in the CLI.
 */
export function describeError(error: unknown, surface: Surface = "action", flags: Readonly<Record<string, string>> = {}): string {
  return renderMentions(describeAny(error), surface, flags);
}

function describeAny(error: unknown): string {
  if (error instanceof ConfigurationError) {
    const where = formatLocation(error.location);
    const head = where ? `${where}: ${error.message}` : error.message;
    return error.problems.length > 1 ? `${head}\n${error.problems.map((problem) => `  - ${problem}`).join("\n")}` : head;
  }
  if (error instanceof GitError) {
    const detail = error.stderr.trim().split("\n").slice(-3).join(" ");
    return `${error.message}${detail ? `: ${detail}` : ""}`;
  }
  const system = describeSystemError(error);
  if (system !== undefined) return system;
  // Forge failures (forge/errors.ts) already say what failed and what to do.
  if (error instanceof Error && error.name === "ForgeError") return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}
