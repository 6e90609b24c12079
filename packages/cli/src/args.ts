import { parseArgs } from "node:util";
import { ConfigurationError } from "@release-cadence/core";

/** One flag of a command: how it is parsed, and what its help says about it. */
export interface Flag {
  type: "string" | "boolean";
  /** May be given several times; every value is kept. Any other flag given twice is an error. */
  multiple?: boolean;
  /** The value's placeholder in the help (`X.Y.Z`, `DIR`); string flags only. */
  value?: string;
  /** What the flag does, in a few words. */
  about: string;
  /** What holds when the flag is not given, in words ("the current folder", "off"). */
  defaultIs?: string;
  /** The command cannot run without it. */
  required?: boolean;
}
export type Flags = Record<string, Flag>;

/** What a command's help shows: how it is called, what it does, and every flag. */
export interface CommandHelp {
  usage: string;
  /** One line for `cadence help`. */
  summary: string;
  about: string;
  flags: Flags;
}

/** The command line is wrong (an unknown or repeated flag, a value or a required flag missing): exit 2. */
export class UsageError extends ConfigurationError {}

type One<F extends Flag> = F["type"] extends "boolean" ? boolean : string;
type Value<F extends Flag> = F["multiple"] extends true ? Array<One<F>> : One<F>;
/** The parsed values: a required flag is always there, any other may be absent. */
type Values<T extends Flags> = { [K in keyof T as T[K]["required"] extends true ? K : never]: Value<T[K]> } & {
  [K in keyof T as T[K]["required"] extends true ? never : K]?: Value<T[K]>;
};

/**
 * Parses a command's flags by its table. Every mistake in the command line itself is a UsageError,
 * said plainly: an unknown flag, a flag without its value, a flag given twice, a required one missing.
 */
export function parseFlags<T extends Flags>(
  argv: string[],
  flags: T,
  positional?: { name: string; about: string },
): { values: Values<T>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, multiple: flag.multiple ?? false }]),
  );
  const allowPositionals = positional !== undefined;
  const parse = () => parseArgs({ args: argv, options, allowPositionals, strict: true, tokens: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, "")
      .replace(/^Unknown option/, "unknown flag")
      .replace(/^Option '(--[\w-]+)(?: <value>)?' argument missing$/, "$1 needs a value");
    throw new UsageError(`${message}; run with --help for the flags`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || flags[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`);
    seen.add(token.name);
  }
  const missing = Object.entries(flags).filter(([name, flag]) => flag.required && !seen.has(name));
  if (missing.length > 0) {
    const named = missing.map(([name, flag]) => `${flagName(name, flag)} (${flag.about})`);
    throw new UsageError(`${named.join(" and ")} is missing`);
  }
  if (positional && parsed.positionals.length !== 1) {
    const count = parsed.positionals.length;
    throw new UsageError(`needs one ${positional.name} (${positional.about}), got ${count} arguments`);
  }
  return { values: parsed.values as Values<T>, positionals: parsed.positionals };
}

/** The command's `--help`: usage, what it does, then every flag with its default. */
export function renderHelp(help: CommandHelp): string {
  const names = Object.entries(help.flags).map(([name, flag]) => `${flagName(name, flag)}${flag.multiple ? " …" : ""}`);
  const width = Math.min(28, Math.max(...names.map((name) => name.length)));
  const lines = Object.values(help.flags).flatMap((flag, index) => {
    const name = names[index]!;
    const fallback = flag.defaultIs ?? (flag.type === "boolean" ? "off" : "none");
    const when = flag.required ? "required" : `default: ${fallback}`;
    const text = wrap(`${flag.about} (${when})`, HELP_WIDTH - width - 6);
    const indent = `    ${" ".repeat(width)}  `;
    const first = name.length > width ? [`    ${name}`, `${indent}${text[0]}`] : [`    ${name.padEnd(width)}  ${text[0]}`];
    return [...first, ...text.slice(1).map((line) => `${indent}${line}`)];
  });
  const heading = "  flags (may be given once each, except those marked …):";
  return [help.usage, help.about.replace(/^/gm, "  "), "", heading, ...lines].join("\n");
}

function flagName(name: string, flag: Flag): string {
  return `--${name}${flag.value ? ` ${flag.value}` : ""}`;
}

const HELP_WIDTH = 100;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
