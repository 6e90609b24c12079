import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as linguist from "linguist-languages";
import { ROOT } from "../support/runner.js";

// GitHub lists a starter workflow with the metadata of its .properties.json: name, description,
// iconName (an SVG beside the templates, named without `.svg`, or `octicon <name>` from GitHub's
// Octicons) and categories (GitHub's general categories, Linguist languages or tech stacks).

const require = createRequire(import.meta.url);
const octicons = new Set(Object.keys(require("@primer/octicons/build/data.json") as Record<string, unknown>));
const languages = new Set(Object.values(linguist).map((language) => language.name.toLowerCase()));
// The general categories of GitHub's starter workflows, compared case-blind with spaces as hyphens.
const GENERAL_CATEGORIES = new Set([
  "continuous-integration",
  "deployment",
  "testing",
  "code-quality",
  "code-review",
  "dependency-management",
  "monitoring",
  "automation",
  "utilities",
  "pages",
  "hugo",
]);
type Mapping = Record<string, unknown>;
const isGeneral = (category: string) => GENERAL_CATEGORIES.has(category.toLowerCase().replace(/ /g, "-"));
const KNOWN_KEYS = ["name", "description", "iconName", "categories", "creator", "filePatterns", "labels"];

const DIR = join(ROOT, "workflows-templates");
const templates = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const properties = (template: string) =>
  JSON.parse(readFileSync(join(DIR, template.replace(/\.ya?ml$/, ".properties.json")), "utf8")) as Mapping;

/** Why an iconName would show no icon, or undefined when it names one. */
function iconProblem(iconName: unknown): string | undefined {
  if (typeof iconName !== "string" || iconName === "") return "iconName is not a non-empty string";
  const octicon = /^octicon (\S+)$/.exec(iconName);
  if (octicon) return octicons.has(octicon[1]!) ? undefined : `"${octicon[1]}" is not an Octicon`;
  const svg = join(DIR, `${iconName}.svg`);
  if (!existsSync(svg)) return `no workflows-templates/${iconName}.svg (an Octicon is written "octicon ${iconName}")`;
  const isSvg = /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(readFileSync(svg, "utf8"));
  return isSvg ? undefined : `${iconName}.svg is not an SVG`;
}

describe("starter workflow metadata", () => {
  it("exists for every template, and the Octicon and language lists were read", () => {
    expect(templates.length).toBeGreaterThan(0);
    expect(octicons.has("tag")).toBe(true);
    expect(languages.has("typescript")).toBe(true);
  });

  it.each(templates)("%s: name, description and only keys GitHub reads", (template) => {
    const meta = properties(template);
    for (const key of Object.keys(meta)) expect(KNOWN_KEYS, `${template}: unknown key ${key}`).toContain(key);
    expect(meta.name, `${template}: name`).toEqual(expect.stringMatching(/\S/));
    expect(meta.description, `${template}: description`).toEqual(expect.stringMatching(/\S/));
  });

  it.each(templates)("%s: iconName is an SVG beside the templates or an Octicon", (template) => {
    expect(iconProblem(properties(template).iconName), template).toBeUndefined();
  });

  it.each(templates)("%s: categories are GitHub's general categories or Linguist languages", (template) => {
    const { categories } = properties(template);
    expect(Array.isArray(categories) && categories.length > 0, `${template}: categories`).toBe(true);
    const general = (categories as string[]).filter(isGeneral);
    expect(general.length, `${template}: at least one general category`).toBeGreaterThan(0);
    for (const category of categories as string[]) {
      const known = isGeneral(category) || languages.has(category.toLowerCase());
      expect(known, `${template}: unknown category "${category}"`).toBe(true);
    }
  });

  it("gives each template a name of its own", () => {
    const names = templates.map((template) => properties(template).name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses what GitHub would not show", () => {
    expect(iconProblem("tag")).toMatch(/octicon tag/);
    expect(iconProblem("octicon no-such-icon")).toMatch(/not an Octicon/);
    expect(iconProblem("octicon rocket")).toBeUndefined();
  });
});
