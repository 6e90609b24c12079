// How tags are asked of git. A module of its own, without imports: the CLI asks for the tag list
// before it loads the rest (startGitAhead).

/** Each tag as `name NUL object NUL peeled commit` (the last empty for a lightweight tag). */
export const REF_FORMAT = "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)";

/** Every tag of the repository: cheap, it walks no history. */
export const LIST_TAGS: readonly string[] = ["for-each-ref", REF_FORMAT, "refs/tags"];
