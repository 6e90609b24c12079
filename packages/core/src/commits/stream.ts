import { keepYoungGenerationSmall } from "../adapters/heap.js";
import { FIELDS_PER_COMMIT } from "./log-args.js";
import { commitFromRecord, RecordScanner } from "./logged-commit.js";
import type { ConventionalCommit } from "./types.js";

const NUL = 0;
const NEWLINE = 10;
// The reading buffer: a few thousand commits' worth; it doubles when one record does not fit.
const SLAB_BYTES = 1 << 20;
// A reading this long will likely go on: from here the young generation stops growing (heap.ts).
// Before, it may grow a little; short readings never load node:v8 for it.
const LONG_READING = 2048;

/**
 * Turns git's NUL-separated output into commits as the bytes arrive, however they were chunked.
 *
 * Bytes are copied into one reading buffer (grown when a record outgrows it), where a record is
 * always whole before it is read; what is left of an unfinished record moves to the front when
 * the buffer fills. A commit keeps what it decodes on demand in an arena of its own (see
 * LoggedCommit), so the buffer is reused throughout. Nothing is decoded before all of a field's
 * bytes are in, so a multi-byte UTF-8 character cut by a chunk edge is never split (NUL cannot
 * occur inside a UTF-8 sequence). Each commit goes to onCommit as soon as it is whole.
 */
export class CommitRecords {
  private slab: Buffer;
  /** Bytes of the slab in use. */
  private used = 0;
  /** Where the record being read starts, and where to look for its next NUL. */
  private recordStart = 0;
  private scanFrom = 0;
  private readonly ends = new Int32Array(FIELDS_PER_COMMIT);
  private fields = 0;
  private readonly scanner: RecordScanner;
  /** Set by stop(): the reader wants no more commits. */
  private halted = false;
  private commits = 0;

  constructor(
    private readonly onCommit: (commit: ConventionalCommit) => void,
    /** Tests make the buffers tiny to move records around often. */
    slabBytes = SLAB_BYTES,
  ) {
    this.slab = Buffer.allocUnsafe(slabBytes);
    this.scanner = new RecordScanner(slabBytes);
  }

  /** Whether stop() was called. */
  get stopped(): boolean {
    return this.halted;
  }

  /** No more commits are wanted (onCommit may call this): the rest of the output is ignored. */
  stop(): void {
    this.halted = true;
  }

  push(chunk: Buffer): void {
    if (this.halted) return;
    if (chunk.length > this.slab.length - this.used) this.makeRoom(chunk.length);
    // A copy: the caller may reuse its buffer.
    chunk.copy(this.slab, this.used);
    this.used += chunk.length;
    const filled = this.slab.subarray(0, this.used);
    for (let nul = filled.indexOf(NUL, this.scanFrom); nul !== -1; nul = filled.indexOf(NUL, nul + 1)) {
      this.ends[this.fields++] = nul;
      if (this.fields === FIELDS_PER_COMMIT) {
        this.onCommit(commitFromRecord(filled, this.recordStart, this.ends, this.scanner));
        this.fields = 0;
        this.recordStart = nul + 1;
        if (++this.commits === LONG_READING) keepYoungGenerationSmall();
        if (this.halted) return;
      }
    }
    this.scanFrom = this.used;
  }

  /**
   * The output has ended: what follows the last NUL is a last message without a terminator
   * (git log without -z), unless it is only newlines. Fields left over mean git's output was
   * cut short: say so rather than drop a commit.
   */
  end(): void {
    if (this.halted) return;
    let tailEnd = this.used;
    const tailStart = this.fields === 0 ? this.recordStart : this.ends[this.fields - 1]! + 1;
    while (tailEnd > tailStart && this.slab[tailEnd - 1] === NEWLINE) tailEnd--;
    if (tailEnd > tailStart) {
      this.ends[this.fields++] = this.used;
      if (this.fields === FIELDS_PER_COMMIT) {
        this.onCommit(commitFromRecord(this.slab.subarray(0, this.used), this.recordStart, this.ends, this.scanner));
        this.fields = 0;
      }
    }
    if (this.fields !== 0) {
      throw new Error(`git log output ended in the middle of a commit (${this.fields} of ${FIELDS_PER_COMMIT} fields read)`);
    }
  }

  /** Makes room for `incoming` more bytes: the unfinished record moves to the front, into a larger buffer when it must. */
  private makeRoom(incoming: number): void {
    const carried = this.used - this.recordStart;
    const target = carried + incoming > this.slab.length ? Buffer.allocUnsafe(Math.max(2 * this.slab.length, carried + incoming)) : this.slab;
    this.slab.copy(target, 0, this.recordStart, this.used);
    for (let field = 0; field < this.fields; field++) this.ends[field]! -= this.recordStart;
    this.scanFrom -= this.recordStart;
    this.used = carried;
    this.recordStart = 0;
    this.slab = target;
    this.scanner.reset();
  }
}
