// A runtime dependency is one the shipped code imports: each entry of package.json's
// "dependencies" must be imported by a source file of packages/*/src or actions/*/src that is not
// a test. One used only by tests or benches belongs in "devDependencies".
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/runner.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe("package.json", () => {
  it("lists as runtime dependencies only what the shipped code imports", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const roots = ["packages", "actions"].flatMap((top) => readdirSync(join(ROOT, top)).map((name) => join(ROOT, top, name, "src")));
    const text = roots.flatMap((root) => { try { return sources(root); } catch { return []; } }).map((file) => readFileSync(file, "utf8")).join("\n");
    const unused = Object.keys(manifest.dependencies).filter((name) => {
      const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      return !new RegExp(`(?:from\\s+|import\\(\\s*|require\\(\\s*)["']${quoted}(?:/[^"']*)?["']`).test(text);
    });
    expect(unused, "runtime dependencies nothing in packages/*/src or actions/*/src imports").toEqual([]);
  });
});
