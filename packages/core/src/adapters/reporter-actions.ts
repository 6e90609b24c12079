import * as core from "@actions/core";
import type { AnnotationLevel, Reporter } from "../ports/index.js";
import type { SourceLocation } from "../errors/index.js";
import { knownSecrets, maskSecrets } from "../secrets/known.js";
import { annotationProperties } from "./action-boundary.js";

/**
 * Reports through the Actions runner: log lines, groups, annotations and the step summary. Every
 * secret the step's environment holds (under any name: NODE_AUTH_TOKEN, NPM_TOKEN, a secret
 * input) is registered with the runner and masked here too, as the summary is not a log the
 * runner masks.
 */
export class ActionsReporter implements Reporter {
  private readonly secrets: string[];

  constructor(env: Readonly<Record<string, string | undefined>> = process.env) {
    this.secrets = knownSecrets(env);
    for (const secret of this.secrets) core.setSecret(secret);
  }
  info(message: string): void {
    core.info(this.mask(message));
  }
  debug(message: string): void {
    core.debug(this.mask(message));
  }
  annotate(level: AnnotationLevel, message: string, location?: SourceLocation): void {
    const properties = annotationProperties(location);
    const text = this.mask(message);
    if (level === "error") core.error(text, properties);
    else if (level === "warning") core.warning(text, properties);
    else core.notice(text, properties);
  }
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return core.group(title, body);
  }
  async summary(markdown: string): Promise<void> {
    // Outside a runner there is no summary file; the log has the same facts.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.mask(markdown), true).write();
  }
  secret(value: string): void {
    if (!value) return;
    core.setSecret(value);
    if (!this.secrets.includes(value)) this.secrets.push(value);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  private mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }
}
