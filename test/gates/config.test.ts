import { describe, expect, it } from "vitest";
import { ConfigurationError, configSection, describeError, loadConfig, parseGateCheckInputs, parseGatesConfig, type Files } from "@release-cadence/core";

function memoryFiles(contents: Record<string, string>): Files {
  return { root: "/memory", read: async (path) => contents[path], write: async () => {} };
}

async function gates(yaml: string) {
  const files = memoryFiles({ ".github/cadence.yml": yaml });
  return parseGatesConfig(await configSection(files, await loadConfig(files), "gates"));
}

async function failure(yaml: string): Promise<ConfigurationError> {
  const error = await gates(yaml).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe("the gates section", () => {
  it("has defaults that need no configuration", async () => {
    const config = await gates("versioning:\n  tag-prefix: v\n");
    expect(config).toMatchObject({ pulls: { milestone: "v{version}" }, changelog: "CHANGELOG.md", manifests: ["package.json"], docs: ["docs/**", "README.md"], security: { severity: "high", audit: "auto", dependabot: true } });
  });

  it("an unknown gate in skip or require is an error at its line that lists the gates", async () => {
    const error = await failure("gates:\n  skip:\n    - RL-05\n    - RL-99\n");
    expect(error.location).toMatchObject({ file: ".github/cadence.yml", line: 4 });
    expect(error.message).toContain("unknown gate 'RL-99'; the gates are RL-01, RL-02");
  });

  it("a custom gate's id counts as a gate, and a duplicate is refused", async () => {
    const config = await gates("gates:\n  custom:\n    - id: smoke\n      run: [npm, run, smoke]\n  require: [smoke]\n");
    expect(config.custom[0]).toMatchObject({ id: "smoke", command: "npm", args: ["run", "smoke"] });
    expect(config.require).toEqual(["smoke"]);
    const error = await failure("gates:\n  custom:\n    - id: smoke\n      run: [a]\n    - id: smoke\n      run: [b]\n");
    expect(error.location?.line).toBe(5);
  });

  it("an unknown profile, a bad threshold and a wrong key are reported with their lines", async () => {
    const error = await failure("gates:\n  profile: G-FAST\n  coverage:\n    lines: 120\n");
    expect(error.problems).toEqual([
      expect.stringMatching(/^\.github\/cadence\.yml:2:\d+: gates\.profile 'G-FAST' is not a profile/),
      expect.stringMatching(/^\.github\/cadence\.yml:4:\d+: gates\.coverage\.lines must be a percentage/),
    ]);
    const schema = await failure("gates:\n  changelogs: CHANGES.md\n");
    expect(schema.message).toContain("unknown key 'changelogs'");
    expect(schema.location?.line).toBe(2);
  });

  it("the license policy: an unknown SPDX id is reported at its line with a suggestion, and a wrong key by the schema", async () => {
    const config = await gates("gates:\n  licenses:\n    allow: [MIT, ISC]\n    deny: [AGPL-3.0-only]\n    exceptions:\n      - package: caniuse-lite\n        reason: data only\n");
    expect(config.licenses?.policy).toEqual({ allow: ["MIT", "ISC"], deny: ["AGPL-3.0-only"], exceptions: [{ package: "caniuse-lite", reason: "data only" }] });
    const error = await failure("gates:\n  licenses:\n    allow:\n      - MIT\n      - Apache 2\n");
    expect(error.location).toMatchObject({ file: ".github/cadence.yml", line: 5 });
    expect(error.message).toBe("gates.licenses.allow[1]: 'Apache 2' is not an SPDX license id; did you mean Apache-2.0?");
    const missingReason = await failure("gates:\n  licenses:\n    deny: [GPL-3.0-only]\n    exceptions:\n      - package: foo\n");
    expect(missingReason.message).toMatch(/reason/);
    expect(missingReason.location?.line).toBeGreaterThanOrEqual(4);
  });

  it("inputs: profile names are forgiving, a bad --now or an empty break-glass reason is refused", () => {
    expect(parseGateCheckInputs({ cwd: ".", profile: "g-rel + human" }).profile).toBe("G-REL+Human");
    expect(parseGateCheckInputs({ cwd: ".", profile: "sev1" }).profile).toBe("SEV-1");
    expect(() => parseGateCheckInputs({ cwd: ".", profile: "fast" })).toThrow(/profile 'fast' is not a profile/);
    // The same mistake, named as each surface names the setting: a CLI flag, an action input.
    const badNow = (() => {
      try {
        parseGateCheckInputs({ cwd: ".", now: "2026-12-24 10:00" });
      } catch (error) {
        return error;
      }
      throw new Error("expected a bad now to be refused");
    })();
    expect(describeError(badNow, "cli")).toMatch(/^--now must be an ISO-8601 instant/);
    expect(describeError(badNow)).toMatch(/^the now input must be an ISO-8601 instant/);
    expect(() => parseGateCheckInputs({ cwd: ".", breakGlass: "   " })).toThrow(/break-glass needs a reason/);
    expect(parseGateCheckInputs({ cwd: ".", now: "2026-12-24T10:00:00+01:00" }).now?.toISOString()).toBe("2026-12-24T09:00:00.000Z");
  });
});
