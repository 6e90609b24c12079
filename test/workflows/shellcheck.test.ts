import { describe, expect, it } from "vitest";
import { actionFiles, workflowFiles } from "../support/lint/targets.js";
import { docPages, yamlBlocks } from "../support/lint/doc-blocks.js";
import { runScripts, runScriptsOf } from "../support/lint/run-scripts.js";
import { shellcheck, shellcheckDialect, shellcheckVersion, type ShellFinding } from "../support/lint/shellcheck.js";

// Every `run:` script of the shipped workflows and actions, through shellcheck, as GitHub's runner
// would run it (bash unless the step says otherwise). shellcheck is a Debian package: .ci/run
// installs it when it is missing, and in CI a missing shellcheck fails here instead of skipping.

const version = shellcheckVersion();
const inCI = Boolean(process.env.CI);
if (!version && !inCI) {
  console.warn(
    "\n!!! shellcheck is not installed: the run: scripts of the workflows are NOT linted in this run." +
      "\n!!! Install it (apt-get install -y shellcheck); in CI (CI set) this test fails instead.\n",
  );
}

const files = [...workflowFiles(), ...actionFiles()];
const show = (f: ShellFinding) => `${f.file}:${f.line}:${f.column} ${f.code} (${f.level}) ${f.message} [${f.where}]`;
const scripts = files.flatMap(runScripts);
// The run: scripts of the docs' examples, which users copy (blocks that do not parse are the
// doc-examples test's to report).
const docScripts = docPages()
  .flatMap(yamlBlocks)
  .flatMap((block) => {
    try {
      return runScriptsOf(block.text, block.file, block.line - 1);
    } catch {
      return [];
    }
  });

describe("shellcheck on every run: script", () => {
  it.skipIf(!version && !inCI)("is installed (required in CI)", () => {
    expect(version, "shellcheck is missing: .ci/run installs it with apt-get; elsewhere install it by hand").toBeDefined();
  });

  it("finds the scripts: the workflows and the root action have bash scripts", () => {
    expect(scripts.filter((script) => script.file === "action.yml").length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.file === ".github/workflows/release.yml").length).toBeGreaterThan(0);
    const unreadable = scripts.filter((script) => shellcheckDialect(script.shell) === undefined);
    expect(unreadable.map((script) => `${script.file} ${script.where}: shell ${script.shell}`)).toEqual([]);
  });

  it.skipIf(!version && !inCI).each(files)("%s: no findings", (file) => {
    const findings = scripts.filter((script) => script.file === file).flatMap(shellcheck);
    expect(findings.map(show)).toEqual([]);
  });

  it.skipIf(!version && !inCI)("the docs' examples: no findings", () => {
    expect(docScripts.length).toBeGreaterThan(5);
    const findings = docScripts.flatMap(shellcheck);
    expect(findings.map(show)).toEqual([]);
  });

  it.skipIf(!version && !inCI)("reports a finding at the workflow file's line", () => {
    const script = "echo ok\necho $UNQUOTED\n";
    const findings = shellcheck({ file: "x.yml", where: "step 1", shell: "bash", script, firstLine: 10 });
    expect(findings).toContainEqual(expect.objectContaining({ file: "x.yml", line: 11, code: "SC2086" }));
  });
});
