import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../packages/core/src/adapters/clock.js";
import type { ApplyResult } from "../../packages/core/src/plan/apply.js";
import type { Plan } from "../../packages/core/src/plan/plan.js";
import { publishEvidenceWriter } from "../../packages/core/src/publish/evidence.js";
import type { PublishObservations } from "../../packages/core/src/publish/observe.js";
import { evidenceWriter } from "../../packages/core/src/records/evidence.js";
import { TestRepo } from "../support/git-repo.js";
import { releasedRepo, type ReleasedRepo } from "../support/rollback-repo.js";
import { runAction, runCli } from "../support/runner.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

// Every record is written by records/yaml-write.ts, which masks every secret the run knows: a
// token under another name than the one it is used by, carried into a record by a commit message,
// a reason, or a failing command's words, comes out as ***. An action's outputs are masked where
// they are all written, the step's output file (adapters/action-boundary.ts).

const SECRET = "npm_recordLeakSecretValue0123456789";
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `body` with NODE_AUTH_TOKEN set, as a workflow step's `env:` would. */
async function withToken<T>(value: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env.NODE_AUTH_TOKEN;
  process.env.NODE_AUTH_TOKEN = value;
  try {
    return await body();
  } finally {
    if (saved === undefined) delete process.env.NODE_AUTH_TOKEN;
    else process.env.NODE_AUTH_TOKEN = saved;
  }
}

const plan: Plan = { action: "publish", formatVersion: 1, observations: {}, effects: [] };
const failed: ApplyResult = {
  planHash: "sha256:0",
  dryRun: false,
  outcomes: [
    { id: "git-tag:v1.2.0", kind: "git-tag", summary: "create the tag v1.2.0", status: "done" },
    { id: "npm-publish:sample", kind: "npm-publish", summary: "publish sample@1.2.0", status: "failed", error: `npm error 403 Forbidden - PUT http://127.0.0.1/sample (token ${SECRET})` },
  ],
};

describe("the evidence writers of version-bump and publish mask the run's secrets", () => {
  it("version-bump's release_evidence: a failed effect's error carrying NODE_AUTH_TOKEN's value", async () => {
    const path = join(folder("cadence-masked-"), "version-bump.yaml");
    const sink = evidenceWriter(path, { plan: { ...plan, action: "version-bump" }, hash: "sha256:0", head: "abc", branch: "main", decisions: [{ name: ".", next: "1.2.0" }], clock: fixedClock(new Date("2026-12-02T00:00:00Z")) });
    await withToken(SECRET, () => sink(failed));
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain(SECRET);
    expect(parse(text).release_evidence.apply.effects[1].error).toBe("npm error 403 Forbidden - PUT http://127.0.0.1/sample (token ***)");
  });

  it("publish's release_evidence too", async () => {
    const path = join(folder("cadence-masked-"), "publish.yaml");
    const observed = {
      head: "abc",
      branch: "main",
      release: { version: "1.2.0", tag: "v1.2.0" },
      channel: { distTag: "latest" },
      remote: "origin",
      floatingTags: [],
      forge: null,
      assets: [],
      npm: null,
    } as unknown as PublishObservations;
    const sink = publishEvidenceWriter(path, { plan, hash: "sha256:0", observed, clock: fixedClock(new Date("2026-12-02T00:00:00Z")), env: {} }, () => null);
    await withToken(SECRET, () => sink(failed));
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain(SECRET);
    expect(parse(text).release_evidence.apply.effects[1].error).toContain("(token ***)");
  });
});

describe("records written by the bundles and the CLI", () => {
  it("changelog: a commit message quoting the token reaches release-notes.yaml and the evidence masked", async () => {
    const repo = TestRepo.create({ prefix: "cadence-masked-" });
    cleanups.push(() => repo.remove());
    repo.commit("chore: start");
    repo.tag("v1.4.2");
    repo.commit(`fix: stop logging the registry token ${SECRET} on retries`);
    const run = await runAction("changelog", { workspace: repo.dir, inputs: {}, env: { NODE_AUTH_TOKEN: SECRET } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const record = readFileSync(join(repo.dir, run.outputs["record-dir"]!, "release-notes.yaml"), "utf8");
    expect(record).not.toContain(SECRET);
    expect(parse(record).release_notes.changes.bug_fixes[0].description).toContain("stop logging the registry token *** on retries");
    expect(readFileSync(run.outputs["evidence-path"]!, "utf8")).not.toContain(SECRET);
    // The step's outputs, which later steps and jobs read, too.
    expect(run.outputs.notes).toContain("stop logging the registry token *** on retries");
    expect(Object.values(run.outputs).join("\n")).not.toContain(SECRET);
  });

  describe("rollback", () => {
    let registry: TestRegistry;
    let fixture: ReleasedRepo;
    beforeAll(async () => {
      registry = await startRegistry();
      fixture = await releasedRepo({ name: `masked-rollback-${process.pid}`, registry, versions: ["1.5.0", "1.5.1"] });
    });
    afterAll(async () => {
      fixture?.remove();
      await registry?.stop();
    });

    it("a reason quoting the registry token (NODE_AUTH_TOKEN) is masked in the rollback_evidence", async () => {
      const reason = `install fails: 401 for token ${registry.token}`;
      const drill = await runCli(["rollback", "--registry", registry.url, "--releases-dir", fixture.releasesDir, "--drill", "--from", "1.5.1", "--to", "1.5.0", "--reason", reason], {
        cwd: fixture.repo.dir,
        env: { NODE_AUTH_TOKEN: registry.token },
      });
      expect(drill.exitCode, drill.stderr).toBe(0);
      const dir = join(fixture.repo.dir, ".github", "rollback-drills");
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      const text = readFileSync(join(dir, files[0]!), "utf8");
      expect(text).not.toContain(registry.token);
      expect(parse(text).rollback_evidence.trigger.description).toBe("install fails: 401 for token ***");
    });
  });
});
