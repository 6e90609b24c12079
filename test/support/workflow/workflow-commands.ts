import type { Masker } from "./masker.js";

/**
 * Workflow commands a step prints on stdout (`::error file=a.ts,line=3::message`,
 * `::add-mask::`, `::group::`), processed line by line as the runner does, into a log
 * that never holds a masked value.
 */

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: Record<string, string>;
}

export interface StepLog {
  /** What the step printed, masked, commands removed (groups kept as `▸ name` markers). */
  lines: string[];
  annotations: Annotation[];
  debug: string[];
  /** `::set-output` / `::save-state` (deprecated but still honoured by the runner, with a warning). */
  outputs: Map<string, string>;
  state: Map<string, string>;
  /** Commands the runner refuses (set-env, add-path): the step fails. */
  refused: string[];
}

export function emptyLog(): StepLog {
  return { lines: [], annotations: [], debug: [], outputs: new Map(), state: new Map(), refused: [] };
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

function unescapeProperty(value: string): string {
  return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}

/** A line processor keeping the stop-commands state between lines of one step. */
export class CommandProcessor {
  private stopToken: string | undefined;

  constructor(
    private readonly log: StepLog,
    private readonly masker: Masker,
  ) {}

  line(raw: string): void {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw.trimStart());
    if (!match) return this.text(raw);
    const [, command, rawProperties = "", rawData = ""] = match;
    if (this.stopToken !== undefined) {
      if (command === this.stopToken) this.stopToken = undefined;
      else this.text(raw);
      return;
    }
    const properties: Record<string, string> = {};
    for (const pair of rawProperties.split(",").filter(Boolean)) {
      const equals = pair.indexOf("=");
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
    const message = unescapeData(rawData);
    switch (command) {
      case "add-mask":
        this.masker.add(message);
        return;
      case "error":
      case "warning":
      case "notice":
        this.log.annotations.push({ level: command, message: this.masker.mask(message), properties });
        this.log.lines.push(this.masker.mask(`${command[0]!.toUpperCase()}${command.slice(1)}: ${message}`));
        return;
      case "debug":
        this.log.debug.push(this.masker.mask(message));
        return;
      case "group":
        this.log.lines.push(this.masker.mask(`▸ ${message}`));
        return;
      case "endgroup":
        return;
      case "stop-commands":
        this.stopToken = message;
        return;
      case "echo":
        return;
      case "set-output":
        this.log.outputs.set(properties.name ?? "", message);
        this.log.annotations.push({ level: "warning", message: "The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.", properties: {} });
        return;
      case "save-state":
        this.log.state.set(properties.name ?? "", message);
        this.log.annotations.push({ level: "warning", message: "The `save-state` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.", properties: {} });
        return;
      case "set-env":
      case "add-path":
        this.log.refused.push(
          `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution ` +
            "by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`.",
        );
        return;
      default:
        // The runner prints an unknown command as a plain line.
        this.text(raw);
    }
  }

  private text(raw: string): void {
    this.log.lines.push(this.masker.mask(raw));
  }
}
