import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunResult } from "../support/workflow/index.js";
import { startWorld, type WorkflowWorld } from "../support/workflow/world.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
let w: WorkflowWorld;
let run: WorkflowRunResult;
beforeAll(async () => {
  w = await startWorld();
  // One run of the fixture; each test reads its jobs.
  run = await w.run({ workflow: join(FIXTURES, "permissions.yml"), event: { name: "workflow_dispatch" } });
});
afterAll(async () => {
  await w?.close();
});

describe("job permissions become the GITHUB_TOKEN the emulator enforces", () => {
  it("a write with a read token gets GitHub's 403; a write token creates the ref; {} keeps only metadata", () => {
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
    expect(new Set(run.jobs.map((job) => job.token!.value)).size).toBe(run.jobs.length);
    const created = w.emulator.requests.find((request) => request.operationId === "git/create-ref" && request.status === 201);
    expect(created?.authorization).toBe(`token ${writer.token!.value}`);

    const nothing = run.job("nothing");
    expect(nothing.token!.permissions.contents).toBe("none");
    expect(nothing.steps[0]!.outcome).toBe("failure");
    expect(nothing.steps[0]!.conclusion).toBe("success");
    expect(nothing.result).toBe("success");
    expect(run.conclusion).toBe("failure");
  });

  it("lets git push with a contents: write token only, as github.com does", () => {
    const denied = run.job("push-with-read");
    expect(denied.result).toBe("failure");
    expect(denied.steps[1]!.log).toContain("The requested URL returned error: 403");
    expect(run.job("push-with-write").result).toBe("success");
    const branches = execFileSync("git", ["for-each-ref", "--format=%(refname)", "refs/heads"], { cwd: w.bare, encoding: "utf8" });
    expect(branches).toContain("refs/heads/pushed-with-write");
    expect(branches).not.toContain("refs/heads/pushed-with-read");
    const pushes = run.originRequests.filter((request) => request.service === "git-receive-pack");
    expect(pushes.filter((request) => request.token === denied.token!.value).map((request) => request.status)).toEqual([403]);
  });

  it("takes an App installation token from the create-github-app-token stand-in: git sees it, not the read-only job token", async () => {
    const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const appRun = await w.run({ workflow: join(FIXTURES, "app-token.yml"), event: { name: "workflow_dispatch" }, secrets: { APP_KEY: key } });
    const job = appRun.job("push");
    expect(job.result, job.steps.map((step) => `${step.id}: ${step.error ?? ""}`).join("\n")).toBe("success");
    const appToken = job.steps[0]!.outputs.token!;
    expect(appToken).toMatch(/^ghs_/);
    const pushes = appRun.originRequests.filter((request) => request.service === "git-receive-pack" && request.path.includes("octo-org/sample"));
    expect(pushes.some((request) => request.token === appToken && request.status === 200)).toBe(true);
    expect(pushes.filter((request) => request.token === job.token!.value)).toEqual([]);
    expect(execFileSync("git", ["for-each-ref", "--format=%(refname)", "refs/heads/by-app"], { cwd: w.bare, encoding: "utf8" })).toBe("refs/heads/by-app\n");
    // Revoked with the job, like the real action's post step does.
    expect(w.emulator.grants.get(appToken)?.revoked).toBe(true);
    for (const step of job.steps) expect(step.log).not.toContain(appToken);
  });

  it("revokes the token when the job ends", async () => {
    const response = await fetch(`${w.emulator.url}/repos/octo-org/sample`, { headers: { authorization: `token ${run.job("writer").token!.value}` } });
    expect(response.status).toBe(401);
  });
});
