import { getExecOutput } from "@actions/exec";
import { knownSecrets, maskSecrets } from "../secrets/known.js";

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program with an argument list, never through a shell: text from configuration or
 * commits cannot become shell syntax. Tests hand in their own runner (for `npm audit`, say).
 */
export interface CommandRunner {
  run(command: string, args: readonly string[], options: { cwd: string }): Promise<CommandResult>;
}

/**
 * Variables a gate command never sees: the action's inputs (the GitHub token among them), the
 * GitHub tokens and the runner's own. Registry tokens the workflow set on purpose
 * (NODE_AUTH_TOKEN for a private registry's `npm audit`) stay.
 */
function isPrivate(name: string): boolean {
  return name.startsWith("INPUT_") || name === "GITHUB_TOKEN" || name === "GH_TOKEN" || (name.startsWith("ACTIONS_") && name.endsWith("TOKEN"));
}

/** The CommandRunner over @actions/exec (spawn with an argument array; no shell). */
export class ExecCommandRunner implements CommandRunner {
  async run(command: string, args: readonly string[], options: { cwd: string }): Promise<CommandResult> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !isPrivate(name)) env[name] = value;
    const result = await getExecOutput(command, [...args], { cwd: options.cwd, silent: true, ignoreReturnCode: true, env });
    // The command sees registry tokens on purpose; what it prints goes into reasons, the summary and
    // the evidence, so every secret the run knows is masked here, at the source, under any name.
    const secrets = knownSecrets(process.env);
    return { exitCode: result.exitCode, stdout: maskSecrets(result.stdout, secrets), stderr: maskSecrets(result.stderr, secrets) };
  }
}
