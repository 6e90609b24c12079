import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";
import { releaseReadyRepo } from "../gates/fixtures.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const NODE_AUTH_TOKEN = "npm_nodeAuthSecretValue0123456789";
const NPM_TOKEN = "npm_otherNameSecretValue9876543210";
const DEPLOY_KEY = "deploy-key-secret-value-abcdefghij";

describe("a failing gate command cannot print a secret the run knows under another name", () => {
  it("masks NODE_AUTH_TOKEN, NPM_TOKEN and other secret variables in the log, summary, outputs and evidence", async () => {
    const repo = releaseReadyRepo();
    repos.push(repo);
    const leak = "const e = process.env; console.log('token', e.NODE_AUTH_TOKEN); console.error('also', e.NPM_TOKEN, e.DEPLOY_KEY); process.exit(3)";
    repo.commit("chore: a gate that leaks", ".github/cadence.yml", `gates:\n  custom:\n    - id: leak\n      title: Leaky check\n      run: [node, -e, ${JSON.stringify(leak)}]\n`);
    const run = await runAction("gate-check", {
      workspace: repo.dir,
      inputs: { now: "2026-11-18T10:00:00Z" },
      env: { NODE_AUTH_TOKEN, NPM_TOKEN, DEPLOY_KEY },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    const failed = JSON.parse(run.outputs["failed-gates"]!) as Array<{ id: string; reason: string }>;
    const custom = failed.find((gate) => gate.reason.includes("exited with 3"));
    expect(custom?.reason, run.outputs["failed-gates"]).toContain("also *** ***");
    const evidence = readFileSync(run.outputs["evidence-path"]!, "utf8");
    expect(evidence).toContain("exited with 3");
    const printed = [run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n"), run.stderr, run.summary, evidence, Object.values(run.outputs).join("\n")].join("\n");
    for (const secret of [NODE_AUTH_TOKEN, NPM_TOKEN, DEPLOY_KEY]) expect(printed).not.toContain(secret);
    // the runner is told to mask them in its own log too
    for (const secret of [NODE_AUTH_TOKEN, NPM_TOKEN, DEPLOY_KEY]) expect(run.stdout).toContain(`::add-mask::${secret}`);
  });
});
