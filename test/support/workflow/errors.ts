import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/index";

/**
 * A construct the local runner cannot run as GitHub would, or a workflow GitHub would refuse:
 * always loud, always with the file and the line, never silently skipped.
 */
export class WorkflowError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file ? `${file}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: ${message}` : message);
    this.name = "WorkflowError";
  }

  static at(file: string, token: TemplateToken | undefined, message: string): WorkflowError {
    return new WorkflowError(message, file, token?.line, token?.col);
  }
}

/** A message for anything thrown, without losing non-Error values. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
