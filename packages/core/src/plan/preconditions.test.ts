import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalFiles } from "../adapters/files.js";
import { ConfigurationError } from "../errors/index.js";
import type { Reporter } from "../ports/index.js";
import { evidenceWriter } from "../records/evidence.js";
import { applyPlan } from "./apply.js";
import { writeFileEffect, writeFileHandler } from "./file-effects.js";
import type { Plan } from "./plan.js";
import { writableProblem } from "./preconditions.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cadence-preconditions-"));
  made.push(dir);
  return dir;
}

const said: string[] = [];
const reporter: Reporter = {
  info: (message) => said.push(message),
  debug: () => undefined,
  annotate: () => undefined,
  group: (_title, body) => body(),
  summary: async () => undefined,
  secret: () => undefined,
};

function plan(...paths: string[]): Plan {
  return { action: "test", formatVersion: 1, observations: {}, effects: paths.map((path) => writeFileEffect(path, `content of ${path}\n`, `write ${path}`)) };
}

describe("preconditions are judged before the first effect", () => {
  it("says why a file cannot be written: a folder in its place, a file where a folder is needed", () => {
    const root = folder();
    mkdirSync(join(root, "CHANGELOG.md"));
    writeFileSync(join(root, "docs"), "a file");
    expect(writableProblem(join(root, "CHANGELOG.md"), "CHANGELOG.md")).toBe("CHANGELOG.md is a folder, but a file is to be written there: remove or rename the folder, or choose another path");
    expect(writableProblem(join(root, "docs", "releases", "1.0.0", "notes.md"), "docs/releases/1.0.0/notes.md")).toBe(
      `docs/releases/1.0.0/notes.md cannot be written: ${join(root, "docs")} is a file where a folder is needed; remove it or choose another path`,
    );
    expect(writableProblem(join(root, "new", "deep", "file.md"), "new/deep/file.md")).toBeUndefined();
  });

  it("a plan whose third write would fail writes nothing at all, and names every problem", async () => {
    const root = folder();
    writeFileSync(join(root, "records"), "a file where the record folder goes");
    mkdirSync(join(root, "NOTES.md"));
    const files = new LocalFiles(root);
    const failure = await applyPlan(plan("CHANGELOG.md", "package.json", "records/1.0.0/notes.md", "NOTES.md"), { "write-file": writeFileHandler(files) }, { dryRun: false, reporter }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as ConfigurationError).message).toMatch(/^nothing was changed: records\/1\.0\.0\/notes\.md cannot be written: .*records is a file where a folder is needed.* \(and 1 more problem\)$/);
    expect((failure as ConfigurationError).problems).toHaveLength(2);
    expect(existsSync(join(root, "CHANGELOG.md"))).toBe(false);
    expect(existsSync(join(root, "package.json"))).toBe(false);
  });

  it("the dry-run reports what apply would trip over", async () => {
    const root = folder();
    mkdirSync(join(root, "CHANGELOG.md"));
    const dry = applyPlan(plan("CHANGELOG.md"), { "write-file": writeFileHandler(new LocalFiles(root)) }, { dryRun: true, reporter });
    await expect(dry).rejects.toThrow("nothing was changed: CHANGELOG.md is a folder");
  });

  it("checks the evidence file too, before the first effect", async () => {
    const root = folder();
    mkdirSync(join(root, "evidence.yaml"));
    const evidence = evidenceWriter(join(root, "evidence.yaml"), { plan: plan("a.md"), hash: "sha256:x", head: "abc", branch: undefined, decisions: [], clock: { now: () => new Date(0) } });
    const run = applyPlan(plan("a.md"), { "write-file": writeFileHandler(new LocalFiles(root)) }, { dryRun: false, reporter, evidence });
    await expect(run).rejects.toThrow(`nothing was changed: the evidence file ${join(root, "evidence.yaml")} is a folder`);
    expect(existsSync(join(root, "a.md"))).toBe(false);
  });

  it("an effect already done has nothing to trip over (a re-run after a crash)", async () => {
    const root = folder();
    writeFileSync(join(root, "a.md"), "content of a.md\n");
    const result = await applyPlan(plan("a.md", "b.md"), { "write-file": writeFileHandler(new LocalFiles(root)) }, { dryRun: false, reporter });
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(["skipped", "done"]);
    expect(readFileSync(join(root, "b.md"), "utf8")).toBe("content of b.md\n");
  });
});
