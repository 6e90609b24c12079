import { describe, expect, it } from "vitest";
import { normalizeHeader } from "./header.js";
import { parseCommit } from "./parse.js";
import type { RawCommit } from "./types.js";

function raw(message: string, sha = "a".repeat(40)): RawCommit {
  return { sha, parents: [], authorName: "A", authorEmail: "a@example.invalid", authorDate: "2026-01-01T00:00:00Z", message };
}

describe("parseCommit: the header", () => {
  it("reads type, scope, bang and subject", () => {
    const commit = parseCommit(raw("feat(api)!: drop the v1 endpoints"));
    expect(commit).toMatchObject({ type: "feat", scope: "api", bang: true, subject: "drop the v1 endpoints", breaking: true });
    expect(commit.breakingNotes).toEqual(["drop the v1 endpoints"]);
  });

  it("forgives stray whitespace around the parts of the header", () => {
    for (const header of ["  feat: add x  ", "feat : add x", "feat(  api ) : add x", "feat (api): add x", "feat:add x", "\tfeat:   add x"]) {
      const commit = parseCommit(raw(header));
      expect(commit.type, header).toBe("feat");
      expect(commit.subject, header).toBe("add x");
    }
    expect(parseCommit(raw("feat ( api ) ! : add x"))).toMatchObject({ type: "feat", scope: "api", bang: true });
  });

  it("lower-cases the type and leaves a non-conventional header without one", () => {
    expect(parseCommit(raw("Fix: typo")).type).toBe("fix");
    for (const header of ["Merge branch 'main' into feature", "Update README.md", "WIP", ""]) {
      const commit = parseCommit(raw(header));
      expect(commit.type, header).toBeUndefined();
      expect(commit.breaking, header).toBe(false);
    }
  });

  it("reads CRLF messages the same as LF ones", () => {
    const lf = parseCommit(raw("feat: add x\n\nSome body.\n\nBREAKING CHANGE: the config moved\nRelease-As: 2.0.0"));
    const crlf = parseCommit(raw("feat: add x\r\n\r\nSome body.\r\n\r\nBREAKING CHANGE: the config moved\r\nRelease-As: 2.0.0\r\n"));
    expect(crlf.header).toBe("feat: add x");
    expect(crlf.subject).toBe(lf.subject);
    expect(crlf.breakingNotes).toEqual(["the config moved"]);
    expect(crlf.releaseAs).toBe("2.0.0");
    expect(crlf.body).toBe("Some body.");
  });
});

describe("parseCommit: breaking changes and footers", () => {
  it("reads both spellings of the breaking footer", () => {
    expect(parseCommit(raw("fix: x\n\nBREAKING CHANGE: a")).breakingNotes).toEqual(["a"]);
    expect(parseCommit(raw("fix: x\n\nBREAKING-CHANGE: b")).breakingNotes).toEqual(["b"]);
    expect(parseCommit(raw("fix: x\n\nBREAKING-CHANGE: b")).breaking).toBe(true);
  });

  it("keeps a multi-paragraph breaking note together", () => {
    const commit = parseCommit(raw("feat: x\n\nbody\n\nBREAKING CHANGE: first line\ncontinues here\n\nsecond paragraph\nRefs: #12"));
    expect(commit.breakingNotes).toEqual(["first line\ncontinues here\n\nsecond paragraph"]);
    expect(commit.footers).toContainEqual({ token: "Refs", value: "#12" });
    expect(commit.body).toBe("body");
  });

  it("reads a Release-As footer in any case", () => {
    expect(parseCommit(raw("chore: cut\n\nRelease-As: 3.0.0")).releaseAs).toBe("3.0.0");
    expect(parseCommit(raw("chore: cut\n\nrelease-as: v3.1.0")).releaseAs).toBe("v3.1.0");
    expect(parseCommit(raw("chore: cut\n\nReleases are fun")).releaseAs).toBeUndefined();
  });

  it("lets only the header decide the type: conventional lines in a squash body are not commits", () => {
    const squash = [
      "docs: tidy the guide (#31)",
      "",
      "* feat: add the export endpoint",
      "",
      "* feat!: drop the v1 API",
      "",
      "fix: handle empty input",
      "",
      "Co-authored-by: B <b@example.invalid>",
    ].join("\n");
    const commit = parseCommit(raw(squash));
    expect(commit.type).toBe("docs");
    expect(commit.bang).toBe(false);
    expect(commit.breaking).toBe(false);
    expect(commit.breakingNotes).toEqual([]);
  });
});

describe("parseCommit: reverts", () => {
  it("reads git's revert message with the reverted sha", () => {
    const commit = parseCommit(raw(`Revert "feat: add x"\n\nThis reverts commit ${"b".repeat(40)}.`));
    expect(commit.type).toBeUndefined();
    expect(commit.revert).toEqual({ header: "feat: add x", exactHeader: "feat: add x", sha: "b".repeat(40) });
  });

  it("drops GitHub's ` (#N)` suffixes from the reverted header", () => {
    const commit = parseCommit(raw(`Revert "feat: add x (#12)" (#13)`));
    expect(commit.revert?.header).toBe("feat: add x");
    expect(commit.revert?.exactHeader).toBeUndefined();
  });

  it("reads the conventional `revert:` type", () => {
    const commit = parseCommit(raw("revert: feat(api): add x"));
    expect(commit.type).toBe("revert");
    expect(commit.revert?.header).toBe("feat(api): add x");
  });

  it("is not a revert when the word appears later", () => {
    expect(parseCommit(raw("fix: revert the cache change")).revert).toBeUndefined();
  });

  it("normalizes headers for pairing", () => {
    expect(normalizeHeader("  feat: x (#4)  ")).toBe("feat: x");
    expect(normalizeHeader('"feat: x"')).toBe("feat: x");
  });
});

describe("parseCommit: which lines are footers", () => {
  it("keeps a URL on a line of its own inside a breaking-change text (https: is not a token)", () => {
    const commit = parseCommit(raw("fix: x\n\nBREAKING CHANGE: upgrade first. see\nhttps://example.test/notes for more"));
    expect(commit.breakingNotes).toEqual(["upgrade first. see\nhttps://example.test/notes for more"]);
    expect(commit.footers.map((footer) => footer.token)).toEqual(["BREAKING CHANGE"]);
  });

  it("keeps `Before:` (a token with no value) inside a breaking-change text; BREAKING CHANGE alone may have none", () => {
    const commit = parseCommit(raw("feat!: x\n\nBREAKING CHANGE: the hook's signature changed\n\nBefore:\n\nhook(a)\n\nAfter:\n\nhook(b)"));
    expect(commit.breakingNotes).toEqual(["the hook's signature changed\n\nBefore:\n\nhook(a)\n\nAfter:\n\nhook(b)"]);
    expect(parseCommit(raw("feat: x\n\nBREAKING CHANGE:\n  all of it")).breakingNotes).toEqual(["all of it"]);
  });

  it("reads `Token:  value` with any spacing, and remembers the `#` of `Refs #12`", () => {
    const commit = parseCommit(raw("fix: x\n\nReviewed-by:  A\nRefs #12"));
    expect(commit.footers).toEqual([{ token: "Reviewed-by", value: "A" }, { token: "Refs", value: "12", hash: true }]);
  });
});
