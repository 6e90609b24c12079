import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";
import { releaseReadyRepo } from "../gates/fixtures.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function repo(): TestRepo {
  const made = releaseReadyRepo();
  repos.push(made);
  return made;
}

const NOW = "2026-11-18T10:00:00Z";

describe("gate-check's version input is checked against the last release (v1.4.2)", () => {
  it.each([
    ["1.4.2", "already the last release 1.4.2 (tag v1.4.2)"],
    ["1.4.0", "below the last release 1.4.2 (tag v1.4.2)"],
    ["1.3.9", "below the last release 1.4.2 (tag v1.4.2)"],
    ["0.9.0", "below the last release 1.4.2 (tag v1.4.2)"],
  ])("refuses %s before any gate runs", async (version, says) => {
    const made = repo();
    const run = await runAction("gate-check", { workspace: made.dir, inputs: { version, now: NOW, "dry-run": "true" } });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toContain(`::error::version ${version} is ${says}`);
    expect(run.stdout).not.toContain("RL-01");
    expect(run.outputs.passed ?? "").not.toBe("true");
  });

  it.each([
    ["1.4.3", "patch", "G-MRG"],
    ["1.5.0", "minor", "G-REL"],
    ["2.0.0", "major", "G-REL+Human"],
  ])("labels %s a %s release", async (version, kind, profile) => {
    const made = repo();
    const run = await runAction("gate-check", { workspace: made.dir, inputs: { version, now: NOW, "dry-run": "true" } });
    expect(run.summary, run.stdout).toContain(`Version **${version}** (${kind})`);
    expect(run.outputs.profile).toBe(profile);
  });

  it("accepts the version of HEAD's own release tag (a re-run after tagging)", async () => {
    const made = repo();
    made.tag("v1.5.0");
    const run = await runAction("gate-check", { workspace: made.dir, inputs: { version: "1.5.0", now: NOW, "dry-run": "true" } });
    expect(run.stdout).not.toContain("::error::version 1.5.0");
    expect(run.summary, run.stdout).toContain("Version **1.5.0** (minor)");
  });
});
