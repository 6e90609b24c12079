import { describe, expect, it } from "vitest";
import type { CadenceConfig } from "../config/types.js";
import { defaultVersioning } from "../config/defaults.js";
import { ConfigurationError } from "../errors/index.js";
import type { Git, GitResult } from "../ports/index.js";
import { BOT_IDENTITY, identityArgs, parseIdentity, resolveCommitter } from "./committer.js";

/** A git that only answers `git config --get KEY` from a table, as git does (exit 1 when unset). */
function gitWithConfig(values: Record<string, string>): Git {
  return {
    cwd: "/repo",
    async run(args): Promise<GitResult> {
      if (args[0] !== "config" || args[1] !== "--get") throw new Error(`unexpected git ${args.join(" ")}`);
      const value = values[args[2]!];
      return value === undefined ? { stdout: "", stderr: "", exitCode: 1 } : { stdout: `${value}\n`, stderr: "", exitCode: 0 };
    },
    async stream() {
      throw new Error("not used");
    },
  };
}

function configWith(committer: unknown): CadenceConfig {
  return { versioning: defaultVersioning(), raw: { committer }, source: { kind: "cadence", files: [".github/cadence.yml"], notices: [] } };
}

describe("who commits and tags", () => {
  it("is github-actions[bot] on a runner with no identity, or with only half of one", async () => {
    expect(await resolveCommitter(gitWithConfig({}), {})).toEqual({ ...BOT_IDENTITY, source: "default" });
    expect(await resolveCommitter(gitWithConfig({ "user.name": "Only A Name" }), {})).toEqual({ ...BOT_IDENTITY, source: "default" });
    expect(BOT_IDENTITY).toEqual({ name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" });
  });

  it("is git's configured identity when it is whole, the config's over it, and the input's over both", async () => {
    const git = gitWithConfig({ "user.name": "Dev Eloper", "user.email": "dev@example.com" });
    expect(await resolveCommitter(git, {})).toEqual({ name: "Dev Eloper", email: "dev@example.com", source: "git-config" });
    const config = configWith({ name: "Release Bot", email: "release@example.com" });
    expect(await resolveCommitter(git, { config })).toEqual({ name: "Release Bot", email: "release@example.com", source: "config" });
    expect(await resolveCommitter(git, { config: configWith("Release Bot <release@example.com>") })).toMatchObject({ email: "release@example.com", source: "config" });
    const input = parseIdentity("Jane Doe <jane@example.com>", "committer");
    expect(await resolveCommitter(git, { config, input })).toEqual({ name: "Jane Doe", email: "jane@example.com", source: "input" });
  });

  it("reads Name <email> and refuses anything git would refuse, naming the input", () => {
    expect(parseIdentity("  renovate[bot] <29139614+renovate[bot]@users.noreply.github.com> ", "committer")).toEqual({
      name: "renovate[bot]",
      email: "29139614+renovate[bot]@users.noreply.github.com",
    });
    for (const bad of ["jane@example.com", "Jane <>", "<jane@example.com>", "Jane <not-an-email>", "Ja<ne <jane@example.com>"]) {
      expect(() => parseIdentity(bad, "committer"), bad).toThrow(ConfigurationError);
    }
    expect(() => parseIdentity("Jane", "the committer input")).toThrow("the committer input must be written as 'Name <email@example.com>', not 'Jane'");
  });

  it("hands git the identity for that one command, so nothing about the runner's configuration matters", () => {
    expect(identityArgs({ name: "Jane Doe", email: "jane@example.com" })).toEqual(["-c", "user.name=Jane Doe", "-c", "user.email=jane@example.com"]);
  });
});
