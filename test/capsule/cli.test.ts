import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runCli } from "../support/runner.js";
import { makeKeys, tempDir } from "./fixtures.js";

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "capsule-cli-" });
  cleanups.push(() => repo.remove());
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("feat(api): add the export endpoint");
  repo.write("CHANGELOG.md", "# Changelog\n\n## [1.5.0] - 2026-03-01\n### Added\n- the export endpoint\n\n## [1.4.2]\n- older\n");
  repo.write("app-1.5.0.tgz", "artifact bytes\n".repeat(1000));
  return repo;
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe("cadence capsule-sign and cadence verify (the bundled CLI)", () => {
  it("signs in a git repository (version from version-bump, commit from HEAD) and verify exits 0", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ecdsa-p256");
    const sign = await runCli(["capsule-sign", "--kind", "RELEASE", "--key", keys.privatePath, "--artifact", "app-1.5.0.tgz", "--out", "signed", "--json"], { cwd: repo.dir });
    expect(sign.exitCode, sign.stderr).toBe(0);
    const paths = JSON.parse(sign.stdout);
    expect(paths).toMatchObject({ version: "1.5.0", commit: repo.head(), mode: "key", algorithm: "ecdsa-p256", keyid: keys.verifying.keyid });
    for (const path of [paths.capsule, paths.envelope, paths.bundle, paths.sums, paths.sumsSignature, ...paths.signatures]) expect(existsSync(path), path).toBe(true);
    expect(paths.signatures).toEqual([join(repo.dir, "signed", "app-1.5.0.tgz.sig"), join(repo.dir, "signed", "sample-1.4.2.cdx.json.sig")]);
    expect(paths).toMatchObject({ sboms: [join(repo.dir, "signed", "sample-1.4.2.cdx.json")], sbomStatus: "generated" });
    const capsule = readFileSync(paths.capsule, "utf8");
    expect(capsule).toContain("kind: RELEASE");
    expect(capsule).toContain("Change: Added: the export endpoint");

    const verify = await runCli(["verify", "--key", keys.publicPath, "--artifacts", repo.dir, paths.envelope], { cwd: repo.dir });
    expect(verify.exitCode, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain("verified: every check holds");
  });

  it("verify exits 1 naming the file and digest when an artifact changed, and the key when it is another", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    const sign = await runCli(["capsule-sign", "--key", keys.privatePath, "--artifact", "app-1.5.0.tgz", "--out", "signed", "--json"], { cwd: repo.dir });
    const envelope = JSON.parse(sign.stdout).envelope;
    repo.write("app-1.5.0.tgz", "something else\n");
    const changed = await runCli(["verify", "--key", keys.publicPath, "--artifacts", repo.dir, envelope], { cwd: repo.dir });
    expect(changed.exitCode).toBe(1);
    expect(changed.stderr).toMatch(/digest app-1\.5\.0\.tgz: .*app-1\.5\.0\.tgz has sha256 [0-9a-f]{64}, but the statement says [0-9a-f]{64}/);
    expect(changed.stderr).not.toMatch(STACK);

    const other = makeKeys(tempDirFor("other-key"), "ed25519");
    const wrongKey = await runCli(["verify", "--key", other.publicPath, "--artifacts", repo.dir, envelope], { cwd: repo.dir });
    expect(wrongKey.exitCode).toBe(1);
    expect(wrongKey.stderr).toContain("not by the given key");
  });

  it("outside a git repository says so, and works with --version and --commit", async () => {
    const dir = tempDirFor("no-git");
    const keys = makeKeys(dir, "ed25519");
    writeFileSync(join(dir, "a.bin"), "a");
    const refused = await runCli(["capsule-sign", "--key", keys.privatePath, "--artifact", "a.bin"], { cwd: dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain("is not a git repository");
    expect(refused.stderr).toContain("--version");
    const args = ["capsule-sign", "--key", keys.privatePath, "--artifact", "a.bin", "--version", "2.0.0", "--commit", "a".repeat(40), "--kind", "post-release", "--json"];
    const dry = await runCli([...args, "--dry-run"], { cwd: dir });
    expect(dry.exitCode, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, evidencePath: null });
    expect(existsSync(join(dir, "release-capsule")), "a dry-run writes nothing").toBe(false);
    const given = await runCli(args, { cwd: dir });
    expect(given.exitCode, given.stderr).toBe(0);
    expect(JSON.parse(given.stdout).capsule).toBe(join(dir, "release-capsule", "capsule-post-release-2.0.0.yaml"));
  });

  it("reads an encrypted key's passphrase from --passphrase-env, and never prints key or passphrase", async () => {
    const dir = tempDirFor("encrypted");
    const passphrase = "a long passphrase 123";
    const keys = makeKeys(dir, "ed25519", passphrase);
    writeFileSync(join(dir, "a.bin"), "a");
    const args = ["capsule-sign", "--key", keys.privatePath, "--artifact", "a.bin", "--version", "1.0.0", "--commit", "b".repeat(40)];
    const missing = await runCli(args, { cwd: dir });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain("is encrypted: give its passphrase");
    const wrong = await runCli([...args, "--passphrase-env", "SIGNING_PASS"], { cwd: dir, env: { SIGNING_PASS: "not it" } });
    expect(wrong.stderr).toContain("could not be decrypted");
    const ok = await runCli([...args, "--passphrase-env", "SIGNING_PASS"], { cwd: dir, env: { SIGNING_PASS: passphrase } });
    expect(ok.exitCode, ok.stderr).toBe(0);
    const bodyLines = keys.privatePem.split("\n").filter((line) => line && !line.startsWith("-----"));
    for (const run of [missing, wrong, ok]) {
      const all = run.stdout + run.stderr;
      expect(all).not.toContain(passphrase);
      for (const line of bodyLines) expect(all).not.toContain(line);
    }
  });

  it("checks the compatibility matrix: a release may only write a state version it reads in full, and --reader-version", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    repo.write(
      ".github/cadence.yml",
      "capsule:\n  state-version: state-v2\n  compatibility:\n    - { release: 1.5.x, state: state-v2, mode: full }\n    - { release: 1.5.x, state: state-v1, mode: read-only }\n    - { release: 2.0.x, state: state-v2, mode: migration }\n",
    );
    const sign = await runCli(["capsule-sign", "--key", keys.privatePath, "--out", "signed", "--json"], { cwd: repo.dir });
    expect(sign.exitCode, sign.stderr).toBe(0);
    const envelope = JSON.parse(sign.stdout).envelope;
    const migrate = await runCli(["verify", "--key", keys.publicPath, "--reader-version", "2.0.1", envelope], { cwd: repo.dir });
    expect(migrate.exitCode, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain("release 2.0.1 reads state-v2: migration");
    const unknown = await runCli(["verify", "--key", keys.publicPath, "--reader-version", "3.0.0", envelope], { cwd: repo.dir });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain("no compatibility rule lets release 3.0.0 read state-v2");

    const refused = await runCli(["capsule-sign", "--key", keys.privatePath, "--version", "2.0.0"], { cwd: repo.dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/\.github\/cadence\.yml:2:\d+: capsule\.state-version state-v2: release 2\.0\.0 may only write a state version it reads in full/);
  });

  it("a bad key file gives one clear line, not a stack trace", async () => {
    const dir = tempDirFor("bad-key");
    writeFileSync(join(dir, "k.pem"), "-----BEGIN PRIVATE KEY-----\nTUlJQ2Rn\n-----END PRIVATE KEY-----\n");
    const run = await runCli(["capsule-sign", "--key", "k.pem", "--version", "1.0.0", "--commit", "c".repeat(40)], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^cadence capsule-sign: the key file k\.pem is not a readable private key/);
    expect(run.stderr).not.toContain("TUlJQ2Rn");
    expect(run.stderr).not.toMatch(STACK);
  });
});

function tempDirFor(prefix: string): string {
  const made = tempDir(prefix);
  cleanups.push(made.remove);
  return made.dir;
}
