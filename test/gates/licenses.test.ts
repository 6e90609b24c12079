import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LocalFiles, evaluateLicenses, lockfileProblems, readNpmProject, runGateCheck, shippedPackages, type LicensePolicy, type NpmProject } from "@release-cadence/core";
import { LICENSE_PACKAGES, NpmWorld, json } from "../support/npm-projects.js";
import { ports, releaseReadyRepo } from "./fixtures.js";

// Real lockfiles: packages published to a local Verdaccio, projects installed by the real npm.
let world: NpmWorld;
let single: string;
let workspaces: string;
let gitSpec: string;

beforeAll(async () => {
  world = await NpmWorld.start();
  await world.publish(LICENSE_PACKAGES);
  gitSpec = world.gitPackage({ name: "git-lib", version: "1.0.0", license: "MIT" });
  single = await world.project("single", {
    "package.json": json({
      name: "single",
      version: "1.0.0",
      license: "MIT",
      dependencies: { "lib-mit": "^1.0.0", "leaf-isc": "^1.0.0", "lib-dual": "^1.0.0", "peer-host": "^1.0.0", "git-lib": gitSpec },
      optionalDependencies: { "opt-native": "^1.0.0" },
      devDependencies: { "dev-tool": "^1.0.0" },
    }),
  });
  workspaces = await world.project("workspaces", {
    "package.json": json({ name: "monorepo", version: "0.0.0", private: true, workspaces: ["packages/*"], devDependencies: { "dev-tool": "^1.0.0" } }),
    "packages/app/package.json": json({ name: "@fixture/app", version: "2.0.0", license: "MIT", dependencies: { "lib-gpl": "^1.0.0", "@fixture/util": "^1.0.0" } }),
    "packages/util/package.json": json({ name: "@fixture/util", version: "1.0.0", license: "MIT", dependencies: { "lib-custom": "^1.0.0", "lib-nolicense": "^1.0.0", "lib-oldstyle": "^1.0.0" } }),
  });
});
afterAll(async () => world?.stop());

async function project(dir: string): Promise<NpmProject> {
  const read = await readNpmProject(new LocalFiles(dir));
  if (!read || "lockfile" in read) throw new Error(`no lockfile in ${dir}`);
  return read;
}

const policy = (value: Partial<LicensePolicy>): { policy: LicensePolicy } => ({ policy: { deny: [], exceptions: [], ...value } });

describe("what ships, read from a real lockfile", () => {
  it("follows dependencies, optional and peer dependencies and a git dependency, and leaves dev dependencies out", async () => {
    const tree = shippedPackages(await project(single));
    const shipped = tree.packages.map((pkg) => `${pkg.name}@${pkg.version}`);
    expect(shipped).toEqual(["git-lib@1.0.0", "leaf-isc@1.0.0", "leaf-isc@2.0.0", "lib-dual@1.0.0", "lib-mit@1.0.0", "opt-native@1.0.0", "peer-host@1.0.0", "peer-target@1.0.0"]);
    expect(tree.unresolved).toEqual([]);
    expect(tree.roots).toEqual(["single@1.0.0"]);
    const nested = tree.packages.find((pkg) => pkg.name === "leaf-isc" && pkg.version === "2.0.0")!;
    expect(nested.location).toBe("node_modules/lib-mit/node_modules/leaf-isc");
    expect(nested.path).toEqual(["single@1.0.0", "lib-mit@1.0.0", "leaf-isc@2.0.0"]);
    expect(tree.packages.find((pkg) => pkg.name === "peer-target")!.path).toEqual(["single@1.0.0", "peer-host@1.0.0", "peer-target@1.0.0"]);
    expect(tree.packages.find((pkg) => pkg.name === "opt-native")!.optional).toBe(true);
    expect(tree.packages.find((pkg) => pkg.name === "git-lib")!.entry.resolved).toMatch(/^git\+file:\/\//);
  });

  it("treats workspaces as roots, reached through their links", async () => {
    const tree = shippedPackages(await project(workspaces));
    expect(tree.roots).toEqual(["monorepo@0.0.0", "@fixture/app@2.0.0", "@fixture/util@1.0.0"]);
    expect(tree.packages.map((pkg) => pkg.name)).toEqual(["lib-custom", "lib-gpl", "lib-nolicense", "lib-oldstyle"]);
    expect(tree.packages.find((pkg) => pkg.name === "lib-gpl")!.path).toEqual(["@fixture/app@2.0.0", "lib-gpl@1.0.0"]);
  });
});

describe("LIC-01 on real projects", () => {
  it("passes when an OR alternative is allowed, and names package, version, license and path when a license is denied", async () => {
    const allowed = await evaluateLicenses(new LocalFiles(single), policy({ allow: ["MIT", "ISC", "Apache-2.0", "BSD-3-Clause"] }));
    expect(allowed.status, allowed.reason).toBe("pass");
    expect(allowed.reason).toBe("the 8 packages that ship have licenses the policy accepts");
    const denied = await evaluateLicenses(new LocalFiles(single), policy({ deny: ["Apache-2.0"] }));
    expect(denied.status).toBe("fail");
    expect(denied.details).toEqual(["peer-target@1.0.0: Apache-2.0 — denied: Apache-2.0: Apache-2.0 is denied; pulled in by single@1.0.0 > peer-host@1.0.0 > peer-target@1.0.0"]);
    const record = (denied.evidence as { license_compliance: Record<string, unknown> }).license_compliance;
    expect(record).toMatchObject({ check: "LIC-01", lockfile: "package-lock.json", packages_checked: 8, licenses: { "Apache-2.0": 1, ISC: 2, MIT: 3 } });
    expect(record.violations).toEqual([{ package: "peer-target", version: "1.0.0", license: "Apache-2.0", problem: "denied", detail: "Apache-2.0: Apache-2.0 is denied", path: ["single@1.0.0", "peer-host@1.0.0", "peer-target@1.0.0"] }]);
  });

  it("reports unknown and missing licenses as such, reads the old licenses list, and applies exceptions", async () => {
    const verdict = await evaluateLicenses(new LocalFiles(workspaces), policy({ allow: ["MIT"], exceptions: [{ package: "lib-gpl", version: "1.x", reason: "used only by the CLI, which is GPL itself" }] }));
    expect(verdict.status).toBe("fail");
    expect(verdict.details).toEqual([
      "lib-custom@1.0.0: SEE LICENSE IN LICENSE.txt — unknown: a custom license (SEE LICENSE IN LICENSE.txt), not an SPDX expression; pulled in by @fixture/util@1.0.0 > lib-custom@1.0.0",
      expect.stringMatching(/^lib-nolicense@1\.0\.0: no license — missing: no license declared \(.*\); pulled in by @fixture\/util@1\.0\.0 > lib-nolicense@1\.0\.0$/),
    ]);
    const record = (verdict.evidence as { license_compliance: { exceptions_applied: unknown[] } }).license_compliance;
    expect(record.exceptions_applied).toEqual([expect.objectContaining({ package: "lib-gpl", license: "GPL-3.0-only", problem: "excepted" })]);
  });

  it("falls back to the installed package.json when the lockfile does not record a license", async () => {
    const lockPath = join(single, "package-lock.json");
    const original = readFileSync(lockPath, "utf8");
    try {
      const lock = JSON.parse(original) as { packages: Record<string, { license?: string }> };
      delete lock.packages["node_modules/peer-target"]!.license;
      writeFileSync(lockPath, json(lock));
      const denied = await evaluateLicenses(new LocalFiles(single), policy({ deny: ["Apache-2.0"] }));
      expect(denied.details).toEqual([expect.stringContaining("peer-target@1.0.0: Apache-2.0 — denied")]);
    } finally {
      writeFileSync(lockPath, original);
    }
  });

  it("refuses a lockfile that does not match package.json, saying what differs", async () => {
    const manifestPath = join(single, "package.json");
    const original = readFileSync(manifestPath, "utf8");
    try {
      const manifest = JSON.parse(original) as { dependencies: Record<string, string> };
      manifest.dependencies["lib-gpl"] = "^1.0.0";
      manifest.dependencies["leaf-isc"] = "^3.0.0";
      delete manifest.dependencies["lib-dual"];
      writeFileSync(manifestPath, json(manifest));
      const problems = await lockfileProblems(new LocalFiles(single), await project(single));
      expect(problems).toEqual(
        expect.arrayContaining([
          "package.json declares dependencies.lib-gpl (^1.0.0), which package-lock.json does not record",
          "package.json asks dependencies.leaf-isc for ^3.0.0, but package-lock.json was made for ^1.0.0",
          "package-lock.json records dependencies.lib-dual (^1.0.0), which package.json no longer declares",
          "package.json asks dependencies.leaf-isc for ^3.0.0, but the lockfile locks 1.0.0",
        ]),
      );
      const verdict = await evaluateLicenses(new LocalFiles(single), policy({ allow: ["MIT"] }));
      expect(verdict).toMatchObject({ status: "fail", location: { file: "package-lock.json" } });
      expect(verdict.reason).toMatch(/^package-lock\.json does not match package\.json: /);
    } finally {
      writeFileSync(manifestPath, original);
    }
  });
});

describe("LIC-01 in gate-check", () => {
  it("fails a release whose shipped dependency is denied, and records license_compliance in release_evidence", async () => {
    const repository = releaseReadyRepo();
    try {
      const manifest = { ...(JSON.parse(readFileSync(join(single, "package.json"), "utf8")) as Record<string, unknown>), name: "sample", version: "1.5.0" };
      repository.write("package.json", json(manifest));
      repository.write("package-lock.json", readFileSync(join(single, "package-lock.json"), "utf8"));
      repository.write(".github/cadence.yml", "gates:\n  licenses:\n    allow: [MIT, ISC, BSD-3-Clause, Apache-2.0]\n    deny: [Apache-2.0]\n");
      repository.commit("chore: license policy", ".github/keep", "");
      const error = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: false }).catch((caught: unknown) => caught);
      expect(String(error)).toMatch(/Apache-2\.0 is both allowed and denied/);
      repository.write(".github/cadence.yml", "gates:\n  licenses:\n    deny: [Apache-2.0]\n");
      repository.commit("chore: license policy", ".github/keep", "1");
      const result = await runGateCheck(ports(repository), { cwd: repository.dir, dryRun: false });
      const lic = result.results.find((check) => check.id === "LIC-01")!;
      expect(lic).toMatchObject({ status: "fail", required: true, location: { file: ".github/cadence.yml", line: 3 } });
      expect(result.passed).toBe(false);
      const evidence = parse(readFileSync(result.evidencePath!, "utf8")).release_evidence;
      expect(evidence.validation.checklist).toContainEqual(expect.objectContaining({ check: "LIC-01", status: "fail" }));
      expect(evidence.validation.license_compliance).toMatchObject({
        check: "LIC-01",
        policy: { allow: null, deny: ["Apache-2.0"], exceptions: [] },
        packages_checked: 8,
        violations: [{ package: "peer-target", version: "1.0.0", license: "Apache-2.0", problem: "denied", path: ["sample@1.5.0", "peer-host@1.0.0", "peer-target@1.0.0"] }],
      });
    } finally {
      repository.remove();
    }
  });
});
