import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed (::error file=…::message), parsed. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface ActionRunOptions {
  /** Inputs by their action.yml names; action.yml defaults fill the rest, as the runner does. */
  inputs?: Record<string, string>;
  workspace: string;
  event?: unknown;
  /** Variables the workflow would set for the step (`env:`), GITHUB_* overrides, tokens. */
  env?: Record<string, string>;
  /**
   * The job's RUNNER_TEMP, when the test reads what the action left there (the changelog's
   * dry-run notes) or hands it to a later step: the test owns and removes it. By default each run
   * gets its own, removed when the run ends.
   */
  runnerTemp?: string;
}

/**
 * What a GitHub-hosted runner gives a step, and nothing of the test process: a HOME of its own with
 * no ~/.gitconfig (so no git identity), PATH and LANG, and the runner's CI, GITHUB_* and RUNNER_*
 * variables. `home` and `temp` are folders the caller made.
 */
export function runnerEnv(options: { home: string; temp: string; workspace: string; name: string }): Record<string, string> {
  const env: Record<string, string> = { HOME: options.home };
  for (const key of ["PATH", "LANG"]) if (process.env[key]) env[key] = process.env[key]!;
  return Object.assign(env, {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_REPOSITORY: "octo-org/sample",
    GITHUB_REPOSITORY_OWNER: "octo-org",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_NUMBER: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "release",
    GITHUB_WORKFLOW: "Release",
    GITHUB_ACTOR: "octocat",
    GITHUB_TRIGGERING_ACTOR: "octocat",
    GITHUB_SHA: "",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_REF_TYPE: "branch",
    GITHUB_ACTION: options.name,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_NAME: "GitHub Actions 1",
    RUNNER_TEMP: options.temp,
  });
}

/** Parses the runner's `name<<DELIMITER … DELIMITER` file format (GITHUB_OUTPUT, GITHUB_ENV). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++) body.push(lines[index]!);
      values[name!] = body.join("\n");
    } else {
      const equals = line.indexOf("=");
      values[line.slice(0, equals)] = line.slice(equals + 1);
    }
  }
  return values;
}

function parseWorkflowCommands(stdout: string): ActionRun["commands"] {
  const commands: ActionRun["commands"] = [];
  for (const line of stdout.split("\n")) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const equals = pair.indexOf("=");
      properties[pair.slice(0, equals)] = decodeURIComponent(pair.slice(equals + 1).replace(/%2C/g, ","));
    }
    commands.push({ command: match[1]!, properties, message: match[3]!.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%") });
  }
  return commands;
}

/** The node that runs the bundles: Node 24, as `using: node24` gives on a runner. */
export function node24(): string {
  return process.execPath;
}

/**
 * Runs a committed bundle the way the GitHub runner does for `using: node24`: `node
 * dist/<name>/index.js` as its own process, inputs as INPUT_<NAME> (upper-cased, spaces to `_`,
 * hyphens kept), defaults from action.yml, and the runner's files for outputs and the summary.
 */
export async function runAction(name: string, options: ActionRunOptions): Promise<ActionRun> {
  const { parse } = await import("yaml");
  const action = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as {
    inputs?: Record<string, { default?: string }>;
    runs: { using: string; main: string };
  };
  if (action.runs.using !== "node24") throw new Error(`actions/${name}/action.yml runs ${action.runs.using}, not node24`);
  const main = resolve(ROOT, "actions", name, action.runs.main);
  if (!existsSync(main)) throw new Error(`the bundle ${main} does not exist: run npm run build`);
  const home = mkdtempSync(join(tmpdir(), `runner-home-${name}-`));
  const files = mkdtempSync(join(tmpdir(), `runner-files-${name}-`));
  const temp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), `runner-temp-${name}-`));
  try {
    const paths = { output: join(files, "output"), summary: join(files, "summary"), env: join(files, "env"), path: join(files, "path"), state: join(files, "state"), event: join(files, "event.json") };
    for (const file of [paths.output, paths.summary, paths.env, paths.path, paths.state]) writeFileSync(file, "");
    writeFileSync(paths.event, JSON.stringify(options.event ?? {}));
    const env = runnerEnv({ home, temp, workspace: options.workspace, name });
    Object.assign(env, {
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_ENV: paths.env,
      GITHUB_PATH: paths.path,
      GITHUB_STATE: paths.state,
      GITHUB_EVENT_PATH: paths.event,
    });
    const inputs = { ...Object.fromEntries(Object.entries(action.inputs ?? {}).map(([key, spec]) => [key, evaluateDefault(spec.default ?? "", options.env ?? {})])), ...options.inputs };
    for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = value;
    Object.assign(env, options.env);
    const { exitCode, stdout, stderr } = await spawnNode([main], options.workspace, env);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseCommandFile(readFileSync(paths.output, "utf8")),
      summary: readFileSync(paths.summary, "utf8"),
      commands: parseWorkflowCommands(stdout),
    };
  } finally {
    for (const dir of [home, files, ...(options.runnerTemp ? [] : [temp])]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The runner evaluates expressions in input defaults; the only one our actions use is
 * `${{ github.token }}`, which is the job's token (GITHUB_TOKEN in the test's env, else empty).
 */
function evaluateDefault(value: string, env: Record<string, string>): string {
  if (!value.includes("${{")) return value;
  if (/^\$\{\{\s*github\.token\s*\}\}$/.test(value.trim())) return env.GITHUB_TOKEN ?? "";
  throw new Error(`the runner harness cannot evaluate the input default ${value}`);
}

/**
 * Runs the committed CLI bundle as a separate process with nothing of the test process's
 * environment: a HOME of its own without ~/.gitconfig (no git identity, as on a hosted runner),
 * PATH and LANG, plus `env`. Tests that run it as a workflow's `run:` step add the runner's
 * variables themselves (runnerEnv).
 */
export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), "runner-home-cli-"));
  try {
    const env: Record<string, string> = { HOME: home };
    for (const key of ["PATH", "LANG"]) if (process.env[key]) env[key] = process.env[key]!;
    return await spawnNode([join(ROOT, "dist", "cli", "index.js"), ...args], options.cwd, { ...env, ...options.env });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function spawnNode(args: string[], cwd: string, env: Record<string, string>): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(node24(), args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exitCode = await new Promise<number>((done) => child.on("close", (code) => done(code ?? -1)));
  return { exitCode, stdout, stderr };
}
