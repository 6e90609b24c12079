// What older releases of release-please wrote differently from the current one. A published
// section that differs from cadence's only by one of these is told apart from a real difference:
// each is a rewrite of cadence's text into the older form, named with the release-please change
// that ended it. Cadence writes the current form.

export interface Era {
  name: string;
  /** The release-please change that ended the older form. */
  until: string;
  rewrite: (section: string) => string;
}

/** Entry lines outside the breaking-change list, the part between the bullet's scope and the commit link. */
function mapSubjects(section: string, map: (subject: string) => string): string {
  let breaking = false;
  return section
    .split("\n")
    .map((line) => {
      if (line.startsWith("### ")) breaking = line.startsWith("### ⚠");
      if (breaking || !line.startsWith("* ")) return line;
      const match = /^(\* (?:\*\*[^*]+:\*\* )?)(.*?)( \(\[[0-9a-f]{7}\]\(.*)$/.exec(line);
      return match ? `${match[1]}${map(match[2]!)}${match[3]}` : line;
    })
    .join("\n");
}

const unescape = (subject: string) => subject.replace(/&lt;/g, "<").replace(/&gt;/g, ">");

export const ERAS: readonly Era[] = [
  {
    name: "closes",
    until: "17.10.4 (2026-07): `, refs` instead of `, closes` before footer references",
    rewrite: (section) => section.replace(/(\)\)), refs (\[#)/g, "$1, closes $2"),
  },
  {
    name: "patch-heading",
    until: "13.16 (2022-05): a patch release's heading was `### [x.y.z]`",
    rewrite: (section) => section.replace(/^## \[(\d+\.\d+\.[1-9]\d*)\]/, "### [$1]"),
  },
  {
    name: "notes-unlinked",
    until: "14.17.2 (2022-11, #1757): `(#N)` in a breaking-change note was not linked",
    rewrite: (section) => section.replace(/\(\[#(\d+)\]\([^)]*\/issues\/\d+\)\)/g, (match, issue: string, offset: number) => (isNoteLine(section, offset) ? `(#${issue})` : match)),
  },
  {
    name: "escape-first",
    until: "16.13.1 (2024-09, #2367): only the first `<` and the first `>` of a subject were escaped, code spans included",
    rewrite: (section) => mapSubjects(section, (subject) => unescape(subject).replace("<", "&lt;").replace(">", "&gt;")),
  },
  {
    name: "short-sha-links",
    until: "about 2020: the commit link's URL used the seven-character hash",
    rewrite: (section) => section.replace(/(\/commit\/)([0-9a-f]{7})[0-9a-f]{33}\)/g, "$1$2)"),
  },
  {
    name: "no-escape",
    until: "14.8.0 (2022-09, #1661): `<` and `>` were not escaped",
    rewrite: (section) => mapSubjects(section, unescape),
  },
];

function isNoteLine(section: string, offset: number): boolean {
  const before = section.slice(0, offset);
  const heading = before.lastIndexOf("\n### ");
  return heading !== -1 && section.startsWith("\n### ⚠", heading);
}

/** Every combination of eras, fewest first (2^6 = 64 rewrites at most). */
export function eraCombinations(): Era[][] {
  const combinations: Era[][] = [[]];
  for (const era of ERAS) for (const existing of [...combinations]) combinations.push([...existing, era]);
  return combinations.sort((a, b) => a.length - b.length);
}

/**
 * The same lines in another order. conventional-changelog-writer before 6.0 (in release-please
 * before 16.0, 2023-07) sorted entries by scope, then subject, with a comparison that is not
 * consistent for unscoped entries, and sections by a fixed list; the order it gave is not
 * reproduced.
 */
export function sameLinesOtherOrder(a: string, b: string): boolean {
  const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "").sort().join("\n");
  return a !== b && lines(a) === lines(b);
}
