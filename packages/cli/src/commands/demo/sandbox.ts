import { execFile } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Where everything of one demo lives: the sample project, its origin, the sync targets, the key, the
 * demo's own files.
 */
export interface Sandbox {
  root: string;
  /** The sample project's working copy. */
  repo: string;
  origin: string;
  /** The three repositories the shared config is synced to: name → bare repository. */
  targets: Record<string, string>;
  key: string;
  publicKey: string;
  /** The demo's own files (log, scratch folder, npm settings): not part of the story, left out of the digest. */
  own: string;
  log: string;
  scratch: string;
}

export const TARGETS = ["alpha", "beta", "gamma"] as const;
export const PACKAGE_NAME = "cadence-demo-sample";
export const LINE = "release/v1.3";

/**
 * The sample project's cadence: a two-week calendar from Monday 2026-11-02 (RC cut Thursday
 * 2026-11-12, release Friday 2026-11-13), the holidays blacked out, and a shared config synced to
 * three repositories beside it (a local edit there is a conflict, not overwritten).
 */
function cadenceConfig(targets: Record<string, string>): string {
  return `calendar:
  timezone: Europe/Berlin
  minor: { anchor: 2026-11-02 }
  major: false
  blackout:
    - { from: 2026-12-20, to: 2027-01-05, reason: holidays }
sync:
  - sync_id: shared-config
    name: Shared config
    type: config
    source: { type: file, location: shared }
    targets:
${Object.entries(targets)
  .map(([id, dir]) => `      - { id: ${id}, type: git, location: "file://${dir}" }`)
  .join("\n")}
    options: { conflict_strategy: fail, delivery: push }
`;
}

/**
 * git in the sandbox, with no git configuration of this machine (no identity, hooks or signing) and
 * the demo as author.
 */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = {
    ...isolatedEnv(process.env),
    GIT_AUTHOR_NAME: "Cadence Demo",
    GIT_AUTHOR_EMAIL: "demo@example.invalid",
    GIT_COMMITTER_NAME: "Cadence Demo",
    GIT_COMMITTER_EMAIL: "demo@example.invalid",
  };
  const { stdout } = await run("git", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/**
 * The environment of everything the demo runs: no token, no GitHub Actions context and no npm or
 * git settings of this machine reach it (the sandbox is its only world).
 */
export function isolatedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (/token|auth|secret|password/i.test(name) || /^(github_|runner_|actions_|npm_config_)/i.test(name)) continue;
    kept[name] = value;
  }
  return { ...kept, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" };
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Commits the given files (path → text) on the checked-out branch. */
export async function commit(repo: string, message: string, files: Record<string, string>): Promise<string> {
  for (const [path, text] of Object.entries(files)) await write(join(repo, path), text);
  await git(repo, "add", "--", ...Object.keys(files));
  await git(repo, "commit", "-q", "-m", message);
  return git(repo, "rev-parse", "HEAD");
}

/**
 * Makes the sandbox: the sample project released as 1.2.0 (tag pushed to a bare origin), a feature
 * and the shared config landed on main since, three target repositories (beta with its own
 * .editorconfig), a throwaway signing key. Publishing 1.2.0 (forge, npm) is the story's first act.
 */
export async function createSandbox(root: string): Promise<Sandbox> {
  const own = join(root, "demo-run");
  const sandbox: Sandbox = {
    root,
    repo: join(root, "sample"),
    origin: join(root, "origin.git"),
    targets: Object.fromEntries(TARGETS.map((name) => [name, join(root, "targets", `${name}.git`)])),
    key: join(root, "demo-signing-key.pem"),
    publicKey: join(root, "demo-signing-key.pub.pem"),
    own,
    log: join(own, "demo.log"),
    scratch: join(own, "scratch"),
  };
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length > 0)
    throw new Error(`the sandbox folder ${root} is not empty: give the demo a new or empty folder`);
  await mkdir(sandbox.scratch, { recursive: true });
  await writeFile(join(own, "npmrc"), "");
  await git(root, "init", "-q", "--bare", "-b", "main", sandbox.origin);
  for (const [name, dir] of Object.entries(sandbox.targets)) await createTarget(root, name, dir);

  const { repo } = sandbox;
  await mkdir(repo, { recursive: true });
  await git(repo, "init", "-q", "-b", "main");
  await git(repo, "remote", "add", "origin", sandbox.origin);
  await commit(repo, "chore(release): 1.2.0", {
    ".github/cadence.yml": cadenceConfig(sandbox.targets),
    "package.json": `${JSON.stringify({ name: PACKAGE_NAME, version: "1.2.0", description: "cadence demo's sample", files: ["index.js"] }, null, 2)}\n`,
    "index.js": "module.exports = 'calendar';\n",
    "README.md": "# sample\n\nA calendar library.\n",
    "CHANGELOG.md": "# Changelog\n\n## [1.2.0] - 2026-10-30\n\n### Features\n\n- the first calendar\n",
  });
  await git(repo, "tag", "-a", "v1.2.0", "-m", "v1.2.0");
  await commit(repo, "feat(calendar): blackout periods with time zones", {
    "src/blackout.js": "module.exports = 'blackout';\n",
    "docs/usage.md": "# Usage\n\nBlackout periods take a time zone.\n",
  });
  // The shared config the sync carries, and the rollback drill on record that a SEV-1 hotfix's RL-07 asks for.
  await commit(repo, "chore: share the editor and renovate config, record the rollback drill", {
    "shared/.editorconfig": "root = true\n[*]\nindent_style = space\n",
    "shared/.github/renovate.json": '{ "extends": ["config:recommended"] }\n',
    ".github/rollback-drills/2026-12.yml":
      "rollback_evidence:\n  rollback_id: drill-12\n  type: planned\n  execution:\n    executed_at: 2026-12-01T10:00:00Z\n  verification:\n    smoke_tests: pass\n",
  });
  await git(repo, "push", "-q", "origin", "main", "v1.2.0");
  await git(repo, "branch", "-q", "--set-upstream-to=origin/main");

  const pair = generateKeyPairSync("ed25519");
  await writeFile(sandbox.key, pair.privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  await writeFile(sandbox.publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
  return sandbox;
}

async function createTarget(root: string, name: string, dir: string): Promise<void> {
  await git(root, "init", "-q", "--bare", "-b", "main", dir);
  const work = join(root, "targets", `${name}-seed`);
  await git(root, "init", "-q", "-b", "main", work);
  // beta has its own .editorconfig, which no sync wrote: under conflict_strategy fail it is a conflict.
  await commit(work, `chore: start ${name}`, {
    "README.md": `# ${name}\n`,
    ...(name === "beta" ? { ".editorconfig": "root = true\n[*]\nindent_style = tab\n" } : {}),
  });
  await git(work, "push", "-q", dir, "main");
  await rm(work, { recursive: true, force: true });
}

/**
 * A digest of everything in the sandbox but the demo's own folder: each file's path and content,
 * and each repository's refs. A dry-run must leave it as it was.
 */
export async function digestSandbox(sandbox: Sandbox): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (path === sandbox.own) continue;
      // git rewrites its index when it merely refreshes file times: not a change of the sandbox.
      if (entry.name === "index" && dir.endsWith(".git")) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile())
        hash
          .update(`${relative(sandbox.root, path)}\0`)
          .update(await readFile(path))
          .update("\0");
    }
  };
  await walk(sandbox.root);
  for (const dir of [sandbox.repo, sandbox.origin, ...Object.values(sandbox.targets)]) {
    hash.update(await git(dir, "for-each-ref", "--format=%(refname) %(objectname)"));
    hash.update(await git(dir, "rev-parse", "HEAD").catch(() => "no HEAD"));
  }
  return `sha256:${hash.digest("hex")}`;
}
