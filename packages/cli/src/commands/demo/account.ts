/** How the demo tells its story on the terminal: a numbered title per step and 1-3 short lines under it. */
export class Account {
  private count = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}

  line(text: string): void {
    this.out.write(`${text}\n`);
  }

  step(title: string): void {
    this.count += 1;
    this.out.write(`\n${String(this.count).padStart(2)}. ${title}\n`);
  }

  /** The lines of what a step did, indented under its title and wrapped to a readable width. */
  detail(lines: readonly string[]): void {
    for (const line of lines) for (const part of wrap(line, 112)) this.out.write(`    ${part}\n`);
  }
}

/**
 * Breaks a line at spaces so that no part is longer than width (a longer word stays whole); later
 * parts are indented.
 */
export function wrap(text: string, width: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && current.length + 1 + word.length > width) {
      parts.push(current);
      current = `  ${word}`;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) parts.push(current);
  return parts;
}

/** An effect's summary without its parenthesised asides and quoted details: what a reader needs. */
export function shortEffect(summary: string): string {
  return summary
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/:\s*".*$/, "")
    .trim();
}

export const short = (sha: string | undefined | null): string => (sha ?? "").slice(0, 12);
