/**
 * The runner's secret masker: every secret, the job token and each `::add-mask::` value is
 * replaced by `***` in what gets recorded. Multi-line secrets are masked line by line too, as
 * the runner does, so a PEM key split across log lines is still hidden.
 */
export class Masker {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value) return;
    this.values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) this.values.add(line);
  }

  /** A masker that starts with these values and learns more without teaching this one (a job's, from the run's). */
  clone(): Masker {
    const copy = new Masker();
    for (const value of this.values) copy.values.add(value);
    return copy;
  }

  has(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }

  mask(text: string): string {
    // Longest first, so a value containing another is hidden whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) text = text.split(value).join("***");
    return text;
  }
}
