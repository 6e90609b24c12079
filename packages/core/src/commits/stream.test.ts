import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsedFields, rawFields } from "./plain.js";
import { parseCommit } from "./parse.js";
import { printable } from "./printable.js";
import { CommitRecords } from "./stream.js";
import type { ConventionalCommit, RawCommit } from "./types.js";

/** A commit as stored: the message exactly as written, trailing newlines and all. */
interface Stored extends Omit<RawCommit, "message"> {
  stored: string;
}

/** The bytes `git log -z` prints for LOG_FORMAT: six fields, each ended by NUL. */
function gitLogBytes(commits: readonly Stored[]): Buffer {
  return Buffer.from(commits.map((commit) => `${fieldsOf(commit).join("\0")}\0`).join(""), "utf8");
}

/** Without -z (and a NUL after %B), git ends each record with a newline instead. */
function gitLogBytesWithNewlines(commits: readonly Stored[]): Buffer {
  return Buffer.from(commits.map((commit) => `${fieldsOf(commit).join("\0")}\0\n`).join(""), "utf8");
}

const fieldsOf = (commit: Stored) => [commit.sha, commit.parents.join(" "), commit.authorName, commit.authorEmail, commit.authorDate, commit.stored];

/** What readCommits should give for them: the message with trailing newlines dropped. */
function expected(commits: readonly Stored[]): RawCommit[] {
  // Terminal control characters never leave the reader (printable.ts).
  return commits.map(({ stored, ...rest }) => ({ ...rest, message: printable(stored.replace(/\n+$/, "")) }));
}

/**
 * Feeds the chunks the way a pipe does, through one reused buffer that is scribbled over after
 * each push: the reader must copy what it keeps. Returns each commit's RawCommit fields, after
 * checking that its parsed form is exactly what parseCommit makes of them (a LoggedCommit parses
 * lazily, from bytes; the others went through parseCommit).
 */
function read(chunks: Iterable<Buffer>, slabBytes?: number): RawCommit[] {
  const commits: ConventionalCommit[] = [];
  const records = new CommitRecords((commit) => commits.push(commit), slabBytes);
  const all = [...chunks];
  const scratch = Buffer.alloc(Math.max(0, ...all.map((chunk) => chunk.length)));
  for (const chunk of all) {
    chunk.copy(scratch);
    records.push(scratch.subarray(0, chunk.length));
    scratch.fill(0xff, 0, chunk.length);
  }
  records.end();
  return commits.map((commit) => {
    const raw = rawFields(commit.raw);
    expect(parsedFields(commit)).toEqual(parsedFields(parseCommit(raw)));
    return raw;
  });
}

function* cutAt(bytes: Buffer, offsets: readonly number[]): Generator<Buffer> {
  let start = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    yield bytes.subarray(start, offset);
    start = offset;
  }
  yield bytes.subarray(start);
}

function* pieces(bytes: Buffer, size: number): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

const sha = (n: number) => n.toString(16).padStart(40, "0");

// Two-byte (é ß ñ, U+0301 combining acute), three-byte (中 € 한, U+200B), four-byte (😀 𝄞 🇺🇳) characters,
// CRLF, blank lines, empty messages and text that looks like a record boundary.
const MULTIBYTE: Stored[] = [
  "feat(i18n): prise en charge de l’été\n\nDéjà vu: naïve café, Straße, niño, e\u0301.\n",
  "fix: 修复中文路径 €100 한국어\r\n\r\n本文は日本語です。\r\n",
  "perf: 😀😀😀 faster 𝄞 clefs 🇺🇳\n\nBREAKING CHANGE: 旧 API 已删除 🚀\n",
  "",
  "\n\n\n",
  "chore: zero\u200bwidth space and the end of a record\n\n%x00\n\nfeat: not a header here\n",
  "docs: ü\n\nß\n\n中\n\n😀",
  "refactor!: ĳsselmeer ǅ ǈ — “quotes” … 🧑🏽‍💻 family 👨‍👩‍👧‍👦\n",
].map((stored, index) => ({
  sha: sha(index + 1),
  parents: index === 0 ? [] : index === 4 ? [sha(index), sha(99)] : [sha(index)],
  authorName: ["José Müller", "李雷", "Zoë 🦊", "Ngọc Trâm"][index % 4]!,
  authorEmail: `author${index}@example.invalid`,
  authorDate: `2026-01-0${(index % 9) + 1}T12:00:00+02:00`,
  stored,
}));

describe("CommitRecords", () => {
  const bytes = gitLogBytes(MULTIBYTE);
  const commits = expected(MULTIBYTE);

  it("reads the whole stream in one chunk", () => {
    expect(read([bytes])).toEqual(commits);
  });

  it("gives identical commits when the stream is cut at every possible offset", () => {
    // The stream has continuation bytes at many offsets, so many cuts fall inside a character.
    const insideCharacter = [...bytes.keys()].filter((offset) => (bytes[offset]! & 0xc0) === 0x80);
    expect(insideCharacter.length).toBeGreaterThan(100);
    const offsets = Array.from({ length: bytes.length + 1 }, (_, offset) => offset);
    expect(offsets.filter((offset) => !isDeepStrictEqual(read(cutAt(bytes, [offset])), commits))).toEqual([]);
  });

  it("gives identical commits when records move between slabs (tiny slabs, any chunk size)", () => {
    for (const slab of [1, 16, 97, 400]) {
      for (const size of [1, 3, 64, 1000]) expect(read(pieces(bytes, size), slab), `${slab}-byte slabs, ${size}-byte chunks`).toEqual(commits);
    }
  });

  it("gives identical commits in chunks of 1 to 7 bytes", () => {
    for (let size = 1; size <= 7; size++) expect(read(pieces(bytes, size)), `${size}-byte chunks`).toEqual(commits);
  });

  it("gives identical commits when cut at every pair of offsets a few bytes apart", () => {
    const wrong: string[] = [];
    for (let offset = 0; offset < bytes.length; offset++) {
      for (const gap of [1, 2, 3, 5]) {
        if (!isDeepStrictEqual(read(cutAt(bytes, [offset, Math.min(bytes.length, offset + gap)])), commits)) wrong.push(`${offset}+${gap}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("also reads records ended by newlines (git log without -z)", () => {
    const lines = gitLogBytesWithNewlines(MULTIBYTE);
    expect(read([lines])).toEqual(commits);
    expect(read(pieces(lines, 1))).toEqual(commits);
  });

  it("ignores empty chunks and an empty stream", () => {
    expect(read([Buffer.alloc(0), bytes, Buffer.alloc(0)])).toEqual(commits);
    expect(read([])).toEqual([]);
  });

  it("says so when the output stops in the middle of a commit", () => {
    const cut = bytes.subarray(0, bytes.indexOf(0, bytes.indexOf(0) + 1) + 1);
    expect(() => read([cut])).toThrow(/ended in the middle of a commit \(2 of 6 fields read\)/);
  });

  it("keeps every commit for any messages and any chunking (property)", () => {
    const text = (unit: "binary" | "grapheme") => fc.string({ unit, maxLength: 40 });
    // Pieces that stress the format: separators git could print, CRLF, blank lines, look-alike headers.
    const tricky = fc.constantFrom("", "\n", "\r\n", "\n\n", "\r", "%x00", "\\0", "feat: x", "feat!: x", "BREAKING CHANGE: y", "breaking-change: z", "Breaking Change", "Release-As: 2.0.0", "release-as: v1", 'Revert "feat: x"', "revert: fix: y", "This reverts commit abcdef1", "Refs: #12", "Closes #3", sha(7), `${sha(1)} ${sha(2)}`, "é", "中", "😀", "e\u0301", "🇺🇳", "👨‍👩‍👧");
    const message = fc.array(fc.oneof(text("binary"), text("grapheme"), tricky), { maxLength: 8 }).map((parts) => parts.join(""));
    const field = fc.oneof(text("grapheme"), tricky.filter((part) => !part.includes("\n")));
    const commit = fc.record({
      parents: fc.integer({ min: 0, max: 2 }),
      authorName: field,
      authorEmail: field,
      authorDate: field,
      stored: message,
    });
    const history = fc.array(commit, { maxLength: 12 }).map((items) =>
      items.map((item, index): Stored => ({ ...item, sha: sha(1000 + index), parents: Array.from({ length: item.parents }, (_, parent) => sha(2000 + index + parent)) })),
    );
    // NUL cannot be in a commit (git refuses it), and lone surrogates cannot be UTF-8: leave both out.
    const encodable = (commits: Stored[]) =>
      commits.every((one) => [one.authorName, one.authorEmail, one.authorDate, one.stored].every((value) => !value.includes("\0") && Buffer.from(value).toString() === value));
    fc.assert(
      fc.property(
        history.filter(encodable),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 200 }),
        (stored, cuts, size, slab) => {
          const stream = gitLogBytes(stored);
          const want = expected(stored);
          expect(read(cutAt(stream, cuts.map((cut) => cut % (stream.length + 1))))).toEqual(want);
          expect(read(pieces(stream, size), slab)).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
  });
});
