// The order scopes and contributors are listed in: the same on every machine. A collator
// (localeCompare) would follow the locale the job runs in, and creating one costs more than
// ordering a whole release's scopes.

/** What a text is ordered by, worked out once per text. */
export interface TextKey {
  /** Letters without their accents, in lower case: what orders texts first. */
  base: string;
  /** Letters with their accents, in lower case. */
  accented: string;
  /** The text composed (NFC): texts written two ways for the same letters are equal. */
  text: string;
}

export function textKey(value: string): TextKey {
  const text = value.normalize("NFC");
  const accented = text.toLowerCase();
  return { base: accented.normalize("NFD").replace(/\p{M}/gu, ""), accented, text };
}

/**
 * By letters regardless of accents and case (`api` < `Beta` < `café` < `core`), then plain
 * letters before accented ones, then lower case before upper case (as a collator weighs them);
 * texts that differ only in how the same letters are encoded are equal (0).
 */
export function compareTextKeys(a: TextKey, b: TextKey): number {
  if (a.base !== b.base) return a.base < b.base ? -1 : 1;
  if (a.accented !== b.accented) return a.accented < b.accented ? -1 : 1;
  // Lower case has the higher code units: the greater comes first.
  if (a.text !== b.text) return a.text > b.text ? -1 : 1;
  return 0;
}

/** Sorts values by their text in that order; stable, each text's key worked out once. */
export function sortByText<T>(values: readonly T[], text: (value: T) => string, first?: (a: T, b: T) => number): T[] {
  const keys = new Map<T, TextKey>(values.map((value) => [value, textKey(text(value))]));
  return [...values].sort((a, b) => first?.(a, b) || compareTextKeys(keys.get(a)!, keys.get(b)!));
}
