import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitHubEmulator } from "../support/github/server.js";
import { BareRepo, SyncWorkspace } from "./support.js";

/**
 * GitHub API requests of a sync into an `api` target must not grow with the files that did not
 * change (issue 13): the target is read through one tree listing, whose blob ids are compared
 * with the source's. By default this runs with 200 and 2,000 unchanged files; bench/sync.mjs runs
 * it with 10,000 through CADENCE_BENCH_API_FILES and collects CADENCE_BENCH_REPORT.
 */
const SIZES = (process.env.CADENCE_BENCH_API_FILES ?? "200,2000").split(",").map(Number);
const CHANGED = 10;
const TOKEN = "ghs_syncRequestBudget";
const report: Array<{ unchanged: number; changed: number; dryRun: Record<string, number>; apply: Record<string, number>; dryRunRequests: number; applyRequests: number }> = [];

afterAll(() => {
  if (!process.env.CADENCE_BENCH_REPORT) return;
  mkdirSync(dirname(process.env.CADENCE_BENCH_REPORT), { recursive: true });
  writeFileSync(process.env.CADENCE_BENCH_REPORT, `${JSON.stringify({ benchmark: "GitHub API requests of a sync into an api target", results: report }, null, 2)}\n`);
});

const blob = (text: string) => createHash("sha1").update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest("hex");
const content = (index: number) => `file ${index}\n`;

function operations(emulator: GitHubEmulator, from: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of emulator.requests.slice(from)) counts[request.operationId ?? request.path] = (counts[request.operationId ?? request.path] ?? 0) + 1;
  return counts;
}

describe("GitHub API requests of a sync into an api target", () => {
  it.each(SIZES)("do not grow with %i unchanged files (10 changed)", async (unchanged) => {
    const emulator = await GitHubEmulator.start({ token: TOKEN });
    const space = new SyncWorkspace();
    let seeded: BareRepo | undefined;
    try {
      // The target as an earlier sync left it: every file, and the manifest that records them.
      const files: Record<string, string> = {};
      const managed: Record<string, string> = {};
      for (let index = 0; index < unchanged + CHANGED; index++) {
        const path = `shared/d${Math.floor(index / 100)}/f${index}.txt`;
        files[path] = content(index);
        managed[path] = blob(content(index));
        space.write(`templates/d${Math.floor(index / 100)}/f${index}.txt`, index < CHANGED ? `${content(index)}changed\n` : content(index));
      }
      const sorted = Object.fromEntries(Object.entries(managed).sort(([a], [b]) => (a < b ? -1 : 1)));
      files[".github/cadence-sync/fleet.json"] = `${JSON.stringify({ "cadence-sync": 1, sync_id: "fleet", files: sorted }, null, 1)}\n`;
      // Written with plain git (one commit of every file), then served by the emulator as it is.
      seeded = new BareRepo(files);
      const repo = emulator.state.addRepo("octo-org/fleet", { gitDir: seeded.bare });
      space.config(`sync:
  - sync_id: fleet
    source: { type: file, location: templates }
    target: { type: api, location: octo-org/fleet, path: shared }
    options: { delivery: pull_request }
`);
      const ports = { defaultToken: TOKEN, apiUrl: emulator.url, retryBaseMs: 1 };
      const dry = await space.run({}, ports);
      expect(dry.targets[0]!.changes).toHaveLength(CHANGED);
      const dryRunRequests = emulator.count();
      const dryRun = operations(emulator, 0);
      expect(dry.apiRequests).toBe(dryRunRequests);
      const apply = await space.run({ mode: "apply", planHash: dry.planHash }, ports);
      expect(apply.status).toBe("success");
      const applyRequests = emulator.count() - dryRunRequests;
      report.push({ unchanged, changed: CHANGED, dryRun, apply: operations(emulator, dryRunRequests), dryRunRequests, applyRequests });
      // Default branch, ref, head commit, one tree listing, the manifest, the sync branch ref, and a blob per changed file.
      expect(dryRunRequests).toBeLessThanOrEqual(6 + CHANGED);
      // The apply reads the same again, then: tree, commit, branch, the pull request, and a second
      // look at every effect (the sync_log's integrity check).
      expect(applyRequests).toBeLessThanOrEqual(dryRunRequests + 12);
      if (report.length > 1) expect([dryRunRequests, applyRequests]).toEqual([report[0]!.dryRunRequests, report[0]!.applyRequests]);
    } finally {
      seeded?.remove();
      space.remove();
      await emulator.close();
    }
  });
});
