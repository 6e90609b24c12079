import { describeError } from "@release-cadence/core";
import { demoCommand, demoHelp } from "./commands/demo.js";
import { versionBumpCommand, versionBumpHelp } from "./commands/version-bump.js";
import { publishCommand, publishHelp } from "./commands/publish.js";
import { changelogCommand, changelogHelp } from "./commands/changelog.js";
import { capsuleSignCommand, capsuleSignHelp } from "./commands/capsule-sign.js";
import { verifyCommand, verifyHelp } from "./commands/verify.js";
import { gateCheckCommand, gateCheckHelp } from "./commands/gate-check.js";
import { calendarCommand, calendarHelp } from "./commands/calendar.js";

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<void>;

/** Every command: its entry point and its help. Later actions add theirs here. */
const COMMANDS: Record<string, { run: Command; help: string }> = {
  "version-bump": { run: versionBumpCommand, help: versionBumpHelp },
  publish: { run: publishCommand, help: publishHelp },
  "gate-check": { run: gateCheckCommand, help: gateCheckHelp },
  calendar: { run: calendarCommand, help: calendarHelp },
  changelog: { run: changelogCommand, help: changelogHelp },
  "capsule-sign": { run: capsuleSignCommand, help: capsuleSignHelp },
  verify: { run: verifyCommand, help: verifyHelp },
  demo: { run: demoCommand, help: demoHelp },
};

function usage(): string {
  return ["usage: cadence <command> [flags]", "", ...Object.values(COMMANDS).map((command) => command.help), ""].join("\n\n");
}

/** Runs one command line; returns the exit code. The one place a thrown value becomes a message. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    out.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err.write(`cadence: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.write(`${command.help}\n`);
    return 0;
  }
  try {
    await command.run(rest, out);
    return 0;
  } catch (error) {
    err.write(`cadence ${name}: ${describeError(error)}\n`);
    return 1;
  }
}
