import { githubVariables, type StepFiles } from "./github-context.js";
import type { Scope } from "./expressions.js";
import type { Frame } from "./frame.js";
import { pathFor } from "./machine.js";
import { runProcess } from "./processes.js";
import type { StepResult } from "./results.js";
import type { Node } from "./tokens.js";
import { CommandProcessor, emptyLog, type StepLog } from "./workflow-commands.js";

/** One running step, as the code that runs it (a shell, a node action, a stand-in) sees it. */
export interface StepExecution {
  frame: Frame;
  node: Node;
  entries: Map<string, Node>;
  id: string;
  name: string;
  files: StepFiles;
  log: StepLog;
  processor: CommandProcessor;
  /** The step's github context (action, action_path, env and path files...). */
  github: Record<string, unknown>;
  /** The env context of the step: job env, GITHUB_ENV, a composite's env, the step's own env. */
  env: Record<string, string>;
  /** Only what the step's `env:` (and an enclosing composite step's) set: a composite passes it to its steps. */
  ownEnv: Record<string, string>;
  scope: Scope;
  signal: AbortSignal;
  strictInputs: boolean;
}

/** What the code running a step reports; outputs come from GITHUB_OUTPUT unless given (composite). */
export interface StepOutcome {
  failed: boolean;
  error?: string;
  outputs?: Record<string, string>;
  steps?: StepResult[];
}

/**
 * The environment of a process started by a step: the runner host's variables, then the
 * workflow's env (GITHUB_ENV and `env:`), then the runner's GITHUB_* variables, which the
 * runner sets last, so a workflow cannot override them.
 */
export function processEnv(execution: StepExecution, extra: Record<string, string> = {}): Record<string, string> {
  const { machine } = execution.frame.job;
  const env = { ...machine.env, ...execution.env, ...extra, ...githubVariables(execution.github, execution.files) };
  env.PATH = pathFor(machine, execution.env.PATH ?? machine.env.PATH);
  return env;
}

/** Runs a program for the step: its output goes through the workflow-command processor into the step log. */
export function execute(execution: StepExecution, file: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<number> {
  return runProcess(file, args, {
    cwd: options.cwd ?? execution.frame.job.machine.workspace,
    env: options.env ?? processEnv(execution),
    signal: execution.signal,
    // The runner looks for workflow commands on both streams.
    onLine: (line) => execution.processor.line(line),
  });
}

/** A line of the runner's own in the step log (`[command]git ...`), masked like the rest. */
export function note(execution: StepExecution, line: string): void {
  execution.log.lines.push(execution.frame.job.masker.mask(line));
}

/** The same step for its post script at the job's end: a log of its own, and not stopped by a cancel (as cleanup). */
export function postExecution(execution: StepExecution): StepExecution {
  const log = emptyLog();
  return { ...execution, log, processor: new CommandProcessor(log, execution.frame.job.masker), signal: new AbortController().signal };
}

/** A post step's result from its log. */
export function postResult(execution: StepExecution, outcome: "success" | "failure" | "skipped", error?: string): StepResult {
  return {
    id: `post_${execution.id}`,
    name: `Post ${execution.name.replace(/^Run /, "")}`,
    outcome,
    conclusion: outcome,
    outputs: {},
    log: execution.log.lines.join("\n"),
    annotations: execution.log.annotations,
    summary: "",
    ...(error ? { error } : {}),
  };
}
