import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalFiles } from "../../packages/core/src/adapters/files.js";
import { loadConfig } from "../../packages/core/src/config/load.js";
import { CONFIG_PATH_FIELDS } from "../../packages/core/src/config/paths.js";
import { ConfigurationError } from "../../packages/core/src/errors/index.js";
import schema from "../../schema/cadence.schema.json" with { type: "json" };
import { TestRepo } from "../support/git-repo.js";
import { runAction, runCli } from "../support/runner.js";

// Every path written in .github/cadence.yml follows the rule of the path inputs
// (packages/core/src/inputs/paths.ts), checked when the file is loaded, before any effect.

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Variant = "parent" | "absolute" | "link";

/** A path field of the config as the test writes it: where in the YAML, and the name the message gives it. */
interface Field {
  name: string;
  /** The value for a bad path `base`: a file or folder under it, named for the field so that each is on one line only. */
  value: (base: string) => string;
}

// Every path field of the schema, in a valid file: only the paths are wrong.
const FIELDS: Field[] = [
  { name: "versioning.manifests[0].path", value: (base) => `${base}/version.json` },
  { name: "versioning.packages[0].path", value: (base) => `${base}/pkg` },
  { name: "versioning.packages[0].manifests[0].path", value: (base) => `${base}/pkg/package.json` },
  { name: "versioning.release-commit.include[0]", value: (base) => `${base}/committed.md` },
  { name: "changelog.path", value: (base) => `${base}/CHANGELOG.md` },
  { name: "changelog.template", value: (base) => `${base}/template.md` },
  { name: "changelog.record.dir", value: (base) => `${base}/releases/{version}` },
  { name: "gates.changelog", value: (base) => `${base}/GATED-CHANGES.md` },
  { name: "gates.manifests[0]", value: (base) => `${base}/package.json` },
  { name: "gates.docs[0]", value: (base) => `${base}/docs/**` },
  { name: "gates.rollback-drill.records", value: (base) => `${base}/drills/*.{yml,yaml}` },
  { name: "gates.release-notes[0]", value: (base) => `${base}/notes-{version}.md` },
  { name: "gates.coverage.file", value: (base) => `${base}/lcov.info` },
  { name: "gates.evidence-path", value: (base) => `${base}/gates.yaml` },
  { name: "calendar.file", value: (base) => `${base}/calendar.yml` },
  { name: "capsule.out-dir", value: (base) => `${base}/capsule` },
  { name: "capsule.notes", value: (base) => `${base}/notes.yml` },
  { name: "capsule.changelog", value: (base) => `${base}/CAPSULE-CHANGES.md` },
  { name: "capsule.recipients.ops", value: (base) => `${base}/recipients.txt` },
  { name: "capsule.sbom.packages[0]", value: (base) => `${base}/sbom-pkg` },
  { name: "capsule.sbom.files[0]", value: (base) => `${base}/sbom.json` },
  { name: "sync[0].source.location", value: (base) => `${base}/templates` },
  { name: "sync[0].target.location", value: (base) => `${base}/copy` },
  { name: "sync[1].targets[0].location", value: (base) => `${base}/copy-2` },
  { name: "publish.release.notes-file", value: (base) => `${base}/notes.md` },
  { name: "publish.release.assets[0]", value: (base) => `${base}/*.tgz` },
  { name: "publish.npm.packages[0]", value: (base) => `${base}/npm-pkg` },
  { name: "rollback.evidence-dir", value: (base) => `${base}/evidence` },
  { name: "rollback.drill-dir", value: (base) => `${base}/drills` },
  { name: "rollback.config.files[0]", value: (base) => `${base}/settings.json` },
];

/** The config with every path field set under `base`, and the line each field's value is on. */
function configText(base: string): { text: string; lines: Map<string, number> } {
  const v = new Map(FIELDS.map((field) => [field.name, JSON.stringify(field.value(base))]));
  const text = [
    "versioning:",
    `  manifests: [{ path: ${v.get("versioning.manifests[0].path")}, json-path: version }]`,
    "  packages:",
    "    - name: pkg",
    `      path: ${v.get("versioning.packages[0].path")}`,
    `      manifests: [{ path: ${v.get("versioning.packages[0].manifests[0].path")} }]`,
    `  release-commit: { include: [${v.get("versioning.release-commit.include[0]")}] }`,
    "changelog:",
    `  path: ${v.get("changelog.path")}`,
    `  template: ${v.get("changelog.template")}`,
    `  record: { dir: ${v.get("changelog.record.dir")} }`,
    "gates:",
    `  changelog: ${v.get("gates.changelog")}`,
    `  manifests: [${v.get("gates.manifests[0]")}]`,
    `  docs: [${v.get("gates.docs[0]")}]`,
    `  rollback-drill: { records: ${v.get("gates.rollback-drill.records")} }`,
    `  release-notes: [${v.get("gates.release-notes[0]")}]`,
    `  coverage: { file: ${v.get("gates.coverage.file")} }`,
    `  evidence-path: ${v.get("gates.evidence-path")}`,
    "calendar:",
    `  file: ${v.get("calendar.file")}`,
    "capsule:",
    `  out-dir: ${v.get("capsule.out-dir")}`,
    `  notes: ${v.get("capsule.notes")}`,
    `  changelog: ${v.get("capsule.changelog")}`,
    `  recipients: { ops: ${v.get("capsule.recipients.ops")}, dev: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p }`,
    `  sbom: { packages: [${v.get("capsule.sbom.packages[0]")}], files: [${v.get("capsule.sbom.files[0]")}] }`,
    "sync:",
    "  - sync_id: one",
    `    source: { type: file, location: ${v.get("sync[0].source.location")}, path: ../not-a-repository-path }`,
    `    target: { type: file, location: ${v.get("sync[0].target.location")} }`,
    "  - sync_id: two",
    "    source: { type: git, location: 'https://example.invalid/a.git' }",
    `    targets: [{ type: file, location: ${v.get("sync[1].targets[0].location")} }, { type: api, location: octo/repo }]`,
    "publish:",
    "  release:",
    `    notes-file: ${v.get("publish.release.notes-file")}`,
    `    assets: [${v.get("publish.release.assets[0]")}]`,
    `  npm: { packages: [${v.get("publish.npm.packages[0]")}] }`,
    "rollback:",
    `  evidence-dir: ${v.get("rollback.evidence-dir")}`,
    `  drill-dir: ${v.get("rollback.drill-dir")}`,
    `  config: { files: [${v.get("rollback.config.files[0]")}] }`,
    "",
  ].join("\n");
  const lines = new Map<string, number>();
  const rows = text.split("\n");
  for (const field of FIELDS) lines.set(field.name, rows.findIndex((row) => row.includes(v.get(field.name)!)) + 1);
  return { text, lines };
}

interface World {
  repo: TestRepo;
  outside: string;
  base: string;
  lines: Map<string, number>;
}

/** A repository whose config names every path field under `base`: `..`, an absolute folder outside, or a link leading out. */
function world(variant: Variant): World {
  const outside = folder("cadence-config-outside-");
  const repo = TestRepo.create({ prefix: "cadence-config-paths-" });
  cleanups.push(() => repo.remove());
  repo.commit("chore: start", "package.json", `${JSON.stringify({ name: "sample", version: "1.4.2" })}\n`);
  repo.tag("v1.4.2");
  if (variant === "link") {
    symlinkSync(outside, join(repo.dir, "link"));
    // Folders behind the link, so that each path names something that exists out there.
    for (const name of ["pkg", "templates", "copy", "copy-2", "evidence", "drills"]) mkdirSync(join(outside, name));
  }
  const base = variant === "parent" ? "../outside" : variant === "absolute" ? outside : "link";
  const { text, lines } = configText(base);
  repo.commit("feat: a config whose paths lead out", ".github/cadence.yml", text);
  return { repo, outside, base, lines };
}

function expectEveryField(text: string, w: World, options: { withLines: boolean }): void {
  for (const field of FIELDS) {
    const given = field.value(w.base);
    const said = `${field.name}: '${given}' leads outside the repository`;
    if (options.withLines) expect(text, field.name).toContain(`.github/cadence.yml:${w.lines.get(field.name)}:`);
    expect(text, field.name).toContain(said);
  }
  // A sync source's `path` is inside the sync endpoint, not the repository: sync checks it there.
  expect(text).not.toContain("sync[0].source.path:");
}

function expectNothingChanged(w: World): void {
  expect(w.repo.git("status", "--porcelain", "--untracked-files=all")).toBe("");
  const left = readdirSync(w.outside).filter((name) => !["pkg", "templates", "copy", "copy-2", "evidence", "drills"].includes(name));
  expect(left).toEqual([]);
}

describe("paths in .github/cadence.yml follow the one path rule", () => {
  it.each<Variant>(["parent", "absolute", "link"])("loading refuses every path field that leads out (%s), all at once, each at file:line:col", async (variant) => {
    const w = world(variant);
    const error = await loadConfig(new LocalFiles(w.repo.dir), { scratch: folder("cadence-scratch-") }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).located;
    expect(problems).toHaveLength(FIELDS.length);
    for (const field of FIELDS) {
      const problem = problems.find((each) => each.message.startsWith(`${field.name}: `));
      expect(problem?.location, field.name).toMatchObject({ file: ".github/cadence.yml", line: w.lines.get(field.name) });
      expect(problem?.location.column, field.name).toBeGreaterThan(1);
      if (variant === "link") expect(problem?.message, field.name).toContain("through a symbolic link");
    }
  });

  it("paths inside the repository, and the scratch fields inside the run's temporary folder, are accepted", async () => {
    const repo = TestRepo.create({ prefix: "cadence-config-paths-" });
    cleanups.push(() => repo.remove());
    const scratch = folder("cadence-scratch-");
    const { text } = configText("inside");
    const withScratch = text
      .replace(`out-dir: "inside/capsule"`, `out-dir: ${JSON.stringify(`${scratch}/capsule`)}`)
      .replace(`notes-file: "inside/notes.md"`, `notes-file: ${JSON.stringify(`${scratch}/notes.md`)}`)
      .replace(`assets: ["inside/*.tgz"]`, `assets: [${JSON.stringify(`${scratch}/*.tgz`)}]`);
    expect(withScratch).toContain(scratch);
    repo.write(".github/cadence.yml", withScratch);
    const config = await loadConfig(new LocalFiles(repo.dir), { scratch });
    expect(config.source.kind).toBe("cadence");
    // The other fields do not get the temporary folder.
    repo.write(".github/cadence.yml", withScratch.replace(`evidence-dir: "inside/evidence"`, `evidence-dir: ${JSON.stringify(`${scratch}/evidence`)}`));
    await expect(loadConfig(new LocalFiles(repo.dir), { scratch })).rejects.toThrow(`rollback.evidence-dir: '${scratch}/evidence' leads outside the repository`);
  });

  it("schema problems and path problems are reported together", async () => {
    const repo = TestRepo.create({ prefix: "cadence-config-paths-" });
    cleanups.push(() => repo.remove());
    repo.write(".github/cadence.yml", "changelog:\n  path: ../CHANGELOG.md\n  links: maybe\n");
    const error = (await loadConfig(new LocalFiles(repo.dir)).catch((caught: unknown) => caught)) as ConfigurationError;
    expect(error.problems).toEqual([
      ".github/cadence.yml:2:9: changelog.path: '../CHANGELOG.md' leads outside the repository; give a path inside the repository, relative to the repository",
      ".github/cadence.yml:3:10: changelog.links must be true or false",
    ]);
  });

  it("every field of the schema that names a file or folder is checked, or is named here with why not", () => {
    const notRepositoryPaths = new Map([
      // Paths inside a sync endpoint (another repository, a package), checked there by sync/paths.ts.
      ["sync.*.source.path", "inside the source endpoint"],
      ["sync.*.target.path", "inside the target endpoint"],
      ["sync.*.targets.*.path", "inside the target endpoint"],
      ["sync.*.options.manifest", "inside each target endpoint"],
      ["sync.*.filters.include.*", "globs over the source's files"],
      ["sync.*.filters.exclude.*", "globs over the source's files"],
      ["sync.*.target.id", "a name"],
      ["sync.*.targets.*.id", "a name"],
      // Texts and names that only speak of a file.
      ["changelog.header", "text written at the top of the file"],
      ["capsule.project", "a name"],
      ["rollback.release-note", "text put on top of the release notes"],
      ["versioning.branches.*.name", "a glob over branch names"],
      ["versioning.packages.*.manifests.*.json-path", "a place inside the JSON file"],
      ["versioning.packages.*.manifests.*.yaml-path", "a place inside the YAML file"],
      ["versioning.manifests.*.json-path", "a place inside the JSON file"],
      ["versioning.manifests.*.yaml-path", "a place inside the YAML file"],
    ]);
    const checked = new Set(CONFIG_PATH_FIELDS.map((field) => field.at.join(".")));
    const found = pathLikeFields(schema);
    expect(found.filter((path) => !checked.has(path) && !notRepositoryPaths.has(path))).toEqual([]);
    // Neither list names a field the schema does not have.
    expect([...checked, ...notRepositoryPaths.keys()].filter((path) => !found.includes(path))).toEqual([]);
  });
});

/** The dotted paths (`*` for items and map values) of string fields whose name or description speaks of a file or folder. */
function pathLikeFields(root: unknown): string[] {
  const found = new Set<string>();
  const resolveRef = (node: Record<string, unknown>): Record<string, unknown> => {
    if (typeof node.$ref !== "string") return node;
    const parts = node.$ref.replace(/^#\//, "").split("/");
    return parts.reduce<Record<string, unknown>>((at, part) => at[part] as Record<string, unknown>, root as Record<string, unknown>);
  };
  // A list's or a map's values, and the branches of a oneOf, are described by the field that holds them.
  const walk = (raw: unknown, path: string[], said: string, depth: number): void => {
    if (raw === null || typeof raw !== "object" || depth > 12) return;
    const node = resolveRef(raw as Record<string, unknown>);
    const text = `${said} ${typeof node.description === "string" ? node.description : ""}`;
    if ([node.type].flat().includes("string") && /\b(?:path|paths|file|files|dir|folder|folders|location|changelog|globs?|records|notes)\b|-dir\b/i.test(text)) found.add(path.join("."));
    for (const key of ["oneOf", "anyOf", "allOf"]) for (const branch of (node[key] as unknown[] | undefined) ?? []) walk(branch, path, text, depth + 1);
    if (node.items) walk(node.items, [...path, "*"], text, depth + 1);
    if (node.additionalProperties && typeof node.additionalProperties === "object") walk(node.additionalProperties, [...path, "*"], text, depth + 1);
    for (const [key, child] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) walk(child, [...path, key], key, depth + 1);
  };
  walk(root, [], "", 0);
  return [...found].sort();
}

describe("the config's path rule, as users meet it", () => {
  it.each<Variant>(["parent", "absolute", "link"])("the CLI refuses (%s) with every problem at file:line:col, before any effect", async (variant) => {
    const w = world(variant);
    const run = await runCli(["version-bump"], { cwd: w.repo.dir, env: { TMPDIR: folder("cadence-cli-tmp-") } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
    expectEveryField(run.stderr, w, { withLines: true });
    expectNothingChanged(w);
  });

  it.each<Variant>(["parent", "absolute", "link"])("the version-bump action's bundle refuses (%s), annotating each line, before any effect", async (variant) => {
    const w = world(variant);
    const run = await runAction("version-bump", { workspace: w.repo.dir });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expectEveryField(run.stdout, w, { withLines: false });
    for (const field of FIELDS) {
      const annotation = run.commands.find((command) => command.command === "error" && command.message.startsWith(`${field.name}: `));
      expect(annotation?.properties, field.name).toMatchObject({ file: ".github/cadence.yml", line: String(w.lines.get(field.name)) });
    }
    expectNothingChanged(w);
  });
});
