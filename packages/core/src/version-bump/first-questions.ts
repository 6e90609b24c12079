// The git commands asked first, as argument lists shared by the code that asks them and by the
// CLI, which starts them before it loads that code (startGitAhead). Only leaf modules are
// imported here, so the CLI's first chunk stays small.
import { logArgs } from "../commits/log-args.js";
import { LIST_TAGS } from "../version/tag-refs.js";

/**
 * What inspectRepository asks git, in one process: the folder's layout (a line each), the commit
 * at HEAD, and HEAD's full name (`refs/heads/<branch>`, or `HEAD` when detached). Without a
 * commit, git prints the layout and fails on `HEAD^{commit}`.
 */
export const REPOSITORY_QUESTION: readonly string[] = ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--absolute-git-dir", "HEAD^{commit}", "--symbolic-full-name", "HEAD"];

/** The changelog's question for its links: where the repository lives. */
export const ORIGIN_URL: readonly string[] = ["remote", "get-url", "origin"];

/**
 * The git commands a CLI command asks first, whatever the repository and its configuration:
 * version-bump checks the repository, lists the tags and reads the history from HEAD (as
 * readConventionalCommits first does when the release is a sha, or when there is no release);
 * the changelog starts with version-bump and asks for the remote. Other commands: none.
 */
export function firstGitQuestions(command: string | undefined): (readonly string[])[] {
  const versionBump = [logArgs("HEAD"), REPOSITORY_QUESTION, LIST_TAGS];
  if (command === "version-bump") return versionBump;
  if (command === "changelog") return [...versionBump, ORIGIN_URL];
  return [];
}
