import * as core from "@actions/core";
import type { AnnotationLevel, Reporter } from "../ports/index.js";
import type { SourceLocation } from "../errors/index.js";
import { annotationProperties } from "./action-boundary.js";

/** Reports through the Actions runner: log lines, groups, annotations and the step summary. */
export class ActionsReporter implements Reporter {
  info(message: string): void {
    core.info(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  annotate(level: AnnotationLevel, message: string, location?: SourceLocation): void {
    const properties = annotationProperties(location);
    if (level === "error") core.error(message, properties);
    else if (level === "warning") core.warning(message, properties);
    else core.notice(message, properties);
  }
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return core.group(title, body);
  }
  async summary(markdown: string): Promise<void> {
    // Outside a runner there is no summary file; the log has the same facts.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
  secret(value: string): void {
    if (value) core.setSecret(value);
  }
}
