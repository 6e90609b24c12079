import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigurationError } from "@release-cadence/core";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's flags; an unknown or malformed flag is the user's mistake, said plainly. */
export function parseFlags<T extends OptionSpec>(command: string, argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new ConfigurationError(`${command}: ${message}. Run 'cadence help' for the flags.`);
  }
}
