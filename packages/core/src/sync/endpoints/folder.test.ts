import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { scanFolder } from "./folder.js";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe("the folder walk", () => {
  it("gives git's blob ids and modes, as git add would, and never reads .git", async () => {
    const root = mkdtempSync(join(tmpdir(), "cadence-scan-"));
    folders.push(root);
    mkdirSync(join(root, "docs/deep"), { recursive: true });
    mkdirSync(join(root, ".git"));
    writeFileSync(join(root, ".git/config"), "never read\n");
    writeFileSync(join(root, "docs/a.md"), "hello\n");
    writeFileSync(join(root, "docs/deep/big.bin"), Buffer.alloc(3 << 20, 7));
    writeFileSync(join(root, "run.sh"), "#!/bin/sh\n", { mode: 0o755 });
    symlinkSync("docs/a.md", join(root, "link"));
    const here = scanFolder(root, { prefix: "pre" });
    expect(Object.fromEntries(here.files)).toEqual({
      // `printf 'hello\n' | git hash-object --stdin`
      "pre/docs/a.md": { sha: "ce013625030ba8dba906f756967f9e9ca394464a", mode: "100644", size: 6 },
      "pre/docs/deep/big.bin": { sha: expect.stringMatching(/^[0-9a-f]{40}$/), mode: "100644", size: 3 << 20 },
      "pre/run.sh": { sha: expect.stringMatching(/^[0-9a-f]{40}$/), mode: "100755", size: 10 },
      "pre/link": { sha: expect.stringMatching(/^[0-9a-f]{40}$/), mode: "120000", size: 9 },
    });
    expect([...here.paths].sort()).toEqual(["pre/docs/a.md", "pre/docs/deep/big.bin", "pre/link", "pre/run.sh"]);
    // What git itself says for the same bytes.
    const git = (input: string) => execFileSync("git", ["hash-object", "--stdin"], { input }).toString().trim();
    expect(here.files.get("pre/run.sh")!.sha).toBe(git("#!/bin/sh\n"));
    expect(here.files.get("pre/link")!.sha).toBe(git("docs/a.md"));
    expect(here.files.get("pre/docs/deep/big.bin")!.sha).toBe(execFileSync("git", ["hash-object", join(root, "docs/deep/big.bin")]).toString().trim());
  });

  it("gives files of one size (whose blob header the walk makes once) each its own id, and an empty file git's", () => {
    const root = mkdtempSync(join(tmpdir(), "cadence-scan-"));
    folders.push(root);
    const texts = { "one.txt": "same size 1\n", "two.txt": "same size 2\n", "empty.txt": "", "edge.bin": "x".repeat((1 << 20) - 40) };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(root, name), text);
    const scan = scanFolder(root);
    for (const [name, text] of Object.entries(texts)) {
      expect(scan.files.get(name)).toEqual({ sha: execFileSync("git", ["hash-object", "--stdin"], { input: text }).toString().trim(), mode: "100644", size: text.length });
    }
  });

  it("looks up the entry held for each path once, reading only the paths it has", () => {
    const root = mkdtempSync(join(tmpdir(), "cadence-scan-"));
    folders.push(root);
    mkdirSync(join(root, "docs"));
    writeFileSync(join(root, "docs/a.md"), "hello\n");
    writeFileSync(join(root, "docs/b.md"), "not held\n");
    writeFileSync(join(root, "c.md"), "changed\n");
    const held = new Map([
      ["docs/a.md", { sha: "ce013625030ba8dba906f756967f9e9ca394464a", mode: "100644", size: 6 }],
      ["c.md", { sha: "0".repeat(40), mode: "100644", size: 8 }],
    ]);
    const asked: string[] = [];
    const known = (path: string) => {
      asked.push(path);
      return held.get(path);
    };
    const scan = scanFolder(root, { known, onlyKnown: true });
    expect(asked.sort()).toEqual(["c.md", "docs/a.md", "docs/b.md"]);
    expect(scan.files.get("docs/a.md")).toBe(held.get("docs/a.md"));
    expect(scan.files.get("c.md")).toEqual({ sha: expect.stringMatching(/^[0-9a-f]{40}$/), mode: "100644", size: 8 });
    expect(scan.files.has("docs/b.md")).toBe(false);
    expect([...scan.paths].sort()).toEqual(["c.md", "docs/a.md", "docs/b.md"]);
  });
});
