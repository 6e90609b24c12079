import { parseCalendarSection } from "../calendar/config.js";
import type { SourceLocation } from "../errors/index.js";
import type { YamlSource } from "./yaml-source.js";

/**
 * The checks the schema cannot make (a time zone Intl does not know, a date that does not exist),
 * run on a file that also breaks the schema: the person fixing it sees every problem at once,
 * instead of the semantic ones only after the schema's are fixed. A section whose values have the
 * wrong types is skipped here; the schema has said what is wrong with it.
 */
const SECTION_CHECKS: Record<string, (value: unknown, locate: (path: ReadonlyArray<string | number>) => SourceLocation | undefined) => Array<{ text: string; location: SourceLocation | undefined }>> = {
  calendar(value, locate) {
    const problems: Array<{ text: string; location: SourceLocation | undefined }> = [];
    parseCalendarSection({ value, locate }, problems);
    return problems;
  },
};

export function semanticProblems(source: YamlSource): Array<{ text: string; location: SourceLocation }> {
  const raw = source.value as Record<string, unknown>;
  const found: Array<{ text: string; location: SourceLocation }> = [];
  for (const [name, check] of Object.entries(SECTION_CHECKS)) {
    const value = raw[name];
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    try {
      for (const problem of check(value, (path) => source.locate([name, ...path]))) found.push({ text: problem.text, location: problem.location ?? source.locate([name]) });
    } catch {
      // Values of the wrong type: the schema's messages cover them.
    }
  }
  return found;
}
