import * as core from "@actions/core";
import { ConfigurationError, describeError, type SourceLocation } from "../errors/index.js";
import { knownSecrets, maskSecrets } from "../secrets/known.js";

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
    // A failure's text may quote a command's output or a remote's answer: no secret of the run in it.
    const secrets = knownSecrets(process.env);
    if (error instanceof ConfigurationError && error.location) core.error(maskSecrets(error.message, secrets), annotationProperties(error.location));
    core.setFailed(maskSecrets(describeError(error), secrets));
  }
}
