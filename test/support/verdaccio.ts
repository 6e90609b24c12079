import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, node24 } from "./runner.js";

/** A real Verdaccio npm registry on 127.0.0.1, in its own process, with one user who may publish. */
export interface TestRegistry {
  url: string;
  /** A token of the publishing user (from a real login against the registry). */
  token: string;
  user: string;
  /**
   * A second signed-in user, given `publisherOnly`: it may read every package and publish others,
   * but not publish, tag or deprecate the packages `publisherOnly` names.
   */
  reader?: { user: string; token: string };
  /** The packument of a package, or undefined when the registry has none. */
  packument(name: string): Promise<Packument | undefined>;
  /** Every package name, dist-tag and version with its tarball digest and deprecation: for before/after comparisons. */
  digest(names: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface Packument {
  name: string;
  "dist-tags": Record<string, string>;
  versions: Record<string, { version: string; deprecated?: string; dist: { integrity?: string; shasum: string; tarball: string } }>;
}

// Runs in the child: Verdaccio's own server factory, listening on a free port chosen by the OS.
const SERVER = `
const { runServer } = require(${JSON.stringify(join(ROOT, "node_modules", "verdaccio"))});
runServer(process.argv[1]).then((app) => {
  const server = app.listen(0, "127.0.0.1", () => process.stdout.write("listening " + server.address().port + "\\n"));
}).catch((error) => { console.error(error); process.exit(1); });
`;

export interface RegistryOptions {
  /** A Verdaccio package pattern (`rb-locked-*`) only the publishing user may publish, tag or deprecate; adds `reader`. */
  publisherOnly?: string;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "cadence-verdaccio-"));
  const user = "publisher";
  const password = "secret-password-1";
  // Verdaccio takes the first pattern that matches a package name.
  const locked = options.publisherOnly
    ? [`  ${JSON.stringify(options.publisherOnly)}:`, "    access: $all", `    publish: ${user}`, `    unpublish: ${user}`]
    : [];
  const config = join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      `    max_users: ${options.publisherOnly ? 2 : 1}`,
      "uplinks: {}",
      "packages:",
      ...locked,
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "web:",
      "  enable: false",
      "log: { type: stdout, format: json, level: fatal }",
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(node24(), ["-e", SERVER, config], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = /listening (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`verdaccio exited with ${code}: ${errors}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  // A sign-up creates the user (max_users closes registration after the last) and returns its token, as `npm adduser` does.
  const signUp = async (name: string, secret: string): Promise<string> => {
    const login = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password: secret }),
    });
    const body = (await login.json()) as { token?: string };
    if (!body.token) throw new Error(`could not log in to verdaccio as ${name}: ${login.status} ${JSON.stringify(body)}`);
    return body.token;
  };
  const token = await signUp(user, password);
  const reader = options.publisherOnly ? { user: "reader", token: await signUp("reader", "secret-password-2") } : undefined;

  const packument = async (name: string): Promise<Packument | undefined> => {
    // A kept-alive socket the server has just closed fails once; the second try opens a new one.
    const get = () => fetch(`${url}${name.replace("/", "%2f")}`, { headers: { accept: "application/json" } });
    const response = await get().catch(get);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`registry said ${response.status} for ${name}`);
    return (await response.json()) as Packument;
  };
  return {
    url,
    token,
    user,
    ...(reader ? { reader } : {}),
    packument,
    async digest(names) {
      const parts: unknown[] = [];
      for (const name of [...names].sort()) {
        const doc = await packument(name);
        const versions = doc ? Object.entries(doc.versions).map(([version, entry]) => [version, entry.dist.shasum, entry.deprecated ?? null]) : null;
        parts.push([name, doc ? doc["dist-tags"] : null, versions?.sort() ?? null]);
      }
      return JSON.stringify(parts);
    },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
