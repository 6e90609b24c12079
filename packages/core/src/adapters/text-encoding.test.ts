import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config/load.js";
import { ConfigurationError } from "../errors/index.js";
import { LocalFiles } from "./files.js";
import { decodeText } from "./text-encoding.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repoWithConfig(bytes: Buffer): LocalFiles {
  const root = mkdtempSync(join(tmpdir(), "cadence-encoding-"));
  made.push(root);
  mkdirSync(join(root, ".github"));
  writeFileSync(join(root, ".github", "cadence.yml"), bytes);
  return new LocalFiles(root);
}

const CONFIG = "# Veröffentlichung\nversioning:\n  tag-prefix: release-\n";

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return order === "le" ? le : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.subarray(2)).swap16()]);
}

describe("text files saved as UTF-16 with a byte-order mark", () => {
  it("decodes both byte orders, and leaves UTF-8 as it is", () => {
    expect(decodeText(utf16(CONFIG, "le"))).toBe(CONFIG);
    expect(decodeText(utf16(CONFIG, "be"))).toBe(CONFIG);
    expect(decodeText(Buffer.from(CONFIG, "utf8"))).toBe(CONFIG);
  });

  it("reads a UTF-16 config file as what was written, not as garbage keys", async () => {
    for (const order of ["le", "be"] as const) {
      const config = await loadConfig(repoWithConfig(utf16(CONFIG, order)));
      expect(config.versioning.tagPrefix).toBe("release-");
    }
  });

  it("places a mistake in a UTF-16 config at its real line", async () => {
    const files = repoWithConfig(utf16("versioning:\n  tag-prefix: release-\n  no-such-key: 1\n", "le"));
    const error = await loadConfig(files).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).location).toMatchObject({ file: ".github/cadence.yml", line: 3 });
  });
});
