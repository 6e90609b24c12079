import { describe, expect, it } from "vitest";
import { ConfigurationError, describeError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { loadConfig } from "./load.js";

function filesOf(entries: Record<string, string>): Files {
  return { root: "/repo", read: async (path) => entries[path], write: async () => {} };
}

async function failure(yaml: string): Promise<ConfigurationError> {
  try {
    await loadConfig(filesOf({ ".github/cadence.yml": yaml }));
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("loading .github/cadence.yml", () => {
  it("refuses an alias without its anchor as a configuration error naming the file", async () => {
    const error = await failure("versioning: *missing\n");
    expect(error.location?.file).toBe(".github/cadence.yml");
    expect(describeError(error)).toMatch(/^\.github\/cadence\.yml:\d+(:\d+)?: /);
  });

  it("works with no file at all, and with an empty one", async () => {
    expect((await loadConfig(filesOf({}))).source.kind).toBe("defaults");
    const empty = await loadConfig(filesOf({ ".github/cadence.yml": "# nothing yet\n" }));
    expect(empty.versioning.tagPrefix).toBe("v");
  });

  it("resolves the versioning section", async () => {
    const yaml = [
      "versioning:",
      "  tag-prefix: release-",
      "  initial-version: 0.1.0",
      "  pre-major: { breaking: major }",
      "  rules:",
      "    - { type: build, release: patch }",
      "    - { type: docs, scope: readme, release: patch }",
      "  build-metadata: { state: v2, prompts: v17 }",
      "  branches:",
      "    - name: main",
      "    - { name: next, prerelease: rc }",
      "    - { name: 'release/v*', maintenance: true }",
      "  packages:",
      "    - { name: core, path: ./packages/core/ }",
      "    - { name: cli, path: packages/cli, tag-prefix: cli-v, manifests: [{ path: packages/cli/version.txt }] }",
      "",
    ].join("\n");
    const { versioning } = await loadConfig(filesOf({ ".github/cadence.yml": yaml }));
    expect(versioning).toMatchObject({ tagPrefix: "release-", initialVersion: "0.1.0", preMajor: { breaking: "major", feature: "minor" } });
    expect(versioning.rules).toEqual([{ type: "build", release: "patch" }, { type: "docs", scope: "readme", release: "patch" }]);
    expect(versioning.buildMetadata).toEqual(["state-v2", "prompts-v17"]);
    expect(versioning.branches).toContainEqual({ name: "next", prerelease: "rc" });
    expect(versioning.packages).toEqual([
      { name: "core", path: "packages/core", tagPrefix: "core@", manifests: [] },
      { name: "cli", path: "packages/cli", tagPrefix: "cli-v", manifests: [{ path: "packages/cli/version.txt", kind: "marker", marker: "cadence:version" }] },
    ]);
  });

  it("accepts the seed's build-metadata form in release-as and stores valid SemVer", async () => {
    const { versioning } = await loadConfig(filesOf({ ".github/cadence.yml": "versioning:\n  release-as: 1.2.3+state-v2+prompts-v17\n" }));
    expect(versioning.releaseAs).toBe("1.2.3+state-v2.prompts-v17");
  });
});

describe("configuration errors", () => {
  it("a YAML syntax error, at its line and column", async () => {
    const error = await failure("versioning:\n  tag-prefix: v\n  rules: [ { type: build\n");
    expect(error.location?.file).toBe(".github/cadence.yml");
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
    expect(error.location?.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/^is not valid YAML: .*\(and \d+ more problems?\)$/);
    expect(error.problems.length).toBeGreaterThan(1);
    for (const problem of error.problems) expect(problem).toMatch(/^\.github\/cadence\.yml:\d+:\d+: /);
  });

  it("a duplicate key is a YAML error", async () => {
    const error = await failure("versioning:\n  tag-prefix: v\n  tag-prefix: w\n");
    expect(error.location).toMatchObject({ line: 3 });
  });

  it("an unknown key, at the key, with the keys that are expected", async () => {
    const error = await failure("versioning:\n  tag-prefix: v\n  tagprefix: w\n");
    expect(error.location).toEqual({ file: ".github/cadence.yml", line: 3, column: 3 });
    expect(error.message).toMatch(/unknown key 'tagprefix' in versioning; expected one of: tag-prefix, initial-version/);
    const top = await failure("# settings\nversionning:\n  tag-prefix: v\n");
    expect(top.location).toEqual({ file: ".github/cadence.yml", line: 2, column: 1 });
    expect(top.message).toMatch(/^unknown key 'versionning' in the top level; expected one of: versioning, changelog/);
  });

  it("a wrong type and a bad enum value, each where it is", async () => {
    const type = await failure("versioning:\n  default-rules: sometimes\n");
    expect(type.location).toMatchObject({ line: 2, column: 18 });
    expect(type.message).toBe("versioning.default-rules must be true or false");
    const level = await failure("versioning:\n  rules:\n    - type: build\n      release: sometimes\n");
    expect(level.location).toMatchObject({ line: 4, column: 16 });
    expect(level.message).toBe('versioning.rules[0].release must be one of "major", "minor", "patch", "none"');
  });

  it("a bad regular expression in a rule, at the field", async () => {
    const error = await failure("versioning:\n  rules:\n    - subject: /fix(/\n      release: patch\n");
    expect(error.location).toMatchObject({ line: 3, column: 16 });
    expect(error.message).toMatch(/versioning.rules\[0\].subject is not a valid regular expression/);
  });

  it("several problems at once, sorted by position, the first line readable alone", async () => {
    const yaml = ["versioning:", "  tag-prefix: 3", "  pre-major: { breaking: huge }", "  rules:", "    - type: build", "      level: patch", ""].join("\n");
    const error = await failure(yaml);
    expect(error.problems).toHaveLength(4);
    expect(error.problems[0]).toBe(".github/cadence.yml:2:15: versioning.tag-prefix must be a string");
    expect(error.problems.join("\n")).toContain(".github/cadence.yml:3:26: versioning.pre-major.breaking must be one of");
    expect(error.problems.join("\n")).toContain("versioning.rules[0] is missing the required key 'release'");
    expect(error.problems.join("\n")).toContain("unknown key 'level' in versioning.rules[0]");
    expect(describeError(error).split("\n")[0]).toBe(".github/cadence.yml:2:15: versioning.tag-prefix must be a string (and 3 more problems)");
  });

  it("several bad regular expressions at once", async () => {
    const error = await failure("versioning:\n  rules:\n    - { subject: /a(/, release: patch }\n    - { scope: '/[b/', release: patch }\n");
    expect(error.problems).toHaveLength(2);
    expect(error.problems[1]).toMatch(/^\.github\/cadence\.yml:4:\d+: versioning\.rules\[1\]\.scope is not a valid regular expression/);
  });

  it("a top level that is not a mapping", async () => {
    const error = await failure("- versioning\n");
    expect(error.message).toMatch(/must be a mapping of sections/);
  });

  it("a version that is not SemVer", async () => {
    const error = await failure("versioning:\n  initial-version: '1.0'\n");
    expect(error.location).toMatchObject({ line: 2 });
    expect(error.message).toMatch(/versioning.initial-version does not have the expected form \(A SemVer 2.0 version/);
  });
});

describe("versions the schema lets through", () => {
  it("are checked as SemVer, at their line", async () => {
    const error = await failure("versioning:\n  release-as: 01.2.3\n");
    expect(error.location).toMatchObject({ file: ".github/cadence.yml", line: 2 });
    expect(error.message).toMatch(/versioning.release-as: '01.2.3' is not a SemVer version/);
  });
});
