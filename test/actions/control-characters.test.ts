import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

// ESC, BEL, other C0 but tab and newline, DEL, C1.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe("terminal control characters in commit messages reach no reader", () => {
  it("are gone from the CHANGELOG, the release notes, the outputs, the summary and the log", async () => {
    const repo = TestRepo.create({ prefix: "cadence-control-" });
    repos.push(repo);
    repo.commit("chore: start");
    repo.tag("v1.4.2");
    repo.commit("feat(api): add \x1b[31mred\x1b[0m export\x07\n\nThe body \x1b]8;;https://evil.example\x07hides a link\x1b]8;;\x07.\n\nBREAKING CHANGE: \x1b[2Kdrops the \x9b1mold API");
    repo.commit("fix: handle\x08 empty \x7finput");
    const run = await runAction("changelog", { workspace: repo.dir, inputs: {} });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const changelog = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    const notes = readFileSync(join(repo.dir, run.outputs["notes-path"]!), "utf8");
    expect(changelog).toContain("add red export");
    expect(changelog).toContain("drops the old API");
    expect(changelog).toContain("handle empty input");
    for (const [where, text] of Object.entries({ changelog, notes, outputs: JSON.stringify(Object.values(run.outputs)), summary: run.summary, log: run.stdout + run.stderr })) {
      expect(CONTROL.test(where === "outputs" ? JSON.parse(text).join("\n") : text), where).toBe(false);
    }
    const bump = await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } });
    expect(bump.outputs.version).toBe("2.0.0");
    expect(CONTROL.test(bump.summary + bump.stdout + Object.values(bump.outputs).join("\n")), "version-bump").toBe(false);
  });
});
