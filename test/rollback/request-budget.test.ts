import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitCli, GitHubReleases, LocalFiles, fixedClock, parseRollbackInputs, runRollback } from "@release-cadence/core";
import { releasesOf, type ReleaseModel } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { quietReporter } from "../publish/ports.js";

/**
 * GitHub API requests per rollback must not grow with the history: releases are asked for by
 * their tag, never listed. By default this runs with 100 releases; bench/rollback-requests.mjs
 * runs it with more through CADENCE_BENCH_RELEASES and collects the report from CADENCE_BENCH_REPORT.
 */
const SIZES = (process.env.CADENCE_BENCH_RELEASES ?? "100").split(",").map(Number);
const TOKEN = "ghs_rollbackBudget";
const report: Array<{ releases: number; requests: number; operations: Record<string, number> }> = [];

afterAll(() => {
  if (!process.env.CADENCE_BENCH_REPORT) return;
  mkdirSync(dirname(process.env.CADENCE_BENCH_REPORT), { recursive: true });
  writeFileSync(process.env.CADENCE_BENCH_REPORT, `${JSON.stringify({ benchmark: "rollback GitHub API requests per rollback (Latest back to G, X marked)", results: report }, null, 2)}\n`);
});

/** A repository with `count` releases v1.0.0 … v1.0.(count-1), one commit each, made in one `git fast-import`. */
function historyWithReleases(dir: string, count: number): string[] {
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const message = `fix: change ${index}\n`;
    const content = `release ${index}\n`;
    lines.push("commit refs/heads/main", `mark :${index + 1}`, `committer Bench <bench@example.invalid> ${1_700_000_000 + index} +0000`, `data ${Buffer.byteLength(message)}`, message);
    if (index > 0) lines.push(`from :${index}`);
    lines.push(`M 100644 inline VERSION`, `data ${Buffer.byteLength(content)}`, content, "");
    lines.push(`reset refs/tags/v1.0.${index}`, `from :${index + 1}`, "");
  }
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: lines.join("\n") });
  execFileSync("git", ["reset", "-q", "--hard", "main"], { cwd: dir });
  return execFileSync("git", ["rev-list", "--reverse", "main"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
}

describe("GitHub API requests of a rollback", () => {
  it.each(SIZES)("stay at 10 or fewer with %i releases", async (count) => {
    const scratch = mkdtempSync(join(tmpdir(), "cadence-rollback-budget-"));
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    try {
      const work = join(scratch, "work");
      const commits = historyWithReleases(work, count);
      const repo = emulator.state.addRepo("octo-org/sample");
      const area = releasesOf(emulator.state, repo);
      area.releases = commits.map((commit, index): ReleaseModel => ({
        id: index + 1,
        tagName: `v1.0.${index}`,
        target: commit,
        name: `v1.0.${index}`,
        body: `notes of 1.0.${index}`,
        draft: false,
        prerelease: false,
        immutable: false,
        latest: index === count - 1,
        createdAt: "2026-01-01T00:00:00Z",
        publishedAt: "2026-01-01T00:00:00Z",
        assets: [],
      }));
      const forge = GitHubReleases.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1 });
      const result = await runRollback(
        {
          git: new GitCli(work),
          gitFor: (dir) => new GitCli(dir),
          files: new LocalFiles(work),
          clock: fixedClock(new Date("2026-03-01T00:00:00Z")),
          reporter: quietReporter().reporter,
          forge,
          registryFor: () => {
            throw new Error("no npm in this rollback");
          },
          npmTokenGiven: false,
          env: {},
        },
        parseRollbackInputs({ cwd: work, reason: "budget" }),
      );
      expect([result.facts.from.version, result.facts.to.version]).toEqual([`1.0.${count - 1}`, `1.0.${count - 2}`]);
      expect(result.applied.outcomes.map((outcome) => `${outcome.kind}:${outcome.status}`)).toEqual(["release-latest:done", "release-note:done"]);
      expect(area.releases.find((release) => release.latest)?.tagName).toBe(`v1.0.${count - 2}`);
      const operations: Record<string, number> = {};
      for (const request of emulator.requests) operations[request.operationId ?? request.path] = (operations[request.operationId ?? request.path] ?? 0) + 1;
      report.push({ releases: count, requests: emulator.count(), operations });
      expect(operations["repos/list-releases"]).toBeUndefined();
      expect(emulator.count()).toBeLessThanOrEqual(10);
    } finally {
      await emulator.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
