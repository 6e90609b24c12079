import { afterEach } from "vitest";
import {
  ConfigurationError,
  GitCli,
  LocalFiles,
  fixedClock,
  parseVersionBumpInputs,
  runVersionBump,
  type AnnotationLevel,
  type RawVersionBumpInputs,
  type Reporter,
  type VersionBumpResult,
} from "@release-cadence/core";
import { TestRepo } from "../support/git-repo.js";

/** A reporter that keeps what it was told, for assertions. */
export class RecordingReporter implements Reporter {
  readonly annotations: Array<{ level: AnnotationLevel; message: string }> = [];
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  debug(): void {}
  annotate(level: AnnotationLevel, message: string): void {
    this.annotations.push({ level, message });
  }
  async group<T>(_title: string, body: () => Promise<T>): Promise<T> {
    return body();
  }
  async summary(): Promise<void> {}
  secret(): void {}
}

/** Temporary repositories of one test file, removed after each test. */
export function repositories(): (options?: { branch?: string }) => TestRepo {
  const created: TestRepo[] = [];
  afterEach(() => created.splice(0).forEach((repo) => repo.remove()));
  return (options = {}) => {
    const repo = TestRepo.create({ ...options, prefix: "cadence-vb-git-" });
    created.push(repo);
    return repo;
  };
}

/** Runs version-bump in this process on a real repository through the real git adapter. */
export async function bump(repo: TestRepo, inputs: Omit<RawVersionBumpInputs, "cwd"> = {}): Promise<VersionBumpResult & { reporter: RecordingReporter }> {
  const reporter = new RecordingReporter();
  const result = await runVersionBump(
    { git: new GitCli(repo.dir), files: new LocalFiles(repo.dir), clock: fixedClock(new Date("2026-02-01T00:00:00Z")), reporter },
    parseVersionBumpInputs({ cwd: repo.dir, ...inputs }),
  );
  return { ...result, reporter };
}

/** The ConfigurationError a run throws; fails the test when it succeeds or throws anything else. */
export async function bumpError(repo: TestRepo, inputs: Omit<RawVersionBumpInputs, "cwd"> = {}): Promise<ConfigurationError> {
  try {
    await bump(repo, inputs);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected version-bump to refuse");
}

export const packageJson = (version: string, name = "sample") => `${JSON.stringify({ name, version }, null, 2)}\n`;
