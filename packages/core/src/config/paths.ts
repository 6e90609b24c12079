import type { SourceLocation } from "../errors/index.js";
import { confinePath, type PathPlaces, type PathRule } from "../inputs/paths.js";
import type { YamlSource } from "./yaml-source.js";

/**
 * Every field of .github/cadence.yml that names a path in the repository, held to the rule the
 * path inputs follow (inputs/paths.ts) when the file is loaded: a bad path is reported with the
 * schema's problems, before any action observes or changes anything. `*` stands for any list
 * index or map key. A field not here is not a path of this repository: sync's `path`,
 * `options.manifest` and `filters` are paths inside a sync endpoint (another repository, a
 * package), checked against that endpoint by sync/paths.ts; `repository-url` and the like are URLs.
 */
interface PathField {
  at: readonly string[];
  rule?: PathRule;
  /** Only when the map holding the value says it is a path (a sync endpoint of type file, a recipients file). */
  when?: (holder: Record<string, unknown>, value: string) => boolean;
}

const fileEndpoint = (holder: Record<string, unknown>) => holder.type === "file";
// A recipient is an age key written out (age1…, age1pq1…) or the file that lists them.
const recipientsFile = (_holder: Record<string, unknown>, value: string) => !/^age1/.test(value.trim());
const glob: PathRule = { glob: true };
// The same settings as publish's inputs `notes-file` and `assets`, which may point into RUNNER_TEMP.
const scratch: PathRule = { scratch: true };

export const CONFIG_PATH_FIELDS: readonly PathField[] = [
  { at: ["versioning", "manifests", "*", "path"] },
  { at: ["versioning", "packages", "*", "path"] },
  { at: ["versioning", "packages", "*", "manifests", "*", "path"] },
  { at: ["versioning", "release-commit", "include", "*"] },
  { at: ["changelog", "path"] },
  { at: ["changelog", "template"] },
  { at: ["changelog", "record", "dir"] },
  { at: ["gates", "changelog"] },
  { at: ["gates", "manifests", "*"] },
  { at: ["gates", "docs", "*"], rule: glob },
  { at: ["gates", "docs", "paths", "*"], rule: glob },
  { at: ["gates", "rollback-drill", "records"], rule: glob },
  { at: ["gates", "release-notes"] },
  { at: ["gates", "release-notes", "*"] },
  { at: ["gates", "coverage", "file"] },
  { at: ["gates", "evidence-path"] },
  { at: ["calendar", "file"] },
  // The capsule may be written to the run's temporary folder so that npm never packs it (docs/signing.md).
  { at: ["capsule", "out-dir"], rule: scratch },
  { at: ["capsule", "notes"] },
  { at: ["capsule", "changelog"] },
  { at: ["capsule", "recipients", "*"], when: recipientsFile },
  { at: ["capsule", "sbom", "packages", "*"] },
  { at: ["capsule", "sbom", "files", "*"] },
  // A file endpoint is a folder of this repository (docs/sync.md): another repository is checked
  // out into one first, so that the sync never reads or writes outside the workspace.
  { at: ["sync", "*", "source", "location"], when: fileEndpoint },
  { at: ["sync", "*", "target", "location"], when: fileEndpoint },
  { at: ["sync", "*", "targets", "*", "location"], when: fileEndpoint },
  { at: ["publish", "release", "notes-file"], rule: scratch },
  { at: ["publish", "release", "assets", "*"], rule: { glob: true, scratch: true } },
  { at: ["publish", "npm", "packages", "*"] },
  { at: ["rollback", "evidence-dir"] },
  { at: ["rollback", "drill-dir"] },
  { at: ["rollback", "config", "files", "*"] },
];

export interface PathProblem {
  text: string;
  location: SourceLocation;
}

/** Every path of the file that leaves the repository (or, where allowed, the run's temporary folder). */
export function configPathProblems(source: YamlSource, places: PathPlaces): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const field of CONFIG_PATH_FIELDS) {
    for (const found of valuesAt(source.value, field.at, [])) {
      if (field.when && !field.when(found.holder, found.value)) continue;
      const judged = confinePath(describe(found.path), found.value, places, field.rule);
      if (judged.problem !== undefined) problems.push({ text: judged.problem, location: source.locate(found.path) });
    }
  }
  return problems;
}

interface Found {
  path: Array<string | number>;
  value: string;
  holder: Record<string, unknown>;
}

/** The strings at a pattern; values of another type are the schema's to report. */
function valuesAt(value: unknown, pattern: readonly string[], path: Array<string | number>, holder: Record<string, unknown> = {}): Found[] {
  if (pattern.length === 0) return typeof value === "string" ? [{ path, value, holder }] : [];
  if (value === null || typeof value !== "object") return [];
  const [step, ...rest] = pattern as [string, ...string[]];
  const map = value as Record<string, unknown>;
  if (step !== "*") return Object.hasOwn(map, step) ? valuesAt(map[step], rest, [...path, step], map) : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => valuesAt(item, rest, [...path, index], map));
  return Object.keys(map).flatMap((key) => valuesAt(map[key], rest, [...path, key], map));
}

function describe(path: ReadonlyArray<string | number>): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
}
