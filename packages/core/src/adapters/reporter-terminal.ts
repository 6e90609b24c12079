import type { AnnotationLevel, Reporter } from "../ports/index.js";
import { formatLocation, type SourceLocation } from "../errors/index.js";
import { knownSecrets, maskSecrets } from "../secrets/known.js";

/** Prints to a terminal: progress to stderr so that stdout stays clean for --json. */
export class TerminalReporter implements Reporter {
  // Secrets in the environment under any name (NPM_TOKEN, NODE_AUTH_TOKEN, ...), and those given.
  private readonly secrets: string[] = knownSecrets(process.env);
  private readonly summaries: string[] = [];
  constructor(
    private readonly out: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false,
  ) {}

  private print(text: string): void {
    this.out.write(`${this.mask(text)}\n`);
  }

  private mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }

  info(message: string): void {
    this.print(message);
  }
  debug(message: string): void {
    if (this.verbose) this.print(`debug: ${message}`);
  }
  annotate(level: AnnotationLevel, message: string, location?: SourceLocation): void {
    const where = formatLocation(location);
    this.print(`${level}: ${where ? `${where}: ` : ""}${message}`);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.verbose) this.print(`== ${title}`);
    return body();
  }
  async summary(markdown: string): Promise<void> {
    this.summaries.push(this.mask(markdown));
  }
  /** The markdown collected for the summary (the CLI prints it when asked). */
  collectedSummary(): string {
    return this.summaries.join("\n");
  }
  secret(value: string): void {
    if (value && !this.secrets.includes(value)) this.secrets.push(value);
    this.secrets.sort((a, b) => b.length - a.length);
  }
}
