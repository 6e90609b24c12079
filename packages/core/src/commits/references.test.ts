import { describe, expect, it } from "vitest";
import { parseCommit } from "./parse.js";
import { commitReferences } from "./references.js";

const commit = (message: string) => parseCommit({ sha: "a".repeat(40), parents: [], authorName: "A", authorEmail: "a@example.test", authorDate: "2026-01-01T00:00:00Z", message });

describe("commitReferences", () => {
  it("finds #N in the header (the PR suffix), cross-repository references and closing keywords", () => {
    const refs = commitReferences(commit("fix(api): handle nulls (#123)\n\nSee octo/other#4 for context.\n\nCloses #12"));
    expect(refs).toEqual([
      { number: 123, in: "header" },
      { number: 4, in: "body", repository: "octo/other" },
      { number: 12, in: "body", action: "closes" },
    ]);
  });

  it("marks every issue a closing keyword names, in a sentence too", () => {
    const refs = commitReferences(commit("fix: x\n\nThis fixes #7 and resolves #8, #9."));
    expect(refs.map((ref) => [ref.number, ref.action])).toEqual([
      [7, "fixes"],
      [8, "resolves"],
      [9, "resolves"],
    ]);
  });

  it("lists each reference once and ignores code spans, URLs, entities and words", () => {
    const refs = commitReferences(commit("feat: a #5\n\n`#6` https://x.test/#7 &#8; abc#9 #5"));
    expect(refs).toEqual([{ number: 5, in: "header" }]);
  });
});
