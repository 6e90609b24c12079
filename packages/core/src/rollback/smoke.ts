import type { CommandRunner } from "../gates/commands.js";
import type { Reporter } from "../ports/index.js";
import type { SmokeResult } from "./evidence.js";

/**
 * Runs the smoke test after the rollback: a program and its arguments, never a shell; `{from}`,
 * `{to}` and `{version}` (the version users now get) in an argument are filled in. Like gate
 * commands, it does not see the action's inputs or the GitHub token (gates/commands.ts).
 */
export async function runSmokeTest(runner: CommandRunner, command: readonly string[], values: { from: string; to: string; version: string }, cwd: string, reporter: Reporter): Promise<SmokeResult> {
  if (command.length === 0) return { status: "not-run", command: [] };
  const filled = command.map((arg) => arg.replace(/\{from\}/g, values.from).replace(/\{to\}/g, values.to).replace(/\{version\}/g, values.version));
  const [program, ...args] = filled as [string, ...string[]];
  let result;
  try {
    result = await runner.run(program, args, { cwd });
  } catch (error) {
    const output = error instanceof Error ? error.message : String(error);
    reporter.annotate("error", `the smoke test could not start: ${output}`);
    return { status: "fail", command: filled, exitCode: -1, output };
  }
  const output = `${result.stdout}${result.stderr}`.trim().split("\n").slice(-20).join("\n");
  if (result.exitCode !== 0) reporter.annotate("error", `the smoke test ${filled.join(" ")} failed with exit code ${result.exitCode}`);
  else reporter.info(`smoke test passed: ${filled.join(" ")}`);
  return { status: result.exitCode === 0 ? "pass" : "fail", command: filled, exitCode: result.exitCode, output };
}
