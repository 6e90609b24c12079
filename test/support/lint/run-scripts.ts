import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import { ROOT } from "../runner.js";

/** One `run:` script of a workflow or composite action, and where it sits in its file. */
export interface RunScript {
  file: string;
  /** "job release, step 3 (Where the release stands)" or "step 2" in a composite action. */
  where: string;
  shell: string;
  script: string;
  /** The file's line that holds the script's first line. */
  firstLine: number;
}

const get = (map: unknown, key: string): unknown => (isMap(map) ? (map as YAMLMap).get(key, true) : undefined);
const text = (node: unknown): string | undefined =>
  isScalar(node) && typeof node.value === "string" ? node.value : undefined;

// GitHub's default for `run:` on Linux runners when neither the step nor `defaults.run` names a shell.
const DEFAULT_SHELL = "bash";

function stepScripts(
  file: string,
  steps: unknown,
  fallbackShell: string,
  lines: LineCounter,
  prefix: string,
): RunScript[] {
  if (!isSeq(steps)) return [];
  const scripts: RunScript[] = [];
  steps.items.forEach((step, index) => {
    const run = get(step, "run") as Node | undefined;
    const script = text(run);
    if (script === undefined || !run?.range) return;
    const name = text(get(step, "name")) ?? text(get(step, "id"));
    const start = lines.linePos(run.range[0]).line;
    // A block scalar (`run: |`) starts on the line after its indicator.
    const block = isScalar(run) && (run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED");
    scripts.push({
      file,
      where: `${prefix}step ${index + 1}${name ? ` (${name})` : ""}`,
      shell: text(get(step, "shell")) ?? fallbackShell,
      script,
      firstLine: block ? start + 1 : start,
    });
  });
  return scripts;
}

const defaultShell = (owner: unknown): string | undefined => text(get(get(get(owner, "defaults"), "run"), "shell"));

/** Every `run:` script of a workflow file or a composite action.yml, with its shell and line. */
export function runScripts(file: string): RunScript[] {
  return runScriptsOf(readFileSync(join(ROOT, file), "utf8"), file);
}

/**
 * runScripts on YAML text: a workflow, a composite action, one job (`steps:` at the top) or a list
 * of steps, as the docs' examples are; `firstLine` is the text's line, plus `lineOffset`.
 */
export function runScriptsOf(text: string, file: string, lineOffset = 0): RunScript[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const found = scriptsOf(document.contents, file, lines);
  return found.map((script) => ({ ...script, firstLine: script.firstLine + lineOffset }));
}

function scriptsOf(root: unknown, file: string, lines: LineCounter): RunScript[] {
  if (isSeq(root)) return stepScripts(file, root, DEFAULT_SHELL, lines, "");
  const runs = get(root, "runs");
  if (runs) {
    if (text(get(runs, "using")) !== "composite") return [];
    return stepScripts(file, get(runs, "steps"), DEFAULT_SHELL, lines, "");
  }
  if (get(root, "steps")) return stepScripts(file, get(root, "steps"), defaultShell(root) ?? DEFAULT_SHELL, lines, "");
  const jobs = get(root, "jobs");
  if (!isMap(jobs)) return [];
  return jobs.items.flatMap((pair) => {
    const shell = defaultShell(pair.value) ?? defaultShell(root) ?? DEFAULT_SHELL;
    return stepScripts(file, get(pair.value, "steps"), shell, lines, `job ${String(text(pair.key) ?? pair.key)}, `);
  });
}
