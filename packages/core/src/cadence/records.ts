import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseYamlSource, type YamlSource } from "../config/yaml-source.js";
import { ConfigurationError } from "../errors/index.js";
import type { RollbackFact } from "./history.js";

/** A folder the metrics read records from; `required` when the user named it (then it must exist). */
export interface RecordFolder {
  path: string;
  required: boolean;
  /** How many levels of folders inside it hold records: 1 by default (`<version>/`), 2 for a monorepo's `<package>/<version>/`. */
  depth?: number;
}

/** What the records say, and which files said it. */
export interface RecordScan {
  folders: Array<{ path: string; found: boolean }>;
  /** Per version: the earliest instant a complete publish recorded, and its file. */
  published: Map<string, { at: string; file: string }>;
  rollbacks: RollbackFact[];
  releaseEvidence: string[];
  rollbackEvidence: string[];
}

type Raw = Record<string, unknown>;

const isRecordFile = (name: string) => /\.ya?ml$/i.test(name);

/**
 * The YAML files of a folder and of the folders inside it, `depth` levels down
 * (`docs/releases/<version>/`, or a monorepo's `docs/releases/<package>/<version>/`).
 */
async function yamlFiles(dir: string, depth: number): Promise<string[] | undefined> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && isRecordFile(entry.name)) files.push(join(dir, entry.name));
    else if (entry.isDirectory() && depth > 0) files.push(...((await yamlFiles(join(dir, entry.name), depth - 1)) ?? []));
  }
  return files;
}

/**
 * Reads publish's `release_evidence` and rollback's `rollback_evidence` records from the folders.
 * Other YAML files there (release notes, capsules, gate-check's evidence) are passed over; a file
 * that is not YAML, or a record with a field of the wrong kind, stops the run with its name and line.
 */
export async function readRecords(root: string, folders: readonly RecordFolder[]): Promise<RecordScan> {
  const scan: RecordScan = { folders: [], published: new Map(), rollbacks: [], releaseEvidence: [], rollbackEvidence: [] };
  const seenFiles = new Set<string>();
  const seenRollbacks = new Set<string>();
  for (const folder of folders) {
    const absolute = join(root, folder.path);
    const files = await yamlFiles(absolute, folder.depth ?? 1);
    scan.folders.push({ path: folder.path, found: files !== undefined });
    if (files === undefined) {
      if (folder.required) throw new ConfigurationError(`the records folder ${folder.path} does not exist (looked at ${absolute})`);
      continue;
    }
    for (const file of files) {
      const name = relative(root, file);
      if (seenFiles.has(name)) continue;
      seenFiles.add(name);
      const source = parseYamlSource(name, await readFile(file, "utf8"));
      const value = source.value as Raw | null;
      if (!value || typeof value !== "object" || Array.isArray(value)) continue;
      if ("release_evidence" in value) readReleaseEvidence(source, name, scan);
      if ("rollback_evidence" in value) {
        const fact = readRollbackEvidence(source, name);
        scan.rollbackEvidence.push(name);
        if (fact && !seenRollbacks.has(fact.id)) {
          seenRollbacks.add(fact.id);
          scan.rollbacks.push(fact.fact);
        }
      }
    }
  }
  return scan;
}

function mapping(source: YamlSource, path: string[], what: string): Raw {
  let value: unknown = source.value;
  for (const key of path) value = (value as Raw | undefined)?.[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigurationError(`${what} must be a mapping`, source.locate(path));
  return value as Raw;
}

function instant(source: YamlSource, path: string[], value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "boolean" || typeof value === "number" || Number.isNaN(Date.parse(text))) {
    throw new ConfigurationError(`${path.join(".")} must be an ISO-8601 instant such as 2026-11-13T10:00:00Z, not '${text}'`, source.locate(path));
  }
  return new Date(text).toISOString();
}

function text(source: YamlSource, path: string[], value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new ConfigurationError(`${path.join(".")} must be ${what}`, source.locate(path));
}

/** publish's record: the version went out at distribution.published_at once every effect was done. */
function readReleaseEvidence(source: YamlSource, name: string, scan: RecordScan): void {
  const record = mapping(source, ["release_evidence"], "release_evidence");
  const apply = mapping(source, ["release_evidence", "apply"], "release_evidence.apply");
  if (apply.action !== "publish") return;
  scan.releaseEvidence.push(name);
  const version = text(source, ["release_evidence", "version"], record.version, "a version such as 1.3.0");
  const distribution = mapping(source, ["release_evidence", "distribution"], "release_evidence.distribution");
  const at = instant(source, ["release_evidence", "distribution", "published_at"], distribution.published_at);
  if (apply.dry_run === true || !version || !at) return;
  const known = scan.published.get(version);
  if (!known || Date.parse(at) < Date.parse(known.at)) scan.published.set(version, { at, file: name });
}

/** A rollback carried out: not a dry-run, not a drill, not the undo of an earlier one. */
function readRollbackEvidence(source: YamlSource, name: string): { id: string; fact: RollbackFact } | undefined {
  const path = ["rollback_evidence"];
  const record = mapping(source, path, "rollback_evidence");
  const versions = mapping(source, [...path, "versions"], "rollback_evidence.versions");
  const trigger = mapping(source, [...path, "trigger"], "rollback_evidence.trigger");
  const execution = mapping(source, [...path, "execution"], "rollback_evidence.execution");
  const from = text(source, [...path, "versions", "rolled_back_from"], versions.rolled_back_from, "the version rolled back");
  const to = text(source, [...path, "versions", "rolled_back_to"], versions.rolled_back_to, "the version rolled back to");
  if (!from) {
    throw new ConfigurationError("rollback_evidence.versions.rolled_back_from is missing: which release was rolled back?", source.locate([...path, "versions"]));
  }
  const executed = instant(source, [...path, "execution", "executed_at"], execution.executed_at);
  const decided = instant(source, [...path, "execution", "decided_at"], execution.decided_at);
  const detected = instant(source, [...path, "trigger", "detected_at"], trigger.detected_at);
  if (execution.dry_run === true || record.drill === true || record.mode === "undo") return undefined;
  const at = executed ?? decided ?? detected;
  if (!at) {
    const message = "rollback_evidence has no execution.executed_at, execution.decided_at or trigger.detected_at: when was it rolled back?";
    throw new ConfigurationError(message, source.locate(path));
  }
  return {
    id: String(record.rollback_id ?? name),
    fact: {
      from,
      to: to ?? "",
      at,
      reason: text(source, [...path, "trigger", "description"], trigger.description, "a line of text") ?? "(no reason recorded)",
      severity: text(source, [...path, "trigger", "severity"], trigger.severity, "a severity such as SEV-1") ?? "unknown",
      type: text(source, [...path, "type"], record.type, "a rollback type") ?? "unknown",
      file: name,
    },
  };
}
