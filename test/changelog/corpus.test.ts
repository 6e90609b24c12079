import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildRelease, parseCommit, renderChangelogSection, resolveChangelogConfig, cancelReverts, type RawCommit } from "@release-cadence/core";
import { defaultVersioning } from "../../packages/core/src/config/defaults.js";
import { corpusFile } from "../support/shared.js";

interface Step {
  id: string;
  prev_tag: string;
  next_tag: string;
  next_version: string;
  commits: Array<{ sha: string; parents: string[]; author: string; author_date: string; message: string; subject: string }>;
}

/** Every ninth step plus every step that holds a revert: a spread of repositories, eras and tools. */
function sample(): Step[] {
  const steps: Step[] = [];
  readFileSync(corpusFile("releases.jsonl"), "utf8").split("\n").forEach((line, index) => {
    if (line === "") return;
    const hasRevert = /"subject": "Revert|"subject": "revert/.test(line);
    if (index % 9 === 0 || hasRevert) steps.push(JSON.parse(line) as Step);
  });
  return steps;
}

const SECTION_BY_TYPE: Record<string, string> = { feat: "Features", fix: "Bug Fixes", perf: "Performance" };

/**
 * An oracle written apart from the core's parser: the header's type decides the section; a
 * revert cancels its target when the target is in the range (by sha, or by quoted header).
 */
function expected(step: Step): { visible: Map<string, string>; cancelled: Set<string> } {
  const strip = (header: string) => header.trim().replace(/\s*\(#\d+\)\s*$/, "").trim();
  const bySha = new Map(step.commits.map((commit) => [commit.sha, commit]));
  const byHeader = new Map<string, string[]>();
  for (const commit of step.commits) byHeader.set(strip(commit.subject), [...(byHeader.get(strip(commit.subject)) ?? []), commit.sha]);
  const cancelled = new Set<string>();
  for (const commit of step.commits) {
    if (cancelled.has(commit.sha) || !/^revert\b/i.test(commit.subject.trim())) continue;
    const sha = /This reverts commit ([0-9a-f]{7,40})/i.exec(commit.message)?.[1];
    const quoted = /^revert:?\s*"?(.+?)"?(?:\s*\(#\d+\))?\s*$/i.exec(commit.subject.trim())?.[1];
    const target = (sha ? [...bySha.keys()].find((candidate) => candidate.startsWith(sha) && candidate !== commit.sha) : undefined) ??
      (quoted ? byHeader.get(strip(quoted))?.find((candidate) => candidate !== commit.sha && !cancelled.has(candidate) && step.commits.findIndex((c) => c.sha === candidate) > step.commits.findIndex((c) => c.sha === commit.sha)) : undefined);
    if (target && !cancelled.has(target)) {
      cancelled.add(commit.sha);
      cancelled.add(target);
    }
  }
  const visible = new Map<string, string>();
  for (const commit of step.commits) {
    if (cancelled.has(commit.sha)) continue;
    const header = commit.message.replace(/\r\n?/g, "\n").split("\n")[0]!.trim();
    if (/^revert\b/i.test(header)) {
      visible.set(commit.sha, "Reverts");
      continue;
    }
    const type = /^([A-Za-z][\w-]*)\s*(?:\([^()]*\))?\s*!?\s*:/.exec(header)?.[1]?.toLowerCase();
    if (type && SECTION_BY_TYPE[type]) visible.set(commit.sha, SECTION_BY_TYPE[type]);
  }
  return { visible, cancelled };
}

function sectionsByLine(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current = "";
  for (const line of text.split("\n")) {
    const heading = /^### (.*)$/.exec(line);
    if (heading) current = heading[1]!;
    const sha = /\(([0-9a-f]{7})\)(?:, closes .*)?$/.exec(line)?.[1];
    if (sha && line.startsWith("* ")) found.set(sha, [...(found.get(sha) ?? []), current]);
  }
  return found;
}

describe("real release histories (shared/corpus)", () => {
  const steps = sample();
  const config = resolveChangelogConfig({ links: false });
  const versioning = defaultVersioning();

  it("samples enough steps, reverts included", () => {
    expect(steps.length).toBeGreaterThan(200);
    expect(steps.filter((step) => step.commits.some((commit) => /^revert/i.test(commit.subject))).length).toBeGreaterThan(20);
  });

  it("lists every visible conventional commit exactly once, in its section, and no reverted pair", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const step of steps) {
      const raw: RawCommit[] = step.commits.map((commit) => ({ sha: commit.sha, parents: commit.parents, authorName: commit.author, authorEmail: "", authorDate: commit.author_date, message: commit.message }));
      const { kept, cancelled } = cancelReverts(raw.map(parseCommit), versioning.reverts);
      const release = buildRelease({ version: step.next_version, tag: step.next_tag, previousTag: step.prev_tag, date: "2026-01-01", head: raw[0]!.sha, commits: kept, commitCount: raw.length, cancelledPairs: cancelled.length, config, bangIsBreaking: true });
      const lines = sectionsByLine(renderChangelogSection(release, config));
      const oracle = expected(step);
      for (const [sha, section] of oracle.visible) {
        const seen = lines.get(sha.slice(0, 7)) ?? [];
        checked++;
        if (seen.length !== 1 || seen[0] !== section) problems.push(`${step.id} ${sha.slice(0, 7)}: expected once in ${section}, found in [${seen.join(", ")}]`);
      }
      for (const sha of oracle.cancelled) if (lines.has(sha.slice(0, 7))) problems.push(`${step.id} ${sha.slice(0, 7)}: reverted pair member is listed`);
      const listed = [...lines.keys()].filter((short) => ![...oracle.visible.keys()].some((sha) => sha.startsWith(short)));
      if (listed.length > 0) problems.push(`${step.id}: listed but not expected: ${listed.join(", ")}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });
});

describe("real release histories replayed through git", () => {
  it("writes the CHANGELOG of a step with reverts exactly as the oracle expects", async () => {
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { GitCli, LocalFiles, fixedClock, parseChangelogInputs, runChangelog } = await import("@release-cadence/core");
    const steps = sample().filter((step) => step.commits.some((commit) => /^revert/i.test(commit.subject)) && step.commits.length < 80 && !step.next_tag.includes("@")).slice(0, 2);
    expect(steps.length).toBe(2);
    for (const step of steps) {
      const dir = mkdtempSync(join(tmpdir(), "cadence-corpus-replay-"));
      try {
        const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
        execFileSync("git", ["init", "-q", "-b", "main"], { cwd: dir, env });
        // Oldest first, one line of history: the base tagged as the previous release, then the range.
        const ordered = [...step.commits].reverse();
        const chunks: Buffer[] = [];
        const put = (text: string | Buffer) => chunks.push(typeof text === "string" ? Buffer.from(text) : text);
        put(`commit refs/heads/main\nmark :1\ncommitter Base <base@example.invalid> 1600000000 +0000\ndata 12\nchore: base\n\n`);
        put(`tag ${step.prev_tag}\nfrom :1\ntagger Base <base@example.invalid> 1600000000 +0000\ndata 5\nprev\n\n`);
        ordered.forEach((commit, index) => {
          const message = Buffer.from(commit.message);
          put(`commit refs/heads/main\nmark :${index + 2}\nauthor ${commit.author.replace(/[<>\n]/g, "")} <author@example.invalid> ${1600000001 + index} +0000\ncommitter C <c@example.invalid> ${1600000001 + index} +0000\ndata ${message.length}\n`);
          put(message);
          put(`\nfrom :${index + 1}\n\n`);
        });
        put(`tag ${step.next_tag}\nfrom :${ordered.length + 1}\ntagger Base <base@example.invalid> 1700000000 +0000\ndata 5\nnext\n\n`);
        const stream = Buffer.concat(chunks);
        execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, env, input: stream });
        execFileSync("git", ["checkout", "-q", "-f", "main"], { cwd: dir, env });
        const replayed = execFileSync("git", ["log", "--format=%H", `${step.prev_tag}..${step.next_tag}`], { cwd: dir, env, encoding: "utf8" }).trim().split("\n");
        const original = step.commits.map((commit) => commit.sha);
        const oracle = expected(step);
        const quiet = { info() {}, debug() {}, annotate() {}, group: <T>(_t: string, body: () => Promise<T>) => body(), summary: async () => {}, secret() {} };
        const result = await runChangelog(
          { git: new GitCli(dir), files: new LocalFiles(dir), clock: fixedClock(new Date("2026-01-01T00:00:00Z")), reporter: quiet },
          parseChangelogInputs({ cwd: dir, version: step.next_version, record: false, context: {} }),
        );
        expect(result.release?.previousTag, step.id).toBe(step.prev_tag);
        const lines = sectionsByLine(readFileSync(join(dir, "CHANGELOG.md"), "utf8"));
        const want = new Map([...oracle.visible].map(([sha, section]) => [replayed[original.indexOf(sha)]!.slice(0, 7), section]));
        expect(new Map([...lines].map(([sha, sections]) => [sha, sections.join("+")])), step.id).toEqual(want);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
