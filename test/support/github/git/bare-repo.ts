import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { buildTree, type TreeChange } from "./tree-builder.js";
import { formatObject, parseObject, treeSha, type CommitFields, type TagFields, type GitObjectType, type ParsedObject, type TreeEntry } from "./objects.js";

/**
 * A real bare git repository that backs an emulator repository. Everything goes through git
 * plumbing, so what a test pushes over HTTP (git http-backend) is what the API answers, and what
 * the API writes is what `git fetch` sees. Calls are synchronous on purpose: a request's reads and
 * its ref update never interleave with another request's, so a lease only fails when git itself
 * (a push) moved the ref.
 */

export const ZERO_SHA = "0".repeat(40);
const HEX = /^[0-9a-f]{40}$/;

export interface RefEntry {
  ref: string;
  sha: string;
  type: GitObjectType;
}

export interface DiffFile {
  path: string;
  status: "added" | "removed" | "modified" | "changed";
  sha: string;
  additions: number;
  deletions: number;
}

/** Why a ref write was refused; routes turn these into GitHub's answers. */
export type RefRefusal = "exists" | "missing" | "no-object" | "not-fast-forward" | "moved" | "bad-name";

export class RefWriteError extends Error {
  constructor(readonly reason: RefRefusal, message: string) {
    super(message);
  }
}

export interface BareRepoOptions {
  /** Branch HEAD names when the repository is created here (ignored for an existing one). */
  defaultBranch?: string;
  /** GitHub stops a recursive tree listing at 100,000 entries and marks it truncated. */
  treeEntryLimit?: number;
}

/** A file for `commitFiles`: its content, or content with a mode, or null to delete it. */
export type SeedFile = string | Buffer | { content: string | Buffer; mode: "100644" | "100755" | "120000" } | null;

const SEED_EPOCH = Date.parse("2026-01-01T00:00:00Z") / 1000;

export class BareRepo {
  readonly treeEntryLimit: number;
  private seeded = 0;

  constructor(readonly dir: string, options: BareRepoOptions = {}) {
    this.treeEntryLimit = options.treeEntryLimit ?? 100_000;
    if (!existsSync(dir) || readdirSync(dir).length === 0) {
      mkdirSync(dir, { recursive: true });
      this.git(["init", "-q", "--bare", "-b", options.defaultBranch ?? "main", dir], { bare: false });
    }
  }

  /** The branch HEAD points at (what a clone checks out). */
  headBranch(): string {
    return this.text(["symbolic-ref", "--short", "HEAD"]).trim();
  }

  // ---- objects ----

  /** The object with this full sha, or undefined when the repository has none. */
  read(sha: string): ParsedObject | undefined {
    if (!HEX.test(sha)) return undefined;
    const out = this.git(["cat-file", "--batch"], { input: `${sha}\n` });
    const headerEnd = out.indexOf(10);
    const header = out.subarray(0, headerEnd).toString("utf8").split(" ");
    if (header[1] === "missing" || header.length < 3) return undefined;
    const type = header[1] as GitObjectType;
    const size = Number(header[2]);
    return parseObject(sha, type, out.subarray(headerEnd + 1, headerEnd + 1 + size));
  }

  typeOf(sha: string): GitObjectType | undefined {
    if (!HEX.test(sha)) return undefined;
    const out = this.git(["cat-file", "--batch-check"], { input: `${sha}\n` }).toString("utf8").trim().split(" ");
    return out[1] === "missing" ? undefined : (out[1] as GitObjectType);
  }

  write(type: GitObjectType, content: Buffer): string {
    return this.text(["hash-object", "-w", "-t", type, "--stdin"], content).trim();
  }

  writeCommit(fields: CommitFields): string {
    return this.write("commit", formatObject.commit(fields));
  }

  writeTag(fields: TagFields): string {
    return this.write("tag", formatObject.tag(fields));
  }

  /**
   * Writes trees given children first (each may name trees written before it), in one `git
   * mktree --batch`. The shas are computed here too, so a parent can name a child before git
   * answers; a mismatch with git's answer means the serialisation is wrong and throws.
   */
  writeTrees(trees: readonly TreeEntry[][]): string[] {
    if (trees.length === 0) return [];
    const expected = trees.map(treeSha);
    const records = trees.map((entries) => entries.map((entry) => `${entry.mode} ${entry.type} ${entry.sha}\t${entry.name}\0`).join(""));
    const written = this.text(["mktree", "-z", "--missing", "--batch"], Buffer.from(records.join("\0"), "utf8")).trim().split("\n");
    if (written.join() !== expected.join()) throw new Error(`tree serialisation differs from git's: ${expected.join()} vs ${written.join()}`);
    return written;
  }

  /** The entries of one tree (not recursive), with blob sizes. */
  tree(sha: string): TreeEntry[] | undefined {
    if (this.typeOf(sha) !== "tree") return undefined;
    return parseLsTree(this.git(["ls-tree", "-z", "-l", "--full-tree", sha]));
  }

  /** Every entry under a tree, subtrees included and listed before their contents, paths in `name`. */
  treeRecursive(sha: string): TreeEntry[] | undefined {
    if (this.typeOf(sha) !== "tree") return undefined;
    return parseLsTree(this.git(["ls-tree", "-z", "-l", "-r", "-t", "--full-tree", sha]));
  }

  /** The entry at `path` ("" for the tree itself) under a tree, walking one directory at a time. */
  entryAt(treeSha: string, path: string): TreeEntry | undefined {
    let entry: TreeEntry = { mode: "040000", type: "tree", sha: treeSha, name: "" };
    for (const part of path.split("/").filter(Boolean)) {
      if (entry.type !== "tree") return undefined;
      const found = this.tree(entry.sha)?.find((candidate) => candidate.name === part);
      if (!found) return undefined;
      entry = found;
    }
    return entry;
  }

  /** A commit-ish or tree-ish peeled to the wanted type (`sha^{tree}`), or undefined. */
  peel(sha: string, to: "commit" | "tree"): string | undefined {
    if (!HEX.test(sha)) return undefined;
    const out = this.tryText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${sha}^{${to}}`]);
    return out?.trim() || undefined;
  }

  /** A branch, a tag, a full ref or a full sha, resolved to a commit the way GitHub reads `ref`. */
  resolveCommit(name: string): string | undefined {
    if (HEX.test(name)) return this.peel(name, "commit");
    const refs = new Map(this.refs("refs/").map((entry) => [entry.ref, entry.sha]));
    const sha = refs.get(`refs/heads/${name}`) ?? refs.get(`refs/tags/${name}`) ?? (name.startsWith("refs/") ? refs.get(name) : undefined);
    return sha ? this.peel(sha, "commit") : undefined;
  }

  /** Whether `ancestor` is reachable from `descendant` (a fast-forward from one to the other). */
  isAncestor(ancestor: string, descendant: string): boolean {
    try {
      this.git(["merge-base", "--is-ancestor", ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  /** The sha of every object in the repository, loose or packed, sorted. */
  objectShas(): string[] {
    return this.text(["cat-file", "--batch-all-objects", "--batch-check=%(objectname)"]).split("\n").filter(Boolean).sort();
  }

  /** Commits reachable from `to` and not from `from`, oldest first (`git rev-list --reverse from..to`). */
  commitsBetween(from: string, to: string): string[] {
    return this.text(["rev-list", "--reverse", `${from}..${to}`]).split("\n").filter(Boolean);
  }

  /** The best common ancestor of two commits, or undefined when they share no history. */
  mergeBase(a: string, b: string): string | undefined {
    return this.tryText(["merge-base", a, b])?.trim() || undefined;
  }

  /** The files that differ between two commits (no rename detection), with line counts (0 for binary). */
  diffFiles(from: string, to: string): DiffFile[] {
    const raw = this.text(["diff-tree", "-r", "-z", "--no-renames", "--raw", from, to]).split("\0");
    const counts = new Map<string, [number, number]>();
    for (const record of this.text(["diff-tree", "-r", "-z", "--no-renames", "--numstat", from, to]).split("\0")) {
      const [added, deleted, path] = record.split("\t");
      if (path !== undefined) counts.set(path, [Number(added) || 0, Number(deleted) || 0]);
    }
    const files: DiffFile[] = [];
    for (let index = 0; index + 1 < raw.length; index += 2) {
      const [, , oldSha, newSha, letter] = raw[index]!.split(" ");
      const path = raw[index + 1]!;
      const status = letter === "A" ? "added" : letter === "D" ? "removed" : letter === "M" ? "modified" : "changed";
      const [additions, deletions] = counts.get(path) ?? [0, 0];
      files.push({ path, status, sha: status === "removed" ? oldSha! : newSha!, additions, deletions });
    }
    return files;
  }

  // ---- refs ----

  /** Refs whose full name starts with `prefix` (a plain string prefix, as GitHub matches). */
  refs(prefix = "refs/"): RefEntry[] {
    const out = this.text(["for-each-ref", "--format=%(refname)%00%(objectname)%00%(objecttype)"]);
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split("\0");
        return { ref: ref!, sha: sha!, type: type as GitObjectType };
      })
      .filter((entry) => entry.ref.startsWith(prefix));
  }

  ref(name: string): RefEntry | undefined {
    return this.refs(name).find((entry) => entry.ref === name);
  }

  /**
   * Creates (`old` = ZERO_SHA), moves or deletes (`sha` = ZERO_SHA) a ref with `old` as the lease:
   * git refuses when the ref is not at `old` any more, and so does this.
   */
  updateRef(ref: string, sha: string, old: string, options: { force?: boolean } = {}): void {
    if (this.tryText(["check-ref-format", ref]) === undefined) {
      throw new RefWriteError("bad-name", `'${ref}' is not a valid ref name`);
    }
    if (sha !== ZERO_SHA && !this.typeOf(sha)) throw new RefWriteError("no-object", "Object does not exist");
    if (sha !== ZERO_SHA && old !== ZERO_SHA && !options.force && old !== sha && !this.isAncestor(old, sha)) {
      throw new RefWriteError("not-fast-forward", "Update is not a fast forward");
    }
    const args = sha === ZERO_SHA ? ["update-ref", "-d", ref, old] : ["update-ref", ref, sha, old];
    if (this.tryText(args) === undefined) throw new RefWriteError("moved", `${ref} is no longer at ${old}`);
  }

  // ---- test set-up ----

  /**
   * Commits files onto `branch` (created when missing) on top of its head: a string or Buffer is
   * the content (mode 100644), `{ content, mode }` picks 100755 or 120000 (a symlink's target),
   * null deletes. Returns the new commit's sha. Dates step one second per commit, so histories
   * are reproducible and ordered.
   */
  commitFiles(branch: string, files: Record<string, SeedFile>, message = "seed"): string {
    const ref = `refs/heads/${branch}`;
    const head = this.ref(ref)?.sha;
    const changes: TreeChange[] = Object.entries(files).map(([path, file]) => {
      if (file === null) return { path, mode: "100644", sha: null };
      const { content, mode } = typeof file === "string" || Buffer.isBuffer(file) ? { content: file, mode: "100644" } : file;
      return { path, mode, sha: this.write("blob", Buffer.from(content)) };
    });
    const tree = buildTree(this, head ? this.peel(head, "tree") : undefined, changes);
    const when = `${SEED_EPOCH + this.seeded++} +0000`;
    const identity = { name: "Seed Author", email: "seed@example.invalid", when };
    const commit = this.writeCommit({ tree, parents: head ? [head] : [], author: identity, committer: identity, message });
    this.updateRef(ref, commit, head ?? ZERO_SHA);
    return commit;
  }

  // ---- plumbing ----

  git(args: readonly string[], options: { input?: string | Buffer; bare?: boolean } = {}): Buffer {
    const prefix = options.bare === false ? [] : ["--git-dir", this.dir];
    return execFileSync("git", [...prefix, ...args], { input: options.input, env: gitEnv(), maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  }

  private text(args: readonly string[], input?: string | Buffer): string {
    return this.git(args, { input }).toString("utf8");
  }

  private tryText(args: readonly string[]): string | undefined {
    try {
      return this.text(args);
    } catch {
      return undefined;
    }
  }
}

/** `git ls-tree -z -l` records: "<mode> <type> <sha> <size>\t<path>\0". */
function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.toString("utf8").split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("\t");
    const [mode, type, sha, size] = record.slice(0, tab).split(/ +/);
    const entry: TreeEntry = { mode: mode!, type: type as GitObjectType, sha: sha!, name: record.slice(tab + 1) };
    if (size !== "-") entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}

/** Git with no configuration from this machine or the test's environment (a runner has none). */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_")) env[key] = value;
  return { ...env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", LC_ALL: "C" };
}
