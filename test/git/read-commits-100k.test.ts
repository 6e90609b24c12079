import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitCli, readCommits, type Git, type RawCommit } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";

const COUNT = 100_000;
const START = Date.UTC(2024, 0, 1) / 1000;
// Widths 2, 3 and 4 in UTF-8, plus a combining mark and a ZWJ sequence.
const CHARACTERS = ["é", "中", "😀", "ß", "€", "𝄞", "e\u0301", "한", "🇺🇳", "ñ", "👨‍👩‍👧", "Ω"];

/**
 * Commit n's message. The ASCII run before the multi-byte text grows by one byte per commit
 * (mod 97) and the text itself varies in length, so the characters sit at every alignment in
 * git's output and many straddle the edges of the chunks the pipe delivers. Some messages end
 * without a newline, some with several, some use CRLF, a few are empty.
 */
function message(n: number): string {
  if (n % 5000 === 0) return "";
  const run = Array.from({ length: 1 + (n % 23) }, (_, k) => CHARACTERS[(n + k) % CHARACTERS.length]).join("");
  const eol = n % 7 === 0 ? "\r\n" : "\n";
  const body = `${"x".repeat(n % 97)}${run}${eol}${run}${eol}${"y".repeat(n % 13)}`;
  const ending = ["", "\n", "\n\n"][n % 3];
  return `feat(i18n): change ${n} ${CHARACTERS[n % CHARACTERS.length]}${eol}${eol}${body}${ending}`;
}

const author = (n: number) => ({ name: `Zoë ${["Müller", "李", "🦊"][n % 3]} ${n % 10}`, email: `z${n % 10}@example.invalid` });

/** What readCommits must return for commit n: its message with trailing newlines dropped, hashed. */
const digest = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const expectedDigest = (n: number) => digest(message(n).replace(/\n+$/, ""));

/** Writes the history with git fast-import (no files: only the log matters); returns the shas by number. */
async function importHistory(repo: TestRepo): Promise<string[]> {
  const marks = join(repo.dir, ".git", "marks");
  const child = spawn("git", ["fast-import", "--quiet", "--done", `--export-marks=${marks}`], { cwd: repo.dir, stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const parts: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    if (!child.stdin.write(Buffer.concat(parts))) await new Promise((resolve) => child.stdin.once("drain", resolve));
    parts.length = 0;
    size = 0;
  };
  for (let n = 1; n <= COUNT; n++) {
    const { name, email } = author(n);
    const text = Buffer.from(message(n));
    const head = `commit refs/heads/main\nmark :${n}\nauthor ${name} <${email}> ${START + n} +0000\ncommitter ${name} <${email}> ${START + n} +0000\ndata ${text.length}\n`;
    parts.push(Buffer.from(head), text, Buffer.from(n > 1 ? `\nfrom :${n - 1}\n\n` : "\n\n"));
    size += text.length + head.length;
    if (size > 1 << 20) await flush();
  }
  parts.push(Buffer.from("done\n"));
  await flush();
  child.stdin.end();
  expect(await done, stderr).toBe(0);
  const shas: string[] = [];
  for (const line of readFileSync(marks, "utf8").split("\n")) {
    const [mark, sha] = line.split(" ");
    if (mark && sha) shas[Number(mark.slice(1))] = sha;
  }
  return shas;
}

/** The real GitCli, watching the chunks: how many begin inside a UTF-8 character. */
function watching(git: Git): { git: Git; chunks: number; straddling: number } {
  const seen = { chunks: 0, straddling: 0 };
  const wrapped: Git = {
    cwd: git.cwd,
    run: (args, options) => git.run(args, options),
    stream: (args, onChunk) =>
      git.stream(args, (chunk) => {
        seen.chunks++;
        if (chunk.length > 0 && (chunk[0]! & 0xc0) === 0x80) seen.straddling++;
        return onChunk(chunk);
      }),
  };
  return Object.assign(seen, { git: wrapped });
}

describe("readCommits on 100,000 real commits", () => {
  let repo: TestRepo;
  let shas: string[];

  beforeAll(async () => {
    repo = TestRepo.create({ prefix: "cadence-100k-" });
    shas = await importHistory(repo);
  }, 60_000);

  afterAll(() => repo?.remove());

  it("returns every commit once, in order, each message byte for byte as written", async () => {
    const watch = watching(new GitCli(repo.dir));
    const commits: RawCommit[] = await readCommits(watch.git, { to: "HEAD" });

    expect(commits.length).toBe(COUNT);
    // The test is only worth its time if characters really were cut in two between chunks.
    expect(watch.straddling, `${watch.chunks} chunks, none starting inside a character`).toBeGreaterThan(0);

    // Newest first: position i holds commit COUNT - i. Report the first mismatch, not 100k rows.
    let firstWrong: object | undefined;
    for (let index = 0; index < commits.length && !firstWrong; index++) {
      const n = COUNT - index;
      const commit = commits[index]!;
      const { name, email } = author(n);
      const want = {
        sha: shas[n],
        parents: n > 1 ? [shas[n - 1]] : [],
        authorName: name,
        authorEmail: email,
        authorDate: new Date((START + n) * 1000).toISOString().replace(".000Z", "+00:00"),
        digest: expectedDigest(n),
      };
      const got = { sha: commit.sha, parents: commit.parents, authorName: commit.authorName, authorEmail: commit.authorEmail, authorDate: commit.authorDate, digest: digest(commit.message) };
      if (JSON.stringify(got) !== JSON.stringify(want)) firstWrong = { n, got, want, message: commit.message, written: message(n) };
    }
    expect(firstWrong).toBeUndefined();
  }, 60_000);

  it("reads a range from a release sha the same way (git prints the line as it walks it)", async () => {
    const watch = watching(new GitCli(repo.dir));
    const commits: RawCommit[] = await readCommits(watch.git, { from: shas[1000]!, to: "HEAD" });
    expect(commits.length).toBe(COUNT - 1000);
    const wrong = commits.findIndex((commit, index) => commit.sha !== shas[COUNT - index] || digest(commit.message) !== expectedDigest(COUNT - index));
    expect(wrong).toBe(-1);
  }, 60_000);
});
