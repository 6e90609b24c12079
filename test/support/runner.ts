import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
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
  env?: Record<string, string>;
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
  const temp = mkdtempSync(join(tmpdir(), `runner-${name}-`));
  const files = { output: join(temp, "output"), summary: join(temp, "summary"), env: join(temp, "env"), path: join(temp, "path"), state: join(temp, "state"), event: join(temp, "event.json") };
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(file, "");
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {};
  // The runner starts actions with its own environment, not the test's: keep only the basics.
  for (const key of ["PATH", "HOME", "TMPDIR", "LANG"]) if (process.env[key]) env[key] = process.env[key]!;
  Object.assign(env, {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_REPOSITORY: "octo-org/sample",
    GITHUB_REPOSITORY_OWNER: "octo-org",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "octocat",
    GITHUB_SHA: "",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_ACTION: name,
    RUNNER_OS: "Linux",
    RUNNER_TEMP: temp,
  });
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs ?? {}).map(([key, spec]) => [key, evaluateDefault(spec.default ?? "", options.env ?? {})])), ...options.inputs };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = value;
  Object.assign(env, options.env);
  const child = spawn(node24(), [main], { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exitCode = await new Promise<number>((done) => child.on("close", (code) => done(code ?? -1)));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
    commands: parseWorkflowCommands(stdout),
  };
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

/** Runs the committed CLI bundle as a separate process. */
export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(node24(), [join(ROOT, "dist", "cli", "index.js"), ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exitCode = await new Promise<number>((done) => child.on("close", (code) => done(code ?? -1)));
  return { exitCode, stdout, stderr };
}
