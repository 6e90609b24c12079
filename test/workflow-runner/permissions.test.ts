import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const worlds: WorkflowWorld[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

describe("job permissions become the GITHUB_TOKEN the emulator enforces", () => {
  it("a write with a read token gets GitHub's 403; a write token creates the ref; {} keeps only metadata", async () => {
    const w = await startWorld();
    worlds.push(w);
    const run = await w.run({ workflow: join(FIXTURES, "permissions.yml"), event: { name: "workflow_dispatch" } });
    const reader = run.job("reader");
    expect(reader.result).toBe("failure");
    expect(reader.token!.permissions).toMatchObject({ contents: "read", metadata: "read", issues: "none" });
    expect(reader.steps[0]!.outputs).toEqual({ status: "403", accepted: "contents=write", message: "Resource not accessible by integration" });

    const writer = run.job("writer");
    expect(writer.result).toBe("success");
    expect(writer.steps[0]!.outputs.status).toBe("201");
    // The emulator's repository is the bare repository the origin serves: the ref is there for git.
    expect(execFileSync("git", ["for-each-ref", "--format=%(refname)", "refs/tags"], { cwd: w.bare, encoding: "utf8" })).toBe("refs/tags/v1.0.0-writer\n");
    // Each job had its own token, and the writer's is the one the emulator saw on the write.
    expect(new Set(run.jobs.map((job) => job.token!.value)).size).toBe(3);
    const created = w.emulator.requests.find((request) => request.operationId === "git/create-ref" && request.status === 201);
    expect(created?.authorization).toBe(`token ${writer.token!.value}`);

    const nothing = run.job("nothing");
    expect(nothing.token!.permissions.contents).toBe("none");
    expect(nothing.steps[0]!.outcome).toBe("failure");
    expect(nothing.steps[0]!.conclusion).toBe("success");
    expect(nothing.result).toBe("success");
    expect(run.conclusion).toBe("failure");
  });

  it("revokes the token when the job ends", async () => {
    const w = await startWorld();
    worlds.push(w);
    const run = await w.run({ workflow: join(FIXTURES, "permissions.yml"), event: { name: "workflow_dispatch" } });
    const response = await fetch(`${w.emulator.url}/repos/octo-org/sample`, { headers: { authorization: `token ${run.job("writer").token!.value}` } });
    expect(response.status).toBe(401);
  });
});
