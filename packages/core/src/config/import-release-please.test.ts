import { describe, expect, it } from "vitest";
import type { RawCommit } from "../commits/types.js";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { decidePackage } from "../version-bump/decide.js";
import { versionTags } from "../version/tags.js";
import { importReleasePlease } from "./import-release-please.js";
import { loadConfig } from "./load.js";
import type { CadenceConfig } from "./types.js";

function filesOf(entries: Record<string, string>): Files {
  return {
    root: "/repo",
    read: async (path) => entries[path],
    write: async () => {},
    list: async (dir) =>
      Object.keys(entries)
        .filter((path) => path.startsWith(`${dir}/`) && !path.slice(dir.length + 1).includes("/"))
        .map((path) => path.slice(dir.length + 1)),
  };
}

async function imported(entries: Record<string, string>): Promise<CadenceConfig> {
  const config = await importReleasePlease(filesOf(entries));
  if (!config) throw new Error("expected a release-please configuration");
  return config;
}

async function refusal(entries: Record<string, string>): Promise<ConfigurationError> {
  try {
    await importReleasePlease(filesOf(entries));
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

const manifestConfig = (config: Record<string, unknown>) => JSON.stringify({ packages: { ".": {} }, ...config });

describe("release-please-config.json and its manifest", () => {
  it("finds nothing in a repository without release-please", async () => {
    expect(await importReleasePlease(filesOf({}))).toBeUndefined();
  });

  it("reads the pre-major options and release-as", async () => {
    const { versioning, source } = await imported({
      "release-please-config.json": manifestConfig({ "bump-minor-pre-major": true, "bump-patch-for-minor-pre-major": true, "release-as": "2.0.0", "include-component-in-tag": false }),
      ".release-please-manifest.json": '{ ".": "1.4.0" }',
    });
    expect(source).toMatchObject({ kind: "release-please", files: ["release-please-config.json", ".release-please-manifest.json"] });
    expect(versioning.preMajor).toEqual({ breaking: "minor", feature: "patch" });
    expect(versioning.releaseAs).toBe("2.0.0");
  });

  it("without the pre-major options, 0.x breaks to 1.0.0 and features are minors, as release-please does", async () => {
    expect((await imported({ "release-please-config.json": manifestConfig({}) })).versioning.preMajor).toEqual({ breaking: "major", feature: "minor" });
  });

  it("lets a package's own options override the root ones", async () => {
    const config = { "bump-minor-pre-major": false, packages: { ".": { "bump-minor-pre-major": true, "initial-version": "0.0.1" } } };
    const { versioning } = await imported({ "release-please-config.json": JSON.stringify(config) });
    expect(versioning.preMajor.breaking).toBe("minor");
    expect(versioning.initialVersion).toBe("0.0.1");
  });

  it("writes tags as release-please does: component + separator + v, the root package's component only when configured", async () => {
    const packageJson = JSON.stringify({ name: "@scope/tool", version: "1.0.0" });
    expect((await imported({ "release-please-config.json": manifestConfig({}), "package.json": packageJson })).versioning.tagPrefix).toBe("v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "include-component-in-tag": true }), "package.json": packageJson })).versioning.tagPrefix).toBe("tool-v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "package-name": "@scope/other" }), "package.json": packageJson })).versioning.tagPrefix).toBe("other-v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "include-component-in-tag": false, component: "x" }), "package.json": packageJson })).versioning.tagPrefix).toBe("v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "release-type": "go", "include-component-in-tag": true }), "package.json": packageJson })).versioning.tagPrefix).toBe("v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "release-type": "simple", component: "api", "tag-separator": "/" }) })).versioning.tagPrefix).toBe("api/v");
    expect((await imported({ "release-please-config.json": manifestConfig({ "include-component-in-tag": false, "include-v-in-tag": false }) })).versioning.tagPrefix).toBe("");
  });

  it("reads several packages as a monorepo, each with its tag", async () => {
    const config = { "release-type": "node", packages: { "packages/core": { component: "core" }, "packages/cli/": {} } };
    const { versioning } = await imported({ "release-please-config.json": JSON.stringify(config) });
    expect(versioning.packages).toEqual([
      { name: "core", path: "packages/core", tagPrefix: "core-v", manifests: [{ path: "packages/core/package.json", kind: "package-json" }] },
      { name: "cli", path: "packages/cli", tagPrefix: "cli-v", manifests: [{ path: "packages/cli/package.json", kind: "package-json" }] },
    ]);
  });

  it("reads the always-bump versioning strategies and refuses the others", async () => {
    expect((await imported({ "release-please-config.json": manifestConfig({ versioning: "always-bump-minor" }) })).versioning.rules).toEqual([{ release: "minor" }]);
    const error = await refusal({ "release-please-config.json": manifestConfig({ versioning: "service-pack" }) });
    expect(error.message).toMatch(/versioning strategy 'service-pack' is not one cadence reads/);
    expect(error.location?.file).toBe("release-please-config.json");
  });

  it("says plainly what it does not apply: plugins, prerelease options", async () => {
    const { source } = await imported({ "release-please-config.json": manifestConfig({ plugins: ["node-workspace"], prerelease: true, versioning: "default" }) });
    const messages = source.notices.map((notice) => notice.message).join("\n");
    expect(messages).toMatch(/plugins \(node-workspace\) are not applied/);
    expect(messages).toMatch(/prerelease options are not read/);
  });

  it("names the file when the configuration or the manifest is not valid JSON", async () => {
    const config = await refusal({ "release-please-config.json": '{ "packages": ' });
    expect(config.location?.file).toBe("release-please-config.json");
    expect(config.message).toMatch(/^is not valid JSON: /);
    const manifest = await refusal({ "release-please-config.json": manifestConfig({}), ".release-please-manifest.json": "{ '.': 1 }" });
    expect(manifest.location?.file).toBe(".release-please-manifest.json");
    expect((await refusal({ "release-please-config.json": "[]" })).message).toMatch(/must be a JSON object/);
    expect((await refusal({ "release-please-config.json": manifestConfig({ "bump-minor-pre-major": "yes" }) })).message).toMatch(/must be true or false/);
  });

  it("is reached through loadConfig when there is no semantic-release configuration", async () => {
    const config = await loadConfig(filesOf({ "release-please-config.json": manifestConfig({ "bump-minor-pre-major": true }) }));
    expect(config.source.kind).toBe("release-please");
  });
});

describe("the GitHub App's .github/release-please.yml", () => {
  it("reads its bump options", async () => {
    const { versioning, source } = await imported({ ".github/release-please.yml": "releaseType: node\nbumpMinorPreMajor: true\nbumpPatchForMinorPreMajor: true\nhandleGHRelease: true\n" });
    expect(source.files).toEqual([".github/release-please.yml"]);
    expect(versioning.preMajor).toEqual({ breaking: "minor", feature: "patch" });
    expect(versioning.tagPrefix).toBe("v");
  });

  it("says that per-branch settings are not read", async () => {
    const { source } = await imported({ ".github/release-please.yml": "releaseType: node\nbranches:\n  - branch: 12.x\n    releaseType: node\n" });
    const messages = source.notices.map((notice) => notice.message);
    expect(messages.some((message) => /per-branch settings under 'branches' are not read/.test(message))).toBe(true);
    // The App's own plugins are not in the repository: how to get their CHANGELOG entries is said.
    expect(messages.some((message) => /hosted release-please App may add plugins of its own.*changelog\.sentence-case: true/.test(message))).toBe(true);
  });

  it("reads the CHANGELOG's path, sections and the sentence-case plugin for the release-please format", async () => {
    const { raw, source } = await imported({
      "release-please-config.json": manifestConfig({
        plugins: ["sentence-case", { type: "node-workspace" }],
        "changelog-path": "docs/CHANGELOG.md",
        "changelog-sections": [{ type: "feat", section: "New" }, { type: "deps", section: "Dependencies", hidden: true }],
      }),
    });
    expect(raw.changelog).toEqual({
      path: "docs/CHANGELOG.md",
      "sentence-case": true,
      sections: [{ title: "New", type: "feat", notes: "features" }, { title: "Dependencies", type: "deps", notes: "improvements", hidden: true }],
      "default-sections": false,
    });
    // sentence-case is applied; the other plugins are said not to be.
    expect(source.notices.map((notice) => notice.message).join("\n")).toMatch(/plugins \(node-workspace\) are not applied/);
    const bad = await refusal({ "release-please-config.json": manifestConfig({ "changelog-sections": [{ section: "No type" }] }) });
    expect(bad.message).toMatch(/changelog-sections\[0\] needs a type/);
  });

  it("an empty file is release-please's defaults", async () => {
    expect((await imported({ ".github/release-please.yml": "" })).versioning.preMajor).toEqual({ breaking: "major", feature: "minor" });
  });

  it("with manifest: true hands over to the manifest files (its own bump options do not apply then)", async () => {
    const { versioning, source } = await imported({
      ".github/release-please.yml": "manifest: true\nbumpMinorPreMajor: true\nmanifestConfig: config/rp.json\n",
      "config/rp.json": manifestConfig({ "include-component-in-tag": false }),
    });
    expect(source.files).toEqual([".github/release-please.yml", "config/rp.json"]);
    expect(versioning.preMajor.breaking).toBe("major");
    const missing = await refusal({ ".github/release-please.yml": "manifest: true\n" });
    expect(missing.message).toMatch(/manifest: true, but the manifest configuration release-please-config.json does not exist/);
    expect(missing.location?.file).toBe(".github/release-please.yml");
  });

  it("names the file when it is not valid YAML or not a mapping", async () => {
    const error = await refusal({ ".github/release-please.yml": "releaseType: [node\n" });
    expect(error.location?.file).toBe(".github/release-please.yml");
    expect(error.message).toMatch(/^is not valid YAML: /);
    expect((await refusal({ ".github/release-please.yml": "- node\n" })).message).toMatch(/must be a mapping/);
  });
});

describe("the release-please action's inputs in a workflow", () => {
  const workflow = (inputs: string) =>
    `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: googleapis/release-please-action@v4\n        with:\n${inputs
      .split("\n")
      .map((line) => `          ${line}`)
      .join("\n")}\n`;

  it("reads release-type and the bump inputs", async () => {
    const { versioning, source } = await imported({ ".github/workflows/release-please.yml": workflow("release-type: node\nbump-minor-pre-major: true") });
    expect(source.files).toEqual([".github/workflows/release-please.yml"]);
    expect(versioning.preMajor.breaking).toBe("minor");
    expect(versioning.tagPrefix).toBe("v");
  });

  it("in manifest mode reads the manifest files it points at", async () => {
    const { source } = await imported({
      ".github/workflows/release.yml": workflow("command: manifest\nconfig-file: rp-config.json"),
      "rp-config.json": manifestConfig({}),
    });
    expect(source.files).toEqual([".github/workflows/release.yml", "rp-config.json"]);
  });
});

describe("versions with a release-please configuration", () => {
  const commit = (message: string, index: number): RawCommit => ({ sha: `${index}`.padStart(40, "0"), parents: [], authorName: "a", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message });
  async function next(headers: string[], previous = "1.4.0", options: Record<string, unknown> = {}): Promise<string | undefined> {
    const { versioning } = await imported({ "release-please-config.json": manifestConfig({ "include-component-in-tag": false, ...options }) });
    const [base] = versionTags([{ name: `v${previous}`, sha: "b".repeat(40) }], "v").versions;
    const decision = decidePackage({
      pkg: { name: ".", path: ".", tagPrefix: "v", manifests: [] },
      config: versioning,
      line: {},
      reachable: [base!],
      base: base!,
      lastStable: base!,
      commits: headers.map(commit),
      existing: new Set([previous]),
    });
    return decision.next;
  }

  it("`feature` is a feature, and a release is at least a patch", async () => {
    expect(await next(["feature: add x"])).toBe("1.5.0");
    expect(await next(["chore: tidy", "build(deps): bump y"])).toBe("1.4.1");
    expect(await next([])).toBeUndefined();
  });

  it("a reverted commit still counts: release-please does not pair reverts", async () => {
    expect(await next(['Revert "feat: add x"\n\nThis reverts commit 0000000000000000000000000000000000000001.', "feat: add x"])).toBe("1.5.0");
  });

  it("a merged release PR that was never tagged is the previous release; with nothing after it, it is the release", async () => {
    expect(await next(["fix: after the release", "chore: release 1.5.0 (#14)", "feat: add x"])).toBe("1.5.1");
    expect(await next(["build: after the release", "chore(main): release 1.5.0 (#14)", "feat: add x"])).toBe("1.5.0");
    // A commit that asks for a version with Release-As is not a release.
    expect(await next(["feat!: break", "chore: release 1.6.0\n\nRelease-As: 1.6.0"])).toBe("1.6.0");
  });

  it("versioning 'prerelease' numbers pre-releases as release-please does", async () => {
    const beta = { versioning: "prerelease", prerelease: true, "prerelease-type": "beta" };
    // From a pre-release, a change that fits counts the pre-release on.
    expect(await next(["fix: y"], "1.3.0-beta.2", beta)).toBe("1.3.0-beta.3");
    expect(await next(["feat: y"], "1.3.0-beta.2", beta)).toBe("1.3.0-beta.3");
    expect(await next(["feat!: y"], "2.0.0-beta09", beta)).toBe("2.0.0-beta10");
    // A larger change moves the version and keeps the pre-release part.
    expect(await next(["feat: y"], "1.2.4-beta.2", beta)).toBe("1.3.0-beta.2");
    // From a stable release, the bumped version gets the type (release-please writes no number).
    expect(await next(["fix: y"], "1.2.3", beta)).toBe("1.2.4-beta");
    expect(await next(["fix: y"], "1.2.4-beta", beta)).toBe("1.2.4-beta.1");
    // Release-As still decides.
    expect(await next(["chore: x\n\nRelease-As: 2.0.0-rc.1"], "1.3.0-beta.2", beta)).toBe("2.0.0-rc.1");
  });

  it("versioning 'prerelease' without prerelease: true promotes the pre-release and releases stable versions", async () => {
    const promote = { versioning: "prerelease", "prerelease-type": "beta" };
    expect(await next(["fix: y"], "1.3.0-beta.2", promote)).toBe("1.3.0");
    expect(await next(["fix: y"], "1.2.3", promote)).toBe("1.2.4");
  });

  it("says how versioning 'prerelease' is read", async () => {
    const { versioning, source } = await imported({ "release-please-config.json": manifestConfig({ versioning: "prerelease", prerelease: true, "prerelease-type": "rc" }) });
    expect(versioning.releasePleasePrerelease).toEqual({ prerelease: true, type: "rc" });
    expect(source.notices.map((notice) => notice.message).join("\n")).toMatch(/versioning 'prerelease' is read as release-please numbers versions/);
    const app = await imported({ ".github/release-please.yml": "releaseType: node\nversioning: prerelease\nprerelease: true\nprereleaseType: alpha\n" });
    expect(app.versioning.releasePleasePrerelease).toEqual({ prerelease: true, type: "alpha" });
  });
});
