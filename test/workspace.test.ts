import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./support/runner.js";
import { generateActionDocs } from "../scripts/action-docs.mjs";

const actions = readdirSync(join(ROOT, "actions")).filter((name) => existsSync(join(ROOT, "actions", name, "action.yml")));

describe("the workspace", () => {
  it("runs the tests on Node 24, the node the actions declare", () => {
    expect(Number(process.versions.node.split(".")[0])).toBe(24);
  });

  it("runs the README's main job (npm run demo): the whole cadence in a sandbox, from the CLI bundle on Node 24", async () => {
    const sandbox = mkdtempSync(join(tmpdir(), "cadence-demo-test-"));
    try {
      // Exactly the README's command, through npm, so a broken script entry fails here; the story
      // itself, with npm, is test/cli/demo.test.ts. Without a registry the account says what npm skips.
      const result = spawnSync("npm", ["run", "--silent", "demo", "--", "--dry-run", "--no-registry", "--dir", sandbox], { cwd: ROOT, encoding: "utf8" });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain("npm:     none, --no-registry: the releases skip npm publishing and the rollback skips npm's dist-tags");
      expect(result.stdout).toMatch(/would publish: tag v1\.3\.0-rc\.1 on release\/v1\.3, a pre-release in the local forge, npm skipped \(no registry\)/);
      expect(result.stdout).toContain("Dry-run done: the sandbox is as it was made");
      const git = (...args: string[]) => execFileSync("git", args, { cwd: join(sandbox, "sample"), encoding: "utf8" }).trim();
      expect(git("tag", "--list")).toBe("v1.2.0");
      expect(git("status", "--porcelain")).toBe("");
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
    }, 240_000);

  it.each(actions)("actions/%s runs on node24 from its committed bundle", (name) => {
    const action = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as { runs: { using: string; main: string } };
    expect(action.runs).toEqual({ using: "node24", main: `../../dist/${name}/index.js` });
    expect(existsSync(join(ROOT, "dist", name, "index.js"))).toBe(true);
  });

  it("keeps every action README's inputs/outputs tables generated from action.yml", async () => {
    const stale = await generateActionDocs(ROOT, { check: true });
    expect(stale, "run 'npm run build' (it regenerates the tables)").toEqual([]);
  });

  it("declares every output it sets in action.yml", () => {
    for (const name of actions) {
      const action = parse(readFileSync(join(ROOT, "actions", name, "action.yml"), "utf8")) as { outputs?: Record<string, unknown> };
      const source = readFileSync(join(ROOT, "actions", name, "src", "main.ts"), "utf8");
      const set = [...source.matchAll(/setOutput\("([^"]+)"/g)].map((match) => match[1]);
      expect(set.length).toBeGreaterThan(0);
      for (const output of set) expect(Object.keys(action.outputs ?? {}), `${name} sets undeclared output ${output}`).toContain(output);
    }
  });
});
