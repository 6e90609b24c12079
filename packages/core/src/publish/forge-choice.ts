import { ConfigurationError } from "../errors/index.js";
import { GitHubReleases } from "../forge/github-releases.js";
import { LocalForge } from "../forge/local.js";
import type { ReleaseForge } from "../forge/releases.js";

export interface ForgeChoice {
  /** A GitHub token; without one the local forge keeps releases in `localDir`. */
  token?: string;
  /** "owner/name" on GitHub. */
  repository?: string;
  apiUrl?: string;
  /** In Actions a missing token is a mistake, not a reason to release locally. */
  requireToken: boolean;
  localDir: string;
  log?: (message: string) => void;
}

/** GitHub when there is a token, the local folder forge otherwise (the CLI's default). */
export function chooseReleaseForge(choice: ForgeChoice): ReleaseForge {
  if (!choice.token) {
    if (choice.requireToken) {
      throw new ConfigurationError(
        "there is no GitHub token: the github-token input is empty. Leave it at its default (${{ github.token }}) or pass a token with the permission contents: write.",
      );
    }
    return new LocalForge(choice.localDir);
  }
  if (!choice.repository || !/^[^/\s]+\/[^/\s]+$/.test(choice.repository)) {
    throw new ConfigurationError(`the GitHub repository must be owner/name (GITHUB_REPOSITORY, or --repository), not '${choice.repository ?? ""}'`);
  }
  return GitHubReleases.create({ token: choice.token, repository: choice.repository, ...(choice.apiUrl ? { baseUrl: choice.apiUrl } : {}), ...(choice.log ? { log: choice.log } : {}) });
}
