import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalForge, parseRollbackInputs, runRollback, verifyBytes, parsePublicKey, type RawRollbackInputs } from "@release-cadence/core";
import { generateKeyPairSync } from "node:crypto";
import { parsePrivateKey } from "@release-cadence/core";
import { crashAtEveryEffect } from "../support/rollback-crash.js";
import { releasedRepo, rollbackPorts, type ReleasedRepo } from "../support/rollback-repo.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// Hosted runners have no git identity: any commit or tag without an explicit one fails here.
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_CONFIG_NOSYSTEM = "1";

let registry: TestRegistry;
const repos: ReleasedRepo[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  repos.forEach((repo) => repo.remove());
  await registry?.stop();
});

let counter = 0;
async function setup(options: { versions?: string[]; action?: boolean } = {}) {
  const name = `rollback-pkg-${process.pid}-${counter++}`;
  const fixture = await releasedRepo({ name, registry, versions: options.versions ?? ["1.4.2", "1.5.0", "1.5.1"], ...(options.action ? { action: true } : {}) });
  repos.push(fixture);
  const ports = rollbackPorts(fixture, registry);
  const run = (raw: Omit<RawRollbackInputs, "cwd"> = {}, extra: Partial<typeof ports> = {}) => runRollback({ ...ports, ...extra }, parseRollbackInputs({ cwd: fixture.repo.dir, registry: registry.url, ...raw }));
  /** Everything a rollback could change: refs here and on the remote, the releases, the registry. */
  const digest = async () => JSON.stringify([fixture.localRefs(), fixture.remoteRefs(), fixture.localReleases(), await registry.digest([name])]);
  const forge = new LocalForge(fixture.releasesDir);
  return { name, fixture, ports, run, digest, forge };
}

const remoteTag = (fixture: ReleasedRepo, tag: string) => fixture.remoteRefs().split("\n").find((line) => line.startsWith(`refs/tags/${tag} `))?.split(" ")[1];

// The tests below run in order on one released history (releasing it is most of their time):
// the rollback, its undo (back to the state before it), then a signed rollback of that state.
describe("rollback on every channel (local forge, Verdaccio, a file:// remote)", () => {
  let shared: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    shared = await setup({ action: true });
  });

  it("dry-run changes nothing; apply moves latest, Latest and the floating tags back to G, deprecates and marks X, and writes the evidence", async () => {
    const { name, fixture, run, digest, forge } = shared;
    const before = await digest();
    const dry = await run({ dryRun: "true", severity: "high", impact: "widespread", reason: "exports corrupt files", issue: "#42" });
    expect(await digest()).toBe(before);
    expect(dry.evidencePath).toBeNull();
    expect([dry.facts.from.version, dry.facts.to.version]).toEqual(["1.5.1", "1.5.0"]);
    expect(dry.facts.decision).toMatchObject({ type: "immediate", approver: "director", approvalRequired: true });
    expect(dry.planned.plan.effects.map((effect) => effect.id)).toEqual([
      "release-latest:v1.5.0",
      "release-note:v1.5.1",
      "floating-tag-move:origin/v1",
      "floating-tag-move:origin/v1.5",
      `npm-dist-tag:${name}/latest`,
      `npm-deprecate:${name}@1.5.1`,
    ]);

    const applied = await run({ planHash: dry.planHash, severity: "high", impact: "widespread", reason: "exports corrupt files", issue: "#42" });
    expect(applied.applied.outcomes.every((outcome) => outcome.status === "done")).toBe(true);
    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.0");
    expect(Object.keys(packument.versions).sort()).toEqual(["1.4.2", "1.5.0", "1.5.1"]);
    expect((packument.versions["1.5.1"] as { deprecated?: string }).deprecated).toBe("1.5.1 was rolled back to 1.5.0: exports corrupt files (#42)");
    expect((await forge.latestRelease())?.tag).toBe("v1.5.0");
    const marked = (await forge.findPublishedRelease("v1.5.1"))!;
    expect(marked.name).toBe("v1.5.1 (rolled back)");
    expect(marked.body).toContain("**Rolled back** to 1.5.0: exports corrupt files (#42)");
    expect(remoteTag(fixture, "v1")).toBe(fixture.commits["1.5.0"]);
    expect(remoteTag(fixture, "v1.5")).toBe(fixture.commits["1.5.0"]);
    // The release's own tag never moves.
    expect(fixture.repo.git("rev-parse", "v1.5.1^{commit}").trim()).toBe(fixture.commits["1.5.1"]);

    const evidence = parse(readFileSync(applied.evidencePath!, "utf8")).rollback_evidence;
    expect(evidence).toMatchObject({
      type: "immediate",
      trigger: { issue_id: "#42", severity: "high", description: "exports corrupt files", detected_by: "octocat" },
      versions: { rolled_back_from: "1.5.1", rolled_back_to: "1.5.0", rolled_forward_to: null },
      execution: { decided_by: "octocat", executed_by: "octocat", executed_at: "2026-03-01T12:00:00.000Z", dry_run: false, plan_hash: dry.planHash },
      verification: { smoke_tests: "not-run", new_issues: [] },
      follow_up: { root_cause: null, prevention: [], post_mortem_ref: null },
    });
    expect(evidence.channels).toContainEqual({ channel: "npm", item: `${name} latest`, before: "1.5.1", after: "1.5.0", status: "done" });

    // A second run finds everything done and changes nothing.
    const settled = await digest();
    const again = await run({ severity: "high", impact: "widespread", reason: "exports corrupt files", issue: "#42", planHash: dry.planHash });
    expect(again.applied.outcomes.every((outcome) => outcome.status === "skipped")).toBe(true);
    expect(await digest()).toBe(settled);
  });

  it("undo takes it all back: X latest again, the mark and the deprecation gone, also when it died after any effect", async ({ expect }) => {
    // The rollback undone is the one the test before applied.
    const { name, fixture, run, forge } = shared;
    expect((await registry.packument(name))!["dist-tags"].latest).toBe("1.5.0");
    const undo = { undo: "true", reason: "the report was wrong", from: "1.5.1", to: "1.5.0" };
    const dry = await run({ ...undo, dryRun: "true" });
    expect(dry.planned.plan.effects.map((effect) => effect.kind)).toEqual(["release-latest", "release-note", "floating-tag-move", "floating-tag-move", "npm-dist-tag", "npm-deprecate"]);
    // The undo dies after each of its effects in turn; each re-run keeps the approved plan hash.
    const ids = dry.planned.plan.effects.map((effect) => effect.id);
    await crashAtEveryEffect((wrapHandler) => run({ ...undo, planHash: dry.planHash }, { wrapHandler }), ids, expect);
    const packument = (await registry.packument(name))!;
    expect(packument["dist-tags"].latest).toBe("1.5.1");
    expect((packument.versions["1.5.1"] as { deprecated?: string }).deprecated).toBeUndefined();
    expect((await forge.latestRelease())?.tag).toBe("v1.5.1");
    expect((await forge.findPublishedRelease("v1.5.1"))).toMatchObject({ name: "v1.5.1", body: "Release v1.5.1" });
    expect(remoteTag(fixture, "v1")).toBe(fixture.commits["1.5.1"]);
  });

  it("signs the record with the capsule-sign signer when a key is given", async () => {
    // After the undo, 1.5.1 is the bad release again: roll it back once more, signed.
    const { fixture, run } = shared;
    const { privateKey } = generateKeyPairSync("ed25519");
    const key = parsePrivateKey(privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { source: "test key" });
    const result = await run({ reason: "signed" }, { signingKey: key });
    const text = readFileSync(result.evidencePath!);
    const record = parse(text.toString("utf8")).rollback_evidence;
    expect(record.signature).toEqual({ algorithm: "ed25519", keyid: key.keyid, file: `${result.evidencePath!.split("/").pop()}.sig` });
    const verifying = parsePublicKey(key.publicKey.export({ type: "spki", format: "pem" }).toString(), "public");
    expect(verifyBytes(verifying, text, readFileSync(`${result.evidencePath}.sig`))).toBe(true);
    expect(verifyBytes(verifying, Buffer.concat([text, Buffer.from(" ")]), readFileSync(`${result.evidencePath}.sig`))).toBe(false);
    expect(existsSync(fixture.repo.dir)).toBe(true);
  });
});
