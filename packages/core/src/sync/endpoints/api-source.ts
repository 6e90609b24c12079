import { ConfigurationError } from "../../errors/index.js";
import type { GitHubGitData } from "../github/git-data.js";
import { below, caseCollisions, linkTarget } from "../paths.js";
import { SYMLINK, type Endpoint, type FileMap, type SourceSnapshot } from "../types.js";
import { refusedFiles } from "./file-source.js";
import type { SourceEndpoint } from "./port.js";

/** A GitHub repository as a source through the REST API: one tree listing, then only the blobs a plan reads. */
export class ApiSource implements SourceEndpoint {
  constructor(
    private readonly api: GitHubGitData,
    private readonly endpoint: Endpoint,
  ) {}

  async read(include: (path: string) => boolean, maxFileSize: number): Promise<SourceSnapshot> {
    const branch = this.endpoint.branch ?? (await this.api.defaultBranch());
    const head = await this.api.branchHead(branch);
    if (!head) throw new ConfigurationError(`the source ${this.api.repository} has no branch ${branch}`);
    const commit = await this.api.commit(head);
    const files: FileMap = new Map();
    const problems: Array<{ path: string; reason: string }> = [];
    for (const item of await this.api.treeRecursive(commit.tree)) {
      if (item.type !== "blob") continue;
      const inside = below(this.endpoint.path, item.path);
      if (inside === undefined || !include(inside)) continue;
      const size = item.size ?? 0;
      if (size > maxFileSize) {
        problems.push({ path: inside, reason: `is ${size} bytes, over the limit of ${maxFileSize} (options.max_file_size)` });
        continue;
      }
      if (item.mode === SYMLINK) {
        const link = (await this.api.blob(item.sha))?.toString("utf8") ?? "";
        if (linkTarget(inside, link) === undefined) {
          problems.push({ path: inside, reason: `is a symbolic link to ${link}, outside the source; it is never followed` });
          continue;
        }
      }
      files.set(inside, { sha: item.sha, mode: item.mode, size });
    }
    for (const [a, b] of caseCollisions(files)) problems.push({ path: b, reason: `differs from ${a} only by letter case; macOS and Windows checkouts hold both as one file` });
    if (problems.length > 0) throw refusedFiles(this.api.repository, problems);
    const api = this.api;
    return {
      revision: `${this.api.repository}@${branch} ${head}`,
      files,
      reader: {
        async read(path, entry) {
          const bytes = await api.blob(entry.sha);
          if (!bytes) throw new Error(`GitHub has no blob ${entry.sha} for ${path}`);
          return bytes;
        },
      },
      blob: (sha) => api.blob(sha),
    };
  }

  async close(): Promise<void> {}
}
