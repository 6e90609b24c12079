import { FolderArtifacts, InPlaceArtifacts, type ArtifactStore } from "../sync/artifacts.js";

/** The workflow run's artifact storage, through @actions/artifact (loaded only when an upload happens). */
export class ActionsArtifacts implements ArtifactStore {
  readonly description = "workflow artifact";

  async upload(name: string, files: readonly string[], rootDir: string): Promise<{ name: string; id?: number; location: string }> {
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir);
    return { name, ...(result.id !== undefined ? { id: result.id } : {}), location: `workflow artifact ${name}` };
  }
}

/**
 * The artifact store a run has: the runner's artifact service when it gives the action its URL and
 * token (GitHub's runners do), else the files stay in their folder (`dir`, when given, gets a copy).
 */
export function chooseArtifactStore(env: Readonly<Record<string, string | undefined>>, dir?: string): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) return new ActionsArtifacts();
  return dir ? new FolderArtifacts(dir) : new InPlaceArtifacts();
}
