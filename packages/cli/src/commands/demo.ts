import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ConfigurationError, GitCli } from "@release-cadence/core";
import { parseFlags, type CommandHelp, type Flags } from "../args.js";

const flags = {
  dir: { type: "string", value: "DIR", about: "where the sandbox is made", defaultIs: "a new folder in the system's temporary folder" },
  "dry-run": { type: "boolean", about: "plan every step and change nothing" },
} satisfies Flags;

export const demoHelp: CommandHelp = {
  usage: "cadence demo [flags]",
  summary: "run the whole release in a sandbox, step by step",
  about: `Creates a sandbox (a sample repository with a released v1.2.0 and conventional commits since, a
bare "origin" beside it, a throwaway signing key) and runs the whole release in it, step by step,
as the release workflow does: changelog, version-bump, gate-check, capsule-sign, publish (to the
local forge and the sandbox's remote), then verify. Nothing outside the sandbox is touched; GitHub
and npm tokens in the environment are not used.`,
  flags,
};

const SAMPLE_COMMITS: ReadonlyArray<[file: string, message: string]> = [
  ["src/parse.ts", "fix(parser): keep multi-byte characters intact across chunks"],
  ["docs/usage.md", "docs: explain the release line settings"],
  ["src/calendar.ts", "feat(calendar): blackout periods with time zones (#12)"],
  ["src/cache.ts", "perf: cache resolved tags between packages"],
  ["ci.yml", "ci: run the suite on Node 24"],
];

const AUTHOR = ["-c", "user.name=Cadence Demo", "-c", "user.email=demo@example.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"];

export async function demoCommand(argv: string[], out: NodeJS.WritableStream): Promise<void> {
  const { values } = parseFlags(argv, flags);
  const sandbox = values.dir ? resolve(values.dir) : await mkdtemp(join(tmpdir(), "cadence-demo-"));
  const repo = join(sandbox, "sample");
  const keys = await createSandbox(sandbox, repo);
  const dry = values["dry-run"] ? ["--dry-run"] : [];
  out.write(`sandbox: ${sandbox}\n`);
  const capsuleDir = join(sandbox, "capsule");
  // The order of the release workflow: the changelog and the manifests are written and committed,
  // the gates check them, the capsule is signed, and only then is anything pushed or published.
  const steps: Array<[title: string, args: () => Promise<string[]>]> = [
    ["changelog", async () => ["changelog", ...dry]],
    ["version-bump", async () => ["version-bump", ...dry, ...(values["dry-run"] ? [] : ["--release-commit"])]],
    ["gate-check", async () => ["gate-check", ...dry]],
    ["capsule-sign", async () => ["capsule-sign", "--kind", "RELEASE", "--key", keys.privateKey, "--out", capsuleDir, ...dry]],
    ["publish", async () => ["publish", ...dry]],
  ];
  if (!values["dry-run"]) steps.push(["verify", async () => ["verify", "--key", keys.publicKey, await envelopeIn(capsuleDir)]]);
  for (const [title, args] of steps) {
    out.write(`\n== ${title}\n`);
    const code = await runStep(await args(), repo, out);
    if (code !== 0 && values["dry-run"] && title === "gate-check") {
      // In a dry-run nothing was written, so the gates on the changelog, manifests and notes cannot pass yet.
      out.write("(dry-run: the changelog and manifests were not written, so their gates fail here; a real run writes them first)\n");
      continue;
    }
    if (code !== 0) throw new ConfigurationError(`the demo's ${title} step failed (exit ${code}); the sandbox is left at ${sandbox} for a look`);
  }
  out.write(`\nDone. Look around: cd ${repo} && git log --oneline --decorate -3\n`);
}

async function envelopeIn(dir: string): Promise<string> {
  const envelope = (await readdir(dir)).find((name) => name.endsWith(".dsse.json"));
  if (!envelope) throw new Error(`capsule-sign wrote no envelope into ${dir}`);
  return join(dir, envelope);
}

/** Runs one step through this same CLI in a child process, with the sandbox as its only world. */
function runStep(args: string[], cwd: string, out: NodeJS.WritableStream): Promise<number> {
  const env = { ...process.env };
  for (const name of ["GITHUB_TOKEN", "GH_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN", "GITHUB_ACTIONS", "GITHUB_REPOSITORY"]) delete env[name];
  const child = spawn(process.execPath, [process.argv[1]!, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => out.write(chunk));
  child.stderr.on("data", (chunk: Buffer) => out.write(chunk));
  return new Promise((done) => child.on("close", (code) => done(code ?? 1)));
}

async function createSandbox(sandbox: string, repo: string): Promise<{ privateKey: string; publicKey: string }> {
  await mkdir(repo, { recursive: true });
  const origin = join(sandbox, "origin.git");
  await new GitCli(sandbox).run(["init", "-q", "--bare", "-b", "main", origin]);
  const git = new GitCli(repo);
  await git.run(["init", "-q", "-b", "main"]);
  await git.run(["remote", "add", "origin", origin]);
  await writeFile(join(repo, "package.json"), `${JSON.stringify({ name: "sample", version: "1.2.0", private: true }, null, 2)}\n`);
  await writeFile(join(repo, "CHANGELOG.md"), "# Changelog\n\n## [1.2.0] - 2026-10-02\n\n### Features\n\n- the first public release\n");
  await git.run(["add", "package.json", "CHANGELOG.md"]);
  await git.run([...AUTHOR, "commit", "-q", "-m", "chore(release): 1.2.0"]);
  await git.run([...AUTHOR, "tag", "-a", "v1.2.0", "-m", "v1.2.0"]);
  for (const [file, message] of SAMPLE_COMMITS) {
    const path = join(repo, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${message}\n`);
    await git.run(["add", file]);
    await git.run([...AUTHOR, "commit", "-q", "-m", message]);
  }
  await git.run(["push", "-q", "origin", "main", "v1.2.0"]);
  await git.run(["branch", "-q", "--set-upstream-to=origin/main"]);
  // A key made for this sandbox only, kept outside the repository.
  const pair = generateKeyPairSync("ed25519");
  const keys = { privateKey: join(sandbox, "demo-signing-key.pem"), publicKey: join(sandbox, "demo-signing-key.pub.pem") };
  await writeFile(keys.privateKey, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  await writeFile(keys.publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
  return keys;
}
