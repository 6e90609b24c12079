import { outcomesOf, renderOutcomes } from "../plan/outcomes.js";
import { renderMentions } from "../errors/mention.js";
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
    const said = (message: string) => maskSecrets(renderMentions(message, "action"), secrets);
    // Every problem that sits in a file is annotated there, not only the first.
    if (error instanceof ConfigurationError && error.located.length > 0) {
      for (const problem of error.located) core.error(said(problem.message), annotationProperties(problem.location));
    } else if (error instanceof ConfigurationError && error.location) {
      core.error(said(error.message), annotationProperties(error.location));
    }
    core.setFailed(maskSecrets(describeError(error), secrets));
    await reportOutcomes(error, secrets);
  }
}

/** After an effect failed part-way: what was done and what was not, in the log and the step summary. */
async function reportOutcomes(error: unknown, secrets: readonly string[]): Promise<void> {
  const applied = outcomesOf(error);
  if (!applied) return;
  const text = maskSecrets(renderOutcomes(applied), secrets);
  core.info(text);
  try {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text, true).write();
  } catch {
    // The log above has the same lines.
  }
}
