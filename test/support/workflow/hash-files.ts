import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import picomatch from "picomatch";

/**
 * hashFiles() as the runner computes it: the files under the workspace matching the patterns
 * (`!` excludes), sorted by path, each hashed with SHA-256, and those hashes hashed together;
 * empty when nothing matches.
 */
export function hashFilesIn(workspace: string, patterns: string[]): string {
  const include = patterns.filter((pattern) => !pattern.startsWith("!")).map((pattern) => picomatch(pattern, { dot: true }));
  const exclude = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => picomatch(pattern.slice(1), { dot: true }));
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== ".git") walk(full);
      } else if (statSync(full).isFile()) {
        const path = relative(workspace, full);
        if (include.some((match) => match(path)) && !exclude.some((match) => match(path))) files.push(full);
      }
    }
  };
  walk(workspace);
  if (files.length === 0) return "";
  const total = createHash("sha256");
  for (const file of files.sort()) total.update(createHash("sha256").update(readFileSync(file)).digest());
  return total.digest("hex");
}
