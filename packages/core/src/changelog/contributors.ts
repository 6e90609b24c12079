import type { ChangeEntry } from "./entries.js";
import { sortByText } from "./text-order.js";

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
 * Authors and `Co-authored-by:` people of the commits (every entry, listed or not), most commits
 * first, each once (by login, else by e-mail). Anyone matching an `exclude` glob by name, login
 * or e-mail is left out.
 */
export function collectContributors(entries: ReadonlyArray<Pick<ChangeEntry, "commit" | "footerFacts">>, exclude: readonly string[]): Contributor[] {
  const identify = personIdentifier(exclude.map(wildcard));
  const byKey = new Map<string, Contributor>();
  const add = (name: string, email: string) => {
    const person = identify(name, email);
    if (!person) return;
    const known = byKey.get(person.key);
    if (known) known.commits++;
    else byKey.set(person.key, { name, email, commits: 1, ...(person.login ? { login: person.login } : {}) });
  };
  for (const { commit, footerFacts } of entries) {
    add(commit.raw.authorName, commit.raw.authorEmail);
    for (const coAuthor of footerFacts?.coAuthors ?? []) {
      const person = PERSON.exec(coAuthor.trim());
      if (person) add(person[1]!, person[2]!);
    }
  }
  // Most commits first; equals in text order (text-order.ts).
  return sortByText([...byKey.values()], contributorLabel, (a, b) => b.commits - a.commits);
}

/** Who a name/e-mail pair is: the key it is counted under and its login. */
interface Person {
  key: string;
  login?: string;
}

/**
 * Large ranges repeat the same few people: each name/e-mail pair is looked at once (login,
 * exclusion, key), and later commits cost two map lookups, with no string built per commit.
 */
function personIdentifier(patterns: readonly RegExp[]): (name: string, email: string) => Person | null {
  // null: the pair is excluded.
  const byName = new Map<string, Map<string, Person | null>>();
  return (name, email) => {
    let byEmail = byName.get(name);
    if (!byEmail) byName.set(name, (byEmail = new Map()));
    let person = byEmail.get(email);
    if (person === undefined) {
      const login = loginFromEmail(email);
      const excluded = [name, email, login].some((value) => value && patterns.some((pattern) => pattern.test(value)));
      person = excluded ? null : { key: (login ?? email ?? name).toLowerCase(), ...(login ? { login } : {}) };
      byEmail.set(email, person);
    }
    return person;
  };
}

/** `*` matches anything, every other character itself (so `*[bot]` means what it says), any case. */
function wildcard(pattern: string): RegExp {
  const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`, "i");
}
