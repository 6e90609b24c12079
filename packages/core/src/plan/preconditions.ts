import { accessSync, constants, lstatSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Whether a file can be written at `full`, judged before the first effect runs, so that a plan that
 * would fail half-way (a folder where the file goes, a file where a folder is needed, a read-only
 * folder) fails before it changes anything. `shown` is how the message names the path.
 * Undefined when the write can go ahead.
 */
export function writableProblem(full: string, shown: string): string | undefined {
  const here = kind(full);
  if (here === "folder") return `${shown} is a folder, but a file is to be written there: remove or rename the folder, or choose another path`;
  let folder = dirname(full);
  while (kind(folder) === "missing" && dirname(folder) !== folder) folder = dirname(folder);
  if (kind(folder) === "file") return `${shown} cannot be written: ${folder} is a file where a folder is needed; remove it or choose another path`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `${shown} cannot be written: the folder ${folder} is read-only for the job's user; make it writable or choose another path`;
  }
  return undefined;
}

function kind(path: string): "missing" | "file" | "folder" {
  try {
    lstatSync(path);
  } catch {
    return "missing";
  }
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    // A dangling link: writing through it would create its target, which the path rule has judged.
    return "missing";
  }
}
