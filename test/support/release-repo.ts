import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestRepo } from "./git-repo.js";

/** A repository ready to release: a bare `file://` remote, a released past, new commits, and a package at the next version. */
export interface ReleaseRepo {
  repo: TestRepo;
  /** The bare remote's folder. */
  remote: string;
  /** Every ref of the remote, one per line: for before/after comparisons. */
  remoteRefs(): string;
  remove(): void;
}

let counter = 0;

export function releaseRepo(options: { packageName: string; version?: string; action?: boolean; asset?: boolean }): ReleaseRepo {
  const remote = mkdtempSync(join(tmpdir(), "cadence-remote-"));
  execFileSync("git", ["init", "-q", "--bare", "-b", "main", remote]);
  const repo = TestRepo.create({ prefix: `cadence-publish-${process.pid}-${counter++}-` });
  const manifest = (version: string) => `${JSON.stringify({ name: options.packageName, version, description: "release test", files: ["index.js"] }, null, 2)}\n`;
  repo.write("index.js", "module.exports = 1;\n");
  if (options.action) repo.write("action.yml", "name: sample\nruns:\n  using: node24\n  main: index.js\n");
  repo.commit("chore(release): 1.4.2", "package.json", manifest("1.4.2"));
  repo.tag("v1.4.2");
  repo.commit("feat(api): add the export endpoint");
  repo.git("remote", "add", "origin", `file://${remote}`);
  repo.git("push", "-q", "origin", "main", "--tags");
  // version-bump's release commit, not yet pushed: publish pushes it.
  repo.commit("chore(release): 1.5.0", "package.json", manifest(options.version ?? "1.5.0"));
  if (options.asset) repo.write("dist/app.txt", `the built app of ${options.packageName}\n`);
  return {
    repo,
    remote,
    remoteRefs: () => execFileSync("git", ["for-each-ref", "--format=%(refname) %(objectname)"], { cwd: remote, encoding: "utf8" }),
    remove() {
      repo.remove();
      rmSync(remote, { recursive: true, force: true });
    },
  };
}
