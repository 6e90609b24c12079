// Writes each action README's inputs/outputs tables from its action.yml, between marker comments.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const START = "<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->";
const END = "<!-- action-docs:end -->";

function cell(text) {
  return String(text ?? "").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();
}

export function renderTables(action) {
  const lines = ["### Inputs", "", "| name | required | default | description |", "|---|---|---|---|"];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.default === undefined || input.default === "" ? "" : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${input.required ? "yes" : "no"} | ${fallback} | ${cell(input.description)} |`);
  }
  lines.push("", "### Outputs", "", "| name | description |", "|---|---|");
  for (const [name, output] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join("\n");
}

/** The README text with its generated section brought up to date. */
export function withTables(readme, action) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderTables(action)}\n${readme.slice(end)}`;
}

export async function generateActionDocs(root, { check = false } = {}) {
  const stale = [];
  for (const name of (await readdir(join(root, "actions"))).sort()) {
    const actionPath = join(root, "actions", name, "action.yml");
    const readmePath = join(root, "actions", name, "README.md");
    if (!existsSync(actionPath) || !existsSync(readmePath)) continue;
    const readme = await readFile(readmePath, "utf8");
    const updated = withTables(readme, parse(await readFile(actionPath, "utf8")));
    if (updated !== readme) {
      stale.push(name);
      if (!check) await writeFile(readmePath, updated);
    }
  }
  // The root action's table lives in the repository's README, which Marketplace shows.
  const rootReadme = await readFile(join(root, "README.md"), "utf8");
  const rootUpdated = withTables(rootReadme, parse(await readFile(join(root, "action.yml"), "utf8")));
  if (rootUpdated !== rootReadme) {
    stale.push("(root) README.md");
    if (!check) await writeFile(join(root, "README.md"), rootUpdated);
  }
  return stale;
}
