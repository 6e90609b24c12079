import { randomUUID } from "node:crypto";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { evaluateText } from "./expressions.js";
import { execute, note, processEnv, type StepExecution, type StepOutcome } from "./step-execution.js";

/**
 * `run:` steps as the runner runs them on Linux: the script written to a file under
 * RUNNER_TEMP and started through the shell's template, `{0}` being the file. Without any
 * `shell:` the runner uses `bash -e {0}`; `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`.
 */

interface ShellTemplate {
  command: string[];
  extension: string;
}

const BUILT_IN: Record<string, ShellTemplate> = {
  bash: { command: ["bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}"], extension: ".sh" },
  sh: { command: ["sh", "-e", "{0}"], extension: ".sh" },
  python: { command: ["python3", "{0}"], extension: ".py" },
};

function shellTemplate(shell: string | undefined): ShellTemplate {
  if (shell === undefined) return { command: ["bash", "-e", "{0}"], extension: ".sh" };
  const builtIn = BUILT_IN[shell];
  if (builtIn) return builtIn;
  if (shell === "pwsh" || shell === "powershell" || shell === "cmd") throw new Error(`the shell '${shell}' is not available on this runner (the local runner has bash, sh and python)`);
  if (!shell.includes("{0}")) throw new Error(`Invalid shell option '${shell}'. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh) or a format string containing '{0}'`);
  return { command: shell.trim().split(/\s+/), extension: ".sh" };
}

export async function runScriptStep(execution: StepExecution): Promise<StepOutcome> {
  const { job } = execution.frame;
  const { entries, scope } = execution;
  const script = evaluateText(entries.get("run")!, scope, "run");
  const shellNode = entries.get("shell");
  const shell = shellNode ? evaluateText(shellNode, scope, "shell") : execution.frame.composite ? undefined : job.defaults.shell;
  if (execution.frame.composite && !shellNode) throw entries.get("run")!.error("a run step of a composite action needs `shell:`");
  const template = shellTemplate(shell);
  const directoryNode = entries.get("working-directory");
  const directory = directoryNode ? evaluateText(directoryNode, scope, "working-directory") : execution.frame.composite ? undefined : job.defaults.workingDirectory;
  const cwd = directory ? (isAbsolute(directory) ? directory : join(job.machine.workspace, directory)) : job.machine.workspace;
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    return { failed: true, error: `An error occurred trying to start process '${template.command[0]}' with working directory '${cwd}'. No such file or directory` };
  }
  const file = join(job.machine.temp, `${randomUUID()}${template.extension}`);
  writeFileSync(file, script);
  const [program, ...args] = template.command.map((part) => part.replace("{0}", file));
  note(execution, `[command]${[program, ...args].join(" ")}`);
  const code = await execute(execution, program!, args, { cwd, env: processEnv(execution) });
  return code === 0 ? { failed: false } : { failed: true, error: `Process completed with exit code ${code}.` };
}
