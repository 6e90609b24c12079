import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { TestRepo } from "./git-repo.js";
import { startRegistry, type TestRegistry } from "./verdaccio.js";

const run = promisify(execFile);

/** A package to publish: its package.json fields (license, dependencies, ...). */
export type PackageSpec = { name: string; version: string } & Record<string, unknown>;

/**
 * Real npm projects for tests: packages published to a Verdaccio on 127.0.0.1 and projects
 * installed from it with the real `npm install`, so their lockfiles and node_modules are exactly
 * what npm writes (workspaces, nested versions, optional and peer dependencies, git dependencies).
 */
export class NpmWorld {
  private constructor(
    readonly registry: TestRegistry,
    readonly dir: string,
    private readonly npmrc: string,
  ) {}

  static async start(): Promise<NpmWorld> {
    const registry = await startRegistry();
    const dir = mkdtempSync(join(tmpdir(), "cadence-npm-world-"));
    const npmrc = join(dir, ".npmrc");
    const host = registry.url.replace(/^http:/, "");
    writeFileSync(npmrc, `registry=${registry.url}\n${host}:_authToken=${registry.token}\naudit=false\nfund=false\nupdate-notifier=false\n`);
    return new NpmWorld(registry, dir, npmrc);
  }

  /** The environment npm runs in: this world's config and cache, a HOME of its own, no token from outside. */
  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const key of ["PATH", "LANG", "TMPDIR"]) if (process.env[key]) env[key] = process.env[key];
    return {
      ...env,
      HOME: join(this.dir, "home"),
      npm_config_userconfig: this.npmrc,
      npm_config_cache: join(this.dir, "cache"),
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
    };
  }

  async npm(cwd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
    return run("npm", args, { cwd, env: this.env(), maxBuffer: 64 * 1024 * 1024 });
  }

  /** Publishes each package (an index.js and its package.json) to the registry. */
  async publish(packages: readonly PackageSpec[]): Promise<void> {
    for (const spec of packages) {
      const folder = this.folder(`pkg-${spec.name.replace("/", "-")}-${spec.version}`, { "package.json": JSON.stringify(spec, null, 2), "index.js": "module.exports = {};\n" });
      await this.npm(folder, ["publish", "--access", "public"]);
    }
  }

  /** A bare git repository holding one package at tag v<version>, for a `git+file://` dependency. */
  gitPackage(spec: PackageSpec): string {
    const repo = TestRepo.create({ prefix: "cadence-git-dep-" });
    repo.write("package.json", JSON.stringify(spec, null, 2));
    repo.write("index.js", "module.exports = {};\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "package");
    repo.git("tag", `v${spec.version}`);
    const bare = join(this.dir, `${spec.name}.git`);
    repo.git("clone", "-q", "--bare", repo.dir, bare);
    rmSync(repo.dir, { recursive: true, force: true });
    return `git+file://${bare}#v${spec.version}`;
  }

  /** Writes files into a new folder of this world and returns its path. */
  folder(name: string, files: Record<string, string>): string {
    const dir = join(this.dir, name);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  /** A project folder installed with `npm install` from the registry: a real lockfile and node_modules. */
  async project(name: string, files: Record<string, string>): Promise<string> {
    const dir = this.folder(name, files);
    await this.npm(dir, ["install", "--no-audit", "--no-fund"]);
    return dir;
  }

  async stop(): Promise<void> {
    await this.registry.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The packages of the license and SBOM tests: one per license shape npm packages come with. */
export const LICENSE_PACKAGES: PackageSpec[] = [
  { name: "leaf-isc", version: "1.0.0", license: "ISC" },
  { name: "leaf-isc", version: "2.0.0", license: "ISC" },
  { name: "lib-mit", version: "1.0.0", license: "MIT", dependencies: { "leaf-isc": "^2.0.0" } },
  { name: "lib-gpl", version: "1.0.0", license: "GPL-3.0-only" },
  { name: "lib-dual", version: "1.0.0", license: "(MIT OR GPL-3.0-only)" },
  { name: "lib-custom", version: "1.0.0", license: "SEE LICENSE IN LICENSE.txt" },
  { name: "lib-nolicense", version: "1.0.0" },
  { name: "lib-oldstyle", version: "1.0.0", licenses: [{ type: "MIT", url: "https://example.invalid/mit" }] },
  { name: "peer-target", version: "1.0.0", license: "Apache-2.0" },
  { name: "peer-host", version: "1.0.0", license: "MIT", peerDependencies: { "peer-target": "^1.0.0" } },
  { name: "opt-native", version: "1.0.0", license: "BSD-3-Clause" },
  { name: "dev-tool", version: "1.0.0", license: "AGPL-3.0-only", dependencies: { "lib-gpl": "^1.0.0" } },
];
