import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApprovalRequest } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let world: WorkflowWorld;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const production = { secrets: { DEPLOY_KEY: "key-of-production" }, vars: { LEVEL: "prod" } };

describe("deployment environments", () => {
  it("an approved job runs with the environment's secrets and vars and records the decision and url", async () => {
    const requests: ApprovalRequest[] = [];
    const run = await world.run({
      workflow: join(FIXTURES, "environments.yml"),
      event: { name: "workflow_dispatch" },
      environments: { production: { ...production, approval: (request) => (requests.push(request), "approve") } },
    });
    expect(run.conclusion).toBe("success");
    expect(requests).toEqual([{ environment: "production", job: "deploy" }]);
    const deploy = run.job("deploy");
    expect(deploy.environment).toEqual({ name: "production", decision: "approved", url: "https://deploy.example.invalid/prod" });
    expect(deploy.steps[0]!.log).toContain("deploying with *** at level prod");
    expect(run.job("announce").result).toBe("success");
    // Not set up: no reviewers, and none of production's secrets.
    expect(run.job("staging").environment).toEqual({ name: "staging", decision: "unprotected" });
    expect(run.job("staging").steps[0]!.log).toContain("key=[]");
  });

  it("a rejected job fails without running a step, and what needs it is skipped", async () => {
    const run = await world.run({ workflow: join(FIXTURES, "environments.yml"), event: { name: "workflow_dispatch" }, environments: { production }, approvals: { production: "reject" } });
    const deploy = run.job("deploy");
    expect(deploy.result).toBe("failure");
    expect(deploy.environment?.decision).toBe("rejected");
    expect(deploy.error).toContain("The deployment was rejected or didn't satisfy other protection rules");
    expect(deploy.steps).toEqual([]);
    expect(run.job("announce").result).toBe("skipped");
    expect(run.conclusion).toBe("failure");
  });
});
