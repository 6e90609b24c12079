import { generateKeyPairSync } from "node:crypto";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runComposite } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
// No Sigstore here: the capsule is signed with a key, as a repository with RELEASE_SIGNING_KEY does.
const SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
let world: WorkflowWorld;
beforeAll(async () => {
  world = await startWorld({
    seed(work) {
      work.commit("chore(release): 1.4.2", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
      work.tag("v1.4.2");
      for (const folder of ["probe", "composite"]) cpSync(join(FIXTURES, folder), join(work.dir, folder), { recursive: true });
      work.git("add", "-A");
      work.commit("feat: add the fixture actions");
      work.commit("docs: say how to use the fixture actions", "README.md", "# sample\n\nUse the fixture actions.\n");
    },
  });
});
afterAll(async () => {
  await world?.close();
});

describe("composite actions", () => {
  it("run step by step with their own inputs, steps, status and outputs", async () => {
    const run = await world.run({ workflow: join(FIXTURES, "composite.yml"), event: { name: "workflow_dispatch" } });
    const job = run.job("use");
    expect(job.result, JSON.stringify(job.steps.map((step) => [step.id, step.error]))).toBe("success");
    const composite = job.steps.find((step) => step.id === "composite")!;
    expect(composite.outputs).toEqual({ greeting: "HELLO WORLD", probed: "HELLO WORLD" });
    expect(composite.steps!.map((step) => [step.id, step.outcome, step.conclusion])).toEqual([
      ["greet", "success", "success"],
      ["probe", "success", "success"],
      ["flaky", "failure", "success"],
      ["__run", "skipped", "skipped"],
      ["__run_2", "success", "success"],
    ]);
    expect(composite.steps![0]!.log).toMatch(/path=.*\/composite$/m);
    expect(composite.steps![4]!.log).toContain("outer env from-the-step and status success");
    // The probe masked its greeting: the job's later logs hide it, and the job output holding it
    // is dropped as GitHub drops an output with a masked value.
    expect(job.steps.at(-2)!.log).toContain("after ***");
    expect(job.outputs).toEqual({});
    expect(job.annotations).toContainEqual({ level: "warning", message: "Skip output 'greeting' since it may contain secret.", properties: {} });
  });

  it("runComposite runs the root action as one step of a one-job workflow", async () => {
    // What the action's README asks of a dry-run: read access for the history and each gate.
    const permissions = { contents: "read", checks: "read", statuses: "read", "pull-requests": "read", issues: "read" } as const;
    const state = world.emulator.state;
    state.addCheckRun(state.repo("octo-org", "sample")!, world.work.head(), "test", "success");
    const digest = state.digest();
    const { run, step } = await runComposite({ uses: "release-cadence/release-cadence@v1", with: { "dry-run": "true", "signing-key": SIGNING_KEY }, permissions, repository: world.repository, github: world.emulator, origin: world.origin });
    expect(run.job("composite").token!.permissions.contents).toBe("read");
    // A dry-run of a good release is green end to end and changes nothing on the forge.
    expect(state.digest()).toEqual(digest);
    const plan = step.steps!.find((inner) => inner.id === "plan")!;
    expect(plan.outcome).toBe("success");
    expect(plan.outputs).toMatchObject({ version: "1.5.0", "release-needed": "true" });
    // A dry-run: no approval stop, no capsule artifact kept; the summary of where the release stands runs.
    expect(step.steps!.map((inner) => [inner.id, inner.outcome])).toEqual([
      ["plan", "success"],
      ["changelog", "success"],
      ["bump", "success"],
      ["gates", "success"],
      ["__run", "skipped"],
      ["capsule", "success"],
      ["__actions_upload-artifact", "skipped"],
      ["publish", "success"],
      ["__run_2", "success"],
    ]);
    expect(run.job("composite").summary).toContain("## Release 1.5.0");
  });
});
