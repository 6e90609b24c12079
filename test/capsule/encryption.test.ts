import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateIdentity, identityToRecipient } from "age-encryption";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, isSealed, openCapsule, parseCapsule, parseEnvelope, parseIdentities, schemaProblems, sealCapsule, verifyCapsule, type Capsule } from "@release-cadence/core";
import { makeKeys, signSample, tempDir, type KeyFiles } from "./fixtures.js";
import { runCli } from "../support/runner.js";

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
function temp(prefix: string): string {
  const made = tempDir(prefix);
  cleanups.push(made.remove);
  return made.dir;
}

let security: { identity: string; recipient: string };
let ops: { identity: string; recipient: string };
let stranger: string;
beforeAll(async () => {
  const make = async () => {
    const identity = await generateIdentity();
    return { identity, recipient: await identityToRecipient(identity) };
  };
  security = await make();
  ops = await make();
  stranger = await generateIdentity();
});

/** A folder whose config encrypts decisions for security, and context for security and ops (ops' key from a file). */
function encryptingFolder(config?: string): string {
  const dir = temp("sealed");
  mkdirSync(join(dir, ".github/age"), { recursive: true });
  writeFileSync(join(dir, ".github/age/ops.txt"), `# the ops team\n${ops.recipient}\n`);
  writeFileSync(
    join(dir, ".github/cadence.yml"),
    config ?? `capsule:\n  recipients:\n    security: ${security.recipient}\n    ops: .github/age/ops.txt\n  encrypt:\n    decisions: [security]\n    context: [security, ops]\n`,
  );
  return dir;
}

async function signed(dir: string): Promise<{ keys: KeyFiles; envelope: string; capsulePath: string }> {
  const keys = makeKeys(dir, "ed25519");
  const result = await signSample(dir, keys.signing);
  return { keys, envelope: result.files.envelope!, capsulePath: result.files.capsule };
}

describe("encrypted capsule sections", () => {
  it("encrypts the configured sections for their recipients, leaves the rest readable, and signs the ciphertext", async () => {
    const dir = encryptingFolder();
    const { keys, envelope, capsulePath } = await signed(dir);
    const yaml = readFileSync(capsulePath, "utf8");
    const capsule = parseCapsule(capsulePath, yaml);
    expect(isSealed(capsule.decisions)).toBe(true);
    expect(capsule.decisions).toMatchObject({ encrypted: { format: "age", recipients: ["security"], ciphertext: expect.stringMatching(/^-----BEGIN AGE ENCRYPTED FILE-----\n/) } });
    expect(capsule.context).toMatchObject({ encrypted: { recipients: ["security", "ops"] } });
    expect(capsule.open_threads).toEqual(["Watch adoption"]);
    // the plain text is in neither the YAML nor the signed statement
    const payload = Buffer.from(parseEnvelope(readFileSync(envelope, "utf8"), envelope).payload, "base64").toString("utf8");
    for (const text of [yaml, payload]) {
      expect(text).not.toContain("Keep the v1 format readable");
      expect(text).not.toContain("Project: ");
    }

    const noKey = await verifyCapsule({ envelopePath: envelope, key: keys.verifying, artifactDirs: [dir] });
    expect(noKey.ok, JSON.stringify(noKey.checks, null, 1)).toBe(true);
    expect(noKey.checks).toContainEqual({ check: "encrypted sections", ok: true, detail: "context (for security, ops), decisions (for security): age ciphertext covered by the signature; not decrypted (no identity given)" });

    const opened = await verifyCapsule({ envelopePath: envelope, key: keys.verifying, artifactDirs: [dir], identities: [security.identity] });
    expect(opened.ok, JSON.stringify(opened.checks, null, 1)).toBe(true);
    expect(opened.checks.filter((check) => check.check.startsWith("decrypt")).map((check) => check.check)).toEqual(["decrypt context", "decrypt decisions", "decrypted capsule schema"]);
    expect(opened.opened?.decisions).toEqual(["Keep the v1 format readable", "Ship the export endpoint"]);
    expect(opened.opened?.context).toEqual(expect.arrayContaining(["Status: Released", "State Version: state-v1"]));

    const forOps = await verifyCapsule({ envelopePath: envelope, key: keys.verifying, artifactDirs: [dir], identities: [ops.identity] });
    expect(forOps.ok).toBe(true);
    expect(forOps.checks).toContainEqual({ check: "encrypted sections", ok: true, detail: "not for this identity: decisions" });
    expect(isSealed(forOps.opened?.decisions)).toBe(true);

    const wrong = await verifyCapsule({ envelopePath: envelope, key: keys.verifying, artifactDirs: [dir], identities: [stranger] });
    expect(wrong.ok).toBe(false);
    expect(wrong.checks.find((check) => !check.ok)).toMatchObject({ check: "decrypt", detail: expect.stringContaining("a recipient of none of the encrypted sections") });
  });

  it("notices a changed ciphertext without any key", async () => {
    const dir = encryptingFolder();
    const { keys, envelope, capsulePath } = await signed(dir);
    const yaml = readFileSync(capsulePath, "utf8");
    const line = yaml.split("\n").find((candidate) => /^\s{6}[A-Za-z0-9+/]{20,}/.test(candidate))!;
    writeFileSync(capsulePath, yaml.replace(line, line.replace(/[A-Za-z]/, (char) => (char === "A" ? "B" : "A"))));
    const report = await verifyCapsule({ envelopePath: envelope, key: keys.verifying, artifactDirs: [dir] });
    expect(report.ok).toBe(false);
    expect(report.checks.filter((check) => !check.ok).map((check) => check.check)).toEqual(expect.arrayContaining(["digest capsule-release-1.2.3.yaml", "capsule file"]));
  });

  it("refuses a section for a recipient without a key, a recipients file that is missing, and a key that is not age's, at the config line", async () => {
    const cases: Array<[string, RegExp, number]> = [
      [`capsule:\n  recipients:\n    security: ${security.recipient}\n  encrypt:\n    decisions: [security, legal]\n`, /^capsule\.encrypt\.decisions\[1\]: no key for the recipient 'legal'/, 5],
      ["capsule:\n  recipients:\n    legal: .github/age/legal.txt\n  encrypt:\n    decisions: [legal]\n", /^capsule\.recipients\.legal: '\.github\/age\/legal\.txt' is neither an age recipient \(age1…\) nor a file of them that exists/, 3],
      ["capsule:\n  recipients:\n    legal: age1notarecipientatall\n  encrypt:\n    decisions: [legal]\n", /^capsule\.recipients\.legal: 'age1notarecipientatall…' is not an age recipient/, 3],
    ];
    for (const [config, message, line] of cases) {
      const dir = encryptingFolder(config);
      const keys = makeKeys(dir, "ed25519");
      const error = await signSample(dir, keys.signing).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toMatch(message);
      expect((error as ConfigurationError).location).toMatchObject({ file: ".github/cadence.yml", line });
      expect(existsSync(join(dir, "out"))).toBe(false);
    }
  });

  it("checks a decrypted section against the capsule schema", async () => {
    const dir = encryptingFolder();
    const { capsulePath } = await signed(dir);
    const capsule = parseCapsule(capsulePath, readFileSync(capsulePath, "utf8"));
    const bad = await sealCapsule({ ...capsule, decisions: [{ nested: true }] as unknown as string[] } as Capsule, { decisions: ["security"] }, new Map([["security", [security.recipient]]]));
    expect(schemaProblems(bad)).toEqual([]); // sealed, it is only ciphertext
    const opening = await openCapsule(bad, [security.identity]);
    expect(opening.opened).toContain("decisions");
    expect(schemaProblems(opening.capsule).map((problem) => problem.text).join("; ")).toMatch(/decisions/);
  });

  it("reads identity files and says which line is not an identity", async () => {
    expect(await parseIdentities(`# mine\n${security.identity}\n`, "id.txt")).toEqual([security.identity]);
    await expect(parseIdentities(`${security.identity}\nAGE-SECRET-KEY-1NOPE\n`, "the identity file id.txt")).rejects.toThrow("the identity file id.txt: line 2 is not an age identity");
    await expect(parseIdentities("# nothing\n", "id.txt")).rejects.toThrow(/holds no age identity/);
  });

  it("cadence verify --identity decrypts through the bundled CLI, and never prints the identity", async () => {
    const dir = encryptingFolder();
    const { keys, envelope } = await signed(dir);
    writeFileSync(join(dir, "security.key"), `${security.identity}\n`);
    const run = await runCli(["verify", "--key", keys.publicPath, "--artifacts", dir, "--identity", join(dir, "security.key"), "--json", envelope], { cwd: dir });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.decrypted.decisions).toEqual(["Keep the v1 format readable", "Ship the export endpoint"]);
    expect(run.stdout + run.stderr).not.toContain(security.identity);
    const missing = await runCli(["verify", "--key", keys.publicPath, "--identity", join(dir, "nope.key"), envelope], { cwd: dir });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain("the identity file");
  });
});
