import { logArgs } from "../commits/read.js";
import { LIST_TAGS } from "../version/tags.js";
import { REPOSITORY_QUESTIONS } from "./repository.js";

/** The changelog's question for its links: where the repository lives. */
export const ORIGIN_URL: readonly string[] = ["remote", "get-url", "origin"];

/**
 * The git commands a CLI command asks first, whatever the repository and its configuration, for
 * startGitAhead: version-bump checks the repository, lists the tags and reads the history from
 * HEAD (as readConventionalCommits first does when the release is a sha, or when there is no
 * release); the changelog starts with version-bump and asks for the remote. Other commands: none.
 */
export function firstGitQuestions(command: string | undefined): (readonly string[])[] {
  const versionBump = [...REPOSITORY_QUESTIONS, LIST_TAGS, logArgs("HEAD")];
  if (command === "version-bump") return versionBump;
  if (command === "changelog") return [...versionBump, ORIGIN_URL];
  return [];
}
