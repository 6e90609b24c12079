import { isAbsolute } from "node:path";
import { gitExecutable, GitProcess } from "./git-process.js";
import { QuestionBatch, type StartedGit } from "./git-questions.js";

const ahead = new Map<string, StartedGit>();
const batches: QuestionBatch[] = [];
let stopAtExit = false;
const aheadKey = (cwd: string, args: readonly string[]) => `${cwd}\0${args.join("\0")}`;

/**
 * Starts git commands before they are asked for: the CLI starts a command's first questions to
 * git before it loads the command's code, so that git works while Node loads. A GitCli in the
 * same folder that then asks exactly one of them (same arguments) takes over that process and its
 * output (takeGitAhead); what nobody asks for is stopped when the process exits. A log runs in a
 * process of its own; the short questions share one shell (QuestionBatch), except on Windows.
 */
export function startGitAhead(cwd: string, commands: readonly (readonly string[])[]): void {
  if (commands.length === 0) return;
  if (!stopAtExit) {
    stopAtExit = true;
    process.once("exit", () => {
      for (const started of ahead.values()) started.kill();
      for (const batch of batches) batch.kill();
    });
  }
  const fresh = commands.filter((args, index) => !ahead.has(aheadKey(cwd, args)) && commands.findIndex((other) => aheadKey(cwd, other) === aheadKey(cwd, args)) === index);
  const logs = fresh.filter((args) => subcommand(args) === "log");
  const questions = fresh.filter((args) => subcommand(args) !== "log");
  for (const args of logs) {
    const started = new GitProcess(cwd, args);
    started.detach();
    ahead.set(aheadKey(cwd, args), started);
  }
  // A git not found on PATH is left to spawn, which says so (ENOENT) where a shell would only print it.
  if (questions.length > 1 && process.platform !== "win32" && isAbsolute(gitExecutable())) {
    const batch = new QuestionBatch(cwd, questions);
    batches.push(batch);
    questions.forEach((args, index) => ahead.set(aheadKey(cwd, args), batch.answers[index]!));
    return;
  }
  for (const args of questions) {
    const started = new GitProcess(cwd, args, { pipe: true });
    started.detach();
    ahead.set(aheadKey(cwd, args), started);
  }
}

/** The git command the arguments run: the first word that is no option (`-c name=value` and `-C dir` take the next one). */
export function subcommand(args: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "-c" || arg === "-C") index++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/** The git startGitAhead started for exactly these arguments in this folder, once. */
export function takeGitAhead(cwd: string, args: readonly string[]): StartedGit | undefined {
  if (ahead.size === 0) return undefined;
  const key = aheadKey(cwd, args);
  const started = ahead.get(key);
  ahead.delete(key);
  return started;
}
