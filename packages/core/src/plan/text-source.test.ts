import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LocalFiles } from "../adapters/files.js";
import type { Files } from "../ports/index.js";
import { writeFileEffect, writeFileHandler } from "./file-effects.js";
import { canonicalJson, canonicalJsonHash, planHash, sha256, type Plan } from "./plan.js";
import { sameText, slices, TextSource } from "./text-source.js";

/** Text with surrogate pairs, lone surrogates and plain characters, cut anywhere into pieces. */
const cutText = fc
  .array(fc.oneof(fc.string(), fc.constantFrom("\ud83d\ude00", "\ud83d", "\ude00", "é", "\u2028", '"\\\n')), { maxLength: 12 })
  .chain((parts) => {
    const text = parts.join("");
    return fc.tuple(fc.constant(text), fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }));
  })
  .map(([text, cuts]) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
    return { text, parts: points.slice(1).map((end, index) => text.slice(points[index], end)) };
  });

const sourceOf = (parts: readonly string[]) => new TextSource((write) => parts.forEach((part) => write(part)));

describe("TextSource", () => {
  it("hands over the text it is made of, never cutting a surrogate pair between pieces (property)", () => {
    fc.assert(
      fc.property(cutText, ({ text, parts }) => {
        const pieces: string[] = [];
        sourceOf(parts).each((piece) => pieces.push(piece));
        expect(pieces.join("")).toBe(text);
        expect(String(sourceOf(parts))).toBe(text);
        for (let index = 1; index < pieces.length; index++) {
          const last = pieces[index - 1]!.charCodeAt(pieces[index - 1]!.length - 1);
          const first = pieces[index]!.charCodeAt(0);
          const cutPair = last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff;
          expect(cutPair, JSON.stringify(pieces.slice(index - 1, index + 1))).toBe(false);
          expect(pieces[index - 1]).not.toBe("");
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("hashes, and writes into the plan's JSON, exactly as its whole text would (property)", () => {
    fc.assert(
      fc.property(cutText, ({ text, parts }) => {
        expect(sha256(sourceOf(parts))).toBe(sha256(text));
        const withSource = { effects: [{ content: sourceOf(parts), path: "a" }] };
        const withText = { effects: [{ content: text, path: "a" }] };
        expect(canonicalJson(withSource)).toBe(canonicalJson(withText));
        expect(canonicalJsonHash(withSource)).toBe(canonicalJsonHash(withText));
        expect(JSON.stringify(withSource)).toBe(JSON.stringify(withText));
      }),
      { numRuns: 1000 },
    );
  });

  it("tells whether a file holds exactly its text (property)", () => {
    fc.assert(
      fc.property(cutText, fc.string(), ({ text, parts }, other) => {
        expect(sameText(text, sourceOf(parts))).toBe(true);
        expect(sameText(other, sourceOf(parts))).toBe(other === text);
        expect(sameText(`${text}x`, sourceOf(parts))).toBe(false);
        if (text.length > 0) expect(sameText(text.slice(0, -1), sourceOf(parts))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("cuts a text into slices of a given size", () => {
    const pieces: string[] = [];
    slices("abcdefghij", 2, 9, (piece) => pieces.push(piece), 3);
    expect(pieces).toEqual(["cde", "fgh", "i"]);
  });
});

describe("a file effect with a text made in pieces", () => {
  const content = new TextSource((write) => {
    for (let line = 0; line < 2000; line++) write(`line ${line}: ünïcödé \ud83d\ude00\n`);
  });
  const whole = String(content);
  const plan = (text: string | TextSource): Plan => ({ action: "test", formatVersion: 1, observations: {}, effects: [writeFileEffect("out/notes.yaml", text, "write")] });

  it("is made once to hash a plan: its digest comes from the same reading as its text", () => {
    let made = 0;
    const counted = new TextSource((write) => {
      made++;
      content.each(write);
    });
    const hash = planHash(plan(counted));
    expect(made).toBe(1);
    expect(hash).toBe(planHash(plan(whole)));
    expect(JSON.parse(JSON.stringify(plan(counted).effects[0]))).toEqual(JSON.parse(JSON.stringify(plan(whole).effects[0])));
  });

  it("plans, hashes and writes as the same text given whole", async () => {
    expect(planHash(plan(content))).toBe(planHash(plan(whole)));
    const root = mkdtempSync(join(tmpdir(), "cadence-pieces-"));
    try {
      const handler = writeFileHandler(new LocalFiles(root));
      const effect = plan(content).effects[0]!;
      expect(await handler.isDone(effect)).toBe(false);
      await handler.run(effect);
      expect(readFileSync(join(root, "out/notes.yaml"), "utf8")).toBe(whole);
      expect(await handler.isDone(effect)).toBe(true);
      // Written through a temporary file, which is gone.
      expect(readdirSync(join(root, "out"))).toEqual(["notes.yaml"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is written whole through a Files that cannot take pieces", async () => {
    const written = new Map<string, string>();
    const files: Files = { root: "/", read: async (path) => written.get(path), write: async (path, text) => void written.set(path, text) };
    const handler = writeFileHandler(files);
    await handler.run(plan(content).effects[0]!);
    expect(written.get("out/notes.yaml")).toBe(whole);
    expect(await handler.isDone(plan(content).effects[0]!)).toBe(true);
  });
});
