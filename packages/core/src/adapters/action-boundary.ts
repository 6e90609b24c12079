import * as core from "@actions/core";
import { ConfigurationError, describeError, type SourceLocation } from "../errors/index.js";

/** An annotation's place in a file, as @actions/core wants it. */
export function annotationProperties(location: SourceLocation | undefined): core.AnnotationProperties {
  if (!location) return {};
  return {
    file: location.file,
    ...(location.line ? { startLine: location.line } : {}),
    ...(location.column ? { startColumn: location.column } : {}),
  };
}

/**
 * The one top-level boundary of every action: whatever `run` throws (an Error or anything else)
 * fails the step with one clear line, and a mistake in a file also becomes an annotation there.
 */
export async function runAsAction(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigurationError && error.location) core.error(error.message, annotationProperties(error.location));
    core.setFailed(describeError(error));
  }
}
