import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { GitCli } from "@release-cadence/core";
import { parseFlags } from "../args.js";
import { versionBumpCommand } from "./version-bump.js";

export const demoHelp = `cadence demo [--dir DIR] [--json]
  Creates a sample repository (a released v1.2.0 and conventional commits since) and runs the
  release job on it as a dry-run: today the version decision; the other steps join as they land.`;

const SAMPLE_COMMITS: ReadonlyArray<[file: string, message: string]> = [
  ["src/parse.ts", "fix(parser): keep multi-byte characters intact across chunks"],
  ["docs/usage.md", "docs: explain the release line settings"],
  ["src/calendar.ts", "feat(calendar): blackout periods with time zones"],
  ["src/cache.ts", "perf: cache resolved tags between packages"],
  ["ci.yml", "ci: run the suite on Node 24"],
];

export async function demoCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags("demo", argv, { dir: { type: "string" }, json: { type: "boolean" } });
  const dir = values.dir ? resolve(values.dir) : await mkdtemp(join(tmpdir(), "cadence-demo-"));
  await createSampleRepository(dir);
  if (!values.json) out.write(`sample repository: ${dir}\n\n== version-bump (dry-run)\n`);
  await versionBumpCommand(["--dry-run", "--cwd", dir, ...(values.json ? ["--json"] : [])], out);
}

async function createSampleRepository(dir: string): Promise<void> {
  const git = new GitCli(dir);
  const author = ["-c", "user.name=Cadence Demo", "-c", "user.email=demo@example.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"];
  await git.run(["init", "-q", "-b", "main"]);
  await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "sample", version: "1.2.0", private: true }, null, 2)}\n`);
  await git.run(["add", "package.json"]);
  await git.run([...author, "commit", "-q", "-m", "chore(release): 1.2.0"]);
  await git.run([...author, "tag", "-a", "v1.2.0", "-m", "v1.2.0"]);
  for (const [file, message] of SAMPLE_COMMITS) {
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${message}\n`);
    await git.run(["add", file]);
    await git.run([...author, "commit", "-q", "-m", message]);
  }
}
