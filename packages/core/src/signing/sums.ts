import { ConfigurationError } from "../errors/index.js";

export interface SumEntry {
  name: string;
  sha256: string;
}

/** A SHA256SUMS file as `sha256sum` writes it (text mode): `<hex>  <name>` per line. */
export function renderSums(entries: readonly SumEntry[]): string {
  return entries.map((entry) => `${entry.sha256}  ${entry.name}\n`).join("");
}

/** Reads a SHA256SUMS file; `sha256sum`'s binary marker (`<hex> *<name>`) is accepted too. */
export function parseSums(text: string, file: string): SumEntry[] {
  const entries: SumEntry[] = [];
  text.split("\n").forEach((line, index) => {
    if (line === "") return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new ConfigurationError(`line ${index + 1} is not '<sha256>  <name>'`, { file, line: index + 1 });
    entries.push({ sha256: match[1]!, name: match[2]! });
  });
  return entries;
}

/** A file name that a SHA256SUMS line and a release asset can carry as is. */
export function checkAssetName(name: string, path: string): void {
  if (name === "" || /[\n\r\\]/.test(name)) {
    throw new ConfigurationError(`the artifact ${JSON.stringify(path)} has a name that SHA256SUMS cannot carry (newline or backslash)`);
  }
}
