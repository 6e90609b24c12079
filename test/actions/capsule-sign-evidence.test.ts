import { existsSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";
import { makeKeys } from "../capsule/fixtures.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "capsule-evidence-" });
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.write("dist/sample-1.4.3.tgz", "package bytes\n".repeat(500));
  return repo;
}

describe("capsule-sign vouches only for what exists", () => {
  it("refuses a commit the repository does not hold, and writes nothing", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    const ghost = "0123456789abcdef0123456789abcdef01234567";
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz", commit: ghost } });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toContain(`::error::commit ${ghost} does not exist in the repository`);
    expect(existsSync(join(repo.dir, "release-capsule"))).toBe(false);
    // a commit it holds is signed as given
    const known = repo.git("rev-parse", "HEAD~1").trim();
    const good = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz", commit: known } });
    expect(good.exitCode, good.stdout).toBe(0);
  });

  it.each([["sample-1.4.3.tgz.sig"], ["SHA256SUMS"], ["SHA256SUMS.sig"]])("verify fails when %s, which the envelope implies, is missing", async (name) => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz" } });
    expect(run.exitCode, run.stdout).toBe(0);
    const verifyInputs = { mode: "verify", "public-key": keys.publicPem, envelope: relative(repo.dir, run.outputs.envelope!), "artifact-dirs": "dist" };
    const whole = await runAction("capsule-sign", { workspace: repo.dir, inputs: verifyInputs });
    expect(whole.outputs.verified, whole.stdout).toBe("true");
    rmSync(join(repo.dir, "release-capsule", name));
    const verify = await runAction("capsule-sign", { workspace: repo.dir, inputs: verifyInputs });
    expect(verify.exitCode).toBe(1);
    expect(verify.outputs.verified).toBe("false");
    expect(verify.summary).not.toContain("every check holds");
    expect(verify.stdout).toMatch(new RegExp(`${name.replace(/\./g, "\\.")}: missing: \\S*${name.replace(/\./g, "\\.")} does not exist`));
  });
});
