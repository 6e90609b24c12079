import { ConfigurationError } from "../../errors/index.js";
import type { GitWorkspace } from "../git/workspace.js";
import { below, caseCollisions, linkTarget } from "../paths.js";
import { SYMLINK, type Endpoint, type FileMap, type SourceSnapshot } from "../types.js";
import { refusedFiles } from "./file-source.js";
import type { SourceEndpoint } from "./port.js";

const SOURCE_REF = "refs/cadence/source";

/** A branch of any git repository as a source: fetched (one commit deep) into the sync's workspace. */
export class GitSource implements SourceEndpoint {
  private branch = "";

  constructor(
    private readonly workspace: GitWorkspace,
    private readonly endpoint: Endpoint,
    private readonly token: string | undefined,
  ) {}

  async read(include: (path: string) => boolean, maxFileSize: number): Promise<SourceSnapshot> {
    const { location } = this.endpoint;
    const remote = await this.workspace.remoteHeads(location, this.token, this.endpoint.branch ? [this.endpoint.branch] : []);
    const branch = this.endpoint.branch ?? remote.defaultBranch;
    if (!branch) throw new ConfigurationError(`the source ${location} has no default branch (is it empty?); set source.branch`);
    if (!remote.heads.has(branch)) throw new ConfigurationError(`the source ${location} has no branch ${branch}`);
    this.branch = branch;
    const commit = await this.workspace.fetch(location, this.token, branch, SOURCE_REF);
    const tree = await this.workspace.listTree(commit);
    const files: FileMap = new Map();
    const problems: Array<{ path: string; reason: string }> = [];
    for (const [path, entry] of tree.files) {
      const inside = below(this.endpoint.path, path);
      if (inside === undefined || !include(inside)) continue;
      if (entry.size > maxFileSize) {
        problems.push({ path: inside, reason: `is ${entry.size} bytes, over the limit of ${maxFileSize} (options.max_file_size)` });
        continue;
      }
      if (entry.mode === SYMLINK) {
        const link = (await this.workspace.readBlob(entry.sha))?.toString("utf8") ?? "";
        if (linkTarget(inside, link) === undefined) {
          problems.push({ path: inside, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
          continue;
        }
      }
      files.set(inside, entry);
    }
    for (const [a, b] of caseCollisions(files)) problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
    if (problems.length > 0) throw refusedFiles(location, problems);
    const workspace = this.workspace;
    let deepened = false;
    return {
      revision: `${branch}@${commit}`,
      files,
      reader: {
        async read(path, entry) {
          const bytes = await workspace.readBlob(entry.sha);
          if (!bytes) throw new Error(`the source blob of ${path} (${entry.sha}) is missing from the fetch`);
          return bytes;
        },
      },
      blob: async (sha) => {
        const found = await workspace.readBlob(sha);
        if (found || deepened) return found;
        // The base of a merge is an older version: fetch the branch's history once, then look again.
        deepened = true;
        await workspace.deepen(location, this.token, this.branch, SOURCE_REF);
        return workspace.readBlob(sha);
      },
      gitDir: workspace.gitDir,
    };
  }

  async close(): Promise<void> {}
}
