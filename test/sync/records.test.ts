import { chmodSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { syncOutputs } from "@release-cadence/core";
import { folderDigest, SyncWorkspace } from "./support.js";

const spaces: SyncWorkspace[] = [];
afterEach(() => spaces.splice(0).forEach((space) => space.remove()));

function workspace(options = ""): SyncWorkspace {
  const space = new SyncWorkspace();
  spaces.push(space);
  space.config(`sync:
  - sync_id: docs
    source: { type: file, location: templates }
    target: { type: file, location: service }
${options}`);
  space.write("templates/guide.md", "guide\n");
  space.write("service/own.txt", "own\n");
  return space;
}

const logOf = (path: string) => parse(readFileSync(path, "utf8")).sync_log;

describe("what a sync records and tells the workflow", () => {
  it("names who to notify for the run's result: no one for a clean dry-run, on_success after an apply, on_failure when a target fails", async () => {
    const space = workspace("    notifications: { on_success: ['#releases'], on_failure: ['@platform-team', '#releases-alerts'] }\n");
    const dry = await space.run();
    const planned = syncOutputs(dry);
    expect(planned.notify).toEqual([]);
    expect(logOf(planned.syncLogPath).notifications).toEqual({ on_success: ["#releases"], on_failure: ["@platform-team", "#releases-alerts"], due: [] });

    const apply = syncOutputs(await space.run({ mode: "apply", planHash: dry.planHash }));
    expect(apply.status).toBe("success");
    expect(apply.notify).toEqual(["#releases"]);
    expect(logOf(apply.syncLogPath).notifications.due).toEqual(["#releases"]);

    // The service edits a synced file and the source changes it too: a conflict (fail is the default).
    space.write("service/guide.md", "the service's guide\n");
    space.write("templates/guide.md", "guide v2\n");
    const conflict = syncOutputs(await space.run());
    expect(conflict.targets[0]!.status).toBe("conflict");
    expect(conflict.notify).toEqual(["@platform-team", "#releases-alerts"]);
    expect(logOf(conflict.syncLogPath).notifications.due).toEqual(["@platform-team", "#releases-alerts"]);
  });

  it("an apply of a sync that needs approval refuses without approved-by, and records the approver with it", async () => {
    const space = workspace("    options: { approval_required: true, approver: release-manager }\n");
    const dry = await space.run();
    const before = folderDigest(join(space.root, "service"));
    await expect(space.run({ mode: "apply", planHash: dry.planHash })).rejects.toThrow(
      `the sync docs requires approval (options.approval_required): pass approved-by naming who approved plan ${dry.planHash}`,
    );
    expect(folderDigest(join(space.root, "service"))).toBe(before);
    const apply = syncOutputs(await space.run({ mode: "apply", planHash: dry.planHash, approvedBy: "mona" }));
    expect(apply.status).toBe("success");
    expect(logOf(apply.syncLogPath).approval).toMatchObject({ approved: true, approved_by: "mona", approver_role: "release-manager" });
  });

  it("names binary files and mode changes in the report and the diff, without dumping bytes", async () => {
    const space = workspace();
    space.write("templates/run.sh", "#!/bin/sh\necho hi\n");
    const first = await space.run();
    await space.run({ mode: "apply", planHash: first.planHash });
    chmodSync(join(space.root, "templates/run.sh"), 0o755);
    space.write("templates/logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const dry = await space.run();
    const outputs = syncOutputs(dry);
    expect(outputs.targets[0]).toMatchObject({ add: 1, modify: 1, delete: 0 });
    const report = readFileSync(outputs.reportPath, "utf8");
    expect(report).toContain("<summary><code>logo.png</code> (added, binary)</summary>");
    expect(report).toContain("<summary><code>run.sh</code> (modified, +0 −0, mode 100644 → 100755)</summary>");
    const diff = readFileSync(outputs.diffPath, "latin1");
    expect(diff).toContain("diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n");
    expect(diff).toContain("Binary files /dev/null and b/logo.png differ");
    expect(diff).not.toContain("\u0089PNG");
  });
});
