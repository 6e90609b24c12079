import { describe, expect, it } from "vitest";
import type { Files } from "../ports/index.js";
import { readingAhead } from "./read-ahead.js";

/** Files in memory that records what was asked, and answers only when told to. */
function slowFiles(contents: Record<string, string>, folders: Record<string, string[]> = {}) {
  const asked: string[] = [];
  const pending: (() => void)[] = [];
  const later = <T>(value: () => T): Promise<T> => new Promise((resolve) => pending.push(() => resolve(value())));
  const files: Files = {
    root: "/repo",
    read: (path) => {
      asked.push(path);
      return later(() => contents[path]);
    },
    write: async (path, content) => {
      contents[path] = content;
    },
    list: (dir) => {
      asked.push(`${dir}/`);
      return later(() => folders[dir] ?? []);
    },
  };
  const answerAll = () => {
    for (const answer of pending.splice(0)) answer();
  };
  return { files, asked, answerAll };
}

describe("readingAhead", () => {
  it("asks for every path and folder at once, before the first answer", () => {
    const { files, asked } = slowFiles({ b: "B" }, { dir: ["x"] });
    readingAhead(files, ["a", "b", "c"], ["dir"]);
    expect(asked).toEqual(["a", "b", "c", "dir/"]);
  });

  it("answers each path once, with what the files say, and reads others as they come", async () => {
    const { files, asked, answerAll } = slowFiles({ b: "B", other: "O" }, { dir: ["x"] });
    const ahead = readingAhead(files, ["a", "b"], ["dir"]);
    const answers = Promise.all([ahead.read("a"), ahead.read("b"), ahead.read("b"), ahead.read("other"), ahead.list!("dir")]);
    answerAll();
    expect(await answers).toEqual([undefined, "B", "B", "O", ["x"]]);
    expect(asked).toEqual(["a", "b", "dir/", "other"]);
  });

  it("reads a path again after writing it", async () => {
    const { files, answerAll } = slowFiles({ a: "old" });
    const ahead = readingAhead(files, ["a"]);
    answerAll();
    expect(await ahead.read("a")).toBe("old");
    await ahead.write("a", "new");
    const again = ahead.read("a");
    answerAll();
    expect(await again).toBe("new");
  });

  it("leaves a failed read to whoever asks for it, and no unhandled rejection otherwise", async () => {
    const failing: Files = { root: "/repo", read: (path) => Promise.reject(new Error(`EACCES: ${path}`)), write: async () => undefined };
    // "unread" fails too and nobody asks for it: vitest fails the run on an unhandled rejection.
    const ahead = readingAhead(failing, ["bad", "unread"]);
    await expect(ahead.read("bad")).rejects.toThrow(/EACCES: bad/);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
