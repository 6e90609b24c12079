import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalJsonHash, pieces, sha256 } from "./plan.js";

/** The canonical form as it was first defined: JSON.stringify of a copy with every object's keys sorted. */
function stringifySorted(value: unknown): string {
  const sortKeys = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sortKeys);
    if (!item || typeof item !== "object") return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) {
      const field = (item as Record<string, unknown>)[key];
      if (field !== undefined) sorted[key] = sortKeys(field);
    }
    return sorted;
  };
  return JSON.stringify(sortKeys(value));
}

describe("canonicalJsonHash", () => {
  it("hashes exactly the text canonicalJson makes (property)", () => {
    // JSON values, plus what JSON.stringify leaves out or turns into null, and integer-like keys
    // (which objects enumerate before the others, whatever order they were added in).
    const key = fc.oneof(fc.string(), fc.constantFrom("0", "9", "10", "01", "-1", "4294967295", "1e3", "a"));
    const leaf = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, () => 1, Symbol("s"), Number.NaN, Number.POSITIVE_INFINITY, -0));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 5 }),
      object: fc.dictionary(key, tie("node"), { maxKeys: 6 }),
    })).node;
    fc.assert(
      fc.property(fc.oneof(value.filter((item) => item !== undefined && typeof item !== "function" && typeof item !== "symbol")), (item) => {
        expect(canonicalJsonHash(item)).toBe(sha256(canonicalJson(item)));
        // Signatures and capsules made before keep verifying: the text is what it always was.
        expect(canonicalJson(item)).toBe(stringifySorted(item));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes holes in arrays as null, as JSON.stringify does", () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    expect(canonicalJsonHash({ list: sparse, when: new Date(0) })).toBe(sha256(canonicalJson({ list: sparse, when: new Date(0) })));
    expect(canonicalJson({ list: sparse, when: new Date(0) })).toBe(stringifySorted({ list: sparse, when: new Date(0) }));
    expect(canonicalJson({ b: 1, a: [undefined], "10": 0, "9": 0 })).toBe('{"9":0,"10":0,"a":[null],"b":1}');
  });

  it("writes and hashes long strings (whole files) piece by piece exactly as it would whole", () => {
    // Surrogate pairs, lone surrogates, quotes, control characters and U+2028 at and around every
    // place a piece could end: a file of 200k characters is cut into several.
    const unit = ["a", "😀", '"', "\\", "\n", "\u0001", "\u2028", "é", "\ud800", "\udc00"];
    for (let shift = 0; shift < 6; shift++) {
      let text = "x".repeat(shift);
      for (let index = 0; text.length < 200_000; index++) text += unit[(index * 7 + shift) % unit.length];
      const plan = { effects: [{ id: "write-file:CHANGELOG.md", content: text }] };
      const whole = JSON.stringify({ effects: [{ content: text, id: "write-file:CHANGELOG.md" }] });
      expect(canonicalJson(plan)).toBe(whole);
      expect(canonicalJsonHash(plan)).toBe(createHash("sha256").update(whole).digest("hex"));
      expect(sha256(text)).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });

  it("cuts text into pieces without splitting a surrogate pair", () => {
    const text = "ab😀c😀😀d\ud800";
    for (let size = 1; size <= text.length + 1; size++) {
      const cut = [...pieces(text, size)];
      expect(cut.join("")).toBe(text);
      // Only the text's own lone surrogate may end a piece; a pair is never cut, even into size 1.
      for (const piece of cut.slice(0, -1)) expect(/[\ud800-\udbff]$/.test(piece), `size ${size}: ${JSON.stringify(cut)}`).toBe(false);
      for (const piece of cut) expect(piece.length, `size ${size}`).toBeLessThanOrEqual(Math.max(size, 2));
    }
  });
});
