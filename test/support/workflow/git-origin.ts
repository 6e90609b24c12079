import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { basename, dirname } from "node:path";

/**
 * A git host on 127.0.0.1 speaking git's smart HTTP protocol through `git http-backend`, as
 * github.com does for `https://github.com/owner/name`: checkout clones and fetches over it,
 * pushes go to it, and every request is recorded with the Authorization header it carried, so
 * a test sees which token reached which request.
 */

export interface OriginRequest {
  method: string;
  /** The path and query as asked, e.g. /octo-org/sample/info/refs?service=git-upload-pack. */
  path: string;
  repository: string;
  service: "git-upload-pack" | "git-receive-pack" | undefined;
  /** The Authorization header as sent, or undefined. */
  authorization: string | undefined;
  /** The password of a Basic header (x-access-token:TOKEN) or a Bearer token. */
  token: string | undefined;
  status: number;
}

/** What the host answers a request: allowed, or refused with GitHub's status and message. */
export type OriginDecision = { allowed: true } | { allowed: false; status: 401 | 403 | 404; message: string };

export type OriginAccess = (request: { repository: string; write: boolean; token: string | undefined }) => OriginDecision;

export class GitOrigin {
  readonly requests: OriginRequest[] = [];
  private readonly repositories = new Map<string, { gitDir: string; readOnly: boolean }>();
  private readonly sockets = new Set<Socket>();
  /** Who may read and push; by default anyone may (set by the workflow runner to the emulator's tokens). */
  access: OriginAccess = () => ({ allowed: true });
  /** What `access` was last set up to consult (the workflow runner sets its emulator here). */
  accessGuard: unknown;

  private constructor(private readonly server = createServer((request, response) => void this.serve(request, response))) {
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<GitOrigin> {
    const origin = new GitOrigin();
    await new Promise<void>((resolve) => origin.server.listen(0, "127.0.0.1", resolve));
    return origin;
  }

  /** Where Node code reaches the host: http://127.0.0.1:PORT. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * The host as a workflow sees it (GITHUB_SERVER_URL, the checkout's remote): the same port under
   * the name github.localhost. Tools that tell github.com from GitHub Enterprise by the host name
   * (@actions/artifact refuses GHES) accept *.localhost, and git (curl) resolves any *.localhost
   * name to the loopback itself, so no resolver is involved and traffic stays on this machine.
   */
  get serverUrl(): string {
    return `http://github.localhost:${(this.server.address() as AddressInfo).port}`;
  }

  /** Hosts a git directory (a bare repository, or any repository's .git) as owner/name. */
  host(fullName: string, gitDir: string, options: { readOnly?: boolean } = {}): string {
    this.repositories.set(fullName.toLowerCase(), { gitDir, readOnly: options.readOnly ?? false });
    return `${this.url}/${fullName}`;
  }

  gitDir(fullName: string): string | undefined {
    return this.repositories.get(fullName.toLowerCase())?.gitDir;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const match = /^\/([^/]+)\/([^/]+?)(?:\.git)?(\/(?:info\/refs|git-upload-pack|git-receive-pack|HEAD|objects\/.*))$/.exec(url.pathname);
    const authorization = request.headers.authorization;
    const record: OriginRequest = {
      method: request.method ?? "GET",
      path: url.pathname + url.search,
      repository: match ? `${match[1]}/${match[2]}` : "",
      service: serviceOf(url),
      authorization,
      token: tokenOf(authorization),
      status: 0,
    };
    this.requests.push(record);
    const answer = (status: number, message: string, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      response.end(`${message}\n`);
    };
    const hosted = match ? this.repositories.get(record.repository.toLowerCase()) : undefined;
    if (!match || !hosted) return answer(404, "Repository not found.");
    if (hosted.readOnly && record.service === "git-receive-pack") return answer(403, `Permission to ${record.repository}.git denied: the repository is read-only here.`);
    const decision = this.access({ repository: record.repository, write: record.service === "git-receive-pack", token: record.token });
    if (!decision.allowed) {
      // Git asks for credentials on 401; with no terminal it gives up, as on a runner.
      return answer(decision.status, decision.message, decision.status === 401 ? { "www-authenticate": 'Basic realm="GitHub"' } : {});
    }
    let output: Buffer;
    try {
      output = await httpBackend(hosted.gitDir, match[3]!, request, url, await readBody(request));
    } catch (error) {
      return answer(500, error instanceof Error ? error.message : String(error));
    }
    const split = headerEnd(output);
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of output.subarray(0, split.index).toString("utf8").split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === "status") status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    record.status = status;
    response.writeHead(status, headers);
    response.end(output.subarray(split.index + split.length));
  }
}

function serviceOf(url: URL): OriginRequest["service"] {
  const name = url.searchParams.get("service") ?? /\/(git-upload-pack|git-receive-pack)$/.exec(url.pathname)?.[1];
  return name === "git-upload-pack" || name === "git-receive-pack" ? name : undefined;
}

function tokenOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value = ""] = header.split(/\s+/, 2);
  if (/^basic$/i.test(scheme ?? "")) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    return decoded.slice(decoded.indexOf(":") + 1);
  }
  if (/^(bearer|token)$/i.test(scheme ?? "")) return value;
  return undefined;
}

function headerEnd(output: Buffer): { index: number; length: number } {
  const crlf = output.indexOf("\r\n\r\n");
  const lf = output.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { index: crlf, length: 4 };
  return lf >= 0 ? { index: lf, length: 2 } : { index: 0, length: 0 };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs `git http-backend` as the CGI program it is, for one request. */
function httpBackend(gitDir: string, rest: string, request: IncomingMessage, url: URL, body: Buffer): Promise<Buffer> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    GIT_PROJECT_ROOT: dirname(gitDir),
    GIT_HTTP_EXPORT_ALL: "1",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    PATH_INFO: `/${basename(gitDir)}${rest}`,
    REQUEST_METHOD: request.method ?? "GET",
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers["content-type"] ?? "",
    CONTENT_LENGTH: String(body.length),
    REMOTE_ADDR: "127.0.0.1",
    // http-backend accepts pushes only from an authenticated user; access() has decided that.
    REMOTE_USER: "x-access-token",
  };
  if (request.headers["git-protocol"]) env.GIT_PROTOCOL = String(request.headers["git-protocol"]);
  if (request.headers["content-encoding"]) env.HTTP_CONTENT_ENCODING = String(request.headers["content-encoding"]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const output = Buffer.concat(chunks);
      if (output.length === 0 && code !== 0) reject(new Error(`git http-backend failed (${code}): ${stderr}`));
      else resolve(output);
    });
    // http-backend may answer (an error) without reading the whole request: its answer is what counts.
    child.stdin.on("error", () => {});
    child.stdin.end(body);
  });
}
