import type { Files } from "../ports/index.js";

/**
 * Files that asks for the given paths and folders all at once, now, and answers each read or
 * listing once from then on. Finding the configuration looks in some thirty places, one after
 * another, and both importers read package.json and the workflows: a Files that answers
 * asynchronously (a trip through libuv's threads each) waits for them together, and none is read
 * twice. For one search: the answers are not refreshed.
 */
export function readingAhead(files: Files, paths: readonly string[], folders: readonly string[] = []): Files {
  const reads = new Map<string, Promise<string | undefined>>();
  const lists = new Map<string, Promise<string[]>>();
  const read = (path: string): Promise<string | undefined> => remembered(reads, path, () => files.read(path));
  const ahead: Files = {
    root: files.root,
    read,
    write: (path, content) => {
      reads.delete(path);
      return files.write(path, content);
    },
    ...(files.list ? { list: (dir: string) => remembered(lists, dir, () => files.list!(dir)) } : {}),
  };
  for (const path of paths) read(path).catch(() => undefined);
  for (const folder of folders) ahead.list?.(folder).catch(() => undefined);
  return ahead;
}

function remembered<T>(answers: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = ask()));
  return answer;
}
