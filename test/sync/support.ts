import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { FolderArtifacts, TerminalReporter, fixedClock, parseSyncInputs, runSync, type RawSyncInputs, type SyncPorts } from "@release-cadence/core";
import { ExecCommandRunner } from "../../packages/core/src/gates/commands.js";
import { TestRepo } from "../support/git-repo.js";

/** A repository root in a temporary folder with a .github/cadence.yml, and helpers to write trees. */
export class SyncWorkspace {
  readonly root: string;
  readonly lines: string[] = [];
  constructor(prefix = "cadence-sync-") {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  config(yaml: string): void {
    this.write(".github/cadence.yml", yaml);
  }

  write(path: string, content: string | Buffer, mode?: number): void {
    const full = join(this.root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content, mode !== undefined ? { mode } : {});
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), "utf8");
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  ports(overrides: Partial<SyncPorts> = {}): SyncPorts {
    const lines = this.lines;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    return {
      clock: fixedClock(new Date("2026-03-02T10:00:00Z")),
      reporter: new TerminalReporter(sink, true),
      env: {},
      artifacts: new FolderArtifacts(join(this.root, ".artifacts")),
      commands: new ExecCommandRunner(),
      ...overrides,
    };
  }

  async run(inputs: Omit<RawSyncInputs, "cwd"> = {}, ports: Partial<SyncPorts> = {}) {
    return runSync(this.ports(ports), parseSyncInputs({ cwd: this.root, ...inputs }));
  }
}

/** Every file under a folder with its mode and content hash (links by their text): equal digests, equal trees. */
export function folderDigest(folder: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      hash.update(`missing ${prefix}\n`);
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full, `${prefix}${name}/`);
      else if (stat.isSymbolicLink()) hash.update(`L ${prefix}${name} -> ${readlinkSync(full)}\n`);
      else hash.update(`F ${prefix}${name} ${(stat.mode & 0o777).toString(8)} ${createHash("sha256").update(readFileSync(full)).digest("hex")}\n`);
    }
  };
  walk(folder, "");
  return hash.digest("hex");
}

/** A bare repository served by file:// with a working clone to make commits in, for git sources and targets. */
export class BareRepo {
  readonly bare: string;
  readonly work: TestRepo;
  constructor(files: Record<string, string>, branch = "main") {
    this.work = TestRepo.create({ branch, prefix: "cadence-sync-work-" });
    for (const [path, content] of Object.entries(files)) this.work.write(path, content);
    this.work.git("add", "-A");
    this.work.git("commit", "-q", "--allow-empty", "-m", "initial");
    this.bare = mkdtempSync(join(tmpdir(), "cadence-sync-bare-"));
    execFileSync("git", ["init", "-q", "--bare", "-b", branch, this.bare]);
    this.work.git("remote", "add", "origin", this.bare);
    this.work.git("push", "-q", "origin", branch);
  }

  get url(): string {
    return `file://${this.bare}`;
  }

  /** Commits files (content, or null to delete) in the working clone and pushes them. */
  change(files: Record<string, string | null>, message = "change", branch = "main"): string {
    this.work.git("checkout", "-q", branch);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) this.work.git("rm", "-q", path);
      else this.work.write(path, content);
    }
    this.work.git("add", "-A");
    this.work.git("commit", "-q", "-m", message);
    this.work.git("push", "-q", "origin", branch);
    return this.work.head();
  }

  /** What the bare repository holds: every ref and what it points at. */
  refs(): string {
    return execFileSync("git", ["for-each-ref", "--format=%(refname) %(objectname)"], { cwd: this.bare, encoding: "utf8" });
  }

  /** git in the bare repository. */
  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.bare, encoding: "utf8" });
  }

  show(ref: string, path: string): string {
    return this.git("show", `${ref}:${path}`);
  }

  remove(): void {
    this.work.remove();
    rmSync(this.bare, { recursive: true, force: true });
  }
}
