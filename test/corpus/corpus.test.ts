// Real histories: every release step of the corpus replayed in a real repository, the committed
// CLI deciding the next version. Known mismatches, each with its reason, are in mismatches.json.
//
//   CORPUS_ONLY=<substring>   replay only the entries whose id contains it (no fixture checks)
//   CORPUS_RESULTS=<file>     write every result as JSON lines, as they come (for investigating)
//   CORPUS_CLI=<file>         replay with another CLI bundle (e.g. `node scripts/build.mjs --out DIR cli`)
//   CORPUS_TIMEOUT_MS=<ms>    a longer time limit on a loaded machine
//   CORPUS_CONCURRENCY=<n>    steps replayed at a time (default 2, one per core)
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusFile, readJsonLines, replayAll, type CorpusEntry, type ReplayResult } from "./replay.js";

const TARGET = 0.994;
const FIXTURE = join(import.meta.dirname, "mismatches.json");

interface KnownMismatch {
  id: string;
  expected: string;
  got: string | null;
  category: string;
  reason: string;
}

describe("the release-history corpus, replayed", () => {
  it("reproduces next_version for at least 99.4% of the steps, every other step listed with its reason", async () => {
    const only = process.env.CORPUS_ONLY;
    const all = readJsonLines<CorpusEntry>(corpusFile("releases.jsonl"));
    const entries = only ? all.filter((entry) => entry.id.includes(only)) : all;
    const started = Date.now();
    const log = process.env.CORPUS_RESULTS;
    if (log) writeFileSync(log, "");
    const results = await replayAll(entries, { concurrency: Number(process.env.CORPUS_CONCURRENCY ?? 2), ...(log ? { onResult: (result: ReplayResult) => appendFileSync(log, `${JSON.stringify(result)}\n`) } : {}) });
    const seconds = (Date.now() - started) / 1000;

    const mismatches = results.filter((result) => result.got !== result.expected);
    const agreement = (results.length - mismatches.length) / results.length;
    console.log(
      `corpus: ${results.length - mismatches.length}/${results.length} steps reproduced (${(agreement * 100).toFixed(2)}%), ` +
        `${mismatches.length} mismatches, ${seconds.toFixed(0)} s`,
    );
    if (only) return;

    const known: KnownMismatch[] = JSON.parse(readFileSync(FIXTURE, "utf8")) as KnownMismatch[];
    const knownById = new Map(known.map((entry) => [entry.id, entry]));
    const unexpected = mismatches.filter((result) => !knownById.has(result.id)).map(explain);
    const changed = mismatches
      .filter((result) => knownById.has(result.id) && knownById.get(result.id)!.got !== result.got)
      .map((result) => `${explain(result)} (the fixture says ${JSON.stringify(knownById.get(result.id)!.got)})`);
    const mismatched = new Set(mismatches.map((result) => result.id));
    const stale = known.filter((entry) => !mismatched.has(entry.id)).map((entry) => `${entry.id} now matches: remove it from mismatches.json`);
    const unreasoned = known.filter((entry) => !entry.reason || !entry.category).map((entry) => `${entry.id} has no reason`);

    expect(unexpected, "steps that mismatch and are not in mismatches.json").toEqual([]);
    expect(changed, "known mismatches whose result changed").toEqual([]);
    expect(stale, "stale entries in mismatches.json").toEqual([]);
    expect(unreasoned).toEqual([]);
    expect(agreement).toBeGreaterThanOrEqual(TARGET);
  }, Number(process.env.CORPUS_TIMEOUT_MS ?? 600_000));
});

function explain(result: ReplayResult): string {
  return `${result.id}: expected ${result.expected}, got ${JSON.stringify(result.got)} (branch ${result.branch}, ${result.args.slice(3).join(" ") || "no flags"})`;
}
