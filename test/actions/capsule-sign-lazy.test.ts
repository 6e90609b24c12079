import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeKeys } from "../capsule/fixtures.js";
import { TestRepo } from "../support/git-repo.js";
import { ROOT, runAction } from "../support/runner.js";

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

/** The bundle's chunks that hold Sigstore's code (@actions/attest and what it brings). */
function sigstoreChunks(): string[] {
  const dir = join(ROOT, "dist", "capsule-sign");
  return readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name) && readFileSync(join(dir, name), "utf8").includes("@sigstore/"));
}

describe("the capsule-sign bundle loads what a run needs", () => {
  it("signing with a key never loads the Sigstore code, which sits in a chunk of its own", async () => {
    const chunks = sigstoreChunks();
    expect(chunks.length, "a chunk holding @sigstore/…").toBeGreaterThan(0);
    expect(readFileSync(join(ROOT, "dist", "capsule-sign", "index.js"), "utf8")).not.toContain("@sigstore/sign");

    const repo = TestRepo.create({ prefix: "cadence-capsule-lazy-" });
    cleanups.push(() => repo.remove());
    repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
    repo.tag("v1.4.2");
    repo.commit("feat: add x");
    repo.write("app.tgz", "bytes\n");
    const keys = makeKeys(repo.dir, "ed25519");
    // Every module Node loads for the run, written down by a load hook given through NODE_OPTIONS.
    const scratch = mkdtempSync(join(tmpdir(), "cadence-capsule-lazy-"));
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
    const hook = join(scratch, "hook.mjs");
    const log = join(scratch, "loaded.txt");
    writeFileSync(log, "");
    writeFileSync(
      hook,
      `import { registerHooks } from "node:module";\nimport { appendFileSync } from "node:fs";\n` +
        `registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); } });\n`,
    );
    const run = await runAction("capsule-sign", {
      workspace: repo.dir,
      inputs: { key: keys.privatePem, artifacts: "app.tgz", sbom: "false", "out-dir": "signed" },
      env: { NODE_OPTIONS: `--import=${hook}` },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean).map((url) => basename(new URL(url).pathname));
    expect(loaded, "the hook saw the bundle load").toContain("index.js");
    for (const chunk of chunks) expect(loaded).not.toContain(chunk);
  });
});
