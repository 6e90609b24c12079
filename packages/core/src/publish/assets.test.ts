import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collectAssets } from "./assets.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folders() {
  const base = mkdtempSync(join(tmpdir(), "assets-"));
  made.push(base);
  const root = join(base, "repo");
  const scratch = join(base, "runner-temp");
  mkdirSync(join(root, "build"), { recursive: true });
  mkdirSync(scratch);
  writeFileSync(join(root, "build", "app.tgz"), "built");
  return { root, scratch };
}

describe("release assets", () => {
  it("refuses a glob in the temporary folder that matches nothing in a real run", async () => {
    const { root, scratch } = folders();
    await expect(collectAssets(root, ["build/*.tgz", join(scratch, "release-capsule/*")], scratch)).rejects.toThrow(/matched no file/);
  });

  it("in a dry-run, names a temporary-folder glob an earlier step only planned, and still checks the built files", async () => {
    const { root, scratch } = folders();
    const pending: string[] = [];
    const capsule = join(scratch, "release-capsule/*");
    const assets = await collectAssets(root, ["build/*.tgz", capsule], scratch, { dryRun: true, pending: (glob) => pending.push(glob) });
    expect(assets.map((asset) => asset.name)).toEqual(["app.tgz"]);
    expect(pending).toEqual([capsule]);
    await expect(collectAssets(root, ["dist/*.tgz"], scratch, { dryRun: true })).rejects.toThrow(/'dist\/\*\.tgz' matched no file/);
  });
});
