import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LoggedCommit, needsWholeMessage, NextByte, RecordScanner } from "./logged-commit.js";
import { parseCommit } from "./parse.js";
import { CommitRecords } from "./stream.js";
import { parsedFields } from "./plain.js";
import type { ConventionalCommit } from "./types.js";

const sha = (n: number) => n.toString(16).padStart(40, "0");

function readOne(message: string): ConventionalCommit {
  const commits: ConventionalCommit[] = [];
  const records = new CommitRecords((commit) => commits.push(commit));
  records.push(Buffer.from(`${sha(1)}\0${sha(2)}\0Ana\0ana@example.invalid\0 2026-01-01T00:00:00Z\0${message}\0`));
  records.end();
  expect(commits).toHaveLength(1);
  return commits[0]!;
}

describe("LoggedCommit: the lazy reading of a message", () => {
  it("keeps plain commits as bytes and parses them exactly as parseCommit does", () => {
    for (const message of ["feat(api): add x", "fix: y\n\nA body.\n\nRefs: #12\nSigned-off-by: Ana <ana@example.invalid>", "docs!: drop the old guide\n\nWhy: it was wrong", "not conventional at all\n\n#5", "  feat :  spaced  \n"]) {
      const commit = readOne(message);
      expect(commit, message).toBeInstanceOf(LoggedCommit);
      expect(parsedFields(commit)).toEqual(parsedFields(parseCommit(commit.raw)));
    }
  });

  it("hands every message whose body could change the version to parseCommit whole", () => {
    const whole = [
      "feat: x\n\nBREAKING CHANGE: gone",
      "feat: x\n\nbreaking-change: gone",
      "fix: x\n\nbReAkInG news",
      "chore: cut\n\nRelease-As: 2.0.0",
      "chore: cut\n\nRELEASE-AS: 2.0.0",
      'Revert "feat: x"\n\nThis reverts commit abcdef1.',
      "revert: fix: y",
      "fix: x\r\n\r\nwindows",
    ];
    for (const message of whole) {
      const commit = readOne(message);
      expect(commit, message).not.toBeInstanceOf(LoggedCommit);
      expect(parsedFields(commit)).toEqual(parsedFields(parseCommit(commit.raw)));
    }
  });

  it("looks for the words only in the body, and only inside the message", () => {
    const bytes = Buffer.from("feat: breaking release-as\n\nplain body|BREAKING");
    const end = bytes.indexOf("|");
    expect(needsWholeMessage(bytes, 0, end, bytes.indexOf("\n") + 1, new RecordScanner())).toBe(false);
    expect(needsWholeMessage(bytes, 0, bytes.length, bytes.indexOf("\n") + 1, new RecordScanner())).toBe(true);
    expect(needsWholeMessage(Buffer.from("feat: BREAKING"), 0, 14, -1, new RecordScanner())).toBe(false);
  });
});

describe("NextByte", () => {
  it("answers forward queries on a growing buffer as indexOf would (property)", () => {
    const text = fc.array(fc.constantFrom(0x61, 0x2d), { minLength: 1, maxLength: 60 }).map((bytes) => Buffer.from(bytes));
    const steps = fc.array(fc.tuple(fc.nat(4), fc.nat(6)), { maxLength: 40 });
    fc.assert(
      fc.property(text, steps, (bytes, moves) => {
        const search = new NextByte(0x2d);
        let from = 0;
        let grown = 0;
        for (const [forward, more] of moves) {
          // Starting points never go back and the buffer only grows, as while reading git's output.
          grown = Math.min(bytes.length, grown + more);
          from = Math.min(grown, from + forward);
          const filled = bytes.subarray(0, grown);
          expect(search.at(filled, from)).toBe(filled.indexOf(0x2d, from));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("LoggedCommit footers", () => {
  it("are the footers parseCommit reads, however the body's lines run (property)", () => {
    const line = fc.constantFrom("", " ", "prose without marks", "Refs: #12", "See #3", "Signed-off-by: Ana <a@b.c>", "Closes #4", "a: b", "key: value", "continued line", "Co-authored-by: Bo <b@c.d>", "x#", ":", "#", "Token #9", "ünïcödé: yes");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const commit = readOne(`feat: x\n\n${lines.join("\n")}`);
        const parsed = parseCommit(commit.raw);
        expect(commit.footers.map((footer) => ({ ...footer }))).toEqual(parsed.footers.map((footer) => ({ ...footer })));
      }),
      { numRuns: 3000 },
    );
  });
});
