import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";
import { makeKeys } from "../capsule/fixtures.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "capsule-action-" });
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("fix: handle empty input");
  repo.write("dist/sample-1.4.3.tgz", "package bytes\n".repeat(500));
  repo.write("capsule-notes.yml", "decisions:\n  - Keep the v1 config readable\nopen_threads:\n  - Watch the new parser in production\nnext_chat_bootstrap:\n  - Start from the RELEASE capsule\n");
  return repo;
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe("the capsule-sign bundle, run as the runner runs it", () => {
  it("signs with a key from a secret, sets every output, masks the key, and verify mode accepts the result", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    const bump = `version-bump=sha256:${"b".repeat(64)}`;
    const run = await runAction("capsule-sign", {
      workspace: repo.dir,
      inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz", notes: "capsule-notes.yml", "plan-hashes": bump, decisions: "Ship on Tuesday" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ version: "1.4.3", keyid: keys.verifying.keyid, "sums-signature": join(repo.dir, "release-capsule", "SHA256SUMS.sig") });
    // package.json still says 1.4.2 here (no version-bump ran): the SBOM describes it as it is, and a warning says so
    expect(JSON.parse(run.outputs.signatures!)).toEqual([join(repo.dir, "release-capsule", "sample-1.4.3.tgz.sig"), join(repo.dir, "release-capsule", "sample-1.4.2.cdx.json.sig")]);
    expect(JSON.parse(run.outputs.subjects!).map((subject: { name: string }) => subject.name)).toEqual(["sample-1.4.3.tgz", "sample-1.4.2.cdx.json", "capsule-release-1.4.3.yaml"]);
    expect(JSON.parse(run.outputs.sbom!)).toEqual([join(repo.dir, "release-capsule", "sample-1.4.2.cdx.json")]);
    expect(run.outputs["sbom-status"]).toBe("generated");
    expect(run.commands).toContainEqual(expect.objectContaining({ command: "warning", message: expect.stringContaining("the SBOM sample-1.4.2.cdx.json describes sample@1.4.2, but the release is 1.4.3") }));
    expect(run.outputs["plan-hash"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    const capsule = readFileSync(run.outputs.capsule!, "utf8");
    expect(capsule).toContain("- Keep the v1 config readable\n  - Ship on Tuesday");
    expect(capsule).toContain("- Watch the new parser in production");
    expect(capsule).toContain(`commit: ${repo.head()}`);
    expect(run.summary).toContain(keys.verifying.keyid.slice(0, 16));
    // every line of the key is registered as a secret, and none is printed otherwise
    const bodyLines = keys.privatePem.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"));
    const masked = run.commands.filter((command) => command.command === "add-mask").map((command) => command.message);
    for (const line of bodyLines) expect(masked).toContain(line);
    const printed = run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n") + run.stderr + run.summary + capsule;
    for (const line of bodyLines) expect(printed).not.toContain(line);

    const verify = await runAction("capsule-sign", {
      workspace: repo.dir,
      inputs: { mode: "verify", "public-key": relative(repo.dir, keys.publicPath), envelope: relative(repo.dir, run.outputs.envelope!), "artifact-dirs": "dist" },
    });
    expect(verify.exitCode, verify.stdout).toBe(0);
    expect(verify.outputs.verified).toBe("true");
    expect(verify.summary).toContain("verified: every check holds");
  });

  it("in a dry-run, an SBOM of the version before is expected (version-bump wrote nothing): a notice, no warning", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    const run = await runAction("capsule-sign", {
      workspace: repo.dir,
      inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz", notes: "capsule-notes.yml", "dry-run": "true" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.commands.filter((command) => command.command === "warning")).toEqual([]);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: "notice", message: expect.stringContaining("dry-run: the SBOM sample-1.4.2.cdx.json describes sample@1.4.2") }),
    );
  });

  it("verify mode fails with the precise reason when an artifact changed", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ecdsa-p256");
    const run = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, artifacts: "dist/sample-1.4.3.tgz" } });
    expect(run.exitCode, run.stdout).toBe(0);
    writeFileSync(join(repo.dir, "dist/sample-1.4.3.tgz"), "tampered");
    const verify = await runAction("capsule-sign", {
      workspace: repo.dir,
      inputs: { mode: "verify", "public-key": keys.publicPem, envelope: relative(repo.dir, run.outputs.envelope!), "artifact-dirs": "dist" },
    });
    expect(verify.exitCode).toBe(1);
    expect(verify.outputs.verified).toBe("false");
    const failure = verify.commands.find((command) => command.command === "error" && !command.properties.file);
    expect(failure?.message).toMatch(/verification failed: digest sample-1\.4\.3\.tgz: .* has sha256 [0-9a-f]{64}, but the statement says/);
    expect(verify.stdout + verify.stderr).not.toMatch(STACK);
  });

  it("says plainly that keyless needs Actions' OIDC token, and that a bad key is unreadable without echoing it", async () => {
    const repo = sampleRepo();
    const keyless = await runAction("capsule-sign", { workspace: repo.dir, inputs: { keyless: "true", artifacts: "dist/sample-1.4.3.tgz" } });
    expect(keyless.exitCode).toBe(1);
    expect(keyless.stdout).toContain("::error::keyless signing needs GitHub Actions' OIDC token: give the job `permissions: id-token: write`");
    const garbage = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGarbageGarbageGarbageGarbage\n-----END PRIVATE KEY-----\n";
    const bad = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: garbage } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::the key input is not a readable private key");
    expect(bad.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n")).not.toContain("GarbageGarbage");
    expect(bad.stdout + bad.stderr).not.toMatch(STACK);
  });
});
