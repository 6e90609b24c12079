import { runProcess } from "../processes.js";
import { note, processEnv, type StepExecution } from "../step-execution.js";

/** Runs git for a stand-in the way the real action does, `[command]` line and output in the step log. */
export async function git(execution: StepExecution, cwd: string, args: string[], options: { allowFailure?: boolean } = {}): Promise<{ code: number; stdout: string }> {
  note(execution, `[command]/usr/bin/git ${args.join(" ")}`);
  let stdout = "";
  const code = await runProcess("git", args, {
    cwd,
    env: processEnv(execution),
    signal: execution.signal,
    onLine: (line, stream) => {
      if (stream === "stdout") stdout += `${line}\n`;
      note(execution, line);
    },
  });
  if (code !== 0 && !options.allowFailure) throw new Error(`The process '/usr/bin/git' failed with exit code ${code}`);
  return { code, stdout };
}
