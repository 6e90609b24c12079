import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError, GitError } from "../../errors/index.js";
import { gitSaid, runGit, type GitRunOptions } from "../git-run.js";
import { relativePathProblem } from "../paths.js";
import type { CommitIdentity, FileEntry, FileMap } from "../types.js";
import { CatFile } from "./cat-file.js";

const ZERO = "0".repeat(40);

/** A remote as ls-remote shows it: its default branch and the heads asked for. */
export interface RemoteHeads {
  defaultBranch?: string;
  heads: Map<string, string>;
}

export interface TreeChange {
  path: string;
  /** undefined: the path is deleted. */
  entry?: FileEntry;
}

export interface CommitInfo {
  tree: string;
  parents: string[];
  message: string;
  committerEmail: string;
  author: string;
}

/**
 * A temporary bare repository where a sync fetches its git source and targets (shallow, one
 * commit each) and builds commits with plumbing (a temporary index, write-tree, commit-tree):
 * nothing is checked out, so a sync of 100k files writes no 100k files. Blobs fetched from the
 * source serve the targets' commits without being read into memory.
 */
export class GitWorkspace {
  readonly gitDir: string;
  private readonly cat: CatFile;

  constructor() {
    this.gitDir = mkdtempSync(join(tmpdir(), "cadence-sync-git-"));
    this.cat = new CatFile(this.gitDir);
  }

  async init(): Promise<void> {
    await runGit(["init", "--bare", "-q", this.gitDir], { cwd: tmpdir() });
    // No background gc in a repository that lives for one run.
    await this.git(["config", "gc.auto", "0"]);
  }

  git(args: readonly string[], options: Omit<GitRunOptions, "cwd"> = {}) {
    return runGit(["--git-dir", this.gitDir, ...args], { ...options, cwd: this.gitDir });
  }

  /**
   * The environment that hands a token to git for one URL's host, as actions/checkout does
   * (an `http.<url>.extraheader`), through GIT_CONFIG_* variables: never in a URL, an argument
   * list, or a file.
   */
  static credentials(url: string, token: string | undefined): Record<string, string> {
    if (!token || !/^https?:\/\//i.test(url)) return {};
    const origin = new URL(url).origin;
    const basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
    return { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
  }

  /** Default branch and the named heads, in one round trip; an unreachable remote is a clear error. */
  async remoteHeads(url: string, token: string | undefined, branches: readonly string[]): Promise<RemoteHeads> {
    let output: string;
    try {
      output = (await this.git(["ls-remote", "--symref", url, "HEAD", ...branches.map((branch) => `refs/heads/${branch}`)], { env: GitWorkspace.credentials(url, token) })).stdout.toString("utf8");
    } catch (error) {
      throw new ConfigurationError(`cannot read the git repository ${url}: ${gitSaid(error)}`);
    }
    const heads = new Map<string, string>();
    let defaultBranch: string | undefined;
    let headSha: string | undefined;
    for (const line of output.split("\n")) {
      const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
      if (symref) defaultBranch = symref[1];
      const head = /^([0-9a-f]{40})\trefs\/heads\/(.+)$/.exec(line);
      if (head) heads.set(head[2]!, head[1]!);
      const remoteHead = /^([0-9a-f]{40})\tHEAD$/.exec(line);
      if (remoteHead) headSha = remoteHead[1];
    }
    // HEAD's line gives the default branch's head without listing every branch.
    if (defaultBranch && headSha && !heads.has(defaultBranch)) heads.set(defaultBranch, headSha);
    return { ...(defaultBranch ? { defaultBranch } : {}), heads };
  }

  /** Fetches one commit of a branch (no history) into a ref of this workspace. */
  async fetch(url: string, token: string | undefined, branch: string, ref: string, depth = 1): Promise<string> {
    try {
      await this.git(["fetch", "-q", "--no-tags", `--depth=${depth}`, url, `+refs/heads/${branch}:${ref}`], { env: GitWorkspace.credentials(url, token) });
    } catch (error) {
      throw new ConfigurationError(`cannot fetch ${branch} from ${url}: ${gitSaid(error)}`);
    }
    return (await this.git(["rev-parse", ref])).stdout.toString("utf8").trim();
  }

  /** Fetches the rest of a branch's history (for the base of a three-way merge); quietly nothing when it cannot. */
  async deepen(url: string, token: string | undefined, branch: string, ref: string): Promise<void> {
    await this.git(["fetch", "-q", "--no-tags", "--unshallow", url, `+refs/heads/${branch}:${ref}`], { env: GitWorkspace.credentials(url, token) }).catch(() => undefined);
  }

  /** Every file of a commit's tree (submodules left out), and the paths. */
  async listTree(commit: string): Promise<{ files: FileMap; paths: string[] }> {
    const output = (await this.git(["ls-tree", "-r", "-z", "-l", "--full-tree", commit])).stdout;
    const files: FileMap = new Map();
    const paths: string[] = [];
    let start = 0;
    while (start < output.length) {
      const end = output.indexOf(0, start);
      const line = output.subarray(start, end === -1 ? output.length : end).toString("utf8");
      start = end === -1 ? output.length : end + 1;
      const tab = line.indexOf("\t");
      const [mode, type, sha, size] = line.slice(0, tab).split(/ +/);
      const path = line.slice(tab + 1);
      if (type !== "blob") continue;
      paths.push(path);
      files.set(path, { sha: sha!, mode: mode!, size: Number(size) });
    }
    return { files, paths };
  }

  /** A blob's bytes, or undefined when this repository does not have it. */
  readBlob(sha: string): Promise<Buffer | undefined> {
    return this.cat.read(sha);
  }

  /** Of these object ids, the ones this repository does not have (one process for all). */
  async missingObjects(shas: readonly string[]): Promise<Set<string>> {
    if (shas.length === 0) return new Set();
    const output = (await this.git(["cat-file", "--batch-check"], { input: `${shas.join("\n")}\n` })).stdout.toString("utf8");
    return new Set(
      output
        .split("\n")
        .filter((line) => line.endsWith(" missing"))
        .map((line) => line.slice(0, -" missing".length)),
    );
  }

  /** Writes blobs for files on disk (absolute paths), as they are (no filters): their ids, in order. */
  async writeFiles(paths: readonly string[]): Promise<string[]> {
    if (paths.length === 0) return [];
    const output = await this.git(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: `${paths.join("\n")}\n` });
    return output.stdout.toString("utf8").trim().split("\n");
  }

  async writeBlob(bytes: Buffer): Promise<string> {
    return (await this.git(["hash-object", "-w", "--no-filters", "--stdin"], { input: bytes })).stdout.toString("utf8").trim();
  }

  /**
   * The tree of `base` (a commit, or "" for none) with the changes made: through a temporary index,
   * `write-tree --missing-ok`, so a plan can name the tree before the blobs are written.
   */
  async buildTree(base: string, changes: readonly TreeChange[]): Promise<string> {
    const index = join(this.gitDir, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      await this.git(base ? ["read-tree", base] : ["read-tree", "--empty"], { env });
      const lines = changes.map((change) => {
        const problem = relativePathProblem(change.path);
        if (problem) throw new ConfigurationError(`the path ${change.path} ${problem}`);
        return change.entry ? `${change.entry.mode} ${change.entry.sha}\t${change.path}\0` : `0 ${ZERO}\t${change.path}\0`;
      });
      if (lines.length > 0) await this.git(["update-index", "-z", "--index-info"], { env, input: lines.join("") });
      return (await this.git(["write-tree", "--missing-ok"], { env })).stdout.toString("utf8").trim();
    } finally {
      rmSync(index, { force: true });
    }
  }

  /** A commit of `tree` on `parent` by `identity`, at `date`: identity given explicitly, never taken from a gitconfig. */
  async commit(tree: string, parent: string | undefined, message: string, identity: CommitIdentity, date: Date): Promise<string> {
    const when = `${Math.floor(date.getTime() / 1000)} +0000`;
    const env = { GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email, GIT_AUTHOR_DATE: when, GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email, GIT_COMMITTER_DATE: when };
    const args = ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-F", "-"];
    return (await this.git(args, { env, input: message })).stdout.toString("utf8").trim();
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    const text = (await this.git(["cat-file", "commit", sha])).stdout.toString("utf8");
    const split = text.indexOf("\n\n");
    const headers = text.slice(0, split).split("\n");
    const field = (name: string) => headers.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
    const committer = field("committer")[0] ?? "";
    return { tree: field("tree")[0] ?? "", parents: field("parent"), message: text.slice(split + 2), committerEmail: /<([^>]*)>/.exec(committer)?.[1] ?? "", author: (field("author")[0] ?? "").replace(/ \d+ [+-]\d{4}$/, "") };
  }

  /**
   * Pushes a commit to a branch. `lease`: the head the branch must still have (undefined: it must
   * not exist) for a forced update; without a lease only a fast-forward is pushed.
   */
  async push(url: string, token: string | undefined, commit: string, branch: string, options: { lease?: string | null } = {}): Promise<void> {
    const forced = options.lease !== undefined;
    const args = ["push", "-q", "--no-verify", ...(forced ? [`--force-with-lease=refs/heads/${branch}:${options.lease ?? ""}`] : []), url, `${forced ? "+" : ""}${commit}:refs/heads/${branch}`];
    try {
      await this.git(args, { env: GitWorkspace.credentials(url, token) });
    } catch (error) {
      const said = gitSaid(error);
      if (error instanceof GitError && /stale info|non-fast-forward|fetch first|rejected/i.test(error.stderr)) {
        throw new ConfigurationError(`${branch} in ${url} moved since the plan was made (${said}); run the dry-run again`);
      }
      throw new ConfigurationError(`cannot push to ${branch} in ${url}: ${said}`);
    }
  }

  close(): void {
    this.cat.close();
    rmSync(this.gitDir, { recursive: true, force: true });
  }
}
