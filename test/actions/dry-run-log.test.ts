import { afterEach, describe, expect, it } from "vitest";
import { makeKeys } from "../capsule/fixtures.js";
import { TestRepo } from "../support/git-repo.js";
import { runAction } from "../support/runner.js";

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function sampleRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "cadence-dry-run-log-" });
  repos.push(repo);
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  repo.commit("feat(api): add the export endpoint");
  return repo;
}

/** The log lines of a run: what the runner shows, without workflow commands (::set-output and friends). */
function log(run: { stdout: string }): string[] {
  return run.stdout.split("\n").filter((line) => line !== "" && !line.startsWith("::"));
}

describe("a dry-run says in the log what it would do, not only in the summary", () => {
  it("version-bump, changelog and capsule-sign list each planned effect under the plan hash", async () => {
    const repo = sampleRepo();
    const keys = makeKeys(repo.dir, "ed25519");
    repo.write("app.tgz", "bytes\n");
    const runs = {
      "version-bump": await runAction("version-bump", { workspace: repo.dir, inputs: { "dry-run": "true" } }),
      changelog: await runAction("changelog", { workspace: repo.dir, inputs: { "dry-run": "true" } }),
      "capsule-sign": await runAction("capsule-sign", {
        workspace: repo.dir,
        inputs: { "dry-run": "true", key: keys.privatePem, artifacts: "app.tgz", sbom: "false" },
      }),
    };
    const expected: Record<keyof typeof runs, string> = {
      "version-bump": "  would write 1.5.0 into package.json",
      changelog: "  would create CHANGELOG.md with 1.5.0",
      "capsule-sign": "  would write the detached signature app.tgz.sig",
    };
    for (const [name, run] of Object.entries(runs) as Array<[keyof typeof runs, (typeof runs)[keyof typeof runs]]>) {
      expect(run.exitCode, `${name}: ${run.stdout}${run.stderr}`).toBe(0);
      const lines = log(run);
      const heading = lines.findIndex((line) => line.startsWith("dry-run: ") && line.endsWith(`(plan ${run.outputs["plan-hash"]})`));
      expect(heading, `${name}:\n${lines.join("\n")}`).toBeGreaterThanOrEqual(0);
      expect(lines[heading]).toMatch(/^dry-run: \d+ effects? planned, none carried out/);
      expect(lines.slice(heading + 1), name).toContain(expected[name]);
    }
    // Only the run's own plan is listed: capsule-sign asks version-bump for the version, and that
    // decision's plan (writing package.json) is not capsule-sign's to announce.
    expect(log(runs["capsule-sign"]).filter((line) => line.startsWith("dry-run: "))).toHaveLength(1);
    expect(log(runs["capsule-sign"])).not.toContain("  would write 1.5.0 into package.json");
    // And nothing in the repository changed: only the files this test added are there, untracked.
    expect(repo.git("status", "--porcelain").split("\n").filter(Boolean).every((line) => line.startsWith("?? "))).toBe(true);
  });

  it("sync-dry-run lists each target's planned effects under that target's plan hash", async () => {
    const repo = TestRepo.create({ prefix: "cadence-dry-run-log-sync-" });
    repos.push(repo);
    repo.write("templates/ci.yml", "on: push\n");
    repo.write("service/README.md", "The service.\n");
    repo.commit("chore: start", ".github/cadence.yml", "sync:\n  - sync_id: templates\n    source: { type: file, location: templates }\n    target: { type: file, location: service }\n");
    const run = await runAction("sync-dry-run", { workspace: repo.dir, inputs: { "artifact-name": "" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const targets = JSON.parse(run.outputs.targets!) as Array<{ planHash: string }>;
    const lines = log(run);
    const heading = lines.indexOf(`dry-run of sync templates → service: 3 effects planned, none carried out (plan ${targets[0]!.planHash})`);
    expect(heading, lines.join("\n")).toBeGreaterThanOrEqual(0);
    expect(lines.slice(heading + 1, heading + 4)).toEqual([
      "  would note the 1 change(s) in .github/cadence-sync/templates.json before writing any",
      "  would add ci.yml",
      "  would write the manifest .github/cadence-sync/templates.json",
    ]);
    expect(repo.git("status", "--porcelain")).toBe("");
  });
});
