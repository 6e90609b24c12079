import { PassThrough } from "node:stream";
import { ExecCommandRunner, GitCli, GitHubForge, LocalFiles, TerminalReporter, fixedClock, type CommandResult, type CommandRunner, type GateCheckPorts } from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";
import type { GitHubEmulator } from "../support/github/server.js";

export const NOW = new Date("2026-11-18T10:00:00Z");

export const CHANGELOG = "# Changelog\n\n## [1.5.0] - 2026-11-18\n\n### Added\n\n- the export endpoint\n\n## [1.4.2] - 2026-10-01\n\n- fixes\n";

/** A repository where every gate of a minor release passes: tag v1.4.2, a feature, and the release prepared. */
export function releaseReadyRepo(): TestRepo {
  const repo = TestRepo.create({ prefix: "gates-test-" });
  repo.write("package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" }, null, 2)}\n`);
  repo.commit("chore(release): 1.4.2", "CHANGELOG.md", "# Changelog\n\n## [1.4.2] - 2026-10-01\n\n- fixes\n");
  repo.tag("v1.4.2");
  repo.commit("feat(api): add the export endpoint", "src/export.ts", "export const x = 1;\n");
  repo.commit("docs: describe the export endpoint", "docs/export.md", "# Export\n");
  repo.write("package.json", `${JSON.stringify({ name: "sample", version: "1.5.0" }, null, 2)}\n`);
  repo.write("RELEASE_NOTES.md", "# Release Notes: v1.5.0\n\n## Highlights\n- export\n");
  repo.write("coverage/lcov.info", "SF:src/export.ts\nLF:10\nLH:10\nBRF:2\nBRH:2\nFNF:1\nFNH:1\nend_of_record\n");
  repo.write(".github/rollback-drills/2026-11.yml", "rollback_evidence:\n  rollback_id: drill-7\n  type: planned\n  execution:\n    executed_at: 2026-11-02T10:00:00Z\n  verification:\n    smoke_tests: pass\n");
  repo.write(".gitignore", "coverage/\n");
  repo.commit("chore(release): 1.5.0", "CHANGELOG.md", CHANGELOG);
  return repo;
}

/** Answers `npm audit --json` with a canned report; runs everything else for real (no shell). */
export class FakeAudit implements CommandRunner {
  readonly calls: string[][] = [];
  constructor(private readonly report: unknown = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { total: 0 } } }) {}
  async run(command: string, args: readonly string[], options: { cwd: string }): Promise<CommandResult> {
    this.calls.push([command, ...args]);
    if (command === "npm" && args[0] === "audit") return { exitCode: 0, stdout: JSON.stringify(this.report), stderr: "" };
    return new ExecCommandRunner().run(command, args, options);
  }
}

export function ports(repo: TestRepo, options: { emulator?: GitHubEmulator; commands?: CommandRunner; token?: string } = {}): GateCheckPorts & { log: () => string } {
  const stream = new PassThrough();
  let log = "";
  stream.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const forge = options.emulator ? GitHubForge.create({ token: options.token ?? "test-token", repository: "octo-org/sample", baseUrl: options.emulator.url, retryBaseMs: 1 }) : undefined;
  return {
    git: new GitCli(repo.dir),
    files: new LocalFiles(repo.dir),
    clock: fixedClock(NOW),
    reporter: new TerminalReporter(stream),
    commands: options.commands ?? new FakeAudit(),
    ...(forge ? { forge } : { noForgeReason: "no GitHub token" }),
    log: () => log,
  };
}
