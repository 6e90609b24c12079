import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { writeFileAtomic } from "../adapters/files.js";
import { ConfigurationError } from "../errors/index.js";
import { writableProblem } from "../plan/preconditions.js";
import type { EffectHandler } from "../plan/apply.js";
import { sha256, type Effect } from "../plan/plan.js";

/** Writes binary content (a signature) to a file; the plan carries it as base64. Done when the file holds exactly those bytes. */
export function writeBytesEffect(path: string, bytes: Buffer, summary: string): Effect {
  return { kind: "write-bytes", id: `write-bytes:${path}`, summary, path, base64: bytes.toString("base64"), sha256: sha256(bytes) };
}

export function writeBytesHandler(root: string): EffectHandler {
  const locate = (path: string): string => {
    const full = resolve(root, path);
    const rel = relative(resolve(root), full);
    if (rel.startsWith("..") || isAbsolute(rel)) throw new ConfigurationError(`the path ${path} points outside ${root}`);
    return full;
  };
  return {
    check: (effect) => writableProblem(locate(String(effect.path)), String(effect.path)),
    async isDone(effect) {
      try {
        return (await readFile(locate(String(effect.path)))).equals(Buffer.from(String(effect.base64), "base64"));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
    },
    async run(effect) {
      await writeFileAtomic(locate(String(effect.path)), Buffer.from(String(effect.base64), "base64"));
    },
  };
}
