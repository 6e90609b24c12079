/**
 * The oldest Node the CLI runs on: the one the actions run on (`using: node24`). Kept free of
 * imports, so that it runs, and says so, on any older Node before anything else is loaded.
 */
export const NODE_MAJOR_NEEDED = 24;

/** One line saying which Node is needed and how to get it, or undefined when this one will do. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(version.replace(/^v/, "").split(".")[0]);
  if (major >= NODE_MAJOR_NEEDED) return undefined;
  const needed = NODE_MAJOR_NEEDED;
  return [
    `cadence needs Node ${needed} or later, this is Node ${version.replace(/^v/, "")}:`,
    `install Node ${needed} from https://nodejs.org/ or with a version manager (nvm install ${needed}),`,
    `or run once with npx -p node@${needed} -- node <path to cadence>`,
  ].join(" ");
}
