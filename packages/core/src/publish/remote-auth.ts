import type { Git } from "../ports/index.js";

/**
 * The git port with a token for one remote, given the way actions/checkout gives it (an
 * `http.<server>/.extraheader` with basic auth for `x-access-token`), but only in the environment
 * of each git this port starts (GIT_CONFIG_COUNT/KEY/VALUE), never written to .git/config. A
 * checkout with `persist-credentials: false` thus leaves nothing for later steps to read (gate
 * commands, npm lifecycle scripts), and publish still pushes with the token it was given (a
 * GitHub App installation token or a PAT, so that tags start other workflows and protected
 * branches accept the push).
 *
 * Only for a remote on the server's host over http(s): a file:// or ssh remote, or one elsewhere,
 * gets no header (the token is not sent to another host). Without a token, git as it is.
 */
export async function withRemoteToken(git: Git, remote: string | null, token: string | undefined, serverUrl: string | undefined): Promise<Git> {
  if (!token || !remote) return git;
  const found = await git.run(["remote", "get-url", "--", remote], { allowFailure: true });
  const server = originOf(serverUrl ?? "https://github.com");
  if (found.exitCode !== 0 || !server || originOf(found.stdout.trim()) !== server) return git;
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, "utf8").toString("base64")}`;
  const env = {
    GIT_CONFIG_COUNT: "2",
    // An empty value first: any header already configured (a persisted checkout token) is dropped, not sent twice.
    GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: `http.${server}/.extraheader`,
    GIT_CONFIG_VALUE_1: header,
  };
  return {
    cwd: git.cwd,
    run: (args, options = {}) => git.run(args, { ...options, env: { ...env, ...options.env } }),
    stream: (args, onChunk) => git.stream(args, onChunk),
  };
}

/** `https://host[:port]` of an http(s) URL; undefined for anything else. */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
