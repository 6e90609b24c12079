import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { TestRepo } from "../support/git-repo.js";
import { GitHubEmulator } from "../support/github/server.js";

/**
 * Shared set-up for the tests of git-backed emulator repositories: an emulator with one repository
 * backed by a fresh bare git repository, an Octokit client on it, and a way to push to it with
 * plain git. `cleanup()` closes the emulator (failing on any schema mismatch) and removes folders.
 */

export const TOKEN = "ghs_gitBackedTestToken";

export interface BackedSetup {
  emulator: GitHubEmulator;
  octokit: ReturnType<typeof getOctokit>;
  owner: string;
  name: string;
  gitDir: string;
  /** git in the bare repository, with no configuration from this machine. */
  git(...args: string[]): string;
  /** A working repository whose pushes go to the bare one. */
  clone(): TestRepo;
  cleanup(): Promise<void>;
}

export async function backedRepo(options: { treeEntryLimit?: number } = {}): Promise<BackedSetup> {
  const root = mkdtempSync(join(tmpdir(), "cadence-emu-git-"));
  const gitDir = join(root, "target.git");
  const emulator = await GitHubEmulator.start({ token: TOKEN });
  emulator.state.addRepo("octo-org/target", { gitDir, ...options });
  // Plain Octokit: the throttling plugin would space writes a second apart, and these tests write a lot.
  const octokit = getOctokit(TOKEN, { baseUrl: emulator.url });
  const clones: TestRepo[] = [];
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  return {
    emulator,
    octokit,
    owner: "octo-org",
    name: "target",
    gitDir,
    git: (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", env }),
    clone() {
      const repo = TestRepo.create({ prefix: "cadence-emu-work-" });
      repo.git("remote", "add", "origin", gitDir);
      clones.push(repo);
      return repo;
    },
    async cleanup() {
      try {
        await emulator.close();
      } finally {
        for (const repo of clones) repo.remove();
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
