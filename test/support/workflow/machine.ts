import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { StepFiles } from "./github-context.js";
import type { RunState } from "./run-state.js";

/**
 * The machine a job runs on, set up like a fresh GitHub-hosted runner: an empty HOME (no
 * ~/.gitconfig, so no git identity), RUNNER_TEMP and a workspace of its own, and only the
 * variables the runner sets; nothing from the test process's environment leaks in.
 */
export interface Machine {
  root: string;
  home: string;
  temp: string;
  toolCache: string;
  /** GITHUB_WORKSPACE: <root>/work/<name>/<name>, as /home/runner/work/<name>/<name>. */
  workspace: string;
  eventPath: string;
  /** The variables of the runner host, before any workflow `env:`. */
  env: Record<string, string>;
  /** Folders added through GITHUB_PATH, the latest first. */
  prependPath: string[];
}

/** Node 24 first on PATH, as `using: node24` and setup-node give on a hosted runner; then the usual system folders. */
export function hostPath(): string {
  const folders = [dirname(process.execPath), "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
  return folders.filter((folder, index) => existsSync(folder) && folders.indexOf(folder) === index).join(":");
}

export function createMachine(run: RunState, jobId: string, event: unknown): Machine {
  const root = join(run.root, "jobs", `${String(run.nextJobNumber()).padStart(2, "0")}-${jobId}`);
  const name = run.options.repository.split("/")[1] ?? "repository";
  const machine: Machine = {
    root,
    home: join(root, "home", "runner"),
    temp: join(root, "temp"),
    toolCache: join(root, "toolcache"),
    workspace: join(root, "work", name, name),
    eventPath: join(root, "temp", "_github_workflow", "event.json"),
    env: {},
    prependPath: [],
  };
  for (const folder of [machine.home, machine.temp, machine.toolCache, machine.workspace, dirname(machine.eventPath)]) mkdirSync(folder, { recursive: true });
  writeFileSync(machine.eventPath, JSON.stringify(event, null, 2));
  machine.env = {
    PATH: hostPath(),
    HOME: machine.home,
    LANG: "C.UTF-8",
    ImageOS: "ubuntu24",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "GitHub Actions 1",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: machine.temp,
    RUNNER_TOOL_CACHE: machine.toolCache,
    RUNNER_WORKSPACE: dirname(machine.workspace),
    ...run.options.runnerEnv,
  };
  return machine;
}

/** The runner context of the job. */
export function runnerContext(machine: Machine): Record<string, unknown> {
  return { os: "Linux", arch: "X64", name: "GitHub Actions 1", environment: "github-hosted", temp: machine.temp, tool_cache: machine.toolCache, debug: "" };
}

/** Fresh, empty command files for one step, under RUNNER_TEMP as the runner keeps them. */
export function newStepFiles(machine: Machine): StepFiles {
  const folder = join(machine.temp, "_runner_file_commands");
  mkdirSync(folder, { recursive: true });
  const id = randomUUID();
  const files: StepFiles = {
    output: join(folder, `set_output_${id}`),
    env: join(folder, `set_env_${id}`),
    path: join(folder, `add_path_${id}`),
    state: join(folder, `save_state_${id}`),
    summary: join(folder, `step_summary_${id}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  return files;
}

/** PATH for a step: GITHUB_PATH folders first, then the step's PATH. */
export function pathFor(machine: Machine, path: string | undefined): string {
  return [...machine.prependPath, path ?? machine.env.PATH].filter(Boolean).join(":");
}
