import { describe, expect, it } from "vitest";
import type { Git, GitResult } from "../ports/index.js";
import { withRemoteToken } from "./remote-auth.js";

/** A git whose origin has the given URL, recording the environment each command got. */
function gitWithRemote(url: string): Git & { seen: Array<{ args: readonly string[]; env: Readonly<Record<string, string>> | undefined }> } {
  const seen: Array<{ args: readonly string[]; env: Readonly<Record<string, string>> | undefined }> = [];
  return {
    cwd: "/repo",
    seen,
    async run(args, options = {}): Promise<GitResult> {
      seen.push({ args, env: options.env });
      if (args[0] === "remote") return { stdout: `${url}\n`, stderr: "", exitCode: 0 };
      return { stdout: "", stderr: "", exitCode: 0 };
    },
    async stream() {
      throw new Error("not used");
    },
  };
}

describe("the push token", () => {
  it("reaches git only in the environment of the commands this port runs, as checkout's basic header for x-access-token", async () => {
    const git = gitWithRemote("https://github.com/octo-org/sample");
    const authed = await withRemoteToken(git, "origin", "ghs_pushToken", "https://github.com");
    await authed.run(["push", "origin", "refs/tags/v1.5.0"]);
    const env = git.seen.at(-1)!.env!;
    expect(env).toEqual({
      GIT_CONFIG_COUNT: "2",
      GIT_CONFIG_KEY_0: "http.https://github.com/.extraheader",
      GIT_CONFIG_VALUE_0: "",
      GIT_CONFIG_KEY_1: "http.https://github.com/.extraheader",
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from("x-access-token:ghs_pushToken").toString("base64")}`,
    });
    // Never through arguments (visible in the process list) nor a config write.
    expect(git.seen.flatMap((command) => command.args).join(" ")).not.toContain("ghs_pushToken");
    expect(git.seen.some((command) => command.args[0] === "config")).toBe(false);
  });

  it("is not sent to another host, over ssh or file://, or when there is none", async () => {
    for (const url of ["https://gitlab.example/octo-org/sample", "git@github.com:octo-org/sample.git", "file:///tmp/origin.git"]) {
      const git = gitWithRemote(url);
      const authed = await withRemoteToken(git, "origin", "ghs_pushToken", "https://github.com");
      expect(authed, url).toBe(git);
    }
    const git = gitWithRemote("https://github.com/octo-org/sample");
    expect(await withRemoteToken(git, "origin", "", "https://github.com")).toBe(git);
    expect(await withRemoteToken(git, null, "ghs_pushToken", "https://github.com")).toBe(git);
  });
});
