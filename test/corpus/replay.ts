// Replays the real-history corpus (../shared/corpus/releases.jsonl): each release step becomes a
// real temporary git repository built with one `git fast-import`, and the committed CLI bundle
// decides the next version in it as its own process.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import semver from "semver";
import { ROOT } from "../support/runner.js";

import { CORPUS_DIR, corpusFile } from "../support/shared.js";

export { CORPUS_DIR, corpusFile };

export interface CorpusCommit {
  sha: string;
  parents: string[];
  is_merge: boolean;
  author: string;
  author_date: string;
  committer_date: string;
  subject: string;
  message: string;
  release_commit: string | null;
}

export interface CorpusEntry {
  id: string;
  repo: string;
  tool: "semantic-release" | "release-please";
  prev_tag: string;
  next_tag: string;
  prev_version: string;
  next_version: string;
  bump: string;
  next_is_prerelease: boolean;
  prev_is_prerelease: boolean;
  prerelease_channel: string | null;
  last_stable_tag: string | null;
  last_stable_version: string | null;
  nearest_lower_tag: string | null;
  prev_commit: string;
  next_commit: string;
  on_primary_branch: boolean;
  maintenance_release: boolean;
  flags: string[];
  config_files: Record<string, string>;
  commits: CorpusCommit[];
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Every tag's commit known from the corpus (`repo\0tag` → sha): the two ends of every step. */
export function tagCommits(entries: readonly CorpusEntry[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const entry of entries) {
    known.set(`${entry.repo}\0${entry.prev_tag}`, entry.prev_commit);
    known.set(`${entry.repo}\0${entry.next_tag}`, entry.next_commit);
  }
  return known;
}

/** How one step is replayed: the branch it runs on, the CLI flags, the files and the fast-import stream. */
export interface ReplayPlan {
  id: string;
  expected: string;
  branch: string;
  args: string[];
  /** The tip's tree: path → content (also what the working tree holds after checkout). */
  files: Record<string, string>;
  stream: Buffer;
  /** Commits replayed after the base (the tool's own release commit at the tip left out). */
  commitCount: number;
  /** The sha HEAD will have, computed as git does (checked after the import). */
  head: string;
}

const SEMANTIC_RELEASE_FILES = [".releaserc", ".releaserc.json", ".releaserc.yaml", ".releaserc.yml", "package.json#release"];

/** The branch list of the entry's semantic-release configuration, when it has one (data files only). */
function semanticReleaseBranches(entry: CorpusEntry): unknown[] | undefined {
  for (const path of SEMANTIC_RELEASE_FILES) {
    const text = entry.config_files[path];
    if (text === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue; // YAML .releaserc: none in the corpus; the CLI reads it, the harness does not need to
    }
    if (!value || typeof value !== "object") continue;
    const config = value as { branches?: unknown; branch?: unknown };
    if (config.branches !== undefined) return Array.isArray(config.branches) ? config.branches : [config.branches];
    if (typeof config.branch === "string") return [config.branch];
  }
  return undefined;
}

/**
 * The branch the tool ran on, a fact about the step: the channel's branch for a pre-release, an
 * `N.x` branch for a maintenance release, otherwise the release branch — `main`, unless the
 * repository's own branch list names a different plain release branch (renovatebot/github-action
 * releases from `release`).
 */
export function branchFor(entry: CorpusEntry): string {
  if (entry.next_is_prerelease && entry.prerelease_channel) return entry.prerelease_channel;
  if (entry.maintenance_release) return `${semver.major(entry.next_version)}.x`;
  const branches = semanticReleaseBranches(entry);
  if (branches) {
    const names = branches.map((branch) => (typeof branch === "string" ? branch : (branch as { name?: string })?.name)).filter((name): name is string => typeof name === "string");
    const plain = branches.filter((branch) => typeof branch === "string" || !(branch as { prerelease?: unknown; range?: unknown }).prerelease);
    if (!names.includes("main") && !names.includes("master")) {
      const first = plain.map((branch) => (typeof branch === "string" ? branch : (branch as { name: string }).name)).find((name) => /^[\w./-]+$/.test(name));
      if (first) return first;
    }
  }
  return "main";
}

/**
 * The CLI's flags for the step. When nothing about the release setup is known (no configuration
 * file, no release workflow: the Travis-era steps), the pre-release channel is what the person
 * running the release says (`--prerelease beta`), as a cadence user on zero config does; otherwise
 * the checked-out branch and the repository's configuration decide.
 */
export function argsFor(entry: CorpusEntry): string[] {
  const args = ["version-bump", "--dry-run", "--json"];
  if (entry.next_is_prerelease && entry.prerelease_channel && Object.keys(entry.config_files).length === 0) args.push("--prerelease", entry.prerelease_channel);
  return args;
}

/** The tip's files: the configuration written back, package.json and the manifest at the previous version. */
export function filesFor(entry: CorpusEntry): Record<string, string> {
  const files: Record<string, string> = {};
  const pkg: Record<string, unknown> = { name: entry.repo.split("/")[1], version: entry.prev_version };
  for (const [path, text] of Object.entries(entry.config_files)) {
    if (path === "package.json#release") {
      pkg.release = JSON.parse(text) as unknown;
    } else if (path === ".release-please-manifest.json") {
      files[path] = manifestAtPrevious(text, entry);
    } else {
      files[path] = text;
    }
  }
  files["package.json"] = `${JSON.stringify(pkg, null, 2)}\n`;
  return files;
}

// The release PR wrote next_version into the manifest; before the release it held the previous one.
function manifestAtPrevious(text: string, entry: CorpusEntry): string {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return text;
  }
  for (const key of Object.keys(manifest)) if (typeof manifest[key] === "string") manifest[key] = entry.prev_version;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function identity(name: string, isoDate: string): string {
  const clean = name.replace(/[<>\n]/g, "").trim() || "unknown";
  const date = new Date(isoDate);
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(isoDate);
  const zone = offset ? `${offset[1]}${offset[2]}${offset[3]}` : "+0000";
  return `${clean} <corpus@example.invalid> ${Math.floor(date.getTime() / 1000)} ${zone}`;
}

class StreamWriter {
  private parts: Buffer[] = [];
  line(text: string): void {
    this.parts.push(Buffer.from(`${text}\n`, "utf8"));
  }
  data(bytes: Buffer): void {
    this.parts.push(Buffer.from(`data ${bytes.length}\n`, "utf8"), bytes, Buffer.from("\n", "utf8"));
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

// Git's object ids, computed here so that a revert's "This reverts commit <sha>" can name the
// replayed commit (fast-import gives every commit a new sha: other parents, another tree).
function objectId(type: "blob" | "tree" | "commit", body: Buffer): Buffer {
  return createHash("sha1").update(`${type} ${body.length}\0`).update(body).digest();
}

/** The id of the tree holding these files (paths with `/` become subtrees), as git computes it. */
export function treeId(files: Record<string, string>): string {
  const build = (entries: Array<[string[], string]>): Buffer => {
    const here = new Map<string, { blob?: string; children: Array<[string[], string]> }>();
    for (const [parts, content] of entries) {
      const [name, ...rest] = parts as [string, ...string[]];
      const slot = here.get(name) ?? { children: [] };
      if (rest.length === 0) slot.blob = content;
      else slot.children.push([rest, content]);
      here.set(name, slot);
    }
    // Git orders a tree's entries by name, a subtree's name compared as if it ended with "/".
    const sorted = [...here].map(([name, slot]) => ({ name, slot, key: slot.blob === undefined ? `${name}/` : name }));
    sorted.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    const body = sorted.map(({ name, slot }) => {
      const id = slot.blob !== undefined ? objectId("blob", Buffer.from(slot.blob, "utf8")) : objectId("tree", build(slot.children));
      return Buffer.concat([Buffer.from(`${slot.blob !== undefined ? "100644" : "40000"} ${name}\0`, "utf8"), id]);
    });
    return Buffer.concat(body);
  };
  return objectId("tree", build(Object.entries(files).map(([path, content]) => [path.split("/"), content]))).toString("hex");
}

function commitId(tree: string, parent: string | undefined, author: string, committer: string, message: Buffer): string {
  const header = `tree ${tree}\n${parent ? `parent ${parent}\n` : ""}author ${author}\ncommitter ${committer}\n\n`;
  return objectId("commit", Buffer.concat([Buffer.from(header, "utf8"), message])).toString("hex");
}

const REVERTS = /(This reverts commit )([0-9a-f]{7,40})/g;

/** A revert's "This reverts commit <sha>" names the replayed commit when that commit is replayed too. */
function retarget(message: string, replayedSha: ReadonlyMap<string, string>): string {
  if (!message.includes("This reverts commit")) return message;
  return message.replace(REVERTS, (whole, lead: string, sha: string) => {
    for (const [original, replayed] of replayedSha) if (original.startsWith(sha)) return `${lead}${replayed.slice(0, sha.length)}`;
    return whole;
  });
}

/**
 * The fast-import stream: synthetic ancestors for the older tags the prerelease counters need,
 * the base commit (configuration, package.json at prev_version) tagged prev_tag, then every commit
 * of the step oldest first, merges linearised, messages byte-exact except that "This reverts
 * commit <sha>" names the replayed sha of a reverted commit in the range. The tool's own release
 * commit at the tip (release-please's release-PR merge, @semantic-release/git's commit) is left out.
 */
export function planReplay(entry: CorpusEntry, known: ReadonlyMap<string, string>): ReplayPlan {
  const branch = branchFor(entry);
  const ref = `refs/heads/${branch}`;
  const files = filesFor(entry);
  let commits = entry.commits;
  if (commits.length > 0 && commits[0]!.sha === entry.next_commit && commits[0]!.release_commit) commits = commits.slice(1);
  const replayed = [...commits].reverse();
  const inRange = new Map(replayed.map((commit, index) => [commit.sha, index]));

  // Tags other than prev_tag that the decision may look at: in the range where their commit is, else below the base.
  const extraTags = new Map<string, string>();
  for (const tag of [entry.last_stable_tag, entry.nearest_lower_tag]) {
    if (tag && tag !== entry.prev_tag && tag !== entry.next_tag) extraTags.set(tag, known.get(`${entry.repo}\0${tag}`) ?? "");
  }
  const ancestors = [...extraTags].filter(([, sha]) => !inRange.has(sha)).map(([tag]) => tag);
  ancestors.sort((a, b) => semver.compare(versionOf(a), versionOf(b)));
  const tagsInRange = new Map<number, string[]>();
  for (const [tag, sha] of extraTags) {
    const index = inRange.get(sha);
    if (index !== undefined) tagsInRange.set(index, [...(tagsInRange.get(index) ?? []), tag]);
  }

  const out = new StreamWriter();
  let mark = 0;
  let parent: string | undefined;
  const commit = (tree: string, author: string, committer: string, message: Buffer, contents?: Record<string, string>): number => {
    mark++;
    out.line(`commit ${ref}`);
    out.line(`mark :${mark}`);
    out.line(`author ${author}`);
    out.line(`committer ${committer}`);
    out.data(message);
    if (contents) {
      out.line("deleteall");
      for (const [path, content] of Object.entries(contents)) {
        out.line(`M 100644 inline ${path}`);
        out.data(Buffer.from(content, "utf8"));
      }
    }
    out.line("");
    parent = commitId(tree, parent, author, committer, message);
    return mark;
  };
  const tag = (name: string, at: number) => {
    out.line(`reset refs/tags/${name}`);
    out.line(`from :${at}`);
    out.line("");
  };
  const firstDate = replayed[0]?.committer_date ?? "2000-01-01T00:00:00Z";
  const hourBefore = (hours: number) => new Date(new Date(firstDate).getTime() - hours * 3600_000).toISOString().replace(/\.\d+Z$/, "Z");
  for (const [index, name] of ancestors.entries()) {
    const contents = { "package.json": `${JSON.stringify({ name: entry.repo.split("/")[1], version: versionOf(name) }, null, 2)}\n` };
    const who = identity("corpus", hourBefore(1 + ancestors.length - index));
    tag(name, commit(treeId(contents), who, who, Buffer.from(`chore: earlier release ${name}\n`, "utf8"), contents));
  }
  const baseTree = treeId(files);
  const base = identity("corpus", hourBefore(1));
  tag(entry.prev_tag, commit(baseTree, base, base, Buffer.from(`corpus replay: the previous release, ${entry.prev_tag}\n`, "utf8"), files));
  const replayedSha = new Map<string, string>();
  for (const [index, original] of replayed.entries()) {
    const message = Buffer.from(`${retarget(original.message, replayedSha)}\n`, "utf8");
    const at = commit(baseTree, identity(original.author, original.author_date), identity(original.author, original.committer_date), message);
    replayedSha.set(original.sha, parent!);
    for (const name of tagsInRange.get(index) ?? []) tag(name, at);
  }
  out.line("done");
  return {
    id: entry.id,
    expected: entry.next_version,
    branch,
    args: argsFor(entry),
    files,
    stream: out.done(),
    commitCount: replayed.length,
    head: parent!,
  };
}

function versionOf(tag: string): string {
  return tag.replace(/^.*?(?=\d+\.\d+\.\d+)/, "");
}

/** The committed CLI bundle; CORPUS_CLI points at another build (e.g. one made with `build.mjs --out`). */
export const CLI = resolve(process.env.CORPUS_CLI ?? join(ROOT, "dist", "cli", "index.js"));

/** git and the CLI see neither the user's nor the system's git configuration. */
const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_TERMINAL_PROMPT: "0",
  LC_ALL: "C",
};

interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; input?: Buffer; env?: Record<string, string> }): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...GIT_ENV, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ exitCode: code ?? -1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? Buffer.alloc(0));
  });
}

async function git(cwd: string, args: string[], input?: Buffer): Promise<void> {
  const result = await run("git", args, { cwd, ...(input ? { input } : {}) });
  if (result.exitCode !== 0) throw new Error(`git ${args.join(" ")} failed in ${cwd}: ${result.stderr}`);
}

export interface ReplayResult {
  id: string;
  expected: string;
  /** The CLI's `next`, `null` for "no release", or `error: …` when it failed. */
  got: string | null;
  branch: string;
  args: string[];
}

/** Builds the step's repository (init, one fast-import, checkout without git) under `parent`. */
export async function buildRepository(plan: ReplayPlan, parent: string): Promise<string> {
  const dir = mkdtempSync(join(parent, "step-"));
  // A repository is a handful of files: written directly, this saves a `git init` process per step.
  mkdirSync(join(dir, ".git", "objects", "pack"), { recursive: true });
  mkdirSync(join(dir, ".git", "refs", "heads"), { recursive: true });
  mkdirSync(join(dir, ".git", "refs", "tags"), { recursive: true });
  writeFileSync(join(dir, ".git", "HEAD"), `ref: refs/heads/${plan.branch}\n`);
  writeFileSync(join(dir, ".git", "config"), "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n");
  await git(dir, ["fast-import", "--quiet", "--done"], plan.stream);
  const head = readFileSync(join(dir, ".git", "refs", "heads", plan.branch), "utf8").trim();
  if (head !== plan.head) throw new Error(`${plan.id}: the replayed HEAD is ${head}, but the harness computed ${plan.head}; revert shas would not match`);
  checkOut(dir, plan.files);
  return dir;
}

/**
 * What `git reset --hard` does in the new repository, without a git process per step: the tip's
 * files written into the working tree (the tree HEAD points at holds exactly these, checked through
 * `plan.head`, which is computed from treeId(plan.files)) and the index (version 2) built from them,
 * with each file's stat data as git records it, so that git sees a clean working tree.
 */
export function checkOut(dir: string, files: Record<string, string>): void {
  const entries: Buffer[] = [];
  const paths = Object.keys(files).sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
  for (const path of paths) {
    const content = Buffer.from(files[path]!, "utf8");
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content, { mode: 0o644 });
    const stat = statSync(file, { bigint: true });
    const name = Buffer.from(path, "utf8");
    const entry = Buffer.alloc((62 + name.length + 8) & ~7);
    const fields = [
      stat.ctimeNs / 1_000_000_000n, stat.ctimeNs % 1_000_000_000n, stat.mtimeNs / 1_000_000_000n, stat.mtimeNs % 1_000_000_000n,
      stat.dev, stat.ino, 0o100644n, stat.uid, stat.gid, stat.size,
    ];
    // Git keeps the low 32 bits of each field (a large inode or device number is truncated as git truncates it).
    fields.forEach((value, index) => entry.writeUInt32BE(Number(BigInt.asUintN(32, value)), index * 4));
    objectId("blob", content).copy(entry, 40);
    entry.writeUInt16BE(Math.min(name.length, 0xfff), 60);
    name.copy(entry, 62);
    entries.push(entry);
  }
  const header = Buffer.alloc(12);
  header.write("DIRC", 0, "ascii");
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(entries.length, 8);
  const body = Buffer.concat([header, ...entries]);
  writeFileSync(join(dir, ".git", "index"), Buffer.concat([body, createHash("sha1").update(body).digest()]));
}

/** Runs the committed CLI bundle in the step's repository and reads `next` from its JSON. */
export async function runStep(plan: ReplayPlan, dir: string, env: Record<string, string> = {}): Promise<ReplayResult> {
  const result = await run(process.execPath, [CLI, ...plan.args], { cwd: dir, env });
  let got: string | null;
  if (result.exitCode === 0) {
    try {
      got = (JSON.parse(result.stdout) as { next: string | null }).next;
    } catch {
      got = `error: unreadable output ${result.stdout.slice(0, 200)}`;
    }
  } else {
    got = `error: ${result.stderr.trim().split("\n")[0] ?? `exit ${result.exitCode}`}`;
  }
  return { id: plan.id, expected: plan.expected, got, branch: plan.branch, args: plan.args };
}

/** Replays every entry, `concurrency` at a time; each step's repository is removed when done. */
export async function replayAll(
  entries: readonly CorpusEntry[],
  options: { concurrency?: number; keep?: boolean; onResult?: (result: ReplayResult) => void } = {},
): Promise<ReplayResult[]> {
  const known = tagCommits(entries);
  const parent = mkdtempSync(join(tmpdir(), "cadence-corpus-"));
  // Node's compile cache: the bundle is parsed once, not 1 865 times.
  const cache = join(parent, ".node-compile-cache");
  const env = { NODE_COMPILE_CACHE: cache };
  const results: ReplayResult[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < entries.length; index = next++) {
      const plan = planReplay(entries[index]!, known);
      const dir = await buildRepository(plan, parent);
      try {
        results[index] = await runStep(plan, dir, env);
      } finally {
        if (!options.keep) rmSync(dir, { recursive: true, force: true });
      }
      options.onResult?.(results[index]!);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  } finally {
    if (!options.keep) rmSync(parent, { recursive: true, force: true });
  }
  return results;
}

