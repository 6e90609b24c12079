// Commit messages are untrusted text that ends up in terminals (logs), the CHANGELOG, release notes
// and outputs. Terminal control characters in them could recolour, hide or rewrite what a reader
// sees (an ESC sequence that moves the cursor, a BEL, an OSC 8 link): they are removed where the
// commits are read, so every renderer gets clean text.

// Escape sequences whole: CSI (`ESC [` or C1 0x9b, parameters, final byte), OSC (`ESC ]` or C1 0x9d,
// up to BEL or ST) and the two-character ones (`ESC c`, `ESC (B`, ...).
const SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\)?|\x1b[ -/]*[0-~]/g;
// Then any other control character: C0 but tab, newline and carriage return (line ends are
// normalized by the parser), DEL, and C1.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const ANY = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** The text without terminal control characters and escape sequences; the same string when it has none. */
export function printable(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SEQUENCES, "").replace(CONTROLS, "");
}
