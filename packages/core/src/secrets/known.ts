// The secrets a run knows, whatever name they came under: a token the workflow hands a step as
// NODE_AUTH_TOKEN or NPM_TOKEN, the action's own secret inputs (INPUT_TOKEN, INPUT_NPM-TOKEN,
// INPUT_KEY), the runner's tokens. Text from elsewhere (a gate command's output, npm's or git's
// messages) can carry them; every text the toolkit prints or records goes through maskSecrets.

/** Variable names that hold a secret: …TOKEN, …SECRET, …PASSWORD, …PASSPHRASE, …KEY (not a public one), …IDENTITIES. */
const SECRET_NAME = /(?:^|[_-])(?:TOKEN|SECRET|PASSWORD|PASSPHRASE|KEY|IDENTITIES|CREDENTIALS?)$/i;
const NOT_SECRET = /PUBLIC/i;
// Shorter values ("true", "1") are settings, not secrets: masking them would mangle every message.
const SHORTEST = 8;

/** The secret values in an environment, longest first (a secret that contains another is masked whole). */
export function knownSecrets(env: Readonly<Record<string, string | undefined>>): string[] {
  const found = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value || !SECRET_NAME.test(name) || NOT_SECRET.test(name)) continue;
    for (const part of partsOf(value)) found.add(part);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** A value and, for one of several lines (a PEM key), each line long enough to give it away. */
function partsOf(value: string): string[] {
  const trimmed = value.trim();
  const parts = trimmed.length >= SHORTEST ? [trimmed] : [];
  if (trimmed.includes("\n")) {
    for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= 16 && !line.startsWith("-----")) parts.push(line.trim());
  }
  return parts;
}

/** The text with every one of the secrets replaced by `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) if (masked.includes(secret)) masked = masked.split(secret).join("***");
  return masked;
}
