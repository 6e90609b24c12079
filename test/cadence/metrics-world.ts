import { execFileSync } from "node:child_process";
import { TestRepo } from "../support/git-repo.js";

/** Two-week cycles from Monday 2026-11-02: releases planned Friday 2026-11-13 and Friday 2026-11-27. */
export const METRICS_CONFIG = `calendar:
  timezone: Europe/Berlin
  minor: { anchor: 2026-11-02 }
  major: false
cadence:
  critical-label: critical
  post-release-days: 7
`;

/** git with the commit and tag dated `date` (a hosted runner would date them by its clock). */
function gitAt(repo: TestRepo, date: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: repo.dir,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "Dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "Dev", GIT_COMMITTER_EMAIL: "dev@example.com", GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function commitAt(repo: TestRepo, date: string, message: string): void {
  repo.write(`changes/${message.replace(/\W+/g, "-")}.txt`, `${message}\n`);
  gitAt(repo, date, "add", "-A");
  gitAt(repo, date, "commit", "-q", "-m", message);
}

function tagAt(repo: TestRepo, date: string, name: string): void {
  gitAt(repo, date, "tag", "-a", name, "-m", name);
}

/**
 * A project with a month of releases, all on one line:
 * v1.2.0 (Oct 30); feature work from Nov 2, v1.3.0-rc.1 Nov 12 08:00Z, v1.3.0 Nov 13 09:00Z (planned day);
 * a fix Nov 16 10:00Z, v1.3.1 Nov 17 10:00Z (off plan); feature Nov 18 10:00Z,
 * v1.4.0-rc.1 Nov 26 08:00Z, v1.4.0 tagged Nov 27 09:00Z (planned day; publish's record says 09:30Z).
 */
export function monthOfReleases(): TestRepo {
  const repo = TestRepo.create({ prefix: "metrics-" });
  repo.write(".github/cadence.yml", METRICS_CONFIG);
  commitAt(repo, "2026-10-29T10:00:00Z", "chore: start");
  tagAt(repo, "2026-10-30T10:00:00Z", "v1.2.0");
  commitAt(repo, "2026-11-02T09:00:00Z", "feat: export as iCal");
  commitAt(repo, "2026-11-05T09:00:00Z", "feat: time zones");
  tagAt(repo, "2026-11-12T08:00:00Z", "v1.3.0-rc.1");
  tagAt(repo, "2026-11-13T09:00:00Z", "v1.3.0");
  commitAt(repo, "2026-11-16T10:00:00Z", "fix: saved files");
  tagAt(repo, "2026-11-17T10:00:00Z", "v1.3.1");
  commitAt(repo, "2026-11-18T10:00:00Z", "feat: metrics");
  tagAt(repo, "2026-11-26T08:00:00Z", "v1.4.0-rc.1");
  tagAt(repo, "2026-11-27T09:00:00Z", "v1.4.0");
  return repo;
}

/** publish's release_evidence for a complete publish (the fields metrics reads, as publish writes them). */
export function publishRecord(version: string, publishedAt: string, dryRun = false): string {
  return `release_evidence:
  version: ${version}
  release_date: ${publishedAt}
  released_by: octocat
  provenance:
    commit: ${"a".repeat(40)}
    branch: main
    build_id: null
  apply:
    action: publish
    plan_hash: sha256:${"b".repeat(64)}
    dry_run: ${dryRun}
    effects: []
  tag: v${version}
  distribution:
    channels: [git:origin, github-release]
    published_at: ${publishedAt}
`;
}

/** rollback's rollback_evidence, with the seed's fields. */
export function rollbackRecord(from: string, to: string, at: string, reason: string, options: { drill?: boolean; dryRun?: boolean } = {}): string {
  return `rollback_evidence:
  rollback_id: rb-${from}-${to}-0123456789ab
  type: immediate
  mode: rollback
  drill: ${options.drill ?? false}
  trigger:
    issue_id: "#42"
    severity: SEV-1
    impact: high
    description: ${reason}
    detected_at: ${at}
    detected_by: octocat
  versions:
    rolled_back_from: ${from}
    rolled_back_to: ${to}
    rolled_forward_to: null
  execution:
    decided_at: ${at}
    decided_by: octocat
    executed_at: ${at}
    executed_by: octocat
    dry_run: ${options.dryRun ?? false}
    plan_hash: sha256:${"c".repeat(64)}
    effects: []
`;
}
