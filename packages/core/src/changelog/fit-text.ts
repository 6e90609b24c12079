/**
 * The beginning of `text` that fits in `budget` (as `size` measures it: bytes for a step summary,
 * characters for a GitHub release body), cut after the last whole line, followed by `notice`
 * (which names where the whole text is); the text itself when it fits.
 */
export function fitText(text: string, budget: number, notice: string, size: (part: string) => number): string {
  if (size(text) <= budget) return text;
  const room = Math.max(0, budget - size(notice));
  let end = 0;
  for (let used = 0; ; ) {
    const next = text.indexOf("\n", end + 1);
    const lineEnd = next === -1 ? text.length : next;
    used += size(text.slice(end, lineEnd));
    if (used > room) break;
    end = lineEnd;
    if (next === -1) break;
  }
  return `${text.slice(0, end)}${notice}`;
}

export const bytes = (part: string): number => Buffer.byteLength(part);
export const characters = (part: string): number => part.length;
