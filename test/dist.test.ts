import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/runner.js";

function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}

describe("the committed dist/", () => {
  it("is byte-for-byte what a fresh build of the sources gives", () => {
    const out = mkdtempSync(join(tmpdir(), "dist-check-"));
    try {
      const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck", "--out", out], { cwd: ROOT, encoding: "utf8" });
      expect(build.status, build.stderr).toBe(0);
      const fresh = listFiles(out);
      const committed = listFiles(join(ROOT, "dist"));
      expect(committed).toEqual(fresh);
      const stale = fresh.filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(ROOT, "dist", file))));
      expect(stale, `dist/ is stale: run 'npm run build' and commit dist/ (differs: ${stale.join(", ")})`).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
