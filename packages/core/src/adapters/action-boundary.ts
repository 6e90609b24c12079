import { outcomesOf, renderOutcomes } from "../plan/outcomes.js";
import { renderMentions } from "../errors/mention.js";
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
    // Every problem that sits in a file is annotated there, not only the first.
    if (error instanceof ConfigurationError && error.located.length > 0) {
      for (const problem of error.located) core.error(renderMentions(problem.message, "action"), annotationProperties(problem.location));
    } else if (error instanceof ConfigurationError && error.location) {
      core.error(renderMentions(error.message, "action"), annotationProperties(error.location));
    }
    core.setFailed(describeError(error));
    await reportOutcomes(error);
  }
}

/** After an effect failed part-way: what was done and what was not, in the log and the step summary. */
async function reportOutcomes(error: unknown): Promise<void> {
  const applied = outcomesOf(error);
  if (!applied) return;
  const text = renderOutcomes(applied);
  core.info(text);
  try {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text, true).write();
  } catch {
    // The log above has the same lines.
  }
}
