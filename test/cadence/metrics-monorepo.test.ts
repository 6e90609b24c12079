import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../support/git-repo.js";
import { runCli } from "../support/runner.js";
import { METRICS_CONFIG, monthOfReleases, rollbackRecord } from "./metrics-world.js";

// A monorepo's release records sit in docs/releases/<package>/<version>/ (changelog.md#monorepos):
// metrics reads them there, as it reads docs/releases/<version>/ of a single package.

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const WINDOW = ["--since", "2026-11-01", "--now", "2026-11-30T12:00:00Z"];
const PACKAGES = "versioning:\n  packages:\n    - { name: core, path: packages/core, tag-prefix: v }\n    - { name: cli, path: packages/cli }\n";

function monorepo(): TestRepo {
  const repo = monthOfReleases();
  repos.push(repo);
  repo.write(".github/cadence.yml", `${METRICS_CONFIG}${PACKAGES}`);
  return repo;
}

describe("cadence metrics in a monorepo", () => {
  it("counts a rollback recorded in a package's record folder", async () => {
    const repo = monorepo();
    repo.write("docs/releases/core/1.3.0/rollback.yaml", rollbackRecord("1.3.0", "1.2.0", "2026-11-14T08:00:00Z", "corrupts saved files"));
    const run = await runCli(["metrics", "--json", ...WINDOW], { cwd: repo.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.metrics.rollbacks.count).toBe(1);
    expect(json.metrics.rollbacks.reasons[0]).toMatchObject({ from: "1.3.0", to: "1.2.0", record: "docs/releases/core/1.3.0/rollback.yaml" });
    expect(json.sources.records.rollbackEvidence).toEqual(["docs/releases/core/1.3.0/rollback.yaml"]);
  });

  it("names a malformed record in a package's folder with its line", async () => {
    const repo = monorepo();
    repo.write("docs/releases/cli/1.3.1/rollback.yaml", "rollback_evidence:\n  versions: { rolled_back_from: 1.3.1\n");
    const run = await runCli(["metrics", ...WINDOW], { cwd: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/docs\/releases\/cli\/1\.3\.1\/rollback\.yaml:\d+:\d+: is not valid YAML/);
  });
});
