import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bump, bumpError, packageJson, repositories } from "./version-bump-harness.js";

const newRepo = repositories();
const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

describe("pre-release channels", () => {
  it("count from the tags that exist, skip tags on other branches, and promote to the plain version", async () => {
    const repo = newRepo();
    repo.commit("chore: start", "package.json", packageJson("1.1.0"));
    repo.tag("v1.1.0");
    repo.commit("feat: add export");
    expect((await bump(repo, { dryRun: true, prerelease: "rc" })).packages[0]).toMatchObject({ previous: "1.1.0", next: "1.2.0-rc.1", bump: "prerelease" });
    repo.tag("v1.2.0-rc.1");

    // rc.2 was cut on another branch that HEAD does not contain: it is never reused.
    repo.git("checkout", "-q", "-b", "other");
    repo.commit("fix: on the side");
    repo.tag("v1.2.0-rc.2");
    repo.git("checkout", "-q", "main");

    repo.commit("fix: handle empty input");
    expect((await bump(repo, { dryRun: true, prerelease: "rc" })).packages[0]).toMatchObject({ previous: "1.2.0-rc.1", next: "1.2.0-rc.3" });
    expect((await bump(repo, { dryRun: true, prerelease: "beta" })).packages[0]!.next).toBe("1.2.0-beta.1");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ previous: "1.1.0", next: "1.2.0", bump: "minor" });
  });

  it("come from the branch's line in the configuration", async () => {
    const repo = newRepo();
    repo.write(".github/cadence.yml", "versioning:\n  branches:\n    - name: main\n    - { name: next, prerelease: beta }\n");
    repo.commit("chore: start", "package.json", packageJson("2.0.0"));
    repo.tag("v2.0.0");
    repo.git("checkout", "-q", "-b", "next");
    repo.commit("feat!: new API");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ next: "3.0.0-beta.1", bump: "prerelease" });
    const error = await bumpError(repo, { dryRun: true, branch: "feature/x" });
    expect(error.message).toMatch(/branch 'feature\/x' is not a release line; the configured lines are: main, next/);
  });
});

describe("maintenance lines", () => {
  it("release patches inside their range and refuse a feature clearly", async () => {
    const repo = newRepo();
    repo.write(".github/cadence.yml", "versioning:\n  branches:\n    - name: main\n    - { name: 'release/v*', maintenance: true }\n    - { name: 'hotfix/*', maintenance: true }\n");
    repo.commit("chore: 1.4.2", "package.json", packageJson("1.4.2"));
    repo.tag("v1.4.2");
    repo.git("branch", "release/v1.4");
    repo.commit("feat!: 2.0 work");
    repo.tag("v2.0.0");
    repo.git("checkout", "-q", "release/v1.4");
    repo.commit("fix: backport the crash fix");
    expect((await bump(repo, { dryRun: true })).packages[0]).toMatchObject({ previous: "1.4.2", next: "1.4.3", bump: "patch" });
    repo.git("checkout", "-q", "-b", "hotfix/v1.4.3");
    expect((await bump(repo, { dryRun: true })).packages[0]!.next).toBe("1.4.3");
    repo.commit("feat: a feature on a patch line");
    const error = await bumpError(repo, { dryRun: true });
    expect(error.message).toMatch(/minor release \(1\.5\.0\), which is outside the maintenance line hotfix\/v1\.4\.3 \(>=1\.4\.0 <1\.5\.0\)/);
  });

  it("refuses a detached HEAD when lines are configured, and works when the branch is named", async () => {
    const repo = newRepo();
    repo.write(".github/cadence.yml", "versioning:\n  branches: [{ name: main }]\n");
    repo.commit("chore: 1.0.0", "package.json", packageJson("1.0.0"));
    repo.tag("v1.0.0");
    repo.commit("fix: y");
    repo.git("checkout", "-q", "--detach");
    expect((await bumpError(repo, { dryRun: true })).message).toMatch(/HEAD is detached and no branch was named/);
    expect((await bump(repo, { dryRun: true, branch: "main" })).packages[0]!.next).toBe("1.0.1");
  });
});

describe("monorepos", () => {
  function monorepo() {
    const repo = newRepo();
    repo.write(
      ".github/cadence.yml",
      "versioning:\n  packages:\n    - { name: core, path: packages/core }\n    - { name: cli, path: packages/cli, tag-prefix: cli-v }\n",
    );
    repo.write("packages/core/package.json", packageJson("1.0.0", "@app/core"));
    repo.write("packages/cli/package.json", packageJson("2.3.0", "@app/cli"));
    const lock = {
      name: "app",
      version: "0.0.0",
      lockfileVersion: 3,
      packages: { "": { name: "app", version: "0.0.0" }, "packages/core": { name: "@app/core", version: "1.0.0" }, "packages/cli": { name: "@app/cli", version: "2.3.0" } },
    };
    repo.write("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
    repo.commit("chore: release", "package.json", packageJson("0.0.0", "app"));
    repo.tag("core@1.0.0");
    repo.tag("cli-v2.3.0");
    return repo;
  }

  it("versions each package from the commits that touch it, with its own tag prefix", async () => {
    const repo = monorepo();
    repo.commit("feat: faster parser", "packages/core/src/parse.ts");
    repo.commit("fix(cli): help text", "packages/cli/src/help.ts");
    repo.commit("feat!: root tooling", "tools/build.ts");
    const result = await bump(repo, { dryRun: true });
    expect(result.packages.map((decision) => [decision.name, decision.next, decision.tag, decision.commitCount])).toEqual([
      ["core", "1.1.0", "core@1.1.0", 1],
      ["cli", "2.3.1", "cli-v2.3.1", 1],
    ]);
  });

  it("--package selects one, and apply writes its package.json and its lockfile entry only", async () => {
    const repo = monorepo();
    repo.commit("feat: faster parser", "packages/core/src/parse.ts");
    repo.commit("fix(cli): help text", "packages/cli/src/help.ts");
    const result = await bump(repo, { package: "core" });
    expect(result.packages.map((decision) => decision.name)).toEqual(["core"]);
    expect(JSON.parse(read(repo.dir, "packages/core/package.json")).version).toBe("1.1.0");
    expect(JSON.parse(read(repo.dir, "packages/cli/package.json")).version).toBe("2.3.0");
    const lock = JSON.parse(read(repo.dir, "package-lock.json"));
    expect([lock.version, lock.packages[""].version, lock.packages["packages/core"].version, lock.packages["packages/cli"].version]).toEqual(["0.0.0", "0.0.0", "1.1.0", "2.3.0"]);
    expect((await bumpError(repo, { dryRun: true, package: "web" })).message).toBe("there is no package 'web'; the configured packages are: core, cli");
  });
});

describe("manifests", () => {
  it("writes package.json, the lockfile's own fields and the configured files, keeping their formatting", async () => {
    const repo = newRepo();
    const manifest = '{\n    "name": "app",\n    "version": "1.4.2",\n    "files": ["dist"]\n}\n';
    const lock = '{\n  "name": "app",\n  "version": "1.4.2",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "app", "version": "1.4.2" },\n    "node_modules/dep": { "version": "1.4.2" }\n  }\n}\n';
    const chart = "# chart\nname: app   # the name\nversion: '1.4.2' # set by cadence\n";
    const meta = '{ "tool": { "version": "1.4.2" } }';
    const readme = "Install:\n\n    uses: org/app@v1.4.2 # cadence:version\n\nSince 1.4.2.\n";
    repo.write(".github/cadence.yml", [
      "versioning:",
      "  manifests:",
      "    - path: package.json",
      "    - { path: deploy/Chart.yaml, yaml-path: version }",
      "    - { path: meta.json, json-path: tool.version }",
      "    - { path: README.md, marker: 'cadence:version' }",
      "",
    ].join("\n"));
    repo.write("package.json", manifest);
    repo.write("package-lock.json", lock);
    repo.write("deploy/Chart.yaml", chart);
    repo.write("meta.json", meta);
    repo.commit("chore: 1.4.2", "README.md", readme);
    repo.tag("v1.4.2");
    repo.commit("feat: add export");
    await bump(repo);
    expect(read(repo.dir, "package.json")).toBe(manifest.replace("1.4.2", "1.5.0"));
    expect(read(repo.dir, "package-lock.json")).toBe(lock.replace('"version": "1.4.2"', '"version": "1.5.0"').replace('"name": "app", "version": "1.4.2"', '"name": "app", "version": "1.5.0"'));
    expect(read(repo.dir, "deploy/Chart.yaml")).toBe(chart.replace("'1.4.2'", "'1.5.0'"));
    expect(read(repo.dir, "meta.json")).toBe(meta.replace("1.4.2", "1.5.0"));
    expect(read(repo.dir, "README.md")).toBe(readme.replace("v1.4.2", "v1.5.0"));
  });

  it("says which configured manifest is missing", async () => {
    const repo = newRepo();
    repo.write(".github/cadence.yml", "versioning:\n  manifests: [{ path: VERSION.txt }]\n");
    repo.commit("feat: first");
    const error = await bumpError(repo, { dryRun: true });
    expect(error.message).toBe("the manifest VERSION.txt named in the configuration does not exist");
    expect(error.location).toEqual({ file: "VERSION.txt" });
  });
});
