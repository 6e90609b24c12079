import type { CadenceConfig } from "../config/types.js";
import { ConfigurationError, type SourceLocation } from "../errors/index.js";
import type { Git } from "../ports/index.js";

/** Who a commit or tag the toolkit makes is by: the author, committer and tagger all at once. */
export interface GitIdentity {
  name: string;
  email: string;
}

/**
 * Hosted runners have no user.name/user.email, and actions/checkout sets none: without one,
 * `git commit` and `git tag -a` fail. GitHub's own bot account is what Actions users expect to
 * see on automated commits (it is what github.token's pushes are attributed to).
 */
export const BOT_IDENTITY: Readonly<GitIdentity> = Object.freeze({
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
});

/** Where the identity came from, shown in the plan so a reviewer sees who will commit. */
export type IdentitySource = "input" | "config" | "git-config" | "default";

export interface Committer extends GitIdentity {
  source: IdentitySource;
}

// git refuses names and e-mails with these (`<`, `>`, newlines); an e-mail needs an @ to be one.
const NAME = /^[^<>\n\r]+$/;
const EMAIL = /^[^<>\s@]+@[^<>\s@]+$/;

/**
 * Reads `Name <email>` (git's own way of writing an identity, as in `git commit --author`).
 * `where` names the input or key for the message.
 */
export function parseIdentity(text: string, where: string, location?: SourceLocation): GitIdentity {
  const match = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(text);
  const identity = match ? { name: match[1]!, email: match[2]!.trim() } : undefined;
  if (!identity || !NAME.test(identity.name) || !EMAIL.test(identity.email)) {
    throw new ConfigurationError(`${where} must be written as 'Name <email@example.com>', not '${text.trim()}'`, location);
  }
  return identity;
}

export function formatIdentity(identity: GitIdentity): string {
  return `${identity.name} <${identity.email}>`;
}

/**
 * The `committer` the configuration names (`committer: "Name <email>"` or `{name, email}`;
 * the schema has checked its shape), if any.
 */
export function configuredCommitter(config: CadenceConfig): GitIdentity | undefined {
  const raw = config.raw.committer;
  if (raw === undefined || raw === null) return undefined;
  const file = config.source.files[0];
  const location = file ? { file } : undefined;
  if (typeof raw === "string") return parseIdentity(raw, "committer", location);
  const { name, email } = raw as { name?: unknown; email?: unknown };
  return parseIdentity(`${String(name ?? "")} <${String(email ?? "")}>`, "committer", location);
}

/**
 * Who commits and tags: the `committer` input, else the configuration's `committer`, else the
 * repository's own git identity when it has a whole one (a laptop, a self-hosted runner), else
 * github-actions[bot]. Read while planning, so it is in the plan and its hash before any effect.
 */
export async function resolveCommitter(git: Git, given: { input?: GitIdentity; config?: CadenceConfig }): Promise<Committer> {
  if (given.input) return { ...given.input, source: "input" };
  const configured = given.config ? configuredCommitter(given.config) : undefined;
  if (configured) return { ...configured, source: "config" };
  // Only what is configured counts: git's guess from the host name ("root@vm.(none)") is refused by
  // git itself on hosted runners and is nobody's identity anyway.
  const [name, email] = await Promise.all(
    ["user.name", "user.email"].map(async (key) => (await git.run(["config", "--get", key], { allowFailure: true })).stdout.trim()),
  );
  if (name && email) return { name, email, source: "git-config" };
  return { ...BOT_IDENTITY, source: "default" };
}

/**
 * git's options that make one command (commit, tag -a, revert, merge) author, commit and tag as
 * the identity, whatever is configured or missing: `git <these> commit …`. Every commit and tag the
 * toolkit makes goes through this, so none depends on the runner's setup.
 */
export function identityArgs(identity: GitIdentity): string[] {
  return ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`];
}

/** Reads an identity back from an effect's data; a plan always carries a whole one. */
export function identityOf(value: unknown): GitIdentity {
  const { name, email } = (value ?? {}) as { name?: unknown; email?: unknown };
  if (typeof name !== "string" || typeof email !== "string") throw new Error("the effect carries no git identity");
  return { name, email };
}
