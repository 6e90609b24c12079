import type { BareRepo } from "./bare-repo.js";
import { MODE_TYPES, treeSha, type GitObjectType, type TreeEntry } from "./objects.js";

/**
 * Builds a tree the way GitHub's create-tree does: start from `base_tree` (or nothing), then set
 * or delete paths; a nested path creates or edits the directories on its way. Only directories a
 * change passes through are read and rewritten, so a change to one file of a 100,000-file tree
 * costs a few `ls-tree` calls, not a walk of everything.
 */

/** One entry of a create-tree request, as GitHub takes it (`sha: null` deletes the path). */
export interface TreeChange {
  path: string;
  mode: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

/** A request GitHub would refuse with 422; the message says which entry and why. */
export class TreeInputError extends Error {}

/**
 * What GitHub answers when a deletion does not apply: a `sha: null` entry for a path that is not
 * in the base tree, or for a whole directory (mode 040000) — reported by users of go-github and
 * others; delete a directory's files one by one instead, and it disappears with the last.
 */
const BAD_OBJECT_STATE = "GitRPC::BadObjectState";

interface Dir {
  entries: Map<string, TreeEntry | Dir>;
}

const isDir = (value: TreeEntry | Dir): value is Dir => "entries" in value;

export function buildTree(git: BareRepo, baseTree: string | undefined, changes: readonly TreeChange[]): string {
  const load = (sha: string): Dir => ({ entries: new Map((git.tree(sha) ?? []).map((entry) => [entry.name, entry])) });
  if (baseTree !== undefined && git.typeOf(baseTree) !== "tree") throw new TreeInputError(`base_tree ${baseTree} is not a tree in this repository`);
  const root: Dir = baseTree === undefined ? { entries: new Map() } : load(baseTree);
  changes.forEach((change, index) => {
    const entry = resolveEntry(git, change, index);
    const parts = change.path.split("/");
    let dir = root;
    for (const [depth, part] of parts.slice(0, -1).entries()) {
      const existing = dir.entries.get(part);
      let next: Dir;
      if (existing === undefined) next = { entries: new Map() };
      else if (isDir(existing)) next = existing;
      else if (existing.type === "tree") next = load(existing.sha);
      else throw new TreeInputError(`tree[${index}].path '${change.path}' passes through '${parts.slice(0, depth + 1).join("/")}', which is not a directory`);
      if (existing === undefined && entry === undefined) throw new TreeInputError(BAD_OBJECT_STATE);
      dir.entries.set(part, next);
      dir = next;
    }
    const leaf = parts.at(-1)!;
    if (entry !== undefined) dir.entries.set(leaf, { ...entry, name: leaf });
    else if (!dir.entries.delete(leaf)) throw new TreeInputError(BAD_OBJECT_STATE);
  });
  const trees: TreeEntry[][] = [];
  const rootSha = emit(root, trees, true)!;
  git.writeTrees(trees);
  return rootSha;
}

/** Writes the directories children first; an emptied directory disappears from its parent, as in git. */
function emit(dir: Dir, trees: TreeEntry[][], isRoot = false): string | undefined {
  const entries: TreeEntry[] = [];
  for (const [name, value] of dir.entries) {
    if (!isDir(value)) {
      entries.push(value);
      continue;
    }
    const sha = emit(value, trees);
    if (sha !== undefined) entries.push({ mode: "040000", type: "tree", sha, name });
  }
  if (entries.length === 0 && !isRoot) return undefined;
  trees.push(entries);
  return treeSha(entries);
}

const SEGMENT_FORBIDDEN = new Set(["", ".", "..", ".git"]);

/** The entry a change sets (undefined: it deletes), after the checks GitHub makes. */
function resolveEntry(git: BareRepo, change: TreeChange, index: number): Omit<TreeEntry, "name"> | undefined {
  const where = `tree[${index}]`;
  if (typeof change.path !== "string" || change.path.split("/").some((part) => SEGMENT_FORBIDDEN.has(part))) {
    throw new TreeInputError(`${where}.path '${String(change.path)}' contains a malformed path component`);
  }
  const type = MODE_TYPES[change.mode];
  if (!type) throw new TreeInputError(`${where}.mode '${String(change.mode)}' is not one of ${Object.keys(MODE_TYPES).join(", ")}`);
  if (change.type !== undefined && change.type !== type) throw new TreeInputError(`${where}.type '${change.type}' does not go with mode ${change.mode} (${type})`);
  const hasSha = "sha" in change && change.sha !== undefined;
  const hasContent = typeof change.content === "string";
  if (hasSha === hasContent) throw new TreeInputError("Must supply either tree.sha or tree.content. Request will be rejected if both are present.");
  if (change.sha === null) {
    if (type === "tree") throw new TreeInputError(BAD_OBJECT_STATE);
    return undefined;
  }
  if (hasContent) {
    if (type !== "blob") throw new TreeInputError(`${where}: content is only for blobs, not mode ${change.mode}`);
    return { mode: change.mode, type, sha: git.write("blob", Buffer.from(change.content!, "utf8")) };
  }
  const sha = String(change.sha);
  // A submodule entry names a commit of another repository, which this one need not have.
  if (type !== "commit" && git.typeOf(sha) !== type) throw new TreeInputError(`${where}.sha ${sha} is not a ${type} in this repository`);
  return { mode: change.mode, type: type as GitObjectType, sha };
}
