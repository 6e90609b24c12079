import { identityArgs, identityOf, type GitIdentity } from "../identity/committer.js";
import type { Files, Git } from "../ports/index.js";
import { sha256, type Effect } from "./plan.js";
import type { EffectHandler } from "./apply.js";
import { sameText, TextDigest, TextSource, type FileText } from "./text-source.js";

/** Writes a file's new content; done when the file already holds exactly that. */
export function writeFileEffect(path: string, content: FileText, summary: string): Effect {
  // A text made in pieces gets its digest when the plan is hashed, from the same reading as its content.
  return { kind: "write-file", id: `write-file:${path}`, summary, path, content, sha256: content instanceof TextSource ? new TextDigest(content) : sha256(content) };
}

export function writeFileHandler(files: Files): EffectHandler {
  return {
    check: (effect) => files.writable?.(String(effect.path)),
    async isDone(effect) {
      const current = await files.read(String(effect.path));
      return current !== undefined && sameText(current, effect.content as FileText);
    },
    async run(effect) {
      const content = effect.content as FileText;
      // A text made in pieces is written in pieces where the files allow it, never whole.
      if (content instanceof TextSource && files.writeInPieces) await files.writeInPieces(String(effect.path), content);
      else await files.write(String(effect.path), String(content));
    },
  };
}

/**
 * Commits the given paths with a message, as the identity (author and committer); done when HEAD
 * is already that commit with that content. `date` (git's raw `<seconds> <zone>`), when given,
 * is the commit's author and committer date: the same plan then makes the very same commit, so a
 * re-run after a crash re-creates a release commit an earlier attempt may have pushed already,
 * instead of a second one that could not be pushed over it.
 */
export function gitCommitEffect(paths: string[], message: string, committer: GitIdentity, date?: string): Effect {
  return {
    kind: "git-commit",
    id: `git-commit:${message}`,
    summary: `commit ${paths.join(", ")}: "${message}" as ${committer.name}`,
    paths,
    message,
    committer: { name: committer.name, email: committer.email },
    ...(date ? { date } : {}),
  };
}

export function gitCommitHandler(git: Git): EffectHandler {
  return {
    async isDone(effect) {
      const paths = effect.paths as string[];
      const head = await git.run(["log", "-1", "--format=%B"], { allowFailure: true });
      const changed = await git.run(["status", "--porcelain", "--", ...paths]);
      return head.stdout.trim() === String(effect.message) && changed.stdout.trim() === "";
    },
    async run(effect) {
      const paths = effect.paths as string[];
      await git.run(["add", "--", ...paths]);
      const dates = typeof effect.date === "string" ? { env: { GIT_AUTHOR_DATE: effect.date, GIT_COMMITTER_DATE: effect.date } } : {};
      await git.run([...identityArgs(identityOf(effect.committer)), "commit", "--no-verify", "-m", String(effect.message), "--", ...paths], dates);
    },
  };
}
