import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommit } from "./parse.js";
import { commitReferences, type IssueReference } from "./references.js";
import type { ConventionalCommit } from "./types.js";

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

  it("reads `Token #N` footers as references, closing ones with their keyword", () => {
    const refs = commitReferences(commit("fix: x\n\nbody\n\nRefs #3\nReverts #4, fixes #5\nfor #6"));
    expect(refs).toEqual([
      { number: 3, in: "body" },
      { number: 4, in: "body" },
      { number: 5, in: "body", action: "fixes" },
      { number: 6, in: "body" },
    ]);
  });

  it("lists each reference once and ignores code spans, URLs, entities and words", () => {
    const refs = commitReferences(commit("feat: a #5\n\n`#6` https://x.test/#7 &#8; abc#9 #5"));
    expect(refs).toEqual([{ number: 5, in: "header" }]);
  });
});

describe("commitReferences against its first definition", () => {
  /**
   * The references as first written: body and footers always scanned, code and URLs always
   * stripped; a `Token #value` footer read with its `#` (`Refs #12` is a reference).
   */
  function reference(commit: ConventionalCommit): IssueReference[] {
    const strip = (text: string) => text.replace(/`[^`\n]*`/g, " ").replace(/\bhttps?:\/\/\S+/g, " ");
    const found = new Map<string, IssueReference>();
    const key = (ref: { repository?: string; number: number }) => `${ref.repository?.toLowerCase() ?? ""}#${ref.number}`;
    const scan = (text: string, where: IssueReference["in"]) => {
      for (const match of text.matchAll(/(?<![\w&/#-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g)) {
        const ref: IssueReference = { number: Number(match[2]), in: where, ...(match[1] ? { repository: match[1] } : {}) };
        if (!found.has(key(ref))) found.set(key(ref), ref);
      }
    };
    if (commit.header.includes("#")) scan(strip(commit.header), "header");
    const rest = strip([commit.body, ...commit.footers.map((footer) => (footer.hash ? `${footer.token} #${footer.value}` : `${footer.token}: ${footer.value}`))].join("\n"));
    scan(rest, "body");
    for (const footer of commit.footers) {
      if (/^(close[sd]?|fix(?:e[sd])?|resolve[sd]?)$/i.test(footer.token) && /^\d+$/.test(footer.value.trim())) {
        const ref: IssueReference = { number: Number(footer.value.trim()), in: "body", action: footer.token.toLowerCase() };
        const existing = found.get(key(ref));
        if (existing) existing.action ??= ref.action;
        else found.set(key(ref), ref);
      }
    }
    if (found.size === 0) return [];
    for (const match of `${strip(commit.header)}\n${rest}`.matchAll(/\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+((?:(?:[A-Za-z0-9][\w.-]*\/[\w.-]+)?#\d+(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)/gi)) {
      for (const inner of match[2]!.matchAll(/(?<![\w&/#-])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g)) {
        const existing = found.get(key({ number: Number(inner[2]), ...(inner[1] ? { repository: inner[1] } : {}) }));
        if (existing) existing.action ??= match[1]!.toLowerCase();
      }
    }
    return [...found.values()];
  }

  it("finds the same references in any message (property)", () => {
    const piece = fc.constantFrom("fix: a", "feat(x): b (#12)", "#7", " #8", "o/r#9", "`#3`", "http://x.test/#4", "Closes #5", "closes: #6", "Refs: #10", "fixes #11 and #13", "\n", "\n\n", "\r\n", "\r", "text", " ", "Fixes", "&#1;", "a#2");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const parsed = commit(pieces.join(""));
        expect(commitReferences(parsed)).toEqual(reference(parsed));
      }),
      { numRuns: 5000 },
    );
  });
});
