import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/runner.js";
import { generateActionDocs } from "../../scripts/action-docs.mjs";

// What GitHub Marketplace reads from an action's metadata and from the repository's README.

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  runs?: { using?: string };
}

const metadataFiles = [
  "action.yml",
  ...readdirSync(join(ROOT, "actions"))
    .map((name) => join("actions", name, "action.yml"))
    .filter((path) => existsSync(join(ROOT, path))),
];
const load = (path: string) => parse(readFileSync(join(ROOT, path), "utf8")) as ActionMetadata;

// Marketplace refuses to publish an action whose description has 125 characters or more.
const MARKETPLACE_DESCRIPTION_LIMIT = 125;

describe("action metadata for the Marketplace", () => {
  it("covers the root action and every action folder", () => {
    expect(metadataFiles).toContain("action.yml");
    expect(metadataFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(metadataFiles)("%s has a name and a description under 125 characters", (path) => {
    const { name, description } = load(path);
    expect(typeof name, `${path}: name`).toBe("string");
    expect(typeof description, `${path}: description`).toBe("string");
    const length = [...(description as string)].length;
    expect(length, `${path}: description has ${length} characters`).toBeLessThan(MARKETPLACE_DESCRIPTION_LIMIT);
    expect((description as string).trim(), `${path}: description`).not.toBe("");
  });

  it("gives every action a distinct name", () => {
    const names = metadataFiles.map((path) => load(path).name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("brands the root action, the one Marketplace lists, with an icon and color GitHub accepts", () => {
    const { branding, runs } = load("action.yml");
    expect(runs?.using).toBe("composite");
    // The allowed values as GitHub's own action schema lists them (Feather icons, badge colors).
    const schemaPath = join(ROOT, "node_modules/@actions/workflow-parser/dist/action-v1.0.min.json");
    const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as {
      definitions: Record<string, { "allowed-values"?: string[] }>;
    };
    const icons = schema.definitions["branding-icon"]?.["allowed-values"] ?? [];
    const colors = schema.definitions["branding-color"]?.["allowed-values"] ?? [];
    expect(icons.length).toBeGreaterThan(100);
    expect(icons).toContain(branding?.icon);
    expect(colors).toContain(branding?.color);
  });
});

describe("the root README, the page Marketplace shows", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("shows a uses: step of the root action", () => {
    expect(readme).toMatch(/^\s+- uses: release-cadence\/release-cadence@v\d+\s*$/m);
  });

  it("carries the root action's inputs and outputs, each named in the generated table", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const table = readme.slice(readme.indexOf("<!-- action-docs:start"), readme.indexOf("<!-- action-docs:end -->"));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(table, `README.md: the table lacks ${name}`).toContain(`| \`${name}\` |`);
    }
  });

  it("is part of the generated-docs check: a stale root table is reported", async () => {
    const copy = mkdtempSync(join(tmpdir(), "action-docs-root-"));
    try {
      cpSync(join(ROOT, "actions"), join(copy, "actions"), {
        recursive: true,
        filter: (source) => !source.includes("/src") && !source.includes("node_modules"),
      });
      cpSync(join(ROOT, "action.yml"), join(copy, "action.yml"));
      cpSync(join(ROOT, "README.md"), join(copy, "README.md"));
      expect(await generateActionDocs(copy, { check: true })).toEqual([]);
      const action = readFileSync(join(copy, "action.yml"), "utf8");
      writeFileSync(join(copy, "action.yml"), action.replace("true: plan every step and change nothing.", "changed"));
      expect(await generateActionDocs(copy, { check: true })).toEqual(["(root) README.md"]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
