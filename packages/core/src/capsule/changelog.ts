import type { ReleasePlace } from "../records/release-place.js";

const MAX_ENTRIES = 40;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The entries of the changelog section for `version` (`## [1.2.3]`, `## 1.2.3`, `## v1.2.3 …`;
 * a monorepo package's `## [core@1.2.3]`): each bullet as one line, prefixed with its `###` group.
 */
export function changelogEntries(text: string, release: string | ReleasePlace): string[] {
  const place = typeof release === "string" ? { version: release } : release;
  const lines = text.split(/\r?\n/);
  const named = place.package === undefined ? "" : escape(`${place.package}@`);
  const heading = new RegExp(`^#{1,2}\\s+\\[?${named}v?${escape(place.version)}\\]?(\\s|\\(|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return [];
  const entries: string[] = [];
  let group = "";
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const sub = /^###\s+(.+)$/.exec(line);
    if (sub) group = sub[1]!.trim();
    const bullet = /^[-*]\s+(.+)$/.exec(line);
    if (bullet) entries.push(group ? `${group}: ${bullet[1]!.trim()}` : bullet[1]!.trim());
    if (entries.length === MAX_ENTRIES) break;
  }
  return entries;
}
