/**
 * Whether a footer token is `name` in any case, `name` being lower-case ASCII (`co-authored-by`).
 * Lower-casing keeps the length of every text it can turn into ASCII (only `İ` grows, into a
 * non-ASCII pair), so a token of another length is told apart without making its lower-case copy:
 * over 100k commits that is most of their footers.
 */
export function isToken(token: string, name: string): boolean {
  return token.length === name.length && token.toLowerCase() === name;
}
