import { createHash } from "node:crypto";

/**
 * A text a plan carries without holding it: made again, piece by piece, each time it is read
 * (hashed, compared, written). The release record's YAML for 100k commits is ten million
 * characters, twenty megabytes as a string; made from the notes record the run keeps anyway, it
 * costs only its pieces, one at a time. Whatever it is made from must not change after planning.
 */
export class TextSource {
  private digest: string | undefined;

  constructor(private readonly produce: (write: (piece: string) => void) => void) {}

  /** SHA-256 (hex) of the text's UTF-8, worked out once: by a reading that asked for it (each's `digesting`), or now. */
  sha256(): string {
    if (this.digest === undefined) this.each(() => undefined, true);
    return this.digest!;
  }

  /**
   * Hands the text over in pieces, in order. A surrogate pair is never cut between two pieces, so
   * each piece can be encoded or escaped on its own.
   */
  each(write: (piece: string) => void, digesting = false): void {
    // The same reading works out the digest when asked to and it is not known yet.
    const hash = digesting && this.digest === undefined ? createHash("sha256") : undefined;
    const hand = hash ? (piece: string) => (hash.update(piece), write(piece)) : write;
    let held = "";
    this.produce((piece) => {
      let text = held === "" ? piece : held + piece;
      held = "";
      if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (text.length > 0) hand(text);
    });
    if (held.length > 0) hand(held);
    if (hash) this.digest = hash.digest("hex");
  }

  /** The whole text, as one string: for small uses and tests, not for what the plan writes. */
  toString(): string {
    const parts: string[] = [];
    this.each((piece) => parts.push(piece));
    return parts.join("");
  }

  toJSON(): string {
    return this.toString();
  }
}

/** What a file effect writes: a string, or a text made when it is read. */
export type FileText = string | TextSource;

/**
 * A TextSource's SHA-256 as a plan field. The plan's hash reads an effect's `content` before its
 * `sha256` (keys in order), and works the digest out in that same reading: the text is made
 * once for both instead of twice.
 */
export class TextDigest {
  constructor(readonly source: TextSource) {}

  toJSON(): string {
    return this.source.sha256();
  }

  toString(): string {
    return this.source.sha256();
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Whether `text` is exactly `content`, compared a piece at a time (no copy of either). */
export function sameText(text: string, content: FileText): boolean {
  if (typeof content === "string") return text === content;
  let at = 0;
  let same = true;
  content.each((piece) => {
    if (same && text.startsWith(piece, at)) at += piece.length;
    else same = false;
  });
  return same && at === text.length;
}

/** The text `from` start to end of `text`, in pieces of at most `size` characters (slices share the text's memory). */
export function slices(text: string, start: number, end: number, write: (piece: string) => void, size = 1 << 16): void {
  for (let at = start; at < end; at += size) write(text.slice(at, Math.min(at + size, end)));
}
