import { describe, expect, it } from "vitest";
import { parseManifest, renderManifest } from "./manifest.js";
import type { FileMap } from "./types.js";

const sha = (digit: string) => digit.repeat(40);

describe("the sync manifest", () => {
  it("reads back every path it writes, also short ones and ones with quotes, escapes or ': '", () => {
    const files: FileMap = new Map([
      ["a", { sha: sha("1"), mode: "100644", size: -1 }],
      ['we"ird.txt', { sha: sha("2"), mode: "100644", size: -1 }],
      ["tab\there", { sha: sha("3"), mode: "100755", size: -1 }],
      ['x": "y', { sha: sha("4"), mode: "100644", size: -1 }],
      ["ünïcode/файл.md", { sha: sha("5"), mode: "120000", size: -1 }],
    ]);
    const text = renderManifest({ syncId: "s", files });
    const read = parseManifest(text, "m.json", "s");
    expect([...read.files].sort()).toEqual([...files].sort());
  });

  it("refuses a line that is not a path with a blob id, naming it", () => {
    const text = renderManifest({ syncId: "s", files: new Map([["ok.txt", { sha: sha("a"), mode: "100644", size: -1 }]]) });
    expect(() => parseManifest(text.replace(sha("a"), "z".repeat(40)), "m.json", "s")).toThrow("the sync manifest m.json lists 'ok.txt', which is not a relative path with a blob id; restore the manifest");
    expect(() => parseManifest(text.replace('"ok.txt"', '"../up.txt"'), "m.json", "s")).toThrow(/lists '\.\.\/up\.txt'/);
  });
});
