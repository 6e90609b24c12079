import { describeError } from "@release-cadence/core";
import cadencePackage from "../../../package.json" with { type: "json" };
import { renderHelp, UsageError, type CommandHelp } from "./args.js";

/** The CLI's flag where the core names an action input that the CLI spells otherwise. */
const CLI_FLAGS: Readonly<Record<string, string>> = { passphrase: "passphrase-env NAME", "out-dir": "out", artifacts: "artifact" };

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<void>;
type Loaded = { run: Command; help: CommandHelp };

/**
 * Every command: its entry point and its help, loaded only when asked for, so that a run starts
 * with the code of its own command and not of all of them (the bundle splits at these imports).
 * Later actions add theirs here.
 */
const COMMANDS: Record<string, () => Promise<Loaded>> = {
  "version-bump": async () => {
    const { versionBumpCommand, versionBumpHelp } = await import("./commands/version-bump.js");
    return { run: versionBumpCommand, help: versionBumpHelp };
  },
  publish: async () => {
    const { publishCommand, publishHelp } = await import("./commands/publish.js");
    return { run: publishCommand, help: publishHelp };
  },
  rollback: async () => {
    const { rollbackCommand, rollbackHelp } = await import("./commands/rollback.js");
    return { run: rollbackCommand, help: rollbackHelp };
  },
  "gate-check": async () => {
    const { gateCheckCommand, gateCheckHelp } = await import("./commands/gate-check.js");
    return { run: gateCheckCommand, help: gateCheckHelp };
  },
  calendar: async () => {
    const { calendarCommand, calendarHelp } = await import("./commands/calendar.js");
    return { run: calendarCommand, help: calendarHelp };
  },
  metrics: async () => {
    const { metricsCommand, metricsHelp } = await import("./commands/metrics.js");
    return { run: metricsCommand, help: metricsHelp };
  },
  "post-release": async () => {
    const { postReleaseCommand, postReleaseHelp } = await import("./commands/post-release.js");
    return { run: postReleaseCommand, help: postReleaseHelp };
  },
  changelog: async () => {
    const { changelogCommand, changelogHelp } = await import("./commands/changelog.js");
    return { run: changelogCommand, help: changelogHelp };
  },
  "capsule-sign": async () => {
    const { capsuleSignCommand, capsuleSignHelp } = await import("./commands/capsule-sign.js");
    return { run: capsuleSignCommand, help: capsuleSignHelp };
  },
  sync: async () => {
    const { syncCommand, syncHelp } = await import("./commands/sync.js");
    return { run: syncCommand, help: syncHelp };
  },
  verify: async () => {
    const { verifyCommand, verifyHelp } = await import("./commands/verify.js");
    return { run: verifyCommand, help: verifyHelp };
  },
  demo: async () => {
    const { demoCommand, demoHelp } = await import("./commands/demo.js");
    return { run: demoCommand, help: demoHelp };
  },
};

/** `cadence help`: every command with its one line; `cadence <command> --help` gives its flags. */
async function usage(): Promise<string> {
  const commands = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => [name, (await load()).help.summary] as const),
  );
  const width = Math.max(...commands.map(([name]) => name.length));
  return [
    "usage: cadence <command> [flags]",
    "",
    ...commands.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
    "",
    "cadence <command> --help lists the command's flags and their defaults;",
    "cadence --version says the version.",
    "Exit codes: 0 done, 1 the run failed (or a gate or a check did), 2 the command line is wrong.",
    "",
  ].join("\n");
}

/** Runs one command line; returns the exit code. The one place a thrown value becomes a message. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    out.write(`cadence ${cadencePackage.version}\n`);
    return 0;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    out.write(await usage());
    return 0;
  }
  if (!name) {
    err.write(await usage());
    return 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    err.write(`cadence: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    out.write(`${renderHelp(command.help)}\n`);
    return 0;
  }
  try {
    await command.run(rest, out);
    return 0;
  } catch (error) {
    err.write(`cadence ${name}: ${describeError(error, "cli", CLI_FLAGS)}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
