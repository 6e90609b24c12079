import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow, type WorkflowTemplate } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { ROOT } from "../runner.js";
import { WorkflowError } from "./errors.js";
import { Node } from "./tokens.js";

/** A workflow file read and validated by GitHub's own parser. */
export interface LoadedWorkflow {
  /** The path as errors show it: relative to the repository root when inside it. */
  file: string;
  absolutePath: string;
  root: Node;
  /** GitHub's converted model: parsed triggers, and the ids GitHub gives steps without one. */
  template: WorkflowTemplate;
}

export interface LoadedAction {
  file: string;
  /** The folder holding action.yml: `main:` and `GITHUB_ACTION_PATH` are relative to it. */
  directory: string;
  root: Node;
}

export function displayPath(path: string): string {
  const inside = relative(ROOT, path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

// Parsing is the costly part of loading (~40 ms a workflow, ~25 ms an action.yml) and a test file
// loads the same few files again for every run and every `uses:` step. A file is read every
// time and parsed again when its text changed; only files that parsed without problems are kept.
// The runner only reads what the parser returns, so one result can serve every run.
const parsedWorkflows = new Map<string, { content: string; loaded: LoadedWorkflow }>();
const parsedActions = new Map<string, { content: string; loaded: LoadedAction }>();

/** Reads and validates a workflow; every problem GitHub's parser reports, with file, line and column. */
export async function loadWorkflow(path: string): Promise<LoadedWorkflow> {
  const absolutePath = resolve(ROOT, path);
  const file = displayPath(absolutePath);
  if (!existsSync(absolutePath)) throw new WorkflowError(`the workflow file ${file} does not exist`);
  const content = readFileSync(absolutePath, "utf8");
  const cached = parsedWorkflows.get(absolutePath);
  if (cached?.content === content) return cached.loaded;
  const loaded = await parseWorkflowFile(file, absolutePath, content);
  parsedWorkflows.set(absolutePath, { content, loaded });
  return loaded;
}

async function parseWorkflowFile(file: string, absolutePath: string, content: string): Promise<LoadedWorkflow> {
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const problems = result.context.errors.getErrors().map((error) => error.message);
  if (problems.length > 0 || !result.value) throw new WorkflowError(`GitHub's workflow parser refuses ${file}:\n${problems.join("\n")}`);
  const template = await convertWorkflowTemplate(result.context, result.value);
  const conversion = (template.errors ?? []).map((error) => error.Message);
  if (conversion.length > 0) throw new WorkflowError(`GitHub's workflow parser refuses ${file}:\n${conversion.join("\n")}`);
  return { file, absolutePath, root: new Node(file, result.value), template };
}

/** Reads and validates an action.yml (or action.yaml) in a folder. */
export function loadAction(directory: string): LoadedAction {
  const candidates = ["action.yml", "action.yaml"].map((name) => resolve(directory, name));
  const absolutePath = candidates.find((candidate) => existsSync(candidate));
  if (!absolutePath) {
    // GitHub's words, so a test reading the log sees what a user would.
    throw new WorkflowError(`Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${directory}'. Did you forget to run actions/checkout before running your local action?`);
  }
  const file = displayPath(absolutePath);
  const content = readFileSync(absolutePath, "utf8");
  const cached = parsedActions.get(absolutePath);
  if (cached?.content === content) return cached.loaded;
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const problems = result.context.errors.getErrors().map((error) => error.message);
  if (problems.length > 0 || !result.value) throw new WorkflowError(`GitHub's action parser refuses ${file}:\n${problems.join("\n")}`);
  const loaded = { file, directory: resolve(directory), root: new Node(file, result.value) };
  parsedActions.set(absolutePath, { content, loaded });
  return loaded;
}

/**
 * The `on:` entry of one event, whatever form `on:` takes (`on: push`, `on: [push, schedule]`
 * or a mapping); undefined when the workflow has no such trigger, or a node without settings.
 */
export function triggerNode(workflow: LoadedWorkflow, event: string): { node?: Node } | undefined {
  const on = workflow.root.entries("workflow").get("on")!;
  if (on.isMapping) {
    const entries = on.entries("on");
    if (!entries.has(event)) return undefined;
    const node = entries.get(event)!;
    return node.isMapping ? { node } : {};
  }
  const names = on.isSequence ? on.items("on").map((item) => item.literal("on")) : [on.literal("on")];
  return names.includes(event) ? {} : undefined;
}

/** The settings of an event's trigger (`inputs`, `secrets`, `outputs`), by name. */
export function triggerSetting(workflow: LoadedWorkflow, event: string, setting: string): Map<string, Node> {
  const node = triggerNode(workflow, event)?.node;
  return node?.entries(event).get(setting)?.entries(`${event}.${setting}`) ?? new Map<string, Node>();
}
