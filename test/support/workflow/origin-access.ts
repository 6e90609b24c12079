import type { OriginAccess } from "./git-origin.js";
import type { GitHubEmulator } from "../github/server.js";

/**
 * Who may fetch and push on the origin during a run, as github.com decides for HTTPS git: a
 * job token (the emulator's grants) needs contents: read to fetch and contents: write to push
 * and is refused once revoked; no token reads a public repository only; a token the run did
 * not issue (a PAT or App token a test hands in) is left to the previous rule.
 */
export function originAccess(emulator: GitHubEmulator, fallback: OriginAccess): OriginAccess {
  return (request) => {
    const grant = emulator.grants.get(request.token);
    const [owner = "", name = ""] = request.repository.split("/");
    const repo = emulator.state.repo(owner, name);
    if (!grant) {
      if (request.token) return fallback(request);
      if (repo?.private || request.write) return { allowed: false, status: 401, message: "Authentication required" };
      return fallback(request);
    }
    if (grant.revoked) return { allowed: false, status: 401, message: "Invalid username or token. Password authentication is not supported for Git operations." };
    if (grant.repository.toLowerCase() !== request.repository.toLowerCase()) {
      if (request.write || repo?.private) return { allowed: false, status: 404, message: "Repository not found." };
      return { allowed: true };
    }
    const level = grant.permissions.contents ?? "none";
    if (request.write ? level === "write" : level !== "none") return { allowed: true };
    return { allowed: false, status: 403, message: `Permission to ${request.repository}.git denied to ${grant.actor}.` };
  };
}
