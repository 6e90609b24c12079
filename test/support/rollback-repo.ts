import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitCli, LocalFiles, LocalForge, NpmCli, fixedClock, parsePublishInputs, runPublish, type ReleaseForge, type RollbackPorts } from "@release-cadence/core";
import { quietReporter } from "../publish/ports.js";
import { TestRepo } from "./git-repo.js";
import type { TestRegistry } from "./verdaccio.js";

/** A repository whose versions were each released by publish: tags pushed to a file:// remote, forge releases, npm versions, floating tags. */
export interface ReleasedRepo {
  repo: TestRepo;
  /** The bare remote's folder. */
  remote: string;
  /** The local forge's folder (when no other forge was given). */
  releasesDir: string;
  name: string;
  /** Each released version's commit. */
  commits: Record<string, string>;
  /** Every ref of the remote, one per line. */
  remoteRefs(): string;
  /** Every local ref. */
  localRefs(): string;
  /** The local forge's releases as stored (for before/after comparisons). */
  localReleases(): string;
  remove(): void;
}

let counter = 0;

/**
 * Releases each version in turn with publish itself (version X.Y.Z: package.json at X.Y.Z, a
 * commit, then runPublish), as a real project's history would have been made.
 */
export async function releasedRepo(options: { name: string; registry: TestRegistry; versions?: string[]; action?: boolean; forge?: ReleaseForge; files?: Record<string, string> }): Promise<ReleasedRepo> {
  const remote = mkdtempSync(join(tmpdir(), "cadence-rollback-remote-"));
  execFileSync("git", ["init", "-q", "--bare", "-b", "main", remote]);
  const repo = TestRepo.create({ prefix: `cadence-rollback-${process.pid}-${counter++}-` });
  const releasesDir = mkdtempSync(join(tmpdir(), "cadence-rollback-releases-"));
  repo.write("index.js", "module.exports = 1;\n");
  if (options.action) repo.write("action.yml", "name: sample\nruns:\n  using: node24\n  main: index.js\n");
  for (const [path, content] of Object.entries(options.files ?? {})) repo.write(path, content);
  repo.write("CHANGELOG.md", "# Changelog\n");
  repo.git("add", "-A");
  repo.git("commit", "-q", "-m", "chore: start");
  repo.git("remote", "add", "origin", `file://${remote}`);
  const forge = options.forge ?? new LocalForge(releasesDir);
  const commits: Record<string, string> = {};
  for (const version of options.versions ?? ["1.4.2", "1.5.0"]) {
    repo.write("index.js", `module.exports = ${JSON.stringify(version)};\n`);
    const changelog = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8").replace("# Changelog\n", `# Changelog\n\n## [${version}] - 2026-02-01\n\n- release ${version}\n`);
    repo.write("CHANGELOG.md", changelog);
    commits[version] = repo.commit(`chore(release): ${version}`, "package.json", `${JSON.stringify({ name: options.name, version, description: "rollback test", files: ["index.js"] }, null, 2)}\n`);
    await runPublish(
      {
        git: new GitCli(repo.dir),
        files: new LocalFiles(repo.dir),
        clock: fixedClock(new Date("2026-02-01T12:00:00Z")),
        reporter: quietReporter().reporter,
        forge,
        registryFor: (url) => new NpmCli({ registry: url, token: options.registry.token, cwd: repo.dir }),
        npmTokenGiven: true,
        env: {},
      },
      parsePublishInputs({ cwd: repo.dir, version, registry: options.registry.url, ...(options.action ? { floatingTags: true } : {}) }),
    );
  }
  const refs = (cwd: string) => execFileSync("git", ["for-each-ref", "--format=%(refname) %(objectname)"], { cwd, encoding: "utf8" });
  return {
    repo,
    remote,
    releasesDir,
    name: options.name,
    commits,
    remoteRefs: () => refs(remote),
    localRefs: () => refs(repo.dir),
    localReleases: () =>
      JSON.stringify(
        readdirSync(releasesDir)
          .sort()
          .map((tag) => [tag, readFileSync(join(releasesDir, tag, "release.json"), "utf8")]),
      ),
    remove() {
      repo.remove();
      rmSync(remote, { recursive: true, force: true });
      rmSync(releasesDir, { recursive: true, force: true });
    },
  };
}

/** The ports of a rollback run in a test: real git, the real registry, a forge (local unless given). */
export function rollbackPorts(fixture: ReleasedRepo, registry: TestRegistry, options: { forge?: ReleaseForge; now?: string } = {}): RollbackPorts & { log: () => string } {
  const { reporter, lines } = quietReporter();
  const dir = fixture.repo.dir;
  return {
    git: new GitCli(dir),
    gitFor: (other) => new GitCli(other),
    files: new LocalFiles(dir),
    clock: fixedClock(new Date(options.now ?? "2026-03-01T12:00:00Z")),
    reporter,
    forge: options.forge ?? new LocalForge(fixture.releasesDir),
    registryFor: (url, cwd) => new NpmCli({ registry: url, token: registry.token, cwd: cwd ?? dir }),
    npmTokenGiven: true,
    env: { GITHUB_ACTOR: "octocat" },
    log: lines,
  };
}
