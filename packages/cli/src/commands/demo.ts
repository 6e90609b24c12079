import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ConfigurationError } from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";
import { Account } from "./demo/account.js";
import { findVerdaccio, givenRegistry, startRegistry, type DemoRegistry } from "./demo/registry.js";
import { cliRunner } from "./demo/run-cli.js";
import { createSandbox, digestSandbox, type Sandbox } from "./demo/sandbox.js";
import type { StoryContext } from "./demo/stage.js";
import { STORY, releaseHistory } from "./demo/story.js";

const flags = {
  dir: { type: "string", value: "DIR", about: "where the sandbox is made (a new or empty folder)", defaultIs: "a new folder in the system's temporary folder" },
  "dry-run": { type: "boolean", about: "plan every step and change nothing in the sandbox after making it" },
  registry: { type: "string", value: "URL", about: "use this npm registry on 127.0.0.1 instead of starting Verdaccio", defaultIs: "Verdaccio in the sandbox" },
  "registry-token-file": { type: "string", value: "PATH", about: "with --registry, a file holding a token that may publish there", defaultIs: "none" },
  "no-registry": { type: "boolean", about: "run the story without npm", defaultIs: "npm when Verdaccio can start" },
} satisfies Flags;

export const demoHelp: CommandHelp = {
  usage: "cadence demo [flags]",
  summary: "run the whole cadence in a sandbox: RC, fix, release, sync, rollback, hotfix, metrics",
  about: `Makes a sandbox (a sample project released as 1.2.0 with a two-week release calendar, a bare
"origin", three repositories to sync a shared config to, a local forge for releases, a Verdaccio npm
registry when the verdaccio package can be found, a throwaway signing key) and runs the cadence in
it with this CLI, walking the calendar at fixed instants: feature work lands; RC day cuts
release/v1.3 and v1.3.0-rc.1; a fix makes rc.2; release day promotes v1.3.0; a sync carries the
shared config to the three repositories (one conflicts); v1.3.0 is rolled back to 1.2.0; a hotfix
v1.3.1 goes through the holidays blackout with break-glass; then the cadence metrics. Each step
prints a few lines; the commands' own output is in demo-run/demo.log in the sandbox. --dry-run
plans every step and changes nothing in the sandbox after making it. Nothing outside the sandbox
is touched; GitHub and npm tokens in the environment are not used.`,
  flags,
};

export async function demoCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  if (values["registry-token-file"] && !values.registry) throw new ConfigurationError("--registry-token-file goes with --registry URL");
  if (values["no-registry"] && values.registry) throw new ConfigurationError("--no-registry and --registry cannot both be given");
  const dryRun = values["dry-run"] ?? false;
  const root = values.dir ? resolve(values.dir) : await mkdtemp(join(tmpdir(), "cadence-demo-"));
  const account = new Account(out);
  const sandbox = await createSandbox(root).catch((error: unknown) => {
    throw new ConfigurationError(`the sandbox could not be made: ${(error as Error).message}`);
  });
  await writeFile(sandbox.log, `cadence demo${dryRun ? " --dry-run" : ""}: the commands' own output, step by step\n`);
  account.line(`sandbox: ${root}`);
  account.line(`log:     ${sandbox.log}`);
  const registry = await chooseRegistry(values, sandbox);
  account.line(registry.kind === "running" ? `npm:     ${registry.about}` : `npm:     none, ${registry.why}: ${NPM_SKIPS}`);
  try {
    const cli = cliRunner(sandbox, process.argv[1]!, registry.kind === "running" ? registry.token : undefined);
    const ctx: StoryContext = { sandbox, cli, registry, dryRun };
    const history = await attempt(ctx, "1.2.0 is out", async () => [await releaseHistory(ctx)]);
    account.line(`before:  ${history.join(" ")}`);
    if (dryRun) account.line("dry-run: every step plans only; none builds on what an earlier one would have done");
    const before = dryRun ? await digestSandbox(sandbox) : "";
    await tell(ctx, account);
    if (dryRun) {
      const after = await digestSandbox(sandbox);
      if (after !== before) throw new ConfigurationError(`the dry-run changed the sandbox (digest ${before} before, ${after} after); the log is ${sandbox.log}`);
      account.line(`\nDry-run done: the sandbox is as it was made (digest ${before.slice(0, 19)}…, files and refs).`);
    } else {
      account.line(`\nDone. Look around: cd ${sandbox.repo} && git log --oneline --graph --all`);
    }
  } finally {
    if (registry.kind === "running") await registry.stop();
  }
}

const NPM_SKIPS = "the releases skip npm publishing and the rollback skips npm's dist-tags and deprecation";

type RegistryFlags = { registry?: string; "registry-token-file"?: string; "no-registry"?: boolean };

async function chooseRegistry(values: RegistryFlags, sandbox: Sandbox): Promise<DemoRegistry> {
  if (values["no-registry"]) return { kind: "none", why: "--no-registry" };
  if (values.registry) return givenRegistry(values.registry, values["registry-token-file"]).catch((error: unknown) => {
    throw new ConfigurationError((error as Error).message);
  });
  const verdaccio = findVerdaccio([dirname(process.argv[1]!), process.cwd()]);
  if (!verdaccio) return { kind: "none", why: "the verdaccio package cannot be found (a devDependency of release-cadence: npm ci installs it)" };
  try {
    return await startRegistry(join(sandbox.root, "registry"), verdaccio);
  } catch (error) {
    return { kind: "none", why: `Verdaccio could not start (${(error as Error).message})` };
  }
}

/** Runs the story step by step; the first step that fails stops it, named with the log to read. */
async function tell(ctx: StoryContext, account: Account): Promise<void> {
  for (const step of STORY) {
    account.step(step.title);
    try {
      account.detail(await attempt(ctx, step.title, () => step.run(ctx)));
    } catch (error) {
      if (!(error instanceof StepStopped)) throw error;
      if (ctx.dryRun && step.plansOnEarlier) {
        account.detail([`cannot be planned against the sandbox as it was made: ${error.reason}`]);
        continue;
      }
      account.detail([`FAILED: ${error.reason}`, `see the log: ${ctx.sandbox.log}`]);
      throw error;
    }
  }
}

/** A step that throws stops the demo with a line naming the step and the log (exit 1, no stack trace). */
class StepStopped extends ConfigurationError {
  constructor(
    readonly step: string,
    readonly reason: string,
    log: string,
  ) {
    super(`the demo stopped at "${step}": ${reason}; the log is ${log}`);
  }
}

async function attempt(ctx: StoryContext, title: string, run: () => Promise<string[]>): Promise<string[]> {
  try {
    return await run();
  } catch (error) {
    throw new StepStopped(title, error instanceof Error ? error.message : String(error), ctx.sandbox.log);
  }
}
