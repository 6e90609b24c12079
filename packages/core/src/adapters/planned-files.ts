import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "../plan/plan.js";
import type { FileText } from "../plan/text-source.js";
import type { Files } from "../ports/index.js";
import { LocalFiles } from "./files.js";

/**
 * A dry-run writes nothing in the repository, so a later dry-run step would judge the tree as it
 * was: the gates would find no changelog section and the old version in package.json, and a dry-run
 * of a good release would fail. Instead each dry-run keeps the files it would write in a folder of
 * its own report (in Actions, under RUNNER_TEMP), laid out as in the repository, and the later steps
 * of the same job read them on top of the repository.
 */
export const PLANNED_FOLDER = "cadence-planned";

/** The planned-files folder: the one given, else `$RUNNER_TEMP/cadence-planned` in Actions, else none. */
export function plannedDir(given: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (given && given.trim() !== "") return given.trim();
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, PLANNED_FOLDER) : undefined;
}

/** Writes the content of every file the plan would write into `dir`, at its repository path. */
export async function keepPlannedFiles(plan: Plan, dir: string): Promise<string[]> {
  // LocalFiles keeps every path inside the folder and writes each file whole or not at all.
  const planned = new LocalFiles(dir);
  const paths: string[] = [];
  for (const effect of plan.effects) {
    if (effect.kind !== "write-file") continue;
    const content = effect.content as FileText;
    if (typeof content === "string") await planned.write(String(effect.path), content);
    else await planned.writeInPieces(String(effect.path), content);
    paths.push(String(effect.path));
  }
  return paths;
}

/** Every file in the planned folder, as repository paths (`docs/releases/1.5.0/notes.md`). */
export function plannedPaths(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/+$/, "").length + 1))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * The repository as the earlier dry-run steps planned it: a planned file is read instead of the
 * repository's. Only for reading: a dry-run writes nothing.
 */
export class PlannedFiles implements Files {
  readonly root: string;
  private readonly planned: LocalFiles;

  constructor(
    private readonly repository: Files,
    dir: string,
  ) {
    this.root = repository.root;
    this.planned = new LocalFiles(dir);
  }

  async read(path: string): Promise<string | undefined> {
    return (await this.planned.read(path)) ?? this.repository.read(path);
  }

  async list(dir: string): Promise<string[]> {
    const [planned, present] = await Promise.all([this.planned.list(dir), this.repository.list?.(dir) ?? []]);
    return [...new Set([...present, ...planned])].sort();
  }

  async write(path: string): Promise<void> {
    throw new Error(`a dry-run writes nothing, yet ${path} was about to be written`);
  }
}
