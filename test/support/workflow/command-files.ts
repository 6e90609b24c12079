import { readFileSync } from "node:fs";

/**
 * The files a step writes to talk to the runner (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE,
 * GITHUB_PATH), read the way the runner reads them after the step: `name=value` lines and
 * `name<<DELIMITER` blocks; a block without its closing delimiter fails the step.
 */
export function readKeyValueFile(path: string, variable: string): Map<string, string> {
  const values = new Map<string, string>();
  const text = readFileSync(path, "utf8");
  if (text === "") return values;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    const equals = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === "") throw new Error(`Invalid format '${line}' in ${variable}: the name is empty`);
      values.set(name, line.slice(equals + 1));
      continue;
    }
    if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === "") throw new Error(`Invalid format '${line}' in ${variable}: the delimiter is empty`);
      const body: string[] = [];
      for (index++; index < lines.length && lines[index] !== delimiter; index++) body.push(lines[index]!);
      if (index >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}' in ${variable}`);
      values.set(name, body.join("\n"));
      continue;
    }
    throw new Error(`Invalid format '${line}' in ${variable}`);
  }
  return values;
}

/** GITHUB_PATH: one folder a line; each is put before the PATH, the last written first. */
export function readPathFile(path: string): string[] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
