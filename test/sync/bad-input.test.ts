import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeError, syncOutputs } from "@release-cadence/core";
import { folderDigest, SyncWorkspace } from "./support.js";

const spaces: SyncWorkspace[] = [];
afterEach(() => spaces.splice(0).forEach((space) => space.remove()));

function workspace(sync: string): SyncWorkspace {
  const space = new SyncWorkspace();
  spaces.push(space);
  space.config(`sync:\n${sync}`);
  space.write("templates/a.txt", "a\n");
  space.write("templates/docs/b.md", "b\n");
  space.write("service/own.txt", "own\n");
  return space;
}

const FOLDERS = `  - sync_id: docs
    source: { type: file, location: templates }
    target: { type: file, location: service }
`;

/** The error a run throws, as a person reads it (one line, file:line:col first). */
async function failure(space: SyncWorkspace, inputs: Parameters<SyncWorkspace["run"]>[0] = {}): Promise<string> {
  try {
    await space.run(inputs);
  } catch (error) {
    expect(String((error as Error).stack ?? "")).not.toBe("");
    return describeError(error);
  }
  throw new Error("the run did not fail");
}

describe("bad sync input: a clear error naming what and where, and nothing written", () => {
  it.each([
    ["an unknown source type", FOLDERS.replace("type: file, location: templates", "type: ftp, location: templates"), /cadence\.yml:3:21: sync\[0\]\.source\.type must be one of "git", "file", "api", "registry"/],
    ["an unknown conflict strategy", `${FOLDERS}    options: { conflict_strategy: newest }\n`, /cadence\.yml:5:35: sync\[0\]\.options\.conflict_strategy must be one of "fail", "theirs", "ours", "merge"/],
    ["registry as a target", FOLDERS.replace("type: file, location: service", "type: registry, location: pkg@1.0.0"), /cadence\.yml:4:21: sync\[0\]\.target\.type must be one of "git", "file", "api"/],
    ["an invalid glob", `${FOLDERS}    filters: { include: ["docs/[a-z"] }\n`, /cadence\.yml:5:26: sync\[0\]\.filters\.include\[0\] 'docs\/\[a-z' is not a valid glob: Missing closing: "\]"/],
    ["a glob leaving the source", `${FOLDERS}    filters: { exclude: ["../secrets/**"] }\n`, /sync\[0\]\.filters\.exclude\[0\] '\.\.\/secrets\/\*\*' leaves the source through '\.\.'/],
    ["a target path with ..", FOLDERS.replace("location: service }", "location: service, path: ../../etc }"), /cadence\.yml:4:52: sync\[0\]\.target\.path '\.\.\/\.\.\/etc' leaves its root through '\.\.'/],
    ["an absolute target path", FOLDERS.replace("location: service }", "location: service, path: /etc }"), /sync\[0\]\.target\.path '\/etc' is absolute/],
    ["a folder location outside the repository", FOLDERS.replace("location: service", "location: ../elsewhere"), /cadence\.yml:4:\d+: sync\[0\]\.target\.location: '\.\.\/elsewhere' leads outside the repository/],
    ["an absolute folder location", FOLDERS.replace("location: templates", "location: /etc"), /cadence\.yml:3:\d+: sync\[0\]\.source\.location: '\/etc' leads outside the repository/],
    ["a manifest path in .git", `${FOLDERS}    options: { manifest: .git/hooks/post-checkout }\n`, /sync\[0\]\.options\.manifest '\.git\/hooks\/post-checkout' points into a \.git folder/],
    ["a git URL with a token in it", FOLDERS.replace("type: file, location: service", 'type: git, location: "https://x-access-token:ghp_abcdefabcdef@github.com/o/r.git"'), /sync\[0\]\.target\.location carries a credential; put the token in an environment variable/],
    ["a token pasted as credentials", FOLDERS.replace("location: service }", "location: service, credentials: ghp_ABCDEF0123456789/abc }"), /sync\[0\]\.target\.credentials does not have the expected form \(the name of an environment variable/],
    ["two syncs with one id", `${FOLDERS}${FOLDERS}`, /sync\[1\]\.sync_id 'docs' is used by an earlier sync/],
    ["a sync without a target", FOLDERS.replace("    target: { type: file, location: service }\n", ""), /sync\[0\]: has no target/],
    ["a cron of four fields", `${FOLDERS}    schedule: { trigger: cron, cron: "0 6 * *" }\n`, /cadence\.yml:5:\d+: sync\[0\]\.schedule\.cron '0 6 \* \*' must have five fields \(minute hour day month weekday\)/],
    ["a cron without trigger cron", `${FOLDERS}    schedule: { trigger: manual, cron: "0 6 * * 1" }\n`, /sync\[0\]\.schedule\.cron is set but trigger is manual; set trigger: cron/],
    ["an unknown trigger", `${FOLDERS}    schedule: { trigger: hourly }\n`, /sync\[0\]\.schedule\.trigger must be one of "manual", "on_release", "cron"/],
    ["dry_run_required switched off", `${FOLDERS}    options: { dry_run_required: false }\n`, /sync\[0\]\.options\.dry_run_required must be equal to constant/],
  ])("%s", async (_name, sync, message) => {
    const space = workspace(sync);
    const before = folderDigest(space.root);
    const said = await failure(space);
    expect(said).toMatch(message);
    expect(said).not.toMatch(/ghp_/);
    expect(said).not.toMatch(/\n\s+at /);
    expect(folderDigest(space.root)).toBe(before);
  });

  it("a missing source folder fails its targets with the reason, and nothing is written", async () => {
    const space = workspace(FOLDERS.replace("location: templates", "location: nowhere"));
    const before = folderDigest(join(space.root, "service"));
    const dry = await space.run();
    expect(dry.targets[0]).toMatchObject({ status: "error", message: "source nowhere: the source folder nowhere does not exist" });
    expect((await space.run({ mode: "apply", planHash: dry.planHash })).status).toBe("failed");
    expect(folderDigest(join(space.root, "service"))).toBe(before);
  });

  it("a missing target folder says to create it (or create_branch: true)", async () => {
    const space = workspace(FOLDERS.replace("location: service", "location: missing"));
    const dry = await space.run();
    expect(dry.targets[0]!.message).toBe("the target folder missing does not exist; create it, or set create_branch: true on the target to have the sync create it");
  });

  it("a symbolic link in the source that leads out of it is never followed", async () => {
    const space = workspace(FOLDERS);
    symlinkSync("../../../outside.txt", join(space.root, "templates/docs/link.md"));
    const before = folderDigest(join(space.root, "service"));
    const dry = await space.run();
    expect(dry.targets[0]!.message).toContain("docs/link.md is a symbolic link to ../../../outside.txt, outside the source; it is never followed");
    expect((await space.run({ mode: "apply", planHash: dry.planHash })).status).toBe("failed");
    expect(folderDigest(join(space.root, "service"))).toBe(before);
  });

  it("a file over the size limit is named with its size and the limit", async () => {
    const space = workspace(`${FOLDERS}    options: { max_file_size: 1000 }\n`);
    space.write("templates/big.bin", Buffer.alloc(4096, 1));
    const dry = await space.run();
    expect(dry.targets[0]!.message).toContain("big.bin is 4096 bytes, over the limit of 1000 (options.max_file_size)");
  });

  it("a case-only rename is refused with what to do instead", async () => {
    const space = workspace(FOLDERS);
    const first = await space.run();
    await space.run({ mode: "apply", planHash: first.planHash });
    rmSync(join(space.root, "templates/a.txt"));
    space.write("templates/A.txt", "a\n");
    const before = folderDigest(join(space.root, "service"));
    const dry = await space.run();
    expect(dry.targets[0]).toMatchObject({ status: "conflict", conflicts: [{ path: "A.txt", reason: expect.stringContaining("a case-only rename of a.txt to A.txt") }] });
    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("failed");
    expect(folderDigest(join(space.root, "service"))).toBe(before);
  });

  it("source files that differ only by case are refused", async () => {
    const space = workspace(FOLDERS);
    space.write("templates/docs/B.md", "B\n");
    const dry = await space.run();
    expect(dry.targets[0]!.message).toMatch(/docs\/(B|b)\.md differs from docs\/(b|B)\.md only by letter case/);
  });

  it("a plan hash from another configuration is refused, and says so", async () => {
    const space = workspace(FOLDERS);
    const dry = await space.run();
    space.config(`sync:\n${FOLDERS}    options: { conflict_strategy: theirs }\n`);
    const before = folderDigest(join(space.root, "service"));
    const apply = await space.run({ mode: "apply", planHash: dry.planHash });
    expect(apply.status).toBe("failed");
    expect(syncOutputs(apply).targets[0]!.message).toBe("the plan comes from another configuration of this sync (its config digest differs); run the dry-run again");
    expect(folderDigest(join(space.root, "service"))).toBe(before);
    // Without the dry-run's plan.json at hand, the message still says both possibilities.
    const elsewhere = await space.run({ mode: "apply", planHash: dry.planHash, outDir: "other-out" });
    expect(syncOutputs(elsewhere).targets[0]!.message).toMatch(/^the plan is stale or from another configuration: the dry-run's plan hash was sha256:/);
  });

  it("an unknown sync id or target lists the known ones", async () => {
    const space = workspace(FOLDERS);
    expect(await failure(space, { syncId: "nope" })).toBe("there is no sync 'nope'; the syncs are docs");
    expect(await failure(space, { target: "nope" })).toBe("no sync has the target 'nope'; the targets are service");
  });

  it("a target's parent folder that is a link out of the target is never written through", async () => {
    const space = workspace(FOLDERS);
    mkdirSync(join(space.root, "elsewhere"));
    symlinkSync("../elsewhere", join(space.root, "service/docs"));
    const before = folderDigest(join(space.root, "elsewhere"));
    const dry = await space.run();
    expect(dry.targets[0]).toMatchObject({ status: "conflict", conflicts: [{ path: "docs/b.md", reason: "the target has a file (or a link) at docs, where the source has a folder" }] });
    expect((await space.run({ mode: "apply", planHash: dry.planHash })).status).toBe("failed");
    expect(folderDigest(join(space.root, "elsewhere"))).toBe(before);
  });
});
