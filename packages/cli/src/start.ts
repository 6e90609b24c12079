// The cadence command line, once cli.ts knows the Node version will do.
import { resolve } from "node:path";
import { firstGitQuestions, startGitAhead } from "@release-cadence/core";
import { main } from "./index.js";

const argv = process.argv.slice(2);
// The command's first questions to git go out now, so that git answers while Node loads the
// command (about 0.1 s); the command takes the answers over when it asks the same.
if (!argv.includes("--help") && !argv.includes("-h")) startGitAhead(resolve(cwdFlag(argv) ?? process.cwd()), firstGitQuestions(argv[0]));
process.exitCode = await main(argv);

/** The value of `--cwd DIR` or `--cwd=DIR`, as the command will read it. */
function cwdFlag(args: readonly string[]): string | undefined {
  const at = args.findIndex((arg) => arg === "--cwd" || arg.startsWith("--cwd="));
  if (at === -1) return undefined;
  return args[at]!.startsWith("--cwd=") ? args[at]!.slice("--cwd=".length) : args[at + 1];
}
