import { ConfigurationError, GitError } from "../errors/index.js";
import type { Git } from "../ports/index.js";

/** A ref as a remote (or the local repository) holds it: the object it names and the commit behind it. */
export interface RefState {
  /** The ref's own value: a tag object for annotated tags, else the commit. */
  object: string;
  commit: string;
}

/** Reads the named refs of a remote in one `git ls-remote`; refs it lacks are absent from the map. */
export async function readRemoteRefs(git: Git, remote: string, refs: readonly string[]): Promise<Map<string, RefState>> {
  const found = new Map<string, RefState>();
  if (refs.length === 0) return found;
  const patterns = refs.flatMap((ref) => (ref.startsWith("refs/tags/") ? [ref, `${ref}^{}`] : [ref]));
  let stdout: string;
  try {
    ({ stdout } = await git.run(["ls-remote", remote, ...patterns]));
  } catch (error) {
    if (error instanceof GitError) {
      throw new ConfigurationError(`could not read the remote '${remote}': ${error.stderr.trim().split("\n").slice(-2).join(" ")}. Check the remote input and that the token may read the repository.`);
    }
    throw error;
  }
  const peeled = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const [sha, name] = line.split("\t");
    if (!sha || !name) continue;
    if (name.endsWith("^{}")) peeled.set(name.slice(0, -3), sha);
    else found.set(name, { object: sha, commit: sha });
  }
  for (const [name, state] of found) state.commit = peeled.get(name) ?? state.object;
  // ls-remote matches patterns by their tail: keep exactly the refs asked for.
  for (const name of [...found.keys()]) if (!refs.includes(name)) found.delete(name);
  return found;
}

/** The local tag's state, or undefined when there is no such tag. */
export async function readLocalTag(git: Git, tag: string): Promise<RefState | undefined> {
  const { stdout } = await git.run(["for-each-ref", "--format=%(objectname) %(*objectname)", `refs/tags/${tag}`]);
  const line = stdout.trim();
  if (line === "") return undefined;
  const [object, peeled] = line.split(" ");
  return { object: object!, commit: peeled || object! };
}

/** Whether `ancestor` is in the history of `descendant` (false when either is unknown locally). */
export async function isAncestor(git: Git, ancestor: string, descendant: string): Promise<boolean> {
  const result = await git.run(["merge-base", "--is-ancestor", ancestor, descendant], { allowFailure: true });
  return result.exitCode === 0;
}
