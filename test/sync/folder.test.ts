import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { syncOutputs } from "@release-cadence/core";
import { folderDigest, SyncWorkspace } from "./support.js";

const spaces: SyncWorkspace[] = [];
afterEach(() => spaces.splice(0).forEach((space) => space.remove()));

function workspace(strategy = "fail"): SyncWorkspace {
  const space = new SyncWorkspace();
  spaces.push(space);
  space.config(`sync:
  - sync_id: shared-docs
    name: Shared docs
    type: config
    source: { type: file, location: templates }
    target: { type: file, location: service }
    options: { conflict_strategy: ${strategy} }
`);
  space.write("templates/README.md", "# Shared\n\nline 2\n");
  space.write("templates/docs/guide.md", "guide v1\n");
  space.write("templates/bin/run.sh", "#!/bin/sh\necho run\n", 0o755);
  space.write("service/own.txt", "the service's own file\n");
  return space;
}

describe("a sync between folders", () => {
  it("dry-run lists every change with diffs and changes nothing; apply with its plan hash writes exactly that", async () => {
    const space = workspace();
    const before = folderDigest(join(space.root, "service"));
    const dry = await space.run();
    expect(folderDigest(join(space.root, "service"))).toBe(before);
    const outputs = syncOutputs(dry);
    expect(outputs.targets).toEqual([expect.objectContaining({ syncId: "shared-docs", target: "service", add: 3, modify: 0, delete: 0, status: "changes" })]);
    expect(dry.targets[0]!.diffs.map((diff) => diff.path)).toEqual(["README.md", "bin/run.sh", "docs/guide.md"]);
    const report = readFileSync(dry.files.reportPath, "utf8");
    expect(report).toContain("<summary><code>docs/guide.md</code> (added, +1 −0)</summary>");
    expect(report).toContain("+guide v1");
    const log = parse(readFileSync(outputs.syncLogPath, "utf8")).sync_log;
    expect(log.dry_run.result).toEqual({ files_to_add: 3, files_to_modify: 0, files_to_delete: 0, total_changes: 3 });
    expect(log.approval.approved).toBe(false);

    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("success");
    expect(apply.planHash).toBe(dry.planHash);
    expect(space.read("service/docs/guide.md")).toBe("guide v1\n");
    expect(space.read("service/own.txt")).toBe("the service's own file\n");
    const manifest = JSON.parse(space.read("service/.github/cadence-sync/shared-docs.json"));
    expect(Object.keys(manifest.files)).toEqual(["README.md", "bin/run.sh", "docs/guide.md"]);
    expect(manifest.modes).toEqual({ "bin/run.sh": "100755" });
    const applied = parse(readFileSync(syncOutputs(apply).syncLogPath, "utf8")).sync_log;
    expect(applied.execution).toMatchObject({ status: "success", changes_applied: { added: 3, modified: 0, deleted: 0 }, errors: [] });
    expect(applied.verification.integrity_verified).toBe(true);

    // The source drops a file and changes another: only the managed file goes, the service's own stays.
    space.write("templates/docs/guide.md", "guide v2\n");
    space.write("templates/README.md", "# Shared\n\nline 2\n");
    const { rmSync } = await import("node:fs");
    rmSync(join(space.root, "templates/bin/run.sh"));
    const second = await space.run();
    expect(second.targets[0]!.changes.map((change) => [change.path, change.action])).toEqual([
      ["bin/run.sh", "delete"],
      ["docs/guide.md", "modify"],
    ]);
    await space.run({ mode: "apply", planHash: second.planHash });
    expect(existsSync(join(space.root, "service/bin"))).toBe(false);
    expect(space.read("service/own.txt")).toBe("the service's own file\n");
  });

  it("refuses an apply without a plan hash, and one whose target moved since the dry-run", async () => {
    const space = workspace();
    await expect(space.run({ mode: "apply" })).rejects.toThrow(/apply needs the plan hash of a dry-run/);
    const dry = await space.run();
    space.write("service/README.md", "someone else's readme\n");
    const before = folderDigest(join(space.root, "service"));
    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("failed");
    expect(syncOutputs(apply).targets[0]).toMatchObject({ status: "stale", message: expect.stringContaining("stale") });
    expect(folderDigest(join(space.root, "service"))).toBe(before);
  });

  it("refuses a symbolic link in the source that points outside it, and writes nothing", async () => {
    const space = workspace();
    symlinkSync("../../.github/cadence.yml", join(space.root, "templates/docs/escape.md"));
    const before = folderDigest(join(space.root, "service"));
    const dry = await space.run();
    expect(dry.targets[0]).toMatchObject({ status: "error", message: expect.stringContaining("docs/escape.md is a symbolic link to ../../.github/cadence.yml, outside the source") });
    expect(folderDigest(join(space.root, "service"))).toBe(before);
  });
});
