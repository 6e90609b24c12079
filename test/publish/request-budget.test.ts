import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitCli, LocalFiles, fixedClock, parsePublishInputs, runPublish } from "@release-cadence/core";
import { GitHubReleases } from "../../packages/core/src/forge/github-releases.js";
import { releasesOf } from "../support/github/routes/releases.js";
import { GitHubEmulator } from "../support/github/server.js";
import { quietReporter } from "./ports.js";

/**
 * API calls per release must not grow with the history (DESIGN §7): the history is read from
 * local git. By default this runs at 1k commits; bench/publish-requests.mjs runs it at 1k and
 * 100k through CADENCE_BENCH_COMMITS and collects the report from CADENCE_BENCH_REPORT.
 */
const SIZES = (process.env.CADENCE_BENCH_COMMITS ?? "1000").split(",").map(Number);
const WORK = process.env.CADENCE_BENCH_WORK ?? mkdtempSync(join(tmpdir(), "cadence-history-"));
const TOKEN = "ghs_requestBudget";
// bench/history.mjs is plain JavaScript without declarations: say here what it returns.
type HistoryRepository = (workDir: string, count: number) => Promise<{ dir: string; head: string }>;
const HISTORY_MODULE = "../../bench/history.mjs";
const historyRepository = async (workDir: string, count: number) => ((await import(HISTORY_MODULE)) as { historyRepository: HistoryRepository }).historyRepository(workDir, count);
const report: Array<{ commits: number; requests: number; operations: Record<string, number> }> = [];

afterAll(() => {
  if (process.env.CADENCE_BENCH_REPORT) {
    mkdirSync(dirname(process.env.CADENCE_BENCH_REPORT), { recursive: true });
    writeFileSync(process.env.CADENCE_BENCH_REPORT, `${JSON.stringify({ benchmark: "publish GitHub API requests per plain release", results: report }, null, 2)}\n`);
  }
  if (!process.env.CADENCE_BENCH_WORK) rmSync(WORK, { recursive: true, force: true });
});

describe("GitHub API requests of a plain release", () => {
  it.each(SIZES)("stay at 10 or fewer with %i commits since the last release", async (commits) => {
    const history = await historyRepository(WORK, commits);
    // The cached history stays untouched: publish works in a clone whose origin is a bare copy.
    const scratch = mkdtempSync(join(tmpdir(), "cadence-budget-"));
    const remote = join(scratch, "remote.git");
    const work = join(scratch, "work");
    execFileSync("git", ["clone", "-q", "--bare", history.dir, remote]);
    execFileSync("git", ["clone", "-q", remote, work]);
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    try {
      const repo = emulator.state.addRepo("octo-org/sample");
      const forge = GitHubReleases.create({ token: TOKEN, repository: "octo-org/sample", baseUrl: emulator.url, retryBaseMs: 1 });
      const result = await runPublish(
        { git: new GitCli(work), files: new LocalFiles(work), clock: fixedClock(new Date("2026-03-01T00:00:00Z")), reporter: quietReporter().reporter, forge, registryFor: () => { throw new Error("no npm in a plain release"); }, npmTokenGiven: false, env: {} },
        parsePublishInputs({ cwd: work, floatingTags: false }),
      );
      expect(result.applied.outcomes.every((outcome) => outcome.status === "done" || outcome.status === "skipped")).toBe(true);
      expect(releasesOf(emulator.state, repo).releases).toHaveLength(1);
      const operations: Record<string, number> = {};
      for (const request of emulator.requests) operations[request.operationId ?? request.path] = (operations[request.operationId ?? request.path] ?? 0) + 1;
      report.push({ commits, requests: emulator.count(), operations });
      expect(emulator.count()).toBeLessThanOrEqual(10);
      // The steps (observe, draft, publish) find the release in one listing, not one each.
      expect(operations["repos/list-releases"]).toBe(1);
    } finally {
      await emulator.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
