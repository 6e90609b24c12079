import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleFromJSON } from "@sigstore/bundle";
import { Verifier, toSignedEntity, toTrustMaterial } from "@sigstore/verify";
import { hashAndVerifyFile, hashFile, pae, parseEnvelope, parseSums, verifyCapsule, verifyEnvelope, type KeyAlgorithm } from "@release-cadence/core";
import { makeKeys, signSample, tempDir } from "./fixtures.js";

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
function temp(prefix: string): string {
  const made = tempDir(prefix);
  cleanups.push(made.remove);
  return made.dir;
}

function opensslVerify(algorithm: KeyAlgorithm, publicPath: string, file: string, sig: string) {
  const args =
    algorithm === "ed25519"
      ? ["pkeyutl", "-verify", "-pubin", "-inkey", publicPath, "-rawin", "-in", file, "-sigfile", sig]
      : ["dgst", "-sha256", "-verify", publicPath, "-signature", sig, file];
  return spawnSync("openssl", args, { encoding: "utf8" });
}

describe.each(["ed25519", "ecdsa-p256"] as const)("signing with %s", (algorithm) => {
  it("round-trips: sign, then verify every check", async () => {
    const dir = temp(algorithm);
    const keys = makeKeys(dir, algorithm);
    const result = await signSample(dir, keys.signing);
    const report = await verifyCapsule({ envelopePath: result.files.envelope!, key: keys.verifying, artifactDirs: [dir] });
    expect(report.ok, JSON.stringify(report.checks, null, 1)).toBe(true);
    const names = report.checks.map((check) => check.check);
    expect(names).toEqual(expect.arrayContaining(["signature", "capsule schema", "digest app-1.2.3.tgz", "digest notes.txt", "digest capsule-release-1.2.3.yaml", "capsule file", "compatibility", "SHA256SUMS", "signature SHA256SUMS.sig"]));
    expect(report.capsule?.release).toEqual({ version: "1.2.3", commit: result.capsule.release.commit, created_at: "2026-03-01T12:00:00.000Z" });
    expect(report.capsule?.decisions).toEqual(["Keep the v1 format readable", "Ship the export endpoint"]);
    expect(report.capsule?.plans).toEqual([{ action: "version-bump", plan_hash: `sha256:${"a".repeat(64)}` }]);
  });

  it("writes .sig files and a signed SHA256SUMS that real openssl verifies", async () => {
    const dir = temp(algorithm);
    const keys = makeKeys(dir, algorithm);
    const result = await signSample(dir, keys.signing);
    for (const name of ["app-1.2.3.tgz", "notes.txt"]) {
      const check = opensslVerify(algorithm, keys.publicPath, join(dir, name), join(result.files.outDir, `${name}.sig`));
      expect(check.status, check.stderr).toBe(0);
      expect(check.stdout).toMatch(/Verified OK|Signature Verified Successfully/);
    }
    const sums = opensslVerify(algorithm, keys.publicPath, result.files.sums, result.files.sumsSignature!);
    expect(sums.status, sums.stderr).toBe(0);
    // and openssl rejects a signature over other bytes
    const wrong = opensslVerify(algorithm, keys.publicPath, join(dir, "notes.txt"), join(result.files.outDir, "app-1.2.3.tgz.sig"));
    expect(wrong.status).not.toBe(0);
    // SHA256SUMS is sha256sum's own format
    const listed = parseSums(readFileSync(result.files.sums, "utf8"), "SHA256SUMS");
    const coreutils = execFileSync("sha256sum", [join(dir, "notes.txt")], { encoding: "utf8" }).split(" ")[0];
    expect(listed.find((entry) => entry.name === "notes.txt")?.sha256).toBe(coreutils);
  });

  it("verifies a signature made by openssl", async () => {
    const dir = temp(algorithm);
    const keys = makeKeys(dir, algorithm);
    const file = join(dir, "made-by-openssl.bin");
    writeFileSync(file, Buffer.alloc(70_000, 7));
    const sig = join(dir, "made-by-openssl.bin.sig");
    const args = algorithm === "ed25519" ? ["pkeyutl", "-sign", "-inkey", keys.privatePath, "-rawin", "-in", file, "-out", sig] : ["dgst", "-sha256", "-sign", keys.privatePath, "-out", sig, file];
    execFileSync("openssl", args, { stdio: "pipe" });
    expect((await hashAndVerifyFile(file, keys.verifying, readFileSync(sig))).signatureValid).toBe(true);
    writeFileSync(file, Buffer.alloc(70_000, 8));
    expect((await hashAndVerifyFile(file, keys.verifying, readFileSync(sig))).signatureValid).toBe(false);
  });

  it("signs exactly PAE(payloadType, payload) in the envelope, which openssl verifies", async () => {
    const dir = temp(algorithm);
    const keys = makeKeys(dir, algorithm);
    const result = await signSample(dir, keys.signing);
    const envelope = parseEnvelope(readFileSync(result.files.envelope!, "utf8"), "envelope");
    const payload = Buffer.from(envelope.payload, "base64");
    const signed = pae(envelope.payloadType, payload);
    expect(signed.subarray(0, 40).toString("utf8")).toBe(`DSSEv1 28 application/vnd.in-toto+json ${payload.length} `.slice(0, 40));
    writeFileSync(join(dir, "pae.bin"), signed);
    writeFileSync(join(dir, "pae.sig"), Buffer.from(envelope.signatures[0]!.sig, "base64"));
    const check = opensslVerify(algorithm, keys.publicPath, join(dir, "pae.bin"), join(dir, "pae.sig"));
    expect(check.status, check.stderr).toBe(0);
    expect(envelope.signatures[0]!.keyid).toBe(keys.verifying.keyid);
  });

  it("refuses the envelope with another key of the same type", async () => {
    const dir = temp(algorithm);
    const keys = makeKeys(dir, algorithm);
    const other = makeKeys(temp(`${algorithm}-other`), algorithm);
    const result = await signSample(dir, keys.signing);
    const check = verifyEnvelope(parseEnvelope(readFileSync(result.files.envelope!, "utf8"), "e"), other.verifying);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining("not by the given key") });
  });
});

describe("encrypted keys", () => {
  it("signs with a passphrase-protected PKCS#8 key and says plainly when the passphrase is missing or wrong", async () => {
    const dir = temp("encrypted");
    const keys = makeKeys(dir, "ecdsa-p256", "correct horse battery");
    const result = await signSample(dir, keys.signing);
    expect((await verifyCapsule({ envelopePath: result.files.envelope!, key: keys.verifying, artifactDirs: [dir] })).ok).toBe(true);
    const { parsePrivateKey } = await import("@release-cadence/core");
    expect(() => parsePrivateKey(keys.privatePem, { source: "the key file k.pem" })).toThrow(/k\.pem is encrypted: give its passphrase/);
    expect(() => parsePrivateKey(keys.privatePem, { source: "the key file k.pem", passphrase: "wrong" })).toThrow(/could not be decrypted: the passphrase is wrong/);
  });
});

describe("@sigstore/verify", () => {
  it("verifies the ECDSA envelope, as a Sigstore bundle, offline with the public key as trust material", async () => {
    const dir = temp("sigstore");
    const keys = makeKeys(dir, "ecdsa-p256");
    const result = await signSample(dir, keys.signing);
    const bundle = bundleFromJSON(JSON.parse(readFileSync(result.files.bundle, "utf8")));
    const trust = toTrustMaterial(
      { mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1", tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] },
      { [keys.verifying.keyid]: { rawBytes: keys.verifying.publicKey.export({ type: "spki", format: "der" }), keyDetails: 5 } },
    );
    const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
    const signer = verifier.verify(toSignedEntity(bundle));
    expect(signer.key.asymmetricKeyType).toBe("ec");

    const tampered = JSON.parse(readFileSync(result.files.bundle, "utf8"));
    const statement = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, "base64").toString("utf8"));
    statement.subject[0].digest.sha256 = "0".repeat(64);
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString("base64");
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(tampered)))).toThrow(/signature/i);
  });
});

describe("hashing", () => {
  it("streams: the digest equals sha256sum's for sizes around the chunk boundaries", async () => {
    const dir = temp("hash");
    for (const size of [0, 1, 4095, 4096, 4097, 3 * 4096 + 5]) {
      const file = join(dir, `f${size}`);
      writeFileSync(file, Buffer.alloc(size, size % 251));
      const coreutils = execFileSync("sha256sum", [file], { encoding: "utf8" }).split(" ")[0];
      // a small chunk makes the double buffering turn over many times
      expect(await hashFile(file, undefined, 4096)).toEqual({ sha256: coreutils, size });
    }
  });
});

describe("plan and apply", () => {
  it("a re-run with the same key, clock and artifacts finds every file already written", async () => {
    const dir = temp("rerun");
    const keys = makeKeys(dir, "ed25519"); // Ed25519 signatures are deterministic; ECDSA's are not
    const first = await signSample(dir, keys.signing);
    expect(first.applied.outcomes.map((outcome) => outcome.status)).toEqual(first.plan.effects.map(() => "done"));
    const second = await signSample(dir, keys.signing);
    expect(second.planHash).toBe(first.planHash);
    expect(second.applied.outcomes.map((outcome) => outcome.status)).toEqual(first.plan.effects.map(() => "skipped"));
    expect(readFileSync(first.evidencePath!, "utf8")).toContain("status: skipped");
  });
});

describe("keyless signing", () => {
  it("hands @actions/attest the same statement the key signs, and writes its bundle", async () => {
    const dir = temp("keyless");
    const keys = makeKeys(dir, "ecdsa-p256");
    const keyed = await signSample(dir, keys.signing);
    const calls: unknown[] = [];
    const { LocalFiles, TerminalReporter, parseCapsuleSignInputs, runCapsuleSign } = await import("@release-cadence/core");
    const { CLOCK, COMMIT } = await import("./fixtures.js");
    const inputs = parseCapsuleSignInputs({
      cwd: dir, kind: "RELEASE", artifacts: ["app-1.2.3.tgz", "notes.txt"], outDir: "keyless-out", version: "1.2.3", commit: COMMIT,
      decisions: "Keep the v1 format readable\nShip the export endpoint", openThreads: "Watch adoption", plans: `version-bump=sha256:${"a".repeat(64)}`,
    });
    const attest = async (options: unknown) => {
      calls.push(options);
      return { bundle: { mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json", fake: true } };
    };
    const env = { GITHUB_ACTIONS: "true", ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.invalid", ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t" };
    const reporter = new TerminalReporter({ write: () => true } as unknown as NodeJS.WritableStream);
    const result = await runCapsuleSign({ git: undefined, files: new LocalFiles(dir), clock: CLOCK, reporter }, inputs, { mode: "keyless", attest, token: "gh-token", env });
    expect(calls).toEqual([{ subjects: keyed.statement.subject, predicateType: keyed.statement.predicateType, predicate: keyed.statement.predicate, token: "gh-token" }]);
    expect(JSON.parse(readFileSync(result.files.bundle, "utf8"))).toMatchObject({ fake: true });
    expect(result.files).toMatchObject({ envelope: null, sumsSignature: null, signatures: [] });

    await expect(runCapsuleSign({ git: undefined, files: new LocalFiles(dir), clock: CLOCK, reporter }, inputs, { mode: "keyless", attest, token: "t", env: {} })).rejects.toThrow(
      /keyless signing needs GitHub Actions' OIDC token, so it only works inside an Actions job/,
    );
  });
});
