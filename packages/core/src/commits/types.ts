/** One commit as git recorded it. */
export interface RawCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  /** The whole message (%B): header, body and trailers, trailing newlines removed. */
  message: string;
}

export interface Footer {
  token: string;
  value: string;
  /** Written `Token #value` (`Refs #12`): the value is an issue number. */
  hash?: true;
}

/** A commit read the Conventional Commits way. Only the header decides type, scope and the `!`. */
export interface ConventionalCommit {
  raw: RawCommit;
  /** The first line, trimmed. */
  header: string;
  /** Lower-cased type, or undefined when the header is not conventional. */
  type?: string;
  scope?: string;
  subject: string;
  /** `!` after type/scope. */
  bang: boolean;
  /** Texts of `BREAKING CHANGE:` / `BREAKING-CHANGE:` footers (the migration notes). */
  breakingNotes: string[];
  breaking: boolean;
  /** Everything after the header and before the footers. */
  body: string;
  footers: Footer[];
  /** Version named by a `Release-As:` footer, as written. */
  releaseAs?: string;
  /** Set when the commit is a revert: what it names as reverted. */
  revert?: {
    /** The reverted header, GitHub's ` (#N)` suffixes and quotes removed. */
    header: string;
    /** The reverted header exactly as quoted, when the revert's title ends at the closing quote. */
    exactHeader?: string;
    sha?: string;
  };
}
