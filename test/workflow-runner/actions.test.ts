import { cpSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
let run: WorkflowRunResult;
beforeAll(async () => {
  world = await startWorld({
    seed(work) {
      work.commit("chore(release): 1.4.2", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
      work.tag("v1.4.2");
      cpSync(join(FIXTURES, "probe"), join(work.dir, "probe"), { recursive: true });
      work.git("add", "-A");
      work.commit("feat: add the probe action");
    },
  });
  // One run of the fixture; each test reads a job of it.
  run = await world.run({ workflow: join(FIXTURES, "actions.yml"), event: { name: "workflow_dispatch" } });
});
afterAll(async () => {
  await world?.close();
});

describe("actions on the local runner", () => {
  it("runs our committed bundles for release-cadence/release-cadence/actions/x@REF", async () => {
    const bump = run.job("bump");
    expect(bump.result, bump.steps.map((step) => `${step.name}: ${step.error ?? ""}\n${step.log}`).join("\n")).toBe("success");
    expect(bump.outputs).toEqual({ version: "1.5.0" });
    expect(bump.steps[1]!.summary).toContain("1.5.0");
  });

  it("gives a node24 action its inputs, defaults (${{ github.token }}), only the runner's variables, and OIDC only with id-token: write", async () => {
    const probe = run.job("probe").steps.find((step) => step.id === "probe")!;
    expect(probe.outcome, probe.error).toBe("success");
    expect(probe.outputs).toMatchObject({ greeting: "hello-there", spaced: "spaced", "token-is-job-token": "true", gitconfig: "false", audience: "sigstore" });
    expect(probe.outputs.node).toMatch(/^v24\./);
    // ::add-mask:: hides the value in everything logged after it.
    expect(probe.log).toContain("the greeting was ***");
    const names = probe.outputs.names!.split(" ");
    expect(names).toEqual(expect.arrayContaining(["CI", "GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_OUTPUT", "HOME", "PATH", "RUNNER_TEMP", "ACTIONS_ID_TOKEN_REQUEST_URL"]));
    const allowed = /^(CI|HOME|PATH|LANG|ImageOS|EXPECTED_TOKEN|GITHUB_[A-Z_]+|RUNNER_[A-Z_]+|ACTIONS_[A-Z_]+)$/;
    expect(names.filter((name) => !allowed.test(name))).toEqual([]);
    const plain = run.job("probe-without-oidc").steps.find((step) => step.id === "probe")!;
    expect(plain.outputs.audience).toBe("none");
    expect(plain.outputs.names).not.toContain("ACTIONS_ID_TOKEN_REQUEST");
  });

  it("has no git identity in a job, so git commit fails as on a hosted runner", async () => {
    const commit = run.job("commit");
    expect(commit.result).toBe("failure");
    expect(commit.steps[0]!.log).toMatch(/Author identity unknown|unable to auto-detect email address/);
  });
});
