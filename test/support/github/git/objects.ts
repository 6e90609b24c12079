import { createHash } from "node:crypto";

/**
 * Git's object formats, read and written by hand where plumbing would lose detail: a commit's
 * message is kept byte for byte (GitHub stores what the API was given), identities carry their
 * time zone, and trees are serialised here so their shas are known before git writes them.
 */

export type GitObjectType = "blob" | "tree" | "commit" | "tag";

/** One tree entry; `name` is a path when it comes from a recursive listing. */
export interface TreeEntry {
  mode: string;
  type: GitObjectType;
  sha: string;
  name: string;
  size?: number;
}

/** A person and an instant, as the API shows them (`date` in UTC, ISO 8601 with Z). */
export interface GitIdentity {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  type: "commit";
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

export interface TagObject {
  type: "tag";
  sha: string;
  object: string;
  objectType: GitObjectType;
  tag: string;
  tagger: GitIdentity;
  message: string;
}

export type ParsedObject = CommitObject | TagObject | { type: "blob" | "tree"; sha: string; content: Buffer };

export function parseObject(sha: string, type: GitObjectType, content: Buffer): ParsedObject {
  if (type === "blob" || type === "tree") return { type, sha, content };
  const text = content.toString("utf8");
  const split = text.indexOf("\n\n");
  const head = split < 0 ? text : text.slice(0, split);
  const message = split < 0 ? "" : text.slice(split + 2);
  const headers = head.split("\n").map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)] as const);
  const one = (key: string) => headers.find(([name]) => name === key)?.[1] ?? "";
  if (type === "commit") {
    const parents = headers.filter(([name]) => name === "parent").map(([, value]) => value);
    return { type, sha, tree: one("tree"), parents, author: parseIdentity(one("author")), committer: parseIdentity(one("committer")), message };
  }
  return { type, sha, object: one("object"), objectType: one("type") as GitObjectType, tag: one("tag"), tagger: parseIdentity(one("tagger")), message };
}

/** "Name <email> 1767225600 +0100" → { name, email, date: "2026-01-01T00:00:00Z" }. */
export function parseIdentity(line: string): GitIdentity {
  const found = /^(.*) <([^>]*)> (\d+) [+-]\d{4}$/.exec(line);
  if (!found) return { name: line, email: "", date: new Date(0).toISOString().replace(".000Z", "Z") };
  return { name: found[1]!, email: found[2]!, date: new Date(Number(found[3]) * 1000).toISOString().replace(".000Z", "Z") };
}

/** An API date (ISO 8601 with Z or an offset) as git writes it: epoch seconds and ±hhmm; undefined when unreadable. */
export function gitDate(iso: string): string | undefined {
  const found = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!found) return undefined;
  const millis = Date.parse(`${found[1]}${found[2] === "Z" ? "Z" : found[2]!.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")}`);
  if (Number.isNaN(millis)) return undefined;
  const zone = found[2] === "Z" ? "+0000" : found[2]!.replace(":", "");
  return `${Math.floor(millis / 1000)} ${zone}`;
}

function identityLine(person: Signature): string {
  return `${person.name} <${person.email}> ${person.when}`;
}

/** Who and when, as written into an object: `when` is git's "<epoch seconds> <±hhmm>". */
export interface Signature {
  name: string;
  email: string;
  when: string;
}

export interface CommitFields {
  tree: string;
  parents: readonly string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export interface TagFields {
  object: string;
  type: GitObjectType;
  tag: string;
  tagger: Signature;
  message: string;
}

export const formatObject = {
  commit(fields: CommitFields): Buffer {
    const lines = [
      `tree ${fields.tree}`,
      ...fields.parents.map((parent) => `parent ${parent}`),
      `author ${identityLine(fields.author)}`,
      `committer ${identityLine(fields.committer)}`,
    ];
    return Buffer.from(`${lines.join("\n")}\n\n${fields.message}`, "utf8");
  },
  tag(fields: TagFields): Buffer {
    const lines = [`object ${fields.object}`, `type ${fields.type}`, `tag ${fields.tag}`, `tagger ${identityLine(fields.tagger)}`];
    return Buffer.from(`${lines.join("\n")}\n\n${fields.message}`, "utf8");
  },
};

/** The sha git gives a tree with these entries. */
export function treeSha(entries: readonly TreeEntry[]): string {
  const body = serializeTree(entries);
  return createHash("sha1").update(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body])).digest("hex");
}

/** The binary body of a tree object: entries in git's order (a subtree sorts as "name/"), modes without a leading 0. */
export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const key = (entry: TreeEntry) => Buffer.from(entry.type === "tree" ? `${entry.name}/` : entry.name, "utf8");
  const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
  return Buffer.concat(sorted.flatMap((entry) => [Buffer.from(`${entry.mode.replace(/^0+/, "")} ${entry.name}\0`, "utf8"), Buffer.from(entry.sha, "hex")]));
}

/** The mode ↔ type pairs GitHub's create-tree accepts. */
export const MODE_TYPES: Record<string, GitObjectType> = { "100644": "blob", "100755": "blob", "120000": "blob", "040000": "tree", "160000": "commit" };
