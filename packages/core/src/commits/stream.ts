import type { RawCommit } from "./types.js";

/**
 * Splits git's NUL-separated output into fields, however the bytes were chunked.
 *
 * A field is decoded only once all of its bytes are in, so a multi-byte UTF-8 character that
 * straddles two chunks is never cut in half: NUL (0x00) cannot occur inside a UTF-8 sequence.
 */
export class NulFieldSplitter {
  private pending: Buffer[] = [];

  constructor(private readonly onField: (field: string) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nul = chunk.indexOf(0, start); nul !== -1; nul = chunk.indexOf(0, start)) {
      if (this.pending.length === 0) {
        this.onField(chunk.toString("utf8", start, nul));
      } else {
        this.pending.push(chunk.subarray(start, nul));
        this.onField(Buffer.concat(this.pending).toString("utf8"));
        this.pending = [];
      }
      start = nul + 1;
    }
    // Keep a copy: the caller may reuse its buffer.
    if (start < chunk.length) this.pending.push(Buffer.from(chunk.subarray(start)));
  }

  /** Hands over what is left after the last NUL (git omits the final terminator). */
  end(): void {
    if (this.pending.length === 0) return;
    const rest = Buffer.concat(this.pending).toString("utf8");
    this.pending = [];
    if (rest.replace(/\n+$/, "") !== "") this.onField(rest);
  }
}

/** The `git log` format that goes with commitsFromFields: six fields, each ended by NUL. */
export const LOG_FORMAT = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00";
const FIELDS_PER_COMMIT = 6;

/** Groups fields into commits, six at a time, in the order git printed them. */
export class CommitAssembler {
  private fields: string[] = [];
  readonly commits: RawCommit[] = [];

  accept = (field: string): void => {
    // git separates records with a newline after the last NUL of a commit; drop it from the next sha.
    this.fields.push(this.fields.length === 0 ? field.replace(/^\n+/, "") : field);
    if (this.fields.length === FIELDS_PER_COMMIT) {
      const [sha, parents, authorName, authorEmail, authorDate, message] = this.fields as [string, string, string, string, string, string];
      this.commits.push({
        sha,
        parents: parents === "" ? [] : parents.split(" "),
        authorName,
        authorEmail,
        authorDate,
        message: message.replace(/\n+$/, ""),
      });
      this.fields = [];
    }
  };

  /** Fields left over mean git's output was cut short: say so rather than drop a commit. */
  finish(): void {
    if (this.fields.length !== 0) {
      throw new Error(`git log output ended in the middle of a commit (${this.fields.length} of ${FIELDS_PER_COMMIT} fields read)`);
    }
  }
}
