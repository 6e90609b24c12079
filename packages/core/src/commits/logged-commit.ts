import { scanHeader } from "./header.js";
import { looksLikeRevert, parseCommit, readFooterLines, splitBodyAndFooters } from "./parse.js";
import { printable } from "./printable.js";
import type { ConventionalCommit, Footer, RawCommit } from "./types.js";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NO_NOTES: string[] = Object.freeze([]) as unknown as string[];
const NO_FOOTERS: Footer[] = Object.freeze([]) as unknown as Footer[];

/**
 * One commit of a `git log` reading, kept as the bytes git printed plus the few fields the
 * version decision reads. It is both the RawCommit and its ConventionalCommit (`raw` is the
 * object itself), and it equals what parseCommit makes of the same message: the header is
 * decoded and parsed at once, the body and footers only when someone asks (the changelog does,
 * version-bump never does). A message whose body could change the decision (a footer that may be
 * `BREAKING CHANGE` or `Release-As`, a revert, CRLF line ends) is not made into one of these:
 * CommitRecords hands it to parseCommit whole.
 *
 * Per commit this keeps one object of 13 fields, the sha and header strings (the subject is a
 * slice of the header), and the parents, date and message as bytes in the reading's ByteArena
 * (about 250 bytes): over 100k commits about 40 MB of heap and 25 MB of arena, where parsing
 * every message had kept a dozen objects and the decoded text (see docs/performance.md).
 */
export class LoggedCommit implements RawCommit, ConventionalCommit {
  constructor(
    readonly sha: string,
    private readonly author: { name: string; email: string },
    readonly header: string,
    readonly type: string | undefined,
    readonly scope: string | undefined,
    readonly bang: boolean,
    readonly subject: string,
    /**
     * Where the fields decoded on demand are: `bytes` holds the parents, then the date, a NUL and
     * the message (trailing newlines left out), whose body starts at bodyStart (-1: no body).
     */
    private readonly bytes: Buffer,
    private readonly parentsStart: number,
    private readonly dateStart: number,
    private readonly messageStart: number,
    private readonly messageEnd: number,
    private readonly bodyStart: number,
  ) {}

  // What parseCommit would say of a message with nothing in its body that counts (see
  // needsWholeMessage): computed, not stored, as 100k commits carry every field they store.
  get breaking(): boolean {
    return this.bang;
  }

  /** As parseCommit: a `!` without a BREAKING CHANGE footer makes the subject the migration note. */
  get breakingNotes(): string[] {
    return this.bang ? [this.subject] : NO_NOTES;
  }

  get releaseAs(): undefined {
    return undefined;
  }

  get revert(): undefined {
    return undefined;
  }

  get authorName(): string {
    return this.author.name;
  }

  get authorEmail(): string {
    return this.author.email;
  }

  get raw(): RawCommit {
    return this;
  }

  /** How many parents the commit has, without making their strings: shas as long as its own, a space between. */
  get parentCount(): number {
    return Math.round((this.dateStart - this.parentsStart + 1) / (this.sha.length + 1));
  }

  get parents(): string[] {
    return this.parentsStart === this.dateStart ? [] : this.bytes.toString("latin1", this.parentsStart, this.dateStart).split(" ");
  }

  get authorDate(): string {
    return this.bytes.toString("utf8", this.dateStart, this.messageStart - 1);
  }

  get message(): string {
    return printable(this.bytes.toString("utf8", this.messageStart, this.messageEnd));
  }

  get body(): string {
    return this.split().body;
  }

  /**
   * Read again at every use, not kept: the footers of 100k commits, and the bodies their
   * substrings would keep alive, are tens of MB. Each line is decoded on its own (only lines are
   * needed to find the footer block).
   */
  get footers(): Footer[] {
    return this.readFooters();
  }

  private readFooters(): Footer[] {
    if (this.bodyStart === -1) return NO_FOOTERS;
    const body = this.bytes.subarray(this.bodyStart, this.messageEnd);
    // Without a ':' or '#' no line can be a footer (as in splitBodyAndFooters).
    const colon = body.indexOf(0x3a);
    const hash = body.indexOf(0x23);
    if (colon === -1 && hash === -1) return NO_FOOTERS;
    // Nor can any line before the first that holds one: they are read from there, with the line
    // before it (whether that one is blank decides whether a footer may start).
    const first = colon === -1 ? hash : hash === -1 ? colon : Math.min(colon, hash);
    const lineStart = first === 0 ? 0 : body.lastIndexOf(NEWLINE, first - 1) + 1;
    const from = lineStart === 0 ? 0 : lineStart === 1 ? 0 : body.lastIndexOf(NEWLINE, lineStart - 2) + 1;
    const lines: string[] = [];
    for (let start = from; ; ) {
      const newline = body.indexOf(NEWLINE, start);
      lines.push(printable(body.toString("utf8", start, newline === -1 ? body.length : newline)));
      if (newline === -1) break;
      start = newline + 1;
    }
    const { footers } = readFooterLines(lines);
    return footers.length === 0 ? NO_FOOTERS : footers;
  }

  private split(): { body: string; footers: Footer[] } {
    return splitBodyAndFooters(this.bodyStart === -1 ? "" : printable(this.bytes.toString("utf8", this.bodyStart, this.messageEnd)));
  }
}

/** The people and Conventional Commit words of one reading, kept once each instead of once per commit. */
export class SharedStrings {
  private readonly known = new Map<string, string>();
  private readonly people = new Map<number, { bytes: Buffer; person: Person }[]>();

  intern<T extends string | undefined>(text: T): T {
    if (text === undefined) return text;
    const found = this.known.get(text);
    if (found !== undefined) return found as T;
    this.known.set(text, text);
    return text;
  }

  /**
   * The author whose `name NUL email` are bytes [start, end) of `bytes`, decoded once per
   * distinct author: authors repeat, so the bytes are looked up by a hash of them first.
   */
  person(bytes: Buffer, start: number, end: number): Person {
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
    const candidates = this.people.get(hash);
    if (candidates !== undefined) {
      for (const candidate of candidates) if (sameBytes(candidate.bytes, bytes, start, end)) return candidate.person;
    }
    const text = bytes.toString("utf8", start, end);
    const nul = text.indexOf("\0");
    const person = { name: text.slice(0, nul), email: text.slice(nul + 1) };
    const entry = { bytes: Buffer.from(bytes.subarray(start, end)), person };
    if (candidates === undefined) this.people.set(hash, [entry]);
    else candidates.push(entry);
    return person;
  }
}

interface Person {
  name: string;
  email: string;
}

function sameBytes(kept: Buffer, bytes: Buffer, start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let index = 0; index < kept.length; index++) if (kept[index] !== bytes[start + index]) return false;
  return true;
}

/**
 * Finds the next occurrence of one byte in a growing buffer, for queries whose starting points
 * never go back: an answer is reused while it lies ahead, and a search that found nothing is not
 * repeated over the same bytes. So each kind of byte is searched once over a reading, at the
 * speed of Buffer#indexOf, however many commits ask. Reset it when the buffer is replaced.
 */
export class NextByte {
  private found = -1;
  private searchedTo = 0;

  constructor(private readonly byte: number) {}

  /** The first position at or after `from` in `filled` holding the byte, or -1. */
  at(filled: Buffer, from: number): number {
    if (this.found >= from) return this.found;
    const start = this.found === -1 ? Math.max(from, this.searchedTo) : from;
    this.found = filled.indexOf(this.byte, start);
    if (this.found === -1) this.searchedTo = filled.length;
    return this.found;
  }

  reset(): void {
    this.found = -1;
    this.searchedTo = 0;
  }
}

/**
 * Where a reading keeps the bytes its commits decode on demand: chunks of about a megabyte, filled
 * in turn; what a commit keeps never straddles two.
 */
export class ByteArena {
  private chunk = Buffer.allocUnsafe(0);
  /** Bytes of the current chunk in use. */
  used = 0;

  constructor(private readonly chunkBytes = 1 << 20) {}

  /** The chunk to copy `length` bytes into, at `used`; the caller adds `length` to `used` after. */
  reserve(length: number): Buffer {
    if (this.chunk.length - this.used < length) {
      this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, length));
      this.used = 0;
    }
    return this.chunk;
  }
}

/** What one reading shares: kept strings and bytes, and searches for line ends, carriage returns and the letters footer words are found by. */
export class RecordScanner {
  readonly shared = new SharedStrings();
  readonly arena: ByteArena;

  constructor(arenaChunkBytes?: number) {
    this.arena = new ByteArena(arenaChunkBytes);
  }

  readonly newline = new NextByte(NEWLINE);
  readonly carriageReturn = new NextByte(CARRIAGE_RETURN);
  readonly lowerK = new NextByte(0x6b);
  readonly upperK = new NextByte(0x4b);
  readonly dash = new NextByte(0x2d);

  /** The buffer changed: every remembered position is void. */
  reset(): void {
    for (const search of [this.newline, this.carriageReturn, this.lowerK, this.upperK, this.dash]) search.reset();
  }
}

/**
 * Makes the commit of one record of `git log -z` LOG_FORMAT output: `ends` holds the offsets of
 * the NULs that end its six fields in `filled` (the bytes read so far), the record starting at
 * `start`. Records must come in the order of the bytes, as the scanner's searches go forward only.
 */
export function commitFromRecord(filled: Buffer, start: number, ends: ArrayLike<number>, scanner: RecordScanner): ConventionalCommit {
  const { shared } = scanner;
  // Without -z, git ends each record with a newline after the last NUL: it precedes the next sha.
  let shaStart = start;
  while (shaStart < ends[0]! && filled[shaStart] === NEWLINE) shaStart++;
  const sha = filled.toString("latin1", shaStart, ends[0]);
  const author = shared.person(filled, ends[1]! + 1, ends[3]!);
  const messageStart = ends[4]! + 1;
  let messageEnd = ends[5]!;
  while (messageEnd > messageStart && filled[messageEnd - 1] === NEWLINE) messageEnd--;

  const newline = scanner.newline.at(filled, messageStart);
  const headerEnd = newline === -1 || newline >= messageEnd ? messageEnd : newline;
  const header = printable(filled.toString("utf8", messageStart, headerEnd)).trim();
  const bodyStart = headerEnd === messageEnd ? -1 : headerEnd + 1;
  if (needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) || looksLikeRevert(header)) {
    const parentText = filled.toString("latin1", ends[0]! + 1, ends[1]);
    return parseCommit({
      sha,
      parents: parentText === "" ? [] : parentText.split(" "),
      authorName: author.name,
      authorEmail: author.email,
      authorDate: filled.toString("utf8", ends[3]! + 1, ends[4]),
      message: printable(filled.toString("utf8", messageStart, messageEnd)),
    });
  }
  const parts = scanHeader(header);
  // Only the parents, the date and the message are kept, copied out of the reading buffer, which
  // is then reused: the rest of the record (sha, author) is already decoded.
  const parentsLength = ends[1]! - (ends[0]! + 1);
  const dateAndMessage = messageEnd - (ends[3]! + 1);
  const kept = scanner.arena.reserve(parentsLength + dateAndMessage);
  const parentsStart = scanner.arena.used;
  filled.copy(kept, parentsStart, ends[0]! + 1, ends[1]);
  filled.copy(kept, parentsStart + parentsLength, ends[3]! + 1, messageEnd);
  scanner.arena.used += parentsLength + dateAndMessage;
  const shift = parentsStart + parentsLength - (ends[3]! + 1);
  // Types and scopes repeat: one string each for the whole reading.
  const type = parts ? shared.intern(parts.type) : undefined;
  const scope = parts ? shared.intern(parts.scope) : undefined;
  return new LoggedCommit(sha, author, header, type, scope, parts ? parts.bang : false, parts ? parts.subject : header, kept, parentsStart, ends[3]! + 1 + shift, messageStart + shift, messageEnd + shift, bodyStart === -1 ? -1 : bodyStart + shift);
}

/**
 * Whether the message could hold anything besides its header that parseCommit would act on: a
 * carriage return (it normalizes line ends), or in the body the words of a `BREAKING CHANGE`,
 * `BREAKING-CHANGE` or `Release-As` footer, in any case. They are found by their rarer letters
 * (the `k` of "breaking", the `-` of "release-as"). A false alarm only costs a full parse; a
 * miss would change a version, so this errs on the side of "yes".
 */
export function needsWholeMessage(filled: Buffer, messageStart: number, messageEnd: number, bodyStart: number, scanner: RecordScanner): boolean {
  const carriageReturn = scanner.carriageReturn.at(filled, messageStart);
  if (carriageReturn !== -1 && carriageReturn < messageEnd) return true;
  if (bodyStart === -1) return false;
  return (
    wordAround(filled, scanner.lowerK, bodyStart, messageEnd, "breaking", 4) ||
    wordAround(filled, scanner.upperK, bodyStart, messageEnd, "breaking", 4) ||
    wordAround(filled, scanner.dash, bodyStart, messageEnd, "release-as", 7)
  );
}

/** Whether `word` (lower case) appears in [start, end), in any ASCII case, found by its letter at `offset`. */
function wordAround(filled: Buffer, letter: NextByte, start: number, end: number, word: string, offset: number): boolean {
  for (let at = letter.at(filled, start + offset); at !== -1 && at < end; at = letter.at(filled, at + 1)) {
    if (at - offset + word.length <= end && matchesFolded(filled, at - offset, word)) return true;
  }
  return false;
}

// `| 0x20` folds ASCII upper case onto lower case (and a few other bytes onto letters: only more false alarms).
function matchesFolded(bytes: Buffer, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if ((bytes[at + index]! | 0x20) !== word.charCodeAt(index)) return false;
  }
  return true;
}
