/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, with large string fields (the notes and
 * the CHANGELOG section of a long range are megabytes each) written as pieces of their own
 * instead of inside one more copy of everything: the same bytes, without the peak of memory.
 */
export function writeJsonWithLargeField<T extends object>(out: NodeJS.WritableStream, value: T, ...fields: Array<keyof T & string>): void {
  const large = fields.filter((field) => typeof value[field] === "string");
  const placeholders = large.map((_, index) => `\u0000large field ${index}\u0000`);
  const replaced: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  large.forEach((field, index) => (replaced[field] = placeholders[index]));
  const text = JSON.stringify(replaced, null, 2);
  // Each placeholder exactly once, in the order the fields come: otherwise the plain way.
  const positions = placeholders.map((placeholder) => text.indexOf(JSON.stringify(placeholder)));
  const once = placeholders.every((placeholder, index) => positions[index] !== -1 && text.indexOf(JSON.stringify(placeholder), positions[index]! + 1) === -1);
  if (large.length === 0 || !once || positions.some((position, index) => index > 0 && position < positions[index - 1]!)) {
    out.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  let at = 0;
  large.forEach((field, index) => {
    out.write(text.slice(at, positions[index]));
    writeJsonString(out, value[field] as string);
    at = positions[index]! + JSON.stringify(placeholders[index]).length;
  });
  out.write(`${text.slice(at)}\n`);
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
