import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const IDENTITY = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.invalid",
  GIT_COMMITTER_NAME: "Test Committer",
  GIT_COMMITTER_EMAIL: "committer@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

/** A real git repository in a temporary folder, for tests. */
export class TestRepo {
  private counter = 0;
  constructor(readonly dir: string) {}

  static create(options: { branch?: string; prefix?: string } = {}): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), options.prefix ?? "cadence-test-"));
    const repo = new TestRepo(dir);
    repo.git("init", "-q", "-b", options.branch ?? "main");
    repo.git("config", "commit.gpgsign", "false");
    repo.git("config", "tag.gpgsign", "false");
    return repo;
  }

  git(...args: string[]): string {
    // A fixed, increasing date keeps histories reproducible and ordered.
    const date = `2026-01-01T00:00:${String(this.counter % 60).padStart(2, "0")}Z`;
    return execFileSync("git", args, {
      cwd: this.dir,
      env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
  }

  write(path: string, content: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  /** Commits a change to `path` (a counter file by default) with the message. Returns the sha. */
  commit(message: string, path = `changes/${this.counter}.txt`, content?: string): string {
    this.counter++;
    this.write(path, content ?? `${message}\n${this.counter}\n`);
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty-message", "-m", message);
    return this.head();
  }

  tag(name: string, annotated = true): void {
    if (annotated) this.git("tag", "-a", name, "-m", name);
    else this.git("tag", name);
  }

  head(): string {
    return this.git("rev-parse", "HEAD").trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
