import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ConfigurationError, describeError, parseCapsule, parsePrivateKey, parsePublicKey, verifyCapsule, type CapsuleSignResult } from "@release-cadence/core";
import { makeKeys, signSample, tempDir, type KeyFiles } from "./fixtures.js";

let workspace: { dir: string; remove(): void };
let keys: KeyFiles;
let signed: CapsuleSignResult;

beforeAll(async () => {
  workspace = tempDir("properties");
  keys = makeKeys(workspace.dir, "ed25519");
  signed = await signSample(workspace.dir, keys.signing);
});
afterAll(() => workspace.remove());

/** Runs verify and says whether it accepted; anything but a ConfigurationError is a bug. */
async function accepts(): Promise<boolean> {
  try {
    return (await verifyCapsule({ envelopePath: signed.files.envelope!, key: keys.verifying, artifactDirs: [workspace.dir] })).ok;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return false;
  }
}

/** Changes one byte of a file, runs the check, puts the byte back. */
async function withFlippedByte(path: string, index: number, delta: number, check: () => Promise<void>): Promise<void> {
  const original = readFileSync(path);
  const changed = Buffer.from(original);
  const at = index % changed.length;
  changed[at] = (changed[at]! + delta) % 256;
  writeFileSync(path, changed);
  try {
    await check();
  } finally {
    writeFileSync(path, original);
  }
}

const byteChange = fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 255 }));

describe("any changed byte fails verification", () => {
  it("holds unchanged (the baseline the properties start from)", async () => {
    expect(await accepts()).toBe(true);
  });

  for (const [label, file] of [
    ["capsule", () => signed.files.capsule],
    ["envelope", () => signed.files.envelope!],
    ["artifact", () => join(workspace.dir, "app-1.2.3.tgz")],
    ["SHA256SUMS", () => signed.files.sums],
  ] as const) {
    it(`in the ${label}`, async () => {
      await fc.assert(
        fc.asyncProperty(byteChange, async ([index, delta]) => {
          await withFlippedByte(file(), index, delta, async () => {
            expect(await accepts()).toBe(false);
          });
        }),
        { numRuns: 50 },
      );
      expect(await accepts()).toBe(true);
    });
  }
});

/** A clear error: a ConfigurationError whose one-line text names no stack frame and echoes no key material. */
function expectClearError(run: () => unknown, secretLines: readonly string[] = []): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected a ConfigurationError").toBeInstanceOf(ConfigurationError);
  const text = describeError(thrown);
  expect(text).not.toMatch(/\n\s+at .+:\d+/);
  expect(text).not.toMatch(/^unexpected error/);
  for (const line of secretLines) expect(text).not.toContain(line);
}

describe("malformed keys give a clear error, and never echo the key", () => {
  const body = () => keys.privatePem.split("\n").filter((line) => line && !line.startsWith("-----"));

  it("random text and random PEM bodies", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String({ minLength: 8, maxLength: 200 }).map((b64) => `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`)), (text) => {
        expectClearError(() => parsePrivateKey(text, { source: "the key input" }));
        expectClearError(() => parsePublicKey(text, "the public-key input"));
      }),
      { numRuns: 200 },
    );
  });

  it("a real key with one character changed either still parses or fails clearly, without echoing it", () => {
    const lines = body();
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-!\n "), (index, char) => {
        const pem = keys.privatePem;
        const at = index % pem.length;
        const mutated = pem.slice(0, at) + char + pem.slice(at + 1);
        try {
          parsePrivateKey(mutated, { source: "the key input" });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          for (const line of lines) expect(describeError(error)).not.toContain(line);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keys of the wrong kind are named for what they are", () => {
    const dir = workspace.dir;
    expectClearError(() => parsePrivateKey(keys.publicPem, { source: "k" }));
    const rsa = makeKeysOfType(dir);
    expect(() => parsePrivateKey(rsa, { source: "k" })).toThrow(/rsa key; supported are Ed25519 and ECDSA P-256/);
  });
});

function makeKeysOfType(dir: string): string {
  const path = join(dir, "rsa.pem");
  execFileSync("openssl", ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", path], { stdio: "pipe" });
  return readFileSync(path, "utf8");
}

describe("malformed envelopes and capsules give a clear error", () => {
  const envelopePath = () => signed.files.envelope!;

  it("random JSON documents in the envelope's place", async () => {
    const original = readFileSync(envelopePath());
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.record({ payloadType: fc.string(), payload: fc.base64String(), signatures: fc.array(fc.record({ keyid: fc.string(), sig: fc.base64String() })) }).map((value) => JSON.stringify(value))), async (text) => {
          writeFileSync(envelopePath(), text);
          expect(await accepts()).toBe(false);
        }),
        { numRuns: 200 },
      );
    } finally {
      writeFileSync(envelopePath(), original);
    }
  });

  it("random changes to the capsule's values are caught by its schema, with file and line", () => {
    const capsule = parseCapsule("capsule.yaml", readFileSync(signed.files.capsule, "utf8")) as unknown as Record<string, unknown>;
    const keysOf = Object.keys(capsule);
    fc.assert(
      fc.property(fc.constantFrom(...keysOf), fc.oneof(fc.integer(), fc.constant(null), fc.string(), fc.dictionary(fc.string(), fc.string())), (key, value) => {
        const broken = { ...capsule, [key]: value };
        try {
          parseCapsule("capsule.yaml", stringify(broken));
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as ConfigurationError).location?.file).toBe("capsule.yaml");
          expect((error as ConfigurationError).location?.line).toBeGreaterThan(0);
          return;
        }
        // The only values that pass are those the schema allows for that key (e.g. a string for chat).
        expect(["chat", "purpose"]).toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  it("random text as a capsule file", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expectClearError(() => parseCapsule("capsule.yaml", text));
      }),
      { numRuns: 200 },
    );
  });
});
