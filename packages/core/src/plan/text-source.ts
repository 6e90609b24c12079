/**
 * A text a plan carries without holding it: made again, piece by piece, each time it is read
 * (hashed, compared, written). The release record's YAML for 100k commits is ten million
 * characters, twenty megabytes as a string; made from the notes record the run keeps anyway, it
 * costs only its pieces, one at a time. Whatever it is made from must not change after planning.
 */
export class TextSource {
  constructor(private readonly produce: (write: (piece: string) => void) => void) {}

  /**
   * Hands the text over in pieces, in order. A surrogate pair is never cut between two pieces, so
   * each piece can be encoded or escaped on its own.
   */
  each(write: (piece: string) => void): void {
    let held = "";
    this.produce((piece) => {
      let text = held === "" ? piece : held + piece;
      held = "";
      if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (text.length > 0) write(text);
    });
    if (held.length > 0) write(held);
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
