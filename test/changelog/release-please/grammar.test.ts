// release-please reads a commit message with @conventional-commits/parser; cadence's release-please
// format reads it with grammar.ts. Differential test: both read every message of the corpus, and
// every paragraph of each on its own, to the same summary, body lines and footers.
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../packages/core/src/changelog/release-please/grammar.js";
import { corpusFile, readJsonLines, type CorpusEntry } from "../../corpus/replay.js";

interface AstNode {
  type: string;
  value?: string;
  children?: AstNode[];
}

const { parser } = createRequire(import.meta.url)("@conventional-commits/parser") as { parser: (text: string) => AstNode };

const child = (node: AstNode, type: string) => node.children?.find((one) => one.type === type);
const texts = (node: AstNode | undefined): string[] => (!node ? [] : node.type === "text" ? [node.value!] : (node.children ?? []).flatMap(texts));

/** The parts of the parser's tree that grammar.ts gives, in grammar.ts's shape. */
function fromParser(text: string) {
  let tree: AstNode;
  try {
    tree = parser(text);
  } catch {
    return null;
  }
  const summary = child(tree, "summary")!;
  const body = child(tree, "body");
  return {
    type: child(summary, "type")?.value,
    scope: child(summary, "scope")?.value,
    bang: child(summary, "breaking-change") !== undefined,
    subject: child(summary, "text")?.value,
    body: body ? body.children!.filter((node) => node.type === "text").map((node) => node.value) : undefined,
    footers: tree.children!.filter((node) => node.type === "footer").map((footer) => {
      const token = child(footer, "token")!;
      const marker = child(token, "breaking-change")?.value;
      return {
        type: child(token, "type")?.value,
        scope: child(token, "scope")?.value,
        bang: marker === "!",
        breaking: marker === "!" ? undefined : marker,
        separator: child(footer, "separator")?.value,
        texts: texts(child(footer, "value")),
      };
    }),
  };
}

function fromGrammar(text: string) {
  const node = parseMessage(text);
  if (!node) return null;
  return {
    type: node.type,
    scope: node.scope,
    bang: node.bang,
    subject: node.subject,
    body: node.body?.texts,
    footers: node.footers.map((footer) => ({ type: footer.token.type, scope: footer.token.scope, bang: footer.token.bang, breaking: footer.token.breaking, separator: footer.separator, texts: footer.texts })),
  };
}

describe("grammar.ts against @conventional-commits/parser", () => {
  it("reads every corpus message and each of its paragraphs as the parser does", () => {
    const entries = readJsonLines<CorpusEntry>(corpusFile("releases.jsonl"));
    const differences: string[] = [];
    let compared = 0;
    let withFooters = 0;
    let unreadable = 0;
    for (const entry of entries) {
      for (const commit of entry.commits) {
        const paragraphs = commit.message.split(/\r?\n\r?\n/).map((part) => part.trim()).filter(Boolean);
        for (const text of [commit.message.trim(), ...paragraphs]) {
          const expected = fromParser(text);
          compared++;
          if (expected === null) unreadable++;
          else if (expected.footers.length > 0) withFooters++;
          const got = fromGrammar(text);
          if (JSON.stringify(got) !== JSON.stringify(expected)) differences.push(`${entry.id} ${commit.sha.slice(0, 7)}: ${JSON.stringify(text.slice(0, 120))}`);
        }
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
    // The comparison covers the cases that matter: rejected texts, footer blocks, plain messages.
    expect(compared).toBeGreaterThan(60_000);
    expect(unreadable).toBeGreaterThan(10_000);
    expect(withFooters).toBeGreaterThan(5_000);
  });

  it("agrees on the edge cases the corpus has few of", () => {
    const cases = [
      "feat(api: open scope",
      "feat(): empty scope",
      "fix #12 crash",
      "feat: x\n\ncall(foo",
      "feat: x\n\nbody\nBREAKING CHANGES are fine here\n\nRefs: #3",
      "feat!: x\n\nBREAKING CHANGE: first\n  continued\nfix(a)!: second",
      "chore: release\n\n!: bang footer\nRelease-As: 2.0.0",
      "feat: a\r\nfix: b\r\n\r\nSigned-off-by: A <a@example.invalid>",
      "feat:\u00a0no-break space\n\nBREAKING-CHANGE:\tx",
    ];
    for (const text of cases) expect(fromGrammar(text), text).toEqual(fromParser(text));
  });
});
