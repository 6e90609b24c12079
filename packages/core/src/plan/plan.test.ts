import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalJsonHash, sha256 } from "./plan.js";

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
});
