import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { importSemanticRelease } from "./import-semantic-release.js";
import { loadConfig } from "./load.js";

/** Files in memory; `list` answers for folders, as LocalFiles does. */
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

const pkg = (release: unknown) => JSON.stringify({ name: "sample", version: "1.2.3", release });

async function imported(entries: Record<string, string>) {
  const config = await importSemanticRelease(filesOf(entries));
  if (!config) throw new Error("expected a semantic-release configuration");
  return config;
}

async function refusal(entries: Record<string, string>): Promise<ConfigurationError> {
  try {
    await importSemanticRelease(filesOf(entries));
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("where semantic-release's configuration is read from", () => {
  it("finds nothing in a repository without semantic-release", async () => {
    expect(await importSemanticRelease(filesOf({ "package.json": JSON.stringify({ name: "x" }) }))).toBeUndefined();
  });

  it("reads package.json's release key first, as semantic-release does", async () => {
    const config = await imported({ "package.json": pkg({ tagFormat: "pkg-${version}" }), ".releaserc.json": JSON.stringify({ tagFormat: "rc-${version}" }) });
    expect(config.source).toMatchObject({ kind: "semantic-release", files: ["package.json#release"] });
    expect(config.versioning.tagPrefix).toBe("pkg-");
  });

  it("reads .releaserc as YAML or JSON, and .releaserc.json / .yaml / .yml", async () => {
    expect((await imported({ ".releaserc": "tagFormat: 'y-${version}'\n" })).versioning.tagPrefix).toBe("y-");
    expect((await imported({ ".releaserc": '{ "tagFormat": "j-${version}" }' })).versioning.tagPrefix).toBe("j-");
    expect((await imported({ ".releaserc.json": '{ "tagFormat": "${version}" }' })).versioning.tagPrefix).toBe("");
    expect((await imported({ ".releaserc.yaml": "tagFormat: 'a-${version}'\n" })).versioning.tagPrefix).toBe("a-");
    expect((await imported({ ".releaserc.yml": "tagFormat: 'b-${version}'\n" })).source.files).toEqual([".releaserc.yml"]);
  });

  it("refuses a configuration written as code, naming the file", async () => {
    for (const file of [".releaserc.js", ".releaserc.cjs", ".releaserc.mjs", "release.config.js", "release.config.cjs", "release.config.ts"]) {
      const error = await refusal({ [file]: "module.exports = { branches: ['main'] };\n" });
      expect(error.location?.file).toBe(file);
      expect(error.message).toMatch(/written as code.*cadence does not run code/);
    }
  });

  it("uses a data file that semantic-release would find before a JS one", async () => {
    const config = await imported({ ".releaserc.json": '{ "branches": ["main"] }', "release.config.js": "module.exports = {}" });
    expect(config.source.files).toEqual([".releaserc.json"]);
  });

  it("names the file when JSON or YAML is malformed", async () => {
    const json = await refusal({ ".releaserc.json": '{ "branches": [ "main", }' });
    expect(json.location?.file).toBe(".releaserc.json");
    expect(json.message).toMatch(/^is not valid JSON: /);
    const yaml = await refusal({ ".releaserc.yml": "branches: [main\n  - next: {\n" });
    expect(yaml.location?.file).toBe(".releaserc.yml");
    expect(yaml.message).toMatch(/^is not valid JSON or YAML: /);
    const notObject = await refusal({ ".releaserc.json": '["main"]' });
    expect(notObject.message).toMatch(/must be an object/);
  });

  it("reports a malformed configuration through loadConfig with the file named", async () => {
    await expect(loadConfig(filesOf({ ".releaserc.json": "{" }))).rejects.toMatchObject({ location: { file: ".releaserc.json" } });
  });
});

describe("the commit analyzer's options", () => {
  it("the angular preset by default: `feat!:` is not a breaking header, reverts pair exactly, a lone one is a patch", async () => {
    const { versioning } = await imported({ ".releaserc.json": "{}" });
    expect(versioning.bangIsBreaking).toBe(false);
    expect(versioning.reverts).toEqual({ cancelPairs: true, pairing: "exact", lone: "patch" });
    expect(versioning.rules).toEqual([]);
    expect(versioning.defaultRules.length).toBeGreaterThan(0);
  });

  it("the conventionalcommits preset reads `!` as breaking (also named by package or through `config`)", async () => {
    for (const options of [{ preset: "conventionalcommits" }, { preset: "conventional-changelog-conventionalcommits" }, { config: "conventional-changelog-conventionalcommits" }]) {
      expect((await imported({ ".releaserc.json": JSON.stringify(options) })).versioning.bangIsBreaking).toBe(true);
    }
  });

  it("refuses a preset with another commit format", async () => {
    const error = await refusal({ ".releaserc.json": JSON.stringify({ preset: "eslint" }) });
    expect(error.message).toMatch(/preset 'eslint' has its own commit format/);
    expect(error.location?.file).toBe(".releaserc.json");
  });

  it("reads releaseRules given globally, with the plugin, and in the older analyzeCommits step object", async () => {
    const rules = [{ type: "docs", scope: "readme.md", release: "patch" }, { type: "build", release: "patch" }, { type: "skip", release: false }];
    const expected = [{ type: "docs", scope: "readme.md", release: "patch" }, { type: "build", release: "patch" }, { type: "skip", release: "none" }];
    expect((await imported({ ".releaserc.json": JSON.stringify({ releaseRules: rules }) })).versioning.rules).toEqual(expected);
    const plugin = { plugins: [["@semantic-release/commit-analyzer", { preset: "conventionalcommits", releaseRules: rules }], "@semantic-release/npm"] };
    const viaPlugin = await imported({ ".releaserc.json": JSON.stringify(plugin) });
    expect(viaPlugin.versioning.rules).toEqual(expected);
    expect(viaPlugin.versioning.bangIsBreaking).toBe(true);
    const viaStep = await imported({ ".releaserc.json": JSON.stringify({ analyzeCommits: { releaseRules: rules }, preset: "conventionalcommits" }) });
    expect(viaStep.versioning.rules).toEqual(expected);
    expect(viaStep.source.notices).toEqual([]);
  });

  it("plugin options override global ones, and a step object overrides both", async () => {
    const config = {
      releaseRules: [{ type: "a", release: "patch" }],
      plugins: [["@semantic-release/commit-analyzer", { releaseRules: [{ type: "b", release: "minor" }] }]],
    };
    expect((await imported({ ".releaserc.json": JSON.stringify(config) })).versioning.rules).toEqual([{ type: "b", release: "minor" }]);
    const withStep = { ...config, analyzeCommits: { releaseRules: [{ type: "c", release: "major" }] } };
    expect((await imported({ ".releaserc.json": JSON.stringify(withStep) })).versioning.rules).toEqual([{ type: "c", release: "major" }]);
  });

  it("reads breaking, revert and subject in a rule", async () => {
    const rules = [{ breaking: true, release: "major" }, { revert: true, release: "patch" }, { subject: "*security*", release: "patch" }];
    expect((await imported({ ".releaserc.json": JSON.stringify({ releaseRules: rules }) })).versioning.rules).toEqual(rules);
  });

  it("refuses rules it cannot read", async () => {
    expect((await refusal({ ".releaserc.json": JSON.stringify({ releaseRules: "./rules.js" }) })).message).toMatch(/names a module/);
    expect((await refusal({ ".releaserc.json": JSON.stringify({ releaseRules: [{ emoji: ":bug:", release: "patch" }] }) })).message).toMatch(/matches on emoji/);
    expect((await refusal({ ".releaserc.json": JSON.stringify({ releaseRules: [{ type: "x", release: "huge" }] }) })).message).toMatch(/must be major, minor, patch or false/);
    expect((await refusal({ ".releaserc.json": JSON.stringify({ releaseRules: { type: "x" } }) })).message).toMatch(/must be a list/);
  });

  it("says plainly when the analyzer is replaced by code, and reads the standard one under its old name silently", async () => {
    const custom = await imported({ "package.json": pkg({ analyzeCommits: { path: "./lib/index.js" } }) });
    expect(custom.source.notices.map((notice) => notice.message)).toEqual([expect.stringMatching(/runs \.\/lib\/index\.js, a commit analyzer cadence does not run/)]);
    expect(custom.source.notices[0]!.location?.file).toBe("package.json#release");
    const renamed = await imported({ "package.json": pkg({ analyzeCommits: "sr-commit-analyzer" }) });
    expect(renamed.source.notices).toEqual([]);
  });

  it("notices parserOpts and extends, which it does not apply", async () => {
    const config = await imported({ ".releaserc.json": JSON.stringify({ extends: "@company/release-config", parserOpts: { noteKeywords: ["BREAKING"] } }) });
    const messages = config.source.notices.map((notice) => notice.message).join("\n");
    expect(messages).toMatch(/parserOpts \(noteKeywords\) are not read/);
    expect(messages).toMatch(/'extends' names a shareable configuration .*not applied/);
  });
});

describe("tags and branches", () => {
  it("reads tagFormat as a prefix, and refuses other forms", async () => {
    expect((await imported({ ".releaserc.json": JSON.stringify({ tagFormat: "release-${version}" }) })).versioning.tagPrefix).toBe("release-");
    expect((await refusal({ ".releaserc.json": JSON.stringify({ tagFormat: "${version}-final" }) })).message).toMatch(/tagFormat/);
  });

  it("uses semantic-release's default branches when none are named", async () => {
    const { versioning } = await imported({ ".releaserc.json": "{}" });
    expect(versioning.branches).toEqual([
      { name: "+([0-9])?(.{+([0-9]),x}).x", maintenance: true },
      { name: "master" },
      { name: "main" },
      { name: "next" },
      { name: "next-major" },
      { name: "beta", prerelease: "beta" },
      { name: "alpha", prerelease: "alpha" },
    ]);
  });

  it("reads branch lines: prerelease channels, ranges, maintenance names, the legacy `branch`", async () => {
    const branches = [
      "+([0-9]).x",
      "main",
      { name: "beta", prerelease: true },
      { name: "pre/rc", prerelease: "rc" },
      { name: "next", prerelease: "${name}" },
      { name: "legacy", range: "1.x" },
      "2.3.x",
    ];
    const { versioning } = await imported({ "package.json": pkg({ branches }) });
    expect(versioning.branches).toEqual([
      { name: "+([0-9]).x", maintenance: true },
      { name: "main" },
      { name: "beta", prerelease: "beta" },
      { name: "pre/rc", prerelease: "rc" },
      { name: "next", prerelease: "next" },
      { name: "legacy", range: "1.x" },
      { name: "2.3.x", maintenance: true },
    ]);
    expect((await imported({ ".releaserc.json": JSON.stringify({ branch: "master" }) })).versioning.branches).toEqual([{ name: "master" }]);
  });

  it("reads a range template it cannot evaluate from the branch name, and says so; refuses a prerelease template", async () => {
    const config = await imported({ ".releaserc.json": JSON.stringify({ branches: [{ name: "maint/+([0-9]).x", range: "${name.replace(/^maint\\//g, '')}" }, "main"] }) });
    expect(config.versioning.branches[0]).toEqual({ name: "maint/+([0-9]).x", maintenance: true });
    expect(config.source.notices[0]!.message).toMatch(/template cadence does not evaluate; the range is read from the branch name/);
    const error = await refusal({ ".releaserc.json": JSON.stringify({ branches: [{ name: "pre/x", prerelease: "${name.split('/')[1]}" }] }) });
    expect(error.message).toMatch(/prerelease .* is a template cadence does not evaluate/);
  });

  it("refuses a branch without a name", async () => {
    expect((await refusal({ ".releaserc.json": JSON.stringify({ branches: [{ prerelease: true }] }) })).message).toMatch(/branches\[0\] must be a name/);
  });
});

describe("a workflow that runs semantic-release", () => {
  const workflow = (run: string) => `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;

  it("without a configuration file: semantic-release's defaults, said in a notice", async () => {
    for (const run of ["npx semantic-release", "npx semantic-release@21.0.2", "pnpm semantic-release --dry-run false", "semantic-release"]) {
      const config = await imported({ ".github/workflows/release.yml": workflow(run) });
      expect(config.source).toMatchObject({ kind: "semantic-release", files: [".github/workflows/release.yml"] });
      expect(config.source.notices[0]!.message).toMatch(/runs semantic-release without a configuration file: its defaults apply/);
      expect(config.versioning.reverts.pairing).toBe("exact");
      expect(config.versioning.branches).toContainEqual({ name: "beta", prerelease: "beta" });
    }
  });

  it("reads --branches and --tag-format from the command line", async () => {
    const config = await imported({ ".github/workflows/release.yml": workflow("npx semantic-release --branches main next --tag-format 'rel-${version}'") });
    expect(config.versioning.branches).toEqual([{ name: "main" }, { name: "next" }]);
    expect(config.versioning.tagPrefix).toBe("rel-");
  });

  it("reads the community action and its branches input", async () => {
    const text = "on: push\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: cycjimmy/semantic-release-action@v4\n        with:\n          branches: |\n            [ 'main', 'next' ]\n";
    const config = await imported({ ".github/workflows/ci.yaml": text });
    expect(config.versioning.branches).toEqual([{ name: "main" }, { name: "next" }]);
  });

  it("does not take installing it, or a comment, for running it", async () => {
    for (const run of ["npm install -D semantic-release", "echo see semantic-release docs", "# npx semantic-release"]) {
      expect(await importSemanticRelease(filesOf({ ".github/workflows/release.yml": workflow(JSON.stringify(run)) }))).toBeUndefined();
    }
  });

  it("a configuration file still decides when there is one", async () => {
    const config = await imported({ ".releaserc.json": JSON.stringify({ branches: ["release"] }), ".github/workflows/build.yml": workflow("npx semantic-release") });
    expect(config.source.files).toEqual([".releaserc.json"]);
    expect(config.versioning.branches).toEqual([{ name: "release" }]);
  });

  it("skips a workflow that is not valid YAML", async () => {
    expect(await importSemanticRelease(filesOf({ ".github/workflows/bad.yml": "jobs: [\n" }))).toBeUndefined();
  });
});
