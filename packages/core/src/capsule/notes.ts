import type { parseYamlSource } from "../config/yaml-source.js";
import { readYamlSource } from "./document.js";
import { ConfigurationError } from "../errors/index.js";
import type { CapsuleNotes } from "./types.js";

const LIST_KEYS = ["context", "decisions", "open_threads", "next_chat_bootstrap"] as const;
const ALIASES: Record<string, string> = { "open-threads": "open_threads", "next-chat-bootstrap": "next_chat_bootstrap" };

export function emptyNotes(): CapsuleNotes {
  return { context: [], decisions: [], open_threads: [], next_chat_bootstrap: [] };
}

/** Reads a notes file: a YAML mapping with lists of strings (decisions, open_threads, ...) and optional chat, purpose. */
export function parseNotes(file: string, text: string): CapsuleNotes {
  const source = readYamlSource(file, text);
  const value = source.value;
  if (value === null || (typeof value === "object" && !Array.isArray(value) && Object.keys(value as object).length === 0)) return emptyNotes();
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError("must be a mapping with decisions, open_threads, next_chat_bootstrap (lists of text)", source.locate([]));
  }
  const notes = emptyNotes();
  for (const [written, field] of Object.entries(value as Record<string, unknown>)) {
    const key = ALIASES[written] ?? written;
    if (key === "chat" || key === "purpose") {
      if (typeof field !== "string" || field.trim() === "") throw new ConfigurationError(`${written} must be a line of text`, source.locate([written]));
      notes[key] = field.trim();
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      notes[key as (typeof LIST_KEYS)[number]] = lines(field, written, source.locate);
    } else {
      throw new ConfigurationError(`unknown key '${written}'; expected chat, purpose, ${LIST_KEYS.join(", ")}`, source.locate([written]));
    }
  }
  return notes;
}

function lines(field: unknown, key: string, locate: (path: Array<string | number>) => ReturnType<ReturnType<typeof parseYamlSource>["locate"]>): string[] {
  if (field === null) return [];
  if (typeof field === "string") return splitLines(field);
  if (!Array.isArray(field)) throw new ConfigurationError(`${key} must be a list of text lines`, locate([key]));
  return field.map((item, index) => {
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") return String(item);
    throw new ConfigurationError(`${key}[${index}] must be a line of text, not a ${Array.isArray(item) ? "list" : "mapping"}`, locate([key, index]));
  });
}

/** An action input with one entry per line (blank lines and `- ` bullets allowed). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-*] +/, ""))
    .filter((line) => line !== "");
}

/** Joins notes: later ones add their lines, and override chat and purpose. */
export function mergeNotes(...all: CapsuleNotes[]): CapsuleNotes {
  const merged = emptyNotes();
  for (const notes of all) {
    if (notes.chat) merged.chat = notes.chat;
    if (notes.purpose) merged.purpose = notes.purpose;
    for (const key of LIST_KEYS) merged[key].push(...notes[key]);
  }
  return merged;
}
