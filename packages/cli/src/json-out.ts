/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, with large top-level fields written as
 * pieces of their own instead of inside one more copy of everything: the same bytes, without the
 * peak of memory. A large field is a string (the notes and the CHANGELOG section of a long range
 * are megabytes each) or an array (the entries: 50k objects at 100k commits), written an element
 * at a time.
 */
export function writeJsonWithLargeField<T extends object>(out: NodeJS.WritableStream, value: T, ...fields: Array<keyof T & string>): void {
  const large = fields.filter((field) => typeof value[field] === "string" || isList(value[field]));
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
    const piece = value[field];
    if (typeof piece === "string") writeJsonString(out, piece);
    else writeJsonArray(out, piece as Iterable<unknown>);
    at = positions[index]! + JSON.stringify(placeholders[index]).length;
  });
  out.write(`${text.slice(at)}\n`);
}

/**
 * An array as `JSON.stringify` with an indent of 2 writes it as the value of a top-level field: its
 * elements four spaces in, the closing bracket two. Written in batches of elements; a string inside
 * JSON holds no raw line break, so indenting after every "\n" indents lines, never text.
 */
function writeJsonArray(out: NodeJS.WritableStream, items: Iterable<unknown>, batch = 256): void {
  let pieces: string[] = [];
  let count = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    out.write(`${count === pieces.length ? "[\n" : ",\n"}${pieces.join(",\n")}`);
    pieces = [];
  };
  for (const item of items) {
    pieces.push(`    ${(JSON.stringify(item, null, 2) ?? "null").replace(/\n/g, "\n    ")}`);
    count++;
    if (pieces.length === batch) flush();
  }
  flush();
  out.write(count === 0 ? "[]" : "\n  ]");
}

/** An array, or a list that stringifies as one (core's LazyList): iterable, with toJSON. */
const isList = (value: unknown): value is Iterable<unknown> =>
  Array.isArray(value) ||
  (typeof value === "object" && value !== null && Symbol.iterator in value && "toJSON" in value);

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
