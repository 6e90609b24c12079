import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/runner.js";
import { actionlintText, isFalsePositive } from "../support/lint/actionlint.js";
import { docPages, yamlBlocks, type DocBlock } from "../support/lint/doc-blocks.js";

// Users copy the workflow examples of the READMEs and docs as they are: they must parse, pin
// third-party actions by commit SHA (with the version in a comment, which update tools read), say
// which permissions each job needs, and call our actions with inputs those actions declare.

type Mapping = Record<string, unknown>;
type Block = DocBlock;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStep = (value: unknown) => isMapping(value) && ("uses" in value || "run" in value);

/** The jobs an example defines: a workflow's `jobs:`, or the block itself when it is one job. */
function jobsOf(document: unknown): { name: string; job: Mapping; inherited: unknown }[] {
  if (!isMapping(document)) return [];
  if (isMapping(document.jobs)) {
    const inherited = document.permissions;
    return Object.entries(document.jobs).map(([name, job]) => ({ name, job: job as Mapping, inherited }));
  }
  if (Array.isArray(document.steps) || typeof document.uses === "string") {
    return [{ name: "(the job)", job: document, inherited: undefined }];
  }
  return [];
}

function stepsOf(document: unknown): Mapping[] {
  if (Array.isArray(document)) return document.filter(isStep) as Mapping[];
  return jobsOf(document).flatMap(({ job }) => (Array.isArray(job.steps) ? (job.steps as Mapping[]) : []));
}

const isWorkflowExample = (document: unknown) =>
  jobsOf(document).length > 0 || (Array.isArray(document) && document.some(isStep));
const inputsOf = (path: string) =>
  Object.keys((parse(readFileSync(join(ROOT, path), "utf8")) as { inputs?: Mapping }).inputs ?? {});

// Ours: the root action, an action folder or the reusable workflows, under the owner the docs use.
const OURS = /^(?:release-cadence|OWNER)\/release-cadence(?:\/(actions\/[a-z-]+|\.github\/workflows\/[a-z-]+\.yml))?@/;
const THIRD_PARTY_PIN = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/** The inputs an action or reusable workflow of ours declares, or undefined when it is not ours. */
function declaredInputs(uses: string): string[] | undefined {
  const match = OURS.exec(uses);
  if (!match) return undefined;
  const target = match[1];
  if (!target) return inputsOf("action.yml");
  if (target.startsWith("actions/")) return inputsOf(join(target, "action.yml"));
  const workflow = parse(readFileSync(join(ROOT, target), "utf8")) as { on: { workflow_call?: { inputs?: Mapping } } };
  return Object.keys(workflow.on.workflow_call?.inputs ?? {});
}

const pages = docPages();
const blocks = pages.flatMap(yamlBlocks);
const parsed = blocks.map((block) => {
  try {
    return { ...block, document: parse(block.text) as unknown, error: undefined };
  } catch (error) {
    return { ...block, document: undefined, error: String((error as Error).message).split("\n")[0] };
  }
});
const examples = parsed.filter((block) => !block.error && isWorkflowExample(block.document));
const where = (block: Block) => `${block.file}:${block.line}`;

describe("workflow examples in the READMEs and docs", () => {
  it("are found: every action README shows one", () => {
    for (const page of pages.filter((path) => path.startsWith("actions/"))) {
      expect(examples.some((block) => block.file === page), `${page} has no workflow example`).toBe(true);
    }
    expect(examples.some((block) => block.file === "README.md")).toBe(true);
  });

  it("parse, like every YAML block of the docs", () => {
    const broken = parsed.filter((block) => block.error).map((block) => `${where(block)}: ${block.error}`);
    expect(broken).toEqual([]);
  });

  it("pin every third-party action by its full commit SHA, with the version in a comment", () => {
    const problems: string[] = [];
    let thirdParty = 0;
    for (const block of examples) {
      const uses = [
        ...stepsOf(block.document).map((step) => step.uses),
        ...jobsOf(block.document).map(({ job }) => job.uses),
      ].filter((value): value is string => typeof value === "string");
      for (const action of uses) {
        if (OURS.test(action) || action.startsWith("./")) continue;
        thirdParty++;
        if (!THIRD_PARTY_PIN.test(action)) problems.push(`${where(block)}: ${action} is not pinned by a commit SHA`);
        else if (!new RegExp(`uses: ${action} # v\\d`).test(block.text)) {
          problems.push(`${where(block)}: ${action} lacks "# vX.Y.Z"`);
        }
      }
    }
    expect(thirdParty, "third-party actions seen").toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it("declare the permissions of every job they define", () => {
    const problems: string[] = [];
    for (const block of examples) {
      for (const { name, job, inherited } of jobsOf(block.document)) {
        if (job.permissions === undefined && inherited === undefined) {
          problems.push(`${where(block)}: job ${name} has no permissions:`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // An example that leaves the trigger out is linted with `on: workflow_dispatch`.
  it("that show whole jobs pass actionlint", async () => {
    const workflows = examples.filter((block) => isMapping(block.document) && isMapping(block.document.jobs));
    expect(workflows.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const block of workflows) {
      const added = "on" in (block.document as Mapping) ? 0 : 1;
      const text = added ? `on: workflow_dispatch\n${block.text}` : block.text;
      for (const finding of await actionlintText(text, block.file)) {
        if (isFalsePositive(finding)) continue;
        problems.push(`${block.file}:${block.line + finding.line - 1 - added}: [${finding.kind}] ${finding.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("call our actions and workflows only with inputs they declare", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const block of examples) {
      const callers = [...stepsOf(block.document), ...jobsOf(block.document).map(({ job }) => job)];
      for (const caller of callers) {
        if (typeof caller.uses !== "string") continue;
        const inputs = declaredInputs(caller.uses);
        if (!inputs) continue;
        checked++;
        for (const key of Object.keys(isMapping(caller.with) ? caller.with : {})) {
          if (!inputs.includes(key)) problems.push(`${where(block)}: ${caller.uses} has no input ${key}`);
        }
      }
    }
    expect(checked, "calls of our actions and workflows seen").toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
