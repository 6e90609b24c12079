import { describeError } from "@release-cadence/core";

/** The CLI's flag where the core names an action input that the CLI spells otherwise. */
const CLI_FLAGS: Readonly<Record<string, string>> = { passphrase: "passphrase-env NAME", "out-dir": "out", artifacts: "artifact" };

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<void>;
type Loaded = { run: Command; help: string };

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

async function usage(): Promise<string> {
  const helps = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).help));
  return ["usage: cadence <command> [flags]", "", ...helps, ""].join("\n\n");
}

/** Runs one command line; returns the exit code. The one place a thrown value becomes a message. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    out.write(await usage());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    err.write(`cadence: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    out.write(`${command.help}\n`);
    return 0;
  }
  try {
    await command.run(rest, out);
    return 0;
  } catch (error) {
    err.write(`cadence ${name}: ${describeError(error, "cli", CLI_FLAGS)}\n`);
    return 1;
  }
}
