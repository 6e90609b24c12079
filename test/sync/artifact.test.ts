import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

// The committed bundle in a workflow on the local runner, whose artifact service @actions/artifact
// really uploads to (test/support/workflow): the dry-run's files must reach the run's artifacts.
let world: WorkflowWorld;
let scratch: string;
const runs: string[] = [];
beforeAll(async () => {
  world = await startWorld({
    seed(work) {
      work.write(".github/cadence.yml", "sync:\n  - sync_id: docs\n    source: { type: file, location: templates }\n    target: { type: file, location: mirror }\n");
      work.write("templates/guide.md", "guide v2\n");
      work.write("mirror/keep.txt", "the mirror's own file\n");
      work.commit("chore: a sync of templates into mirror");
    },
  });
  scratch = mkdtempSync(join(tmpdir(), "sync-artifact-workflow-"));
});
afterAll(async () => {
  await world?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  for (const run of runs) rmSync(run, { recursive: true, force: true });
});

const WORKFLOW = `name: sync plan
on: push
permissions:
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: sync
        uses: release-cadence/release-cadence/actions/sync-dry-run@v1
`;

describe("the sync dry-run in a workflow", () => {
  it("uploads the report, the plan, the full diff and the sync_log as a workflow artifact named by the plan hash", async () => {
    const workflow = join(scratch, "sync.yml");
    writeFileSync(workflow, WORKFLOW);
    // Kept, to read the artifacts; removed at the end of the test.
    const run = await world.run({ workflow, event: { name: "push" }, keep: true });
    runs.push(dirname(run.artifactsDir));
    const plan = run.job("plan");
    expect(plan.result, plan.steps.map((step) => `${step.id ?? step.name}: ${step.error ?? ""}\n${step.log}`).join("\n")).toBe("success");
    const outputs = plan.steps.find((step) => step.id === "sync")!.outputs;
    const name = `cadence-sync-dry-run-${outputs["plan-hash"]!.slice("sha256:".length, "sha256:".length + 12)}`;
    expect(outputs.artifact).toBe(`workflow artifact ${name}`);
    expect(readdirSync(run.artifactsDir)).toEqual([name]);
    const folder = join(run.artifactsDir, name);
    const listing = (dir: string, prefix = ""): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listing(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
    expect(listing(folder).sort()).toEqual(["plan.json", "report.md", "sync-logs/docs.yaml", "sync.diff"]);
    expect(readFileSync(join(folder, "sync.diff"), "utf8")).toContain("+++ b/guide.md\n@@ -0,0 +1,1 @@\n+guide v2\n");
    expect(JSON.parse(readFileSync(join(folder, "plan.json"), "utf8")).plan_hash).toBe(outputs["plan-hash"]);
    const log = parse(readFileSync(join(folder, "sync-logs/docs.yaml"), "utf8")).sync_log;
    expect(log.dry_run).toMatchObject({ result: { files_to_add: 1, total_changes: 1 }, diff_ref: `sync.diff in the artifact ${name}` });
  });
});
