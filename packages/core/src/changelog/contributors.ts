import type { ConventionalCommit } from "../commits/types.js";

export interface Contributor {
  name: string;
  /** GitHub login, when the e-mail address says it (GitHub's noreply addresses). */
  login?: string;
  email: string;
  commits: number;
}

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i;
const PERSON = /^(.*?)\s*<([^>]+)>\s*$/;

export function loginFromEmail(email: string): string | undefined {
  return NOREPLY.exec(email.trim())?.[1];
}

/** `@login` when known, the name otherwise. */
export function contributorLabel(contributor: Contributor): string {
  return contributor.login ? `@${contributor.login}` : contributor.name;
}

/**
 * Authors and `Co-authored-by:` people of the commits, most commits first, each once (by login,
 * else by e-mail). Anyone matching an `exclude` glob by name, login or e-mail is left out.
 */
export function collectContributors(commits: readonly ConventionalCommit[], exclude: readonly string[]): Contributor[] {
  const patterns = exclude.map(wildcard);
  const byKey = new Map<string, Contributor>();
  // Large ranges repeat the same few people: decide each name/e-mail pair once.
  const excluded = new Map<string, boolean>();
  const add = (name: string, email: string) => {
    const login = loginFromEmail(email);
    const pair = `${name}\0${email}`;
    let skip = excluded.get(pair);
    if (skip === undefined) excluded.set(pair, (skip = [name, email, login].some((value) => value && patterns.some((pattern) => pattern.test(value)))));
    if (skip) return;
    const key = (login ?? email ?? name).toLowerCase();
    const known = byKey.get(key);
    if (known) known.commits++;
    else byKey.set(key, { name, email, commits: 1, ...(login ? { login } : {}) });
  };
  for (const commit of commits) {
    add(commit.raw.authorName, commit.raw.authorEmail);
    for (const footer of commit.footers) {
      if (footer.token.toLowerCase() !== "co-authored-by") continue;
      const person = PERSON.exec(footer.value.trim());
      if (person) add(person[1]!, person[2]!);
    }
  }
  return [...byKey.values()].sort((a, b) => b.commits - a.commits || contributorLabel(a).localeCompare(contributorLabel(b)));
}

/** `*` matches anything, every other character itself (so `*[bot]` means what it says), any case. */
function wildcard(pattern: string): RegExp {
  const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`, "i");
}
