import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";

/** Where a run's report, plan and full diff go for people to download: a workflow artifact, or a folder. */
export interface ArtifactStore {
  /** For messages: "workflow artifact", "folder /x". */
  readonly description: string;
  /** Uploads the files (absolute paths, all in `rootDir`) under `name`; says where they went. */
  upload(name: string, files: readonly string[], rootDir: string): Promise<{ name: string; id?: number; location: string }>;
}

/** A folder as the artifact store: the CLI's, and the action's when the runner has no artifact service. */
export class FolderArtifacts implements ArtifactStore {
  constructor(private readonly dir: string) {}

  get description(): string {
    return `folder ${this.dir}`;
  }

  async upload(name: string, files: readonly string[]): Promise<{ name: string; location: string }> {
    const folder = join(this.dir, name);
    mkdirSync(folder, { recursive: true });
    for (const file of files) copyFileSync(file, join(folder, basename(file)));
    return { name, location: folder };
  }
}

/** The files already sit in their folder: nothing to copy, only to say where. */
export class InPlaceArtifacts implements ArtifactStore {
  readonly description = "the output folder";
  async upload(name: string, _files: readonly string[], rootDir: string): Promise<{ name: string; location: string }> {
    return { name, location: rootDir };
  }
}
