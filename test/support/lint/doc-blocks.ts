import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../runner.js";

/** A YAML code block of a markdown page. */
export interface DocBlock {
  file: string;
  /** The page's line of the block's first line (the one after the fence). */
  line: number;
  text: string;
}

/** The pages users read examples on: the README, docs/ and each action's README. */
export const docPages = (): string[] => [
  "README.md",
  ...readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => join("docs", name)),
  ...readdirSync(join(ROOT, "actions"))
    .sort()
    .map((name) => join("actions", name, "README.md"))
    .filter((path) => existsSync(join(ROOT, path))),
];

/** Every ```yaml / ```yml block of a page, fences indented in a list item included (and dedented). */
export function yamlBlocks(file: string): DocBlock[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const blocks: DocBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    blocks.push({ file, line: start + 1, text: lines.slice(start, end).map((line) => line.slice(indent)).join("\n") });
    index = end;
  }
  return blocks;
}
