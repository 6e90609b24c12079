import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generateIdentity, identityToRecipient } from "age-encryption";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";
import { NpmWorld, json } from "../support/npm-projects.js";
import { runAction } from "../support/runner.js";
import { releaseReadyRepo } from "../gates/fixtures.js";
import { makeKeys } from "../capsule/fixtures.js";

// The committed bundles, run as the runner runs them, on a repository with a real lockfile
// (installed from a local Verdaccio): LIC-01 in gate-check, the SBOM and encrypted sections in capsule-sign.
const TOKEN = "ghs_complianceTestToken7";
let world: NpmWorld;
let emulator: GitHubEmulator;
let repo: TestRepo;

beforeAll(async () => {
  world = await NpmWorld.start();
  await world.publish([
    { name: "leaf-isc", version: "1.0.0", license: "ISC" },
    { name: "lib-mit", version: "1.0.0", license: "MIT", dependencies: { "leaf-isc": "^1.0.0", "lib-gpl": "^1.0.0" } },
    { name: "lib-gpl", version: "1.0.0", license: "GPL-3.0-only" },
  ]);
  repo = releaseReadyRepo();
  repo.write("package.json", json({ name: "sample", version: "1.5.0", license: "MIT", dependencies: { "lib-mit": "^1.0.0" } }));
  await world.npm(repo.dir, ["install", "--no-audit", "--no-fund"]);
  repo.write(".gitignore", "coverage/\nnode_modules/\nrelease-capsule/\n");
  repo.write(".github/cadence.yml", "gates:\n  security:\n    audit: false\n  licenses:\n    allow: [MIT, ISC]\n");
  repo.git("add", "-A");
  repo.git("commit", "-q", "-m", "chore: lockfile and license policy");
  emulator = await GitHubEmulator.start({ token: TOKEN });
  const model = emulator.state.addRepo("octo-org/sample");
  emulator.state.addCheckRun(model, repo.head(), "test", "success");
});
afterAll(async () => {
  repo?.remove();
  await emulator?.close();
  await world?.stop();
});

describe("compliance through the bundled actions", () => {
  it("gate-check fails LIC-01 for a denied transitive license, names the path, annotates the policy and records license_compliance", async () => {
    const run = await runAction("gate-check", { workspace: repo.dir, inputs: { token: TOKEN, now: "2026-11-18T10:00:00Z" }, env: { GITHUB_API_URL: emulator.url } });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs["failed-gates"]!)).toEqual([expect.objectContaining({ id: "LIC-01", required: true })]);
    const annotation = run.commands.find((command) => command.command === "error" && command.message.startsWith("LIC-01"));
    expect(annotation?.properties).toMatchObject({ file: ".github/cadence.yml", line: "5" });
    expect(run.summary).toContain("lib-gpl@1.0.0: GPL-3.0-only — not-allowed: GPL-3.0-only: GPL-3.0-only is not in the allow list; pulled in by sample@1.5.0 > lib-mit@1.0.0 > lib-gpl@1.0.0");
    const evidence = parse(readFileSync(join(repo.dir, ".git/cadence/evidence/gate-check-1.5.0.yaml"), "utf8")).release_evidence;
    expect(evidence.validation.license_compliance).toMatchObject({ packages_checked: 3, violations: [{ package: "lib-gpl", version: "1.0.0", license: "GPL-3.0-only", problem: "not-allowed" }] });
  });

  it("capsule-sign signs the SBOM and encrypts decisions; verify checks without the key and decrypts with the identity, which stays masked", async () => {
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    repo.write(".github/cadence.yml", `capsule:\n  recipients:\n    security: ${recipient}\n  encrypt:\n    decisions: [security]\n`);
    const keys = makeKeys(repo.dir, "ed25519");
    const sign = await runAction("capsule-sign", { workspace: repo.dir, inputs: { key: keys.privatePem, version: "1.5.0", decisions: "Rotate the signing key after 1.5" } });
    expect(sign.exitCode, sign.stdout + sign.stderr).toBe(0);
    expect(sign.outputs["sbom-status"]).toBe("generated");
    expect(JSON.parse(sign.outputs.sbom!)).toEqual([join(repo.dir, "release-capsule", "sample-1.5.0.cdx.json")]);
    const bom = JSON.parse(readFileSync(join(repo.dir, "release-capsule", "sample-1.5.0.cdx.json"), "utf8"));
    expect(bom.components.map((component: { name: string }) => component.name).sort()).toEqual(["leaf-isc", "lib-gpl", "lib-mit"]);
    const capsule = readFileSync(sign.outputs.capsule!, "utf8");
    expect(capsule).toContain("-----BEGIN AGE ENCRYPTED FILE-----");
    expect(capsule + sign.stdout + sign.summary).not.toContain("Rotate the signing key after 1.5");

    const inputs = { mode: "verify", "public-key": relative(repo.dir, keys.publicPath), envelope: relative(repo.dir, sign.outputs.envelope!) };
    const plain = await runAction("capsule-sign", { workspace: repo.dir, inputs });
    expect(plain.exitCode, plain.stdout).toBe(0);
    expect(plain.summary).toContain("ok   encrypted sections: decisions (for security)");
    const opened = await runAction("capsule-sign", { workspace: repo.dir, inputs: { ...inputs, identity: `${identity}\n` } });
    expect(opened.exitCode, opened.stdout).toBe(0);
    expect(opened.summary).toContain("ok   decrypt decisions");
    expect(opened.summary).toContain("ok   decrypted capsule schema");
    expect(opened.commands).toContainEqual(expect.objectContaining({ command: "add-mask", message: identity }));
    const printed = opened.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n") + opened.stderr + opened.summary;
    expect(printed).not.toContain(identity);
    expect(printed).not.toContain("Rotate the signing key after 1.5");
  });
});
