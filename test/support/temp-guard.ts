// Vitest's global setup: the test processes get a temporary folder of their own (TMPDIR), and
// when the run ends, what is still in it is a test that did not clean up after itself: the run
// fails and names it. The folder is removed in any case, so no run leaves anything behind.
// Node's compile cache (node-compile-cache, made by the CLI bundle) is a cache, not a leftover.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KEPT = new Set(["node-compile-cache"]);

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "cadence-vitest-"));
  process.env.TMPDIR = dir;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    const left = readdirSync(dir).filter((name) => !KEPT.has(name));
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(`the tests left ${left.length} temporary folder(s) or file(s) behind: ${left.slice(0, 20).join(", ")}${left.length > 20 ? ", …" : ""}. A test removes what it creates (in a finally or an afterEach).`);
    }
  };
}
