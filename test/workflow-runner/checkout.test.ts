import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const worlds: WorkflowWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

async function world() {
  const created = await startWorld({
    seed(work) {
      work.commit("chore: one", "a.txt", "1\n");
      work.tag("v1.0.0");
      work.commit("feat: two", "a.txt", "2\n");
      work.commit("fix: three", "a.txt", "3\n");
    },
  });
  worlds.push(created);
  return created;
}

const basic = (token: string) => `basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;

describe("actions/checkout over the HTTP origin", () => {
  it("clones shallow onto the dispatched branch and keeps the job token in the local config by default", async () => {
    const w = await world();
    const run = await w.run({ workflow: join(FIXTURES, "checkout.yml"), event: { name: "workflow_dispatch" } });
    expect(run.error).toBeUndefined();
    const shallow = run.job("shallow");
    expect(shallow.result, JSON.stringify(shallow.steps.map((step) => [step.error, step.log]), null, 1)).toBe("success");
    const look = shallow.steps.find((step) => step.id === "look")!;
    // v4 checks a branch ref out as that branch (git checkout -B main refs/remotes/origin/main).
    expect(look.outputs).toMatchObject({ branch: "main", commits: "1", shallow: "true", header: "AUTHORIZATION: basic" });
    const token = shallow.token!.value;
    const requests = run.originRequests.filter((request) => request.token === token);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((request) => request.authorization === basic(token))).toBe(true);
    // The later `git fetch` in a run step still carried the token, through the persisted header.
    expect(requests.filter((request) => request.service === "git-upload-pack" && request.method === "POST").length).toBeGreaterThanOrEqual(2);
    // The token never shows in a log.
    for (const step of shallow.steps) expect(step.log).not.toContain(token);
    // The real action's post step takes the header out when the job ends.
    expect(shallow.steps.at(-1)!.name).toMatch(/^Post /);
    expect(shallow.steps.at(-1)!.log).toContain("git config --local --unset-all http.http://github.localhost:");
  });

  it("with fetch-depth 0 fetches all history and tags; persist-credentials false leaves no header", async () => {
    const w = await world();
    const run = await w.run({ workflow: join(FIXTURES, "checkout.yml"), event: { name: "workflow_dispatch", inputs: { persist: false } } });
    const full = run.job("full");
    expect(full.result, JSON.stringify(full.steps.map((step) => [step.error, step.log]), null, 1)).toBe("success");
    expect(full.steps.find((step) => step.id === "look")!.outputs).toEqual({ commits: "3", tags: "v1.0.0 ", headers: "0" });
    // In the shallow job (persist false too) the run step's fetch went out without any token.
    const shallow = run.job("shallow");
    expect(shallow.steps.find((step) => step.id === "look")!.outputs.header).toBe("");
    const tokenless = run.originRequests.filter((request) => request.authorization === undefined);
    expect(tokenless.length).toBeGreaterThan(0);
  });
});
