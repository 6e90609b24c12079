import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isolatedEnv } from "./sandbox.js";

/** The npm registry of the story, or why the story runs without one. */
export type DemoRegistry =
  { kind: "running"; url: string; token: string; about: string; stop(): Promise<void> } | { kind: "none"; why: string };

// Runs in its own process: Verdaccio's server factory, on a free port of 127.0.0.1.
const SERVER = `
const { runServer } = require(process.argv[1]);
runServer(process.argv[2]).then((app) => {
  const server = app.listen(0, "127.0.0.1", () => process.stdout.write("listening " + server.address().port + "\\n"));
}).catch((error) => { console.error(error); process.exit(1); });
`;

/** Where the verdaccio package is (a devDependency of release-cadence), or undefined when it cannot be found. */
export function findVerdaccio(bases: readonly string[]): string | undefined {
  const name = "verdaccio";
  for (const base of bases) {
    try {
      return createRequire(join(base, "noop.js")).resolve(name);
    } catch {
      // not from here; try the next place
    }
  }
  return undefined;
}

/** A registry given on the command line: its URL and a file with a token that may publish there. */
export async function givenRegistry(url: string, tokenFile: string | undefined): Promise<DemoRegistry> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url.endsWith("/") ? url : `${url}/`)) {
    throw new Error(
      `--registry must be a registry on this machine (http://127.0.0.1:PORT/), not ${url}: ` +
        "the demo publishes nothing elsewhere",
    );
  }
  if (!tokenFile)
    throw new Error("--registry needs --registry-token-file: a file holding a token that may publish there");
  const token = (
    await readFile(tokenFile, "utf8").catch(() => {
      throw new Error(`--registry-token-file ${tokenFile} cannot be read`);
    })
  ).trim();
  return {
    kind: "running",
    url: url.endsWith("/") ? url : `${url}/`,
    token,
    about: `the registry at ${url}`,
    stop: async () => {},
  };
}

/** Starts Verdaccio for the sandbox: storage and config inside it, a free port on 127.0.0.1, one demo user. */
export async function startRegistry(dir: string, verdaccio: string): Promise<DemoRegistry> {
  await mkdir(dir, { recursive: true });
  const config = join(dir, "config.yaml");
  await writeFile(
    config,
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      "    max_users: 1",
      "uplinks: {}",
      "packages:",
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
  const child: ChildProcess = spawn(process.execPath, ["-e", SERVER, verdaccio, config], {
    cwd: dir,
    env: isolatedEnv(process.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = "";
      let errors = "";
      child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
      child.stdout!.on("data", (chunk: Buffer) => {
        seen += chunk.toString("utf8");
        const match = /listening (\d+)/.exec(seen);
        if (match) resolve(Number(match[1]));
      });
      child.on("exit", (code) =>
        reject(
          new Error(`Verdaccio stopped at its start (exit ${code}): ${errors.trim().split("\n").slice(-3).join(" ")}`),
        ),
      );
    });
    const url = `http://127.0.0.1:${port}/`;
    // The first sign-up makes the demo's user (max_users: 1 closes sign-ups after it) and gives its token.
    const response = await fetch(`${url}-/user/org.couchdb.user:demo`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "demo", password: "demo-password-in-the-sandbox" }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`Verdaccio did not sign the demo user up (HTTP ${response.status})`);
    return { kind: "running", url, token, about: `Verdaccio at ${url} (storage in ${dir})`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
