import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { ExecCommandRunner } from "@release-cadence/core";

const NAMES = ["INPUT_TOKEN", "GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "NODE_AUTH_TOKEN"];
const saved = new Map(NAMES.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the command runner of custom gates", () => {
  it("hides the action's inputs and GitHub tokens, keeps a registry token, and passes arguments verbatim", async () => {
    for (const name of NAMES) process.env[name] = `secret-${name}`;
    const runner = new ExecCommandRunner();
    const env = await runner.run("printenv", [], { cwd: tmpdir() });
    expect(env.exitCode).toBe(0);
    // The command has the registry token; what it prints shows it masked, as every secret the run knows.
    expect(env.stdout).toContain("NODE_AUTH_TOKEN=***");
    const sees = await runner.run(process.execPath, ["-e", "process.stdout.write(String(process.env.NODE_AUTH_TOKEN === 'secret-NODE_AUTH_TOKEN'))"], { cwd: tmpdir() });
    expect(sees.stdout).toBe("true");
    for (const hidden of ["INPUT_TOKEN", "GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN"]) expect(env.stdout).not.toContain(`secret-${hidden}`);
    const echo = await runner.run("printf", ["%s|", "$(id)", "a b", "`x`;"], { cwd: tmpdir() });
    expect(echo.stdout).toBe("$(id)|a b|`x`;|");
  });

  it("reports the exit code of a failing program", async () => {
    const result = await new ExecCommandRunner().run("git", ["definitely-not-a-command"], { cwd: tmpdir() });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain("definitely-not-a-command");
  });
});
