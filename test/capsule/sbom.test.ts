import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, LocalFiles, TerminalReporter, parseCapsuleSignInputs, runCapsuleSign, verifyCapsule } from "@release-cadence/core";
import { LICENSE_PACKAGES, NpmWorld, json } from "../support/npm-projects.js";
import { CLOCK, COMMIT, makeKeys, tempDir, type KeyFiles } from "./fixtures.js";

// Real lockfiles from a local Verdaccio; the SBOMs are made by the real `npm sbom`.
let world: NpmWorld;
let single: string;
let workspaces: string;
let keys: KeyFiles;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  world = await NpmWorld.start();
  await world.publish(LICENSE_PACKAGES);
  const gitSpec = world.gitPackage({ name: "git-lib", version: "1.0.0", license: "MIT" });
  single = await world.project("single", {
    "package.json": json({
      name: "@acme/single",
      version: "1.2.3",
      license: "MIT",
      dependencies: { "lib-mit": "^1.0.0", "leaf-isc": "^1.0.0", "peer-host": "^1.0.0", "git-lib": gitSpec },
      optionalDependencies: { "opt-native": "^1.0.0" },
      devDependencies: { "dev-tool": "^1.0.0" },
    }),
  });
  workspaces = await world.project("workspaces", {
    "package.json": json({ name: "monorepo", version: "0.0.0", private: true, workspaces: ["packages/*"], devDependencies: { "dev-tool": "^1.0.0" } }),
    "packages/app/package.json": json({ name: "@fixture/app", version: "1.2.3", license: "MIT", dependencies: { "lib-gpl": "^1.0.0", "@fixture/util": "^1.0.0" } }),
    "packages/util/package.json": json({ name: "@fixture/util", version: "1.0.0", license: "MIT", dependencies: { "lib-oldstyle": "^1.0.0" } }),
    "packages/tools/package.json": json({ name: "@fixture/tools", version: "1.0.0", private: true }),
  });
  const made = tempDir("sbom-keys");
  cleanups.push(made.remove);
  keys = makeKeys(made.dir, "ed25519");
});
afterAll(async () => {
  cleanups.splice(0).forEach((remove) => remove());
  await world?.stop();
});

/** A copy of a project folder (the tests change files in it). */
function copy(from: string): string {
  const made = tempDir("sbom-project");
  cleanups.push(made.remove);
  cpSync(from, made.dir, { recursive: true });
  return made.dir;
}

async function sign(dir: string, raw: { dryRun?: boolean; sbomPackages?: string[]; sbom?: boolean } = {}) {
  const inputs = parseCapsuleSignInputs({ cwd: dir, kind: "RELEASE", outDir: "out", version: "1.2.3", commit: COMMIT, ...raw });
  const reporter = new TerminalReporter({ write: () => true } as unknown as NodeJS.WritableStream);
  return runCapsuleSign({ git: undefined, files: new LocalFiles(dir), clock: CLOCK, reporter }, inputs, { mode: "key", key: keys.signing });
}

const components = (path: string): string[] => (JSON.parse(readFileSync(path, "utf8")) as { components: Array<{ name: string; version: string }> }).components.map((c) => `${c.name}@${c.version}`).sort();

describe("SBOMs signed with the capsule", () => {
  it("describes what ships from the lockfile (no dev dependencies), signs it as a subject, and verify checks it", async () => {
    const dir = copy(single);
    const result = await sign(dir);
    const sbomPath = join(dir, "out", "acme-single-1.2.3.cdx.json");
    expect(result.files.sboms).toEqual([sbomPath]);
    expect(result.capsule.sbom).toMatchObject({ status: "generated", documents: [{ name: "acme-single-1.2.3.cdx.json", format: "CycloneDX 1.5", package: "@acme/single@1.2.3", components: 7 }] });
    expect(components(sbomPath)).toEqual(["git-lib@1.0.0", "leaf-isc@1.0.0", "leaf-isc@2.0.0", "lib-mit@1.0.0", "opt-native@1.0.0", "peer-host@1.0.0", "peer-target@1.0.0"]);
    const bom = JSON.parse(readFileSync(sbomPath, "utf8"));
    expect(bom.metadata).toMatchObject({ timestamp: "2026-03-01T12:00:00.000Z", component: { name: "@acme/single", version: "1.2.3", purl: "pkg:npm/%40acme/single@1.2.3" } });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(result.statement.subject.map((subject) => subject.name)).toContain("acme-single-1.2.3.cdx.json");
    expect(readFileSync(result.files.sums, "utf8")).toContain("  acme-single-1.2.3.cdx.json\n");
    expect(existsSync(`${sbomPath}.sig`)).toBe(true);

    const report = await verifyCapsule({ envelopePath: result.files.envelope!, key: keys.verifying, artifactDirs: [] });
    expect(report.ok, JSON.stringify(report.checks, null, 1)).toBe(true);
    expect(report.checks).toContainEqual({ check: "sbom acme-single-1.2.3.cdx.json", ok: true, detail: "CycloneDX 1.5 of @acme/single@1.2.3: 7 components" });

    writeFileSync(sbomPath, readFileSync(sbomPath, "utf8").replace("leaf-isc", "leaf-isk"));
    const tampered = await verifyCapsule({ envelopePath: result.files.envelope!, key: keys.verifying, artifactDirs: [] });
    expect(tampered.ok).toBe(false);
    expect(tampered.checks.filter((check) => !check.ok).map((check) => check.check)).toEqual(expect.arrayContaining(["digest acme-single-1.2.3.cdx.json", "signature acme-single-1.2.3.cdx.json.sig"]));
  });

  it("makes the same bytes when the same release is signed again, and SPDX too when asked", async () => {
    const dir = copy(single);
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/cadence.yml"), "capsule:\n  sbom:\n    formats: [cyclonedx, spdx]\n");
    const first = await sign(dir);
    const bytes = first.files.sboms.map((path) => readFileSync(path, "utf8"));
    const second = await sign(dir);
    expect(second.files.sboms.map((path) => readFileSync(path, "utf8"))).toEqual(bytes);
    expect(second.applied.outcomes.filter((outcome) => outcome.summary.startsWith("write the SBOM")).map((outcome) => outcome.status)).toEqual(["skipped", "skipped"]);
    const spdx = JSON.parse(bytes[1]!);
    expect(spdx).toMatchObject({ spdxVersion: "SPDX-2.3", creationInfo: { created: "2026-03-01T12:00:00.000Z" } });
    expect(first.capsule.sbom?.documents.map((document) => document.format)).toEqual(["CycloneDX 1.5", "SPDX-2.3"]);
  });

  it("for a private monorepo: one SBOM per public workspace, describing that package", async () => {
    const dir = copy(workspaces);
    const result = await sign(dir);
    expect(result.capsule.sbom?.documents.map((document) => document.package)).toEqual(["@fixture/app@1.2.3", "@fixture/util@1.0.0"]);
    const app = JSON.parse(readFileSync(join(dir, "out", "fixture-app-1.2.3.cdx.json"), "utf8"));
    expect(app.metadata.component).toMatchObject({ name: "@fixture/app", version: "1.2.3" });
    expect(components(join(dir, "out", "fixture-app-1.2.3.cdx.json"))).toEqual(expect.arrayContaining(["lib-gpl@1.0.0"]));
    expect(components(join(dir, "out", "fixture-app-1.2.3.cdx.json"))).not.toContain("dev-tool@1.0.0");
    expect(JSON.stringify(app)).not.toContain('"monorepo@0.0.0"');
    const only = await sign(copy(workspaces), { sbomPackages: ["packages/util"] });
    expect(only.capsule.sbom?.documents.map((document) => document.name)).toEqual(["fixture-util-1.0.0.cdx.json"]);
  });

  it("records 'not applicable' with the reason when nothing here is an npm package, and verify reports it", async () => {
    const made = tempDir("sbom-none");
    cleanups.push(made.remove);
    writeFileSync(join(made.dir, "app.bin"), "binary\n");
    const result = await sign(made.dir);
    expect(result.capsule.sbom).toEqual({ status: "not-applicable", reason: expect.stringMatching(/^no package\.json: release-cadence makes SBOMs of npm packages/), documents: [] });
    const report = await verifyCapsule({ envelopePath: result.files.envelope!, key: keys.verifying, artifactDirs: [] });
    expect(report.ok).toBe(true);
    expect(report.checks).toContainEqual(expect.objectContaining({ check: "sbom", ok: true, detail: expect.stringMatching(/^not applicable: no package\.json/) }));
    const off = await sign(copy(single), { sbom: false });
    expect(off.capsule.sbom).toMatchObject({ status: "not-applicable", reason: expect.stringContaining("turned off") });
  });

  it("signs an SBOM made by another tool as it is, and refuses one that is not CycloneDX or SPDX", async () => {
    const made = tempDir("sbom-provided");
    cleanups.push(made.remove);
    mkdirSync(join(made.dir, ".github"));
    mkdirSync(join(made.dir, "sbom"));
    writeFileSync(join(made.dir, "sbom/service.cdx.json"), json({ bomFormat: "CycloneDX", specVersion: "1.6", metadata: { component: { name: "service", version: "1.2.3" } }, components: [{ name: "golang.org/x/text", version: "0.14.0" }] }));
    writeFileSync(join(made.dir, ".github/cadence.yml"), "capsule:\n  sbom:\n    files: [sbom/service.cdx.json]\n");
    const result = await sign(made.dir);
    expect(result.capsule.sbom?.documents).toEqual([expect.objectContaining({ name: "service.cdx.json", format: "CycloneDX 1.6", package: "provided", components: 1 })]);
    writeFileSync(join(made.dir, "sbom/service.cdx.json"), json({ hello: "world" }));
    await expect(sign(made.dir)).rejects.toThrow(/is neither CycloneDX JSON \(bomFormat\) nor SPDX JSON/);
  });

  it("refuses a lockfile that does not match package.json before writing anything, also in a dry-run", async () => {
    const dir = copy(single);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    manifest.dependencies["lib-mit"] = "^9.0.0";
    writeFileSync(join(dir, "package.json"), json(manifest));
    for (const dryRun of [true, false]) {
      const error = await sign(dir, { dryRun }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).location).toEqual({ file: "package-lock.json" });
      expect((error as ConfigurationError).message).toMatch(/^does not match package\.json: package\.json asks dependencies\.lib-mit for \^9\.0\.0, but package-lock\.json was made for \^1\.0\.0/);
      expect(existsSync(join(dir, "out"))).toBe(false);
    }
  });

  it("writes nothing in a dry-run but plans the SBOM", async () => {
    const dir = copy(single);
    const result = await sign(dir, { dryRun: true });
    expect(result.plan.effects).toContainEqual(expect.objectContaining({ kind: "write-file", path: "acme-single-1.2.3.cdx.json" }));
    expect(existsSync(join(dir, "out"))).toBe(false);
    rmSync(join(dir, "node_modules"), { recursive: true, force: true });
    // from the lockfile alone: node_modules is not needed
    expect((await sign(dir, { dryRun: true })).capsule.sbom?.documents[0]?.components).toBe(7);
  });
});
