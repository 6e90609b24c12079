/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, with one large string field (the notes
 * of a long range are megabytes) written as pieces of its own instead of inside one more copy of
 * everything: the same bytes, without the peak of memory.
 */
export function writeJsonWithLargeField<T extends object>(out: NodeJS.WritableStream, value: T, field: keyof T & string): void {
  const large = value[field];
  const placeholder = "\u0000large field\u0000";
  const parts = typeof large === "string" ? JSON.stringify({ ...value, [field]: placeholder }, null, 2).split(JSON.stringify(placeholder)) : [];
  if (parts.length !== 2) {
    // Not a string, or some other field held the placeholder's text too: write it the plain way.
    out.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  out.write(parts[0]!);
  writeJsonString(out, large as string);
  out.write(`${parts[1]!}\n`);
}

/** JSON.stringify(text), written a slice at a time, never between the two halves of a surrogate pair. */
export function writeJsonString(out: NodeJS.WritableStream, text: string, slice = 1 << 16): void {
  out.write('"');
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + slice);
    if (end < text.length && highSurrogate(text.charCodeAt(end - 1)) && lowSurrogate(text.charCodeAt(end))) end++;
    out.write(JSON.stringify(text.slice(start, end)).slice(1, -1));
    start = end;
  }
  out.write('"');
}

const highSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const lowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
