import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { runAction, runCli } from "../support/runner.js";
import { BareRepo, folderDigest, SyncWorkspace } from "../sync/support.js";

const cleanup: Array<{ remove(): void }> = [];
afterEach(() => cleanup.splice(0).forEach((item) => item.remove()));

/** A HOME with no ~/.gitconfig, as on a hosted runner: commits get only the identity the sync gives them. */
function runnerHome(): { HOME: string; GIT_CONFIG_NOSYSTEM: string } {
  const home = mkdtempSync(join(tmpdir(), "runner-home-"));
  cleanup.push({ remove: () => rmSync(home, { recursive: true, force: true }) });
  return { HOME: home, GIT_CONFIG_NOSYSTEM: "1" };
}

function setup() {
  const target = new BareRepo({ "README.md": "service\n" });
  const space = new SyncWorkspace();
  cleanup.push(target, space);
  space.write("templates/.github/workflows/ci.yml", "on: push\n");
  space.write("templates/LICENSE", "MIT\n");
  space.write("mirror/keep.txt", "keep\n");
  space.config(`sync:
  - sync_id: baseline
    name: Baseline files
    source: { type: file, location: templates }
    targets:
      - { id: service, type: git, location: "${target.url}" }
      - { id: mirror, type: file, location: mirror }
    options: { delivery: push }
    notifications: { on_success: ["#releases"], on_failure: ["@platform-team"] }
`);
  const digest = () => `${target.refs()}|${folderDigest(join(space.root, "mirror"))}`;
  // The runner's temporary folder outlives each step here, as it does for a job: the test reads what the runs left there.
  const runnerTemp = mkdtempSync(join(tmpdir(), "runner-temp-sync-"));
  cleanup.push({ remove: () => rmSync(runnerTemp, { recursive: true, force: true }) });
  const run = (inputs: Record<string, string> = {}) => runAction("sync-dry-run", { workspace: space.root, inputs, runnerTemp });
  return { target, space, digest, run };
}

describe("the sync-dry-run bundle, run as the runner runs it", () => {
  it("dry-run reports every target and changes nothing; apply with its plan hash syncs both", async () => {
    const { target, space, digest, run } = setup();
    const before = digest();
    const dry = await run();
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(digest()).toBe(before);
    expect(dry.outputs).toMatchObject({ status: "planned", changes: "true", "files-to-add": "4", "files-to-modify": "0", "files-to-delete": "0", "total-changes": "4" });
    const targets = JSON.parse(dry.outputs.targets!);
    expect(targets.map((item: { target: string; status: string; add: number }) => [item.target, item.status, item.add])).toEqual([
      ["service", "changes", 2],
      ["mirror", "changes", 2],
    ]);
    expect(JSON.parse(dry.outputs["apply-targets"]!)).toHaveLength(2);
    expect(dry.outputs.notify).toBe("[]");
    expect(dry.summary).toContain("| baseline | service |");
    expect(dry.summary).toContain("<summary><code>.github/workflows/ci.yml</code> (added, +1 −0)</summary>");
    expect(existsSync(dry.outputs["plan-path"]!)).toBe(true);
    // No artifact service on this runner: the files stay in their folder, and the output says where.
    expect(dry.outputs.artifact).toBe(join(dry.outputs["plan-path"]!, ".."));
    const log = parse(readFileSync(dry.outputs["sync-log-path"]!, "utf8")).sync_log;
    expect(log).toMatchObject({ sync_id: "baseline", execution_id: "1001-1", executed_by: "octocat", dry_run: { result: { files_to_add: 4, total_changes: 4 } } });

    const apply = await run({ mode: "apply", "plan-hash": dry.outputs["plan-hash"]! });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(apply.outputs.status).toBe("success");
    expect(JSON.parse(apply.outputs.notify!)).toEqual(["#releases"]);
    expect(target.show("main", ".github/workflows/ci.yml")).toBe("on: push\n");
    expect(target.git("log", "-1", "--format=%an <%ae>", "main").trim()).toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    expect(space.read("mirror/LICENSE")).toBe("MIT\n");
    const applied = parse(readFileSync(apply.outputs["sync-log-path"]!, "utf8")).sync_log;
    expect(applied.execution).toMatchObject({ status: "success", changes_applied: { added: 4, modified: 0, deleted: 0 } });
    expect(applied.approval).toMatchObject({ approved: true, approved_by: "octocat", dry_run_ref: expect.stringContaining(dry.outputs["plan-hash"]!) });
  });

  it("applies one target of a matrix with that target's own plan hash", async () => {
    const { target, space, run } = setup();
    const dry = await run();
    const mirror = JSON.parse(dry.outputs.targets!).find((item: { target: string }) => item.target === "mirror");
    const before = target.refs();
    const apply = await run({ mode: "apply", target: "mirror", "plan-hash": mirror.planHash });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(JSON.parse(apply.outputs.targets!)).toEqual([expect.objectContaining({ target: "mirror", status: "success", planHash: mirror.planHash })]);
    expect(space.read("mirror/LICENSE")).toBe("MIT\n");
    expect(target.refs()).toBe(before);
  });

  it("fails clearly on an apply without a plan hash and on a stale one, writing nothing", async () => {
    const { space, digest, run } = setup();
    const before = digest();
    const bare = await run({ mode: "apply" });
    expect(bare.exitCode).toBe(1);
    expect(bare.stdout).toContain("::error::apply needs the plan hash of a dry-run (plan-hash): run the dry-run first");
    const dry = await run();
    space.write("templates/LICENSE", "Apache-2.0\n");
    const stale = await run({ mode: "apply", "plan-hash": dry.outputs["plan-hash"]! });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toMatch(/::error::sync failed: service, mirror failed/);
    expect(JSON.parse(stale.outputs.targets!).map((item: { status: string }) => item.status)).toEqual(["stale", "stale"]);
    expect(JSON.parse(stale.outputs.notify!)).toEqual(["@platform-team"]);
    expect(digest()).toBe(before);
  });

  it("points at the config line of a bad value", async () => {
    const { space, run } = setup();
    space.config(`sync:\n  - sync_id: baseline\n    source: { type: file, location: templates }\n    target: { type: file, location: mirror }\n    options: { conflict_strategy: newest }\n`);
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.commands).toContainEqual(expect.objectContaining({ command: "error", properties: expect.objectContaining({ file: ".github/cadence.yml", line: "5", col: "35" }) }));
  });
});

describe("cadence sync", () => {
  it("prints the dry-run as JSON, applies with --apply --plan-hash, and exits 1 when a target cannot be synced", async () => {
    const { target, space } = setup();
    const env = { ...runnerHome(), GITHUB_TOKEN: "", GH_TOKEN: "" };
    const dry = await runCli(["sync", "--json"], { cwd: space.root, env });
    expect(dry.exitCode, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan).toMatchObject({ mode: "dry-run", planHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), syncLogPath: expect.stringContaining(".git/cadence/sync/") });
    expect(plan.targets[0]).toEqual(expect.objectContaining({ target: "service", base: target.work.head(), add: 2, modify: 0, delete: 0, planHash: expect.stringMatching(/^sha256:/), status: "changes" }));
    const apply = await runCli(["sync", "--apply", "--plan-hash", plan.planHash, "--json"], { cwd: space.root, env });
    expect(apply.exitCode, apply.stderr).toBe(0);
    expect(JSON.parse(apply.stdout).targets.map((item: { status: string }) => item.status)).toEqual(["success", "success"]);

    space.write("mirror/LICENSE", "changed in the mirror\n");
    space.write("templates/LICENSE", "changed in the source\n");
    const conflict = await runCli(["sync"], { cwd: space.root, env });
    expect(conflict.exitCode).toBe(1);
    expect(conflict.stdout).toContain("baseline → mirror: conflict");
    expect(conflict.stderr).toContain("cadence sync: 1 of 2 target(s) cannot be synced: mirror");
  });

  it("chooses a sync and a target with --sync-id and --target, reads another file with --config, and names an unknown sync", async () => {
    const { target, space } = setup();
    const env = { ...runnerHome(), GITHUB_TOKEN: "", GH_TOKEN: "" };
    const before = target.refs();
    const one = await runCli(["sync", "--json", "--sync-id", "baseline", "--target", "mirror"], { cwd: space.root, env });
    expect(one.exitCode, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout).targets.map((item: { syncId: string; target: string }) => `${item.syncId}/${item.target}`)).toEqual(["baseline/mirror"]);
    space.write("ops/sync.yml", "sync:\n  - sync_id: licenses\n    source: { type: file, location: templates }\n    target: { type: file, location: mirror }\n    filters: { include: [LICENSE] }\n");
    const other = await runCli(["sync", "--json", "--config", "ops/sync.yml"], { cwd: space.root, env });
    expect(other.exitCode, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout).targets).toEqual([expect.objectContaining({ syncId: "licenses", target: "mirror", add: 1, status: "changes" })]);
    const unknown = await runCli(["sync", "--sync-id", "nope"], { cwd: space.root, env });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain("there is no sync 'nope'; the syncs are baseline");
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    expect(target.refs()).toBe(before);
  });
});
