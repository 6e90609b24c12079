import { spawn } from "node:child_process";
import { appendFile } from "node:fs/promises";
import { join } from "node:path";
import { isolatedEnv, type Sandbox } from "./sandbox.js";

/** A step could not do its part: the story stops there. */
export class StepFailed extends Error {}

export interface CliRun {
  code: number;
  /** The command's --json output, when it printed one. */
  json: Record<string, any> | undefined;
  stderr: string;
}

/**
 * Runs this same CLI in a child process, with the sandbox as its only world: no token or
 * setting of this machine, the registry's token (the demo's own) when one runs, the scratch
 * folder as RUNNER_TEMP. Its raw output goes to the log file, never to the account.
 */
export function cliRunner(sandbox: Sandbox, cliPath: string, npmToken: string | undefined) {
  const env: NodeJS.ProcessEnv = {
    ...isolatedEnv(process.env),
    RUNNER_TEMP: sandbox.scratch,
    npm_config_userconfig: join(sandbox.own, "npmrc"),
    npm_config_cache: join(sandbox.own, "npm-cache"),
    npm_config_update_notifier: "false",
    ...(npmToken ? { NODE_AUTH_TOKEN: npmToken } : {}),
  };
  return async (args: string[], options: { cwd?: string; allowFailure?: boolean } = {}): Promise<CliRun> => {
    const cwd = options.cwd ?? sandbox.repo;
    const started = Date.now();
    const child = spawn(process.execPath, [cliPath, ...args, "--json"], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number>((done) => child.on("close", (exit) => done(exit ?? 1)));
    await appendFile(
      sandbox.log,
      `\n$ cadence ${args.join(" ")}   (in ${cwd}: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s)\n${stderr}${stdout}`,
    );
    let json: Record<string, any> | undefined;
    try {
      json = stdout.trim() ? (JSON.parse(stdout) as Record<string, any>) : undefined;
    } catch {
      json = undefined;
    }
    if (code !== 0 && !options.allowFailure)
      throw new StepFailed(`cadence ${args[0]} exited with ${code}: ${lastError(stderr)}`);
    return { code, json, stderr };
  };
}

export type Cli = ReturnType<typeof cliRunner>;

/** The CLI's own message of why it failed: its last line. */
export function lastError(stderr: string): string {
  const lines = stderr.trim().split("\n").filter(Boolean);
  return (lines.at(-1) ?? "no message").replace(/^cadence [\w-]+: /, "");
}
