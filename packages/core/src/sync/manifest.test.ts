import { describe, expect, it } from "vitest";
import { parseManifest, renderManifest, sameFiles } from "./manifest.js";
import type { FileEntry, FileMap } from "./types.js";

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

  it("writes a map filled in path order as it stands, without a lookup, and any other map in the same order", () => {
    const lookups = { count: 0 };
    const ordered = countingMap(lookups, [
      ["a/b.txt", { sha: sha("1"), mode: "100644", size: -1 }],
      ["a-b.txt", { sha: sha("2"), mode: "100755", size: -1 }],
      ["a/c.txt", { sha: sha("3"), mode: "100644", size: -1 }],
    ].sort(([x], [y]) => (x! < y! ? -1 : 1)) as Array<[string, FileEntry]>);
    const text = renderManifest({ syncId: "s", files: ordered });
    expect(lookups.count).toBe(0);
    expect(Object.keys(JSON.parse(text).files)).toEqual(["a-b.txt", "a/b.txt", "a/c.txt"]);
    expect(renderManifest({ syncId: "s", files: new Map([...ordered].reverse()) })).toBe(text);
  });

  it("compares two manifests filled in the same order side by side, and others by lookup", () => {
    const entries: Array<[string, FileEntry]> = ["a", "b", "c"].map((path, index) => [path, { sha: sha(String(index)), mode: "100644", size: -1 }]);
    const lookups = { count: 0 };
    expect(sameFiles(new Map(entries), countingMap(lookups, entries))).toBe(true);
    expect(lookups.count).toBe(0);
    expect(sameFiles(new Map(entries), countingMap(lookups, [...entries].reverse()))).toBe(true);
    const changed: Array<[string, FileEntry]> = [entries[0]!, entries[1]!, ["c", { sha: sha("9"), mode: "100644", size: -1 }]];
    expect(sameFiles(new Map(entries), new Map(changed))).toBe(false);
    expect(sameFiles(new Map(entries), new Map([...changed].reverse()))).toBe(false);
    expect(sameFiles(new Map(entries), new Map(entries.slice(1)))).toBe(false);
  });

  it("shares the entry the source holds for the same content, and reads a differing id from the text", () => {
    const files: FileMap = new Map([
      ["same.txt", { sha: sha("a"), mode: "100644", size: -1 }],
      ["other.txt", { sha: sha("b"), mode: "100644", size: -1 }],
      ["mode.sh", { sha: sha("c"), mode: "100755", size: -1 }],
    ]);
    const text = renderManifest({ syncId: "s", files });
    const known: FileMap = new Map([
      ["same.txt", { sha: sha("a"), mode: "100644", size: 12 }],
      ["other.txt", { sha: sha("d"), mode: "100644", size: 3 }],
      ["mode.sh", { sha: sha("c"), mode: "100644", size: 5 }],
    ]);
    const read = parseManifest(text, "m.json", "s", known);
    expect(read.files.get("same.txt")).toBe(known.get("same.txt"));
    expect(read.files.get("other.txt")).toEqual({ sha: sha("b"), mode: "100644", size: -1 });
    expect(read.files.get("mode.sh")).toEqual({ sha: sha("c"), mode: "100755", size: -1 });
    // A manifest laid out otherwise (read as JSON) shares the source's entries the same way.
    const json = JSON.stringify({ ...JSON.parse(text) }, null, 2);
    expect(json).not.toBe(text);
    const fromJson = parseManifest(json, "m.json", "s", known);
    expect(fromJson.files.get("same.txt")).toBe(known.get("same.txt"));
    expect([...fromJson.files]).toEqual([...read.files]);
    // A path that leaves the target is refused even where the source has it.
    const bad = text.replace('"same.txt"', '"../same.txt"');
    expect(() => parseManifest(bad, "m.json", "s", new Map([["../same.txt", known.get("same.txt")!]]))).toThrow(/lists '\.\.\/same\.txt'/);
  });
});

/** A map that counts its lookups. */
function countingMap(lookups: { count: number }, entries: Array<[string, FileEntry]>): FileMap {
  const map = new Map(entries);
  const get = map.get.bind(map);
  map.get = (key: string) => {
    lookups.count++;
    return get(key);
  };
  return map;
}
