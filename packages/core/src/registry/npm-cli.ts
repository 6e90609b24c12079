import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getExecOutput } from "@actions/exec";
import { ConfigurationError } from "../errors/index.js";
import type { PackageState, PackedPackage, PublishOptions, PublishedVersion, Registry, WriteAccess } from "./port.js";

/** The environment variable the generated .npmrc reads the token from: the file itself never holds it. */
const TOKEN_VARIABLE = "CADENCE_NPM_TOKEN";

export interface NpmCliOptions {
  /** Registry URL, e.g. https://registry.npmjs.org/. */
  registry: string;
  token?: string;
  /** The repository: relative package folders are resolved from here. */
  cwd: string;
  /** The npm executable; `npm` on PATH by default. */
  npm?: string;
}

/** A failure of the npm command line, with its output cleaned of any credential. */
export class RegistryError extends Error {
  override readonly name = "RegistryError";
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** The Registry port over the `npm` command line, against any registry URL. */
export class NpmCli implements Registry {
  readonly url: string;
  constructor(private readonly options: NpmCliOptions) {
    this.url = options.registry.endsWith("/") ? options.registry : `${options.registry}/`;
  }

  // Reads go straight to the registry's HTTP API: the same documents `npm view` reads, without starting npm.
  async view(name: string, version: string): Promise<PublishedVersion | undefined> {
    const doc = await this.fetchDocument(`${packagePath(name)}/${encodeURIComponent(version)}`);
    const dist = (doc as { dist?: { shasum?: string; integrity?: string } } | undefined)?.dist;
    if (!dist?.shasum) return undefined;
    return { name, version, shasum: dist.shasum, ...(dist.integrity ? { integrity: dist.integrity } : {}) };
  }

  async distTags(name: string): Promise<Record<string, string>> {
    const doc = await this.fetchDocument(packagePath(name));
    return ((doc as { "dist-tags"?: Record<string, string> } | undefined)?.["dist-tags"]) ?? {};
  }

  async packageState(name: string): Promise<PackageState | undefined> {
    const doc = (await this.fetchDocument(packagePath(name))) as { "dist-tags"?: Record<string, string>; versions?: Record<string, { deprecated?: unknown }> } | undefined;
    if (!doc) return undefined;
    const versions: PackageState["versions"] = {};
    for (const [version, entry] of Object.entries(doc.versions ?? {})) {
      versions[version] = { deprecated: typeof entry.deprecated === "string" && entry.deprecated !== "" ? entry.deprecated : null };
    }
    return { distTags: doc["dist-tags"] ?? {}, versions };
  }

  private async fetchDocument(path: string): Promise<unknown> {
    let response: Response | undefined;
    // A GET is safe to repeat: a kept-alive connection the registry has just closed is tried again.
    for (let attempt = 1; !response; attempt++) {
      try {
        response = await fetch(`${this.url}${path}`, {
          headers: { accept: "application/json", ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}) },
          signal: AbortSignal.timeout(60_000),
        });
      } catch (error) {
        if (attempt < 3 && !(error instanceof Error && error.name === "TimeoutError")) continue;
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
        throw new RegistryError(`could not reach the registry ${this.url}: ${this.scrub(cause)}`, undefined);
      }
    }
    if (response.status === 404) return undefined;
    if (response.status === 401 || response.status === 403) {
      throw new ConfigurationError(`the registry ${this.url} refused to show ${decodeURIComponent(path)} (HTTP ${response.status}): the npm token may not read it`);
    }
    if (!response.ok) throw new RegistryError(`the registry ${this.url} answered HTTP ${response.status} for ${decodeURIComponent(path)}`, `E${response.status}`);
    return response.json();
  }

  async pack(folder: string): Promise<PackedPackage> {
    const dir = resolve(this.options.cwd, folder);
    // Scripts are not run: computing the digest must not change the working tree.
    const result = await this.npm(["pack", "--dry-run", "--json", "--ignore-scripts"], dir, true);
    if (result.exitCode !== 0) throw this.failure("pack", result, folder);
    const [packed] = JSON.parse(result.stdout) as Array<{ name: string; version: string; shasum: string; integrity: string }>;
    if (!packed) throw new RegistryError(`npm pack printed nothing for ${folder}`, undefined);
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { private?: boolean };
    const isPrivate = manifest.private === true;
    return { name: packed.name, version: packed.version, shasum: packed.shasum, integrity: packed.integrity, private: isPrivate };
  }

  async publish(folder: string, options: PublishOptions): Promise<void> {
    const args = ["publish", "--tag", options.distTag, "--json"];
    if (options.provenance) args.push("--provenance");
    if (options.access) args.push("--access", options.access);
    const result = await this.npm(args, resolve(this.options.cwd, folder), true);
    if (result.exitCode !== 0) throw this.failure("publish", result, folder);
  }

  async setDistTag(name: string, version: string, tag: string): Promise<void> {
    const result = await this.npm(["dist-tag", "add", `${name}@${version}`, tag], this.options.cwd, true);
    if (result.exitCode !== 0) throw this.failure("dist-tag", result);
  }

  async deprecate(name: string, version: string, message: string): Promise<void> {
    // npm reads the package document, sets `deprecated` on the version and writes the document back.
    const result = await this.npm(["deprecate", `${name}@${version}`, message], this.options.cwd, true);
    if (result.exitCode !== 0) throw this.failure("deprecate", result);
  }

  async whoami(): Promise<string> {
    const result = await this.npm(["whoami"], this.options.cwd, true);
    if (result.exitCode !== 0) {
      const failure = this.failure("whoami", result);
      if (failure instanceof ConfigurationError) throw failure;
      throw new ConfigurationError(`the registry ${this.url} does not accept the npm credentials (${failure.message}). Set NODE_AUTH_TOKEN or the npm-token input to a token that may publish.`);
    }
    return result.stdout.trim();
  }

  get canCheckWriteAccess(): boolean {
    return this.options.token !== undefined;
  }

  async writeAccess(name: string, tag: string, version: string): Promise<WriteAccess> {
    if (!this.options.token) throw new Error("writeAccess needs the npm token (canCheckWriteAccess is false)");
    const path = `-/package/${packagePath(name)}/dist-tags/${encodeURIComponent(tag)}`;
    let response: Response;
    try {
      // npm's own client skips this request when the tag already has the version, so it is made here.
      response = await fetch(`${this.url}${path}`, {
        method: "PUT",
        headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${this.options.token}` },
        body: JSON.stringify(version),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new RegistryError(`could not reach the registry ${this.url}: ${this.scrub(cause)}`, undefined);
    }
    const said = this.scrub((await response.text().catch(() => "")).slice(0, 300));
    if (response.ok) return { granted: true };
    if (response.status === 401 || response.status === 403) {
      const reason = /"error"\s*:\s*"([^"]*)"/.exec(said)?.[1] ?? `HTTP ${response.status}`;
      return { granted: false, why: `the registry ${this.url} answered HTTP ${response.status}: ${reason}` };
    }
    const asked = `when asked whether the npm token may write ${name}`;
    throw new RegistryError(`the registry ${this.url} answered HTTP ${response.status} ${asked}: ${said}`, `E${response.status}`);
  }

  /**
   * Runs npm against the registry. With a token, npm gets a throw-away userconfig that reads the
   * token from an environment variable (the file never holds it); without one, the user's own
   * npm configuration applies (a laptop login, or setup-node's .npmrc).
   */
  private async npm(args: string[], cwd: string, allowFailure: boolean) {
    const env: Record<string, string> = {};
    // npm runs the package's lifecycle scripts with its environment: they never get the action's
    // inputs (the GitHub token that pushes the release among them) or the GitHub tokens. The job's
    // OIDC request variables stay: npm's provenance needs them.
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^INPUT_/i.test(key) && key !== "GITHUB_TOKEN" && key !== "GH_TOKEN") env[key] = value;
    Object.assign(env, { npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" });
    const dir = this.options.token ? await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "cadence-npm-")) : undefined;
    try {
      if (dir) {
        const userconfig = join(dir, ".npmrc");
        const host = this.url.replace(/^https?:/, "");
        await writeFile(userconfig, `registry=${this.url}\n${host}:_authToken=\${${TOKEN_VARIABLE}}\n`, { mode: 0o600 });
        for (const key of Object.keys(env)) if (/^npm_config_userconfig$/i.test(key)) delete env[key];
        env.npm_config_userconfig = userconfig;
        env[TOKEN_VARIABLE] = this.options.token!;
      }
      let result;
      try {
        result = await getExecOutput(this.options.npm ?? "npm", [...args, "--registry", this.url], { cwd, env, silent: true, ignoreReturnCode: allowFailure });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ConfigurationError(`could not run npm in ${cwd}: ${this.scrub(message)}. Is npm installed, and does the package folder exist?`);
      }
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }

  private failure(command: string, result: { exitCode: number; stdout: string; stderr: string }, folder?: string): Error {
    const code = errorCode(result.stdout + result.stderr);
    const detail = this.scrub(summarize(result.stdout, result.stderr));
    const where = folder ? ` (package folder ${folder})` : "";
    if (code === "E401" || code === "ENEEDAUTH") {
      return new ConfigurationError(`npm ${command}${where}: the registry ${this.url} refused the credentials (${code}). Set NODE_AUTH_TOKEN or the npm-token input to a token that may publish.`);
    }
    if (code === "E403") return new ConfigurationError(`npm ${command}${where}: the registry ${this.url} forbids it (E403): ${detail}`);
    return new RegistryError(`npm ${command}${where} failed with exit code ${result.exitCode}${code ? ` (${code})` : ""}: ${detail}`, code);
  }

  /** Removes the token from anything npm printed, in case a registry echoes it back. */
  private scrub(text: string): string {
    const token = this.options.token;
    return token ? text.split(token).join("***") : text;
  }
}

/** `@scope/name` travels as `@scope%2fname` in registry URLs. */
function packagePath(name: string): string {
  return name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

function errorCode(text: string): string | undefined {
  return /"code":\s*"(E[A-Z0-9]+)"/.exec(text)?.[1] ?? /npm (?:error|ERR!) code (E[A-Z0-9]+)/.exec(text)?.[1];
}

function summarize(stdout: string, stderr: string): string {
  try {
    const parsed = JSON.parse(stdout) as { error?: { summary?: string; detail?: string } };
    if (parsed.error?.summary) return parsed.error.summary;
  } catch {
    // not JSON: fall back to stderr
  }
  const lines = stderr.split("\n").filter((line) => /npm (error|ERR!)/.test(line) && !/A complete log|verbose/.test(line));
  return lines.slice(0, 4).map((line) => line.replace(/^npm (error|ERR!)\s*/, "")).join(" ").trim() || stderr.trim().split("\n").slice(-2).join(" ");
}
