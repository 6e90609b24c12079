/**
 * The core's messages are shown by the actions and by the CLI, which name the same setting
 * differently: the `version` input of an action is the `--version` flag of the CLI. A message names
 * it with `mention("version")`, and the surface that shows the message renders it in its own words,
 * so an action never talks about CLI flags and the CLI never about action inputs.
 */
export type Surface = "action" | "cli";

const MARK = /«([a-z][a-z0-9-]*)»/g;

export function mention(input: string): string {
  return `«${input}»`;
}

/** `flags`: the CLI's name where it differs from the input's (out-dir → out). */
export function renderMentions(text: string, surface: Surface, flags: Readonly<Record<string, string>> = {}): string {
  return text.replace(MARK, (_, name: string) => (surface === "cli" ? `--${flags[name] ?? name}` : `the ${name} input`));
}
