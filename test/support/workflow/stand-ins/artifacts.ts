import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { note, type StepExecution, type StepOutcome } from "../step-execution.js";
import { githubInput, input, type StandIn } from "./index.js";

/**
 * actions/upload-artifact and actions/download-artifact (v4) on the run's artifact store (a folder
 * per artifact, shared with the artifact service @actions/artifact uploads to): the same inputs, the same file selection (globs, `!` exclusions,
 * hidden files left out unless asked, paths kept below the common root), the same refusals
 * (an existing name without overwrite, nothing found with if-no-files-found: error).
 */

function hasGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

function files(folder: string): string[] {
  if (!existsSync(folder)) return [];
  if (statSync(folder).isFile()) return [folder];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));
}

function searchRoot(pattern: string): string {
  if (!hasGlob(pattern)) return existsSync(pattern) && statSync(pattern).isFile() ? dirname(pattern) : pattern;
  const parts = pattern.split(sep);
  const literal = parts.slice(0, parts.findIndex(hasGlob));
  return literal.join(sep) || sep;
}

function commonRoot(folders: string[]): string {
  const split = folders.map((folder) => folder.split(sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join(sep) || sep;
}

function selected(workspace: string, spec: string, includeHidden: boolean): { root: string; paths: string[] } {
  const lines = spec.split("\n").map((line) => line.trim()).filter(Boolean);
  const absolute = (pattern: string) => (isAbsolute(pattern) ? pattern : resolve(workspace, pattern));
  const includes = lines.filter((line) => !line.startsWith("!")).map(absolute);
  const excludes = lines.filter((line) => line.startsWith("!")).map((line) => picomatch(absolute(line.slice(1)), { dot: true }));
  const found = new Set<string>();
  for (const pattern of includes) {
    const match = hasGlob(pattern) ? picomatch(pattern, { dot: true }) : (path: string) => path === pattern || path.startsWith(`${pattern}${sep}`);
    for (const file of files(searchRoot(pattern))) if (match(file) && !excludes.some((exclude) => exclude(file))) found.add(file);
  }
  const root = commonRoot(includes.map(searchRoot));
  const paths = [...found].filter((file) => includeHidden || !relative(root, file).split(sep).some((part) => part.startsWith("."))).sort();
  return { root, paths };
}

async function upload(execution: StepExecution, inputs: Record<string, string>): Promise<StepOutcome> {
  const { run, machine } = execution.frame.job;
  const name = inputs.name || "artifact";
  const { root, paths } = selected(machine.workspace, inputs.path ?? "", inputs["include-hidden-files"] === "true");
  if (paths.length === 0) {
    const message = `No files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
    if (inputs["if-no-files-found"] === "error") return { failed: true, error: message };
    if (inputs["if-no-files-found"] !== "ignore") execution.log.annotations.push({ level: "warning", message, properties: {} });
    return { failed: false, outputs: {} };
  }
  const entries = paths.map((path) => ({ path: relative(root, path).split(sep).join("/"), data: readFileSync(path) }));
  const record = run.artifacts.add(name, entries, { overwrite: inputs.overwrite === "true" });
  note(execution, `Artifact ${name} has been successfully uploaded! Final size is ${record.size} bytes. Artifact ID is ${record.id}`);
  const url = `${String(execution.github.server_url)}/${String(execution.github.repository)}/actions/runs/${run.runId}/artifacts/${record.id}`;
  return { failed: false, outputs: { "artifact-id": String(record.id), "artifact-url": url, "artifact-digest": record.digest } };
}

async function download(execution: StepExecution, inputs: Record<string, string>): Promise<StepOutcome> {
  const { run, machine } = execution.frame.job;
  if (inputs["run-id"] && inputs["run-id"] !== String(run.runId)) return { failed: true, error: "actions/download-artifact: artifacts of other runs are not kept by the local runner" };
  const path = resolve(machine.workspace, inputs.path || ".");
  const write = (name: string, folder: string) => {
    for (const entry of run.artifacts.entries(name)) {
      mkdirSync(dirname(join(folder, entry.path)), { recursive: true });
      writeFileSync(join(folder, entry.path), entry.data);
    }
  };
  if (inputs.name) {
    if (!run.artifacts.find(inputs.name)) return { failed: true, error: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}` };
    write(inputs.name, path);
    return { failed: false, outputs: { "download-path": path } };
  }
  const match = inputs.pattern ? picomatch(inputs.pattern) : () => true;
  for (const { name } of run.artifacts.list().filter((candidate) => match(candidate.name))) write(name, inputs["merge-multiple"] === "true" ? path : join(path, name));
  return { failed: false, outputs: { "download-path": path } };
}

export const uploadArtifact: StandIn = {
  name: "actions/upload-artifact",
  inputs: {
    name: input("artifact"),
    path: { default: () => "", required: true },
    "if-no-files-found": input("warn"),
    "retention-days": input("0"),
    "compression-level": input("6"),
    overwrite: input("false"),
    "include-hidden-files": input("false"),
  },
  run: upload,
};

export const downloadArtifact: StandIn = {
  name: "actions/download-artifact",
  inputs: {
    name: input(""),
    path: input(""),
    pattern: input(""),
    "merge-multiple": input("false"),
    "github-token": githubInput("token"),
    repository: githubInput("repository"),
    "run-id": githubInput("run_id"),
  },
  run: download,
};
