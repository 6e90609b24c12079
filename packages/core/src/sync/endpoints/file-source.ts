import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { ConfigurationError } from "../../errors/index.js";
import { caseCollisions } from "../paths.js";
import type { SourceSnapshot } from "../types.js";
import { folderReader, scanFolder } from "./folder.js";
import type { SourceEndpoint } from "./port.js";

/** A folder as a source: `location` (inside the repository) and `path` below it. */
export class FolderSource implements SourceEndpoint {
  constructor(
    /** The folder the sync reads: location/path, absolute. */
    private readonly folder: string,
    private readonly describe: string,
  ) {}

  async read(include: (path: string) => boolean, maxFileSize: number): Promise<SourceSnapshot> {
    if (!existsSync(this.folder) || !statSync(this.folder).isDirectory()) {
      throw new ConfigurationError(`the source folder ${this.describe} does not exist`);
    }
    const scan = scanFolder(this.folder, { hash: include, maxFileSize, confineLinks: true });
    for (const [a, b] of caseCollisions(scan.files)) scan.problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
    if (scan.problems.length > 0) throw refusedFiles(this.describe, scan.problems);
    return { revision: `folder ${this.describe}`, files: scan.files, reader: folderReader(this.folder), folder: this.folder };
  }

  async close(): Promise<void> {}
}

/** One error for every source file that cannot be synced: links leading out, files too large. */
export function refusedFiles(describe: string, problems: ReadonlyArray<{ path: string; reason: string }>): ConfigurationError {
  const lines = problems.map((problem) => `${problem.path} ${problem.reason}`);
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : "";
  return new ConfigurationError(`the source ${describe} has files that cannot be synced: ${lines[0]!}${more}`, undefined, lines);
}

export function folderOf(root: string, location: string, path: string): string {
  return join(root, ...location.split("/"), ...path.split("/").filter(Boolean));
}
