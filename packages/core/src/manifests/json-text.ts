/**
 * Finds where a string value sits in a JSON text, so that a version can be replaced in place and
 * everything else (key order, inline arrays, escapes, indentation, line endings) stays as written.
 * The text must already be valid JSON (the caller has parsed it).
 */
export function locateJsonString(text: string, path: ReadonlyArray<string | number>): { start: number; end: number } | undefined {
  let position = 0;
  const skipSpace = () => {
    while (position < text.length && /\s/.test(text[position]!)) position++;
  };
  const readString = (): string => {
    const start = position;
    position++;
    while (text[position] !== '"') position += text[position] === "\\" ? 2 : 1;
    position++;
    return JSON.parse(text.slice(start, position)) as string;
  };
  // Skips any value; returns the range of the value when `depth` has reached the end of the path.
  const value = (depth: number): { start: number; end: number } | undefined => {
    skipSpace();
    const char = text[position];
    const wanted = depth < path.length ? path[depth] : undefined;
    if (char === "{") {
      position++;
      let found: { start: number; end: number } | undefined;
      for (;;) {
        skipSpace();
        if (text[position] === "}") break;
        const key = readString();
        skipSpace();
        position++; // ':'
        const hit = value(key === wanted && depth < path.length ? depth + 1 : Number.POSITIVE_INFINITY);
        found ??= hit;
        skipSpace();
        if (text[position] === ",") position++;
      }
      position++;
      return found;
    }
    if (char === "[") {
      position++;
      let found: { start: number; end: number } | undefined;
      for (let index = 0; ; index++) {
        skipSpace();
        if (text[position] === "]") break;
        const hit = value(index === wanted && depth < path.length ? depth + 1 : Number.POSITIVE_INFINITY);
        found ??= hit;
        skipSpace();
        if (text[position] === ",") position++;
      }
      position++;
      return found;
    }
    const start = position;
    if (char === '"') readString();
    else while (position < text.length && !/[\s,\]}]/.test(text[position]!)) position++;
    return depth === path.length && char === '"' ? { start, end: position } : undefined;
  };
  return value(0);
}
