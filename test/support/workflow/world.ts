import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { TestRepo } from "../git-repo.js";
import { GitHubEmulator } from "../github/server.js";
import { GitOrigin } from "./git-origin.js";
import type { RunWorkflowOptions } from "./options.js";
import type { WorkflowRunResult } from "./results.js";
import { runWorkflow } from "./run-workflow.js";

/**
 * Everything a workflow run needs around it, for tests: the GitHub emulator with the
 * repository backed by a bare git repository that the HTTP origin also hosts, and a working clone (with a test
 * identity, unlike the runner's jobs) to make commits and push them before a run.
 */
export interface WorkflowWorld {
  repository: string;
  emulator: GitHubEmulator;
  origin: GitOrigin;
  /** The bare repository the origin serves. */
  bare: string;
  /** A clone to prepare history in; `push()` sends it to the bare repository. */
  work: TestRepo;
  push(): void;
  run(options: Omit<RunWorkflowOptions, "github" | "origin" | "repository"> & Partial<Pick<RunWorkflowOptions, "repository">>): Promise<WorkflowRunResult>;
  close(): Promise<void>;
}

export async function startWorld(options: { repository?: string; private?: boolean; seed?: (work: TestRepo) => void } = {}): Promise<WorkflowWorld> {
  const repository = options.repository ?? "octo-org/sample";
  const emulator = await GitHubEmulator.start();
  const bare = join(mkdtempSync(join(tmpdir(), "workflow-origin-")), `${repository.split("/")[1]}.git`);
  // One bare repository behind both the API and the git host: a tag pushed is a ref the API sees.
  emulator.state.addRepo(repository, { private: options.private ?? false, gitDir: bare });
  const work = TestRepo.create({ prefix: "workflow-work-" });
  if (options.seed) options.seed(work);
  else work.commit("chore: start", "README.md", "# sample\n");
  work.git("remote", "add", "origin", `file://${bare}`);
  const push = () => void work.git("push", "-q", "--force", "origin", "--all", "--follow-tags");
  push();
  const origin = await GitOrigin.start();
  origin.host(repository, bare);
  return {
    repository,
    emulator,
    origin,
    bare,
    work,
    push,
    run: (runOptions) => runWorkflow({ repository, github: emulator, origin, ...runOptions }),
    async close() {
      await origin.close();
      await emulator.close();
      work.remove();
      rmSync(dirname(bare), { recursive: true, force: true });
    },
  };
}
