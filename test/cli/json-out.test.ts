import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazyList } from "../../packages/core/src/changelog/outputs.js";
import { writeJsonString, writeJsonWithLargeField } from "../../packages/cli/src/json-out.js";

function collect(write: (out: NodeJS.WritableStream) => void): string {
  const chunks: string[] = [];
  const out = new Writable({ write: (chunk: Buffer | string, _encoding, done) => (chunks.push(chunk.toString()), done()) });
  write(out);
  return chunks.join("");
}

describe("JSON written in pieces", () => {
  it("writes exactly JSON.stringify of any string, at any slice size (property)", () => {
    // Surrogate halves, paired and lone, and characters JSON escapes, cut at every kind of edge.
    const unit = fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("\ud83d\ude00", "\ud83d", "\ude00", '"', "\\", "\n", "\u0000", "é中"));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 9 }), (parts, slice) => {
        const text = parts.join("");
        expect(collect((out) => writeJsonString(out, text, slice))).toBe(JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes the same bytes as JSON.stringify(value, null, 2) with the large field in pieces", () => {
    const value = { version: "2.0.0", notes: `# Notes\n${"- 修复 😀 \"quoted\"\n".repeat(20_000)}`, effects: [{ status: "planned" }] };
    expect(collect((out) => writeJsonWithLargeField(out, value, "notes"))).toBe(`${JSON.stringify(value, null, 2)}\n`);
    // A field that is not a string, and a value that holds the placeholder text elsewhere, go the plain way.
    expect(collect((out) => writeJsonWithLargeField(out, { notes: 3 }, "notes"))).toBe(`${JSON.stringify({ notes: 3 }, null, 2)}\n`);
    // Several large fields, one of them not a string.
    const two = { notes: value.notes, entries: [{ subject: "a" }], section: `## 2.0.0\n${"* x 😀\n".repeat(10_000)}`, none: null };
    expect(collect((out) => writeJsonWithLargeField(out, two, "notes", "section", "none"))).toBe(`${JSON.stringify(two, null, 2)}\n`);
    const tricky = { other: "\u0000large field\u0000", notes: "x" };
    expect(collect((out) => writeJsonWithLargeField(out, tricky, "notes"))).toBe(`${JSON.stringify(tricky, null, 2)}\n`);
  });

  it("writes an array field an element at a time, byte for byte as JSON.stringify (property)", () => {
    const element = fc.oneof(
      fc.jsonValue(),
      fc.record({ kind: fc.string(), subject: fc.string({ unit: "binary" }), references: fc.array(fc.record({ number: fc.nat() })) }),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 600 }), fc.string(), (entries, notes) => {
        const value = { version: "2.0.0", notes, entries, section: "## 2.0.0\n", effects: [] };
        const written = collect((out) => writeJsonWithLargeField(out, value, "notes", "entries", "section"));
        expect(written).toBe(`${JSON.stringify(value, null, 2)}\n`);
        // The same entries as a list made when read (the changelog's outputs): the same bytes.
        const lazy = { ...value, entries: new LazyList(() => entries) };
        expect(collect((out) => writeJsonWithLargeField(out, lazy, "notes", "entries", "section"))).toBe(written);
      }),
      { numRuns: 200 },
    );
  });
});
