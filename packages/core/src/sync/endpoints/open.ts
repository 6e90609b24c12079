import { existsSync } from "node:fs";
import { ConfigurationError } from "../../errors/index.js";
import type { Endpoint, SyncConfig } from "../types.js";
import { folderOf, FolderSource } from "./file-source.js";
import { FolderTarget } from "./file-target.js";
import type { SourceEndpoint, TargetEndpoint } from "./port.js";

/** What opening endpoints needs from the run: the repository, credentials, shared git work. */
export interface EndpointContext {
  /** The repository root: folder locations are relative to it. */
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The token when an endpoint names no credentials (the action's github-token, GITHUB_TOKEN in the CLI). */
  defaultToken?: string;
  /** Marks a token as secret in what the run prints. */
  secret(value: string): void;
}

/** The token an endpoint uses: its `credentials` variable, else the default. A named but empty variable is an error. */
export function tokenFor(endpoint: Endpoint, context: EndpointContext): string | undefined {
  if (endpoint.credentials) {
    const value = context.env[endpoint.credentials];
    if (!value) throw new ConfigurationError(`the credentials of ${endpoint.id} name the environment variable ${endpoint.credentials}, which is not set (pass the secret to the step's env:)`);
    context.secret(value);
    return value;
  }
  return context.defaultToken || undefined;
}

export async function openSource(sync: SyncConfig, context: EndpointContext): Promise<SourceEndpoint> {
  const source = sync.source;
  switch (source.kind) {
    case "file":
      return new FolderSource(folderOf(context.root, source.location, source.path), source.path ? `${source.location} (${source.path})` : source.location);
    default:
      throw new ConfigurationError(`sync ${sync.syncId}: a ${source.kind} source is not supported by this version`);
  }
}

export async function openTarget(sync: SyncConfig, target: Endpoint, context: EndpointContext): Promise<TargetEndpoint> {
  switch (target.kind) {
    case "file": {
      const root = folderOf(context.root, target.location, "");
      if (!existsSync(root) && !target.createBranch) {
        throw new ConfigurationError(`the target folder ${target.location} does not exist; create it, or set create_branch: true on the target to have the sync create it`);
      }
      return new FolderTarget(root, target.path, sync.options.manifest, sync.syncId);
    }
    default:
      throw new ConfigurationError(`sync ${sync.syncId}: a ${target.kind} target is not supported by this version`);
  }
}
