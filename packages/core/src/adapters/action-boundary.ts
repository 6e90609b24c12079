import { outcomesOf, renderOutcomes } from "../plan/outcomes.js";
import { renderMentions } from "../errors/mention.js";
import * as core from "@actions/core";
import { readFileSync, writeFileSync } from "node:fs";
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
    maskOutputs(process.env.GITHUB_OUTPUT, knownSecrets(process.env));
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
    maskOutputs(process.env.GITHUB_OUTPUT, secrets);
  }
}

/**
 * The step's outputs, as the runner will read them, with no secret of the run in them: the output
 * file is the one place every output of every action is written (core.setOutput appends to it),
 * and it is this step's own (the runner gives each step a new one).
 */
function maskOutputs(file: string | undefined, secrets: readonly string[]): void {
  if (!file || secrets.length === 0) return;
  try {
    const text = readFileSync(file, "utf8");
    const masked = maskSecrets(text, secrets);
    if (masked !== text) writeFileSync(file, masked);
  } catch (error) {
    // No output file (a step that set no output): nothing to mask.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") core.warning(`the step's outputs could not be checked for secrets: ${describeError(error)}`);
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
