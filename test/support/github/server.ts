import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { githubOpenApi, type OpenApiCatalog } from "./openapi.js";
import { GitHubState, type RepoModel } from "./state.js";
import { TokenGrants, requirementOf } from "./permissions.js";
import { checksRoutes } from "./routes/checks.js";
import { dependabotRoutes } from "./routes/dependabot.js";
import { pullsRoutes } from "./routes/pulls.js";
import { reposRoutes } from "./routes/repos.js";
import { releasesRoutes } from "./routes/releases.js";
import { refsRoutes } from "./routes/refs.js";
import { gitObjectsRoutes } from "./routes/git-objects.js";
import { branchesRoutes } from "./routes/branches.js";
import { contentsRoutes } from "./routes/contents.js";
import { pullsWriteRoutes } from "./routes/pulls-write.js";
import { issueCommentsRoutes } from "./routes/issue-comments.js";
import { compareRoutes } from "./routes/compare.js";
import { statusesRoutes } from "./routes/statuses.js";

/** What a handler sees: the state, the path parameters, the query and the parsed JSON body. */
export interface RouteContext {
  state: GitHubState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The request body as sent; release asset uploads are binary, not JSON. */
  rawBody: Buffer;
  headers: IncomingMessage["headers"];
  /** The emulator's base URL (http://127.0.0.1:PORT), for the *_url fields of bodies. */
  baseUrl: string;
  /** The repository named by {owner}/{repo}; answers 404 as GitHub does when it does not exist. */
  repo(): RepoModel;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One documented operation; its method and path come from the OpenAPI description. */
export interface Route {
  operationId: string;
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

/** Thrown by handlers to answer with an error the way GitHub words it. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** The `errors` list of a 422 "Validation Failed" ({ resource, field, code, message }). */
    readonly errors?: Array<Record<string, string>>,
  ) {
    super(message);
  }
}

export type Fault =
  | { kind: "status"; status: number }
  /** Primary rate limit: 429 with x-ratelimit-remaining 0 and a reset `retryAfter` seconds ahead. */
  | { kind: "rate-limit"; retryAfter?: number }
  /** Secondary rate limit: 403 with GitHub's documented message and retry-after. */
  | { kind: "secondary-rate-limit"; retryAfter?: number }
  /** Never answers; the client's timeout has to give up. */
  | { kind: "timeout" };

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  authorization: string | undefined;
}

export interface EmulatorOptions {
  state?: GitHubState;
  /** Extra routes (releases, refs, ...) next to the built-in ones. */
  routes?: Route[];
  /** When set, requests must carry this token, or they get 401. */
  token?: string;
}

interface CompiledRoute {
  route: Route;
  method: string;
  pattern: RegExp;
  names: string[];
}

/** A running emulator: its URL, its state, what it was asked, and the faults still to inject. */
export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  /** Every response body that did not match GitHub's documented schema. */
  readonly problems: string[] = [];
  /** Job tokens (GITHUB_TOKEN) and their permissions, enforced on every request that carries one. */
  readonly grants = new TokenGrants();
  private readonly faults: Array<{ fault: Fault; operationId: string | undefined; remaining: number }> = [];
  private readonly sockets = new Set<Socket>();
  private readonly routes: CompiledRoute[];

  private constructor(
    readonly state: GitHubState,
    routes: Route[],
    private readonly catalog: OpenApiCatalog,
    private readonly token: string | undefined,
    private readonly server = createServer((request, response) => void this.serve(request, response)),
  ) {
    this.routes = routes.map((route) => compile(route, catalog));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  static async start(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const routes = [
      ...reposRoutes, ...pullsRoutes, ...pullsWriteRoutes, ...issueCommentsRoutes, ...checksRoutes, ...statusesRoutes, ...dependabotRoutes,
      ...releasesRoutes, ...refsRoutes, ...gitObjectsRoutes, ...branchesRoutes, ...contentsRoutes, ...compareRoutes,
      ...(options.routes ?? []),
    ];
    const catalog = githubOpenApi();
    catalog.prepare(routes.map((route) => route.operationId));
    const emulator = new GitHubEmulator(options.state ?? new GitHubState(), routes, catalog, options.token);
    await new Promise<void>((resolve) => emulator.server.listen(0, "127.0.0.1", resolve));
    return emulator;
  }

  get url(): string {
    const address = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Queues a fault for the next `times` requests (to one operation, or to any). */
  inject(fault: Fault, options: { operationId?: string; times?: number } = {}): void {
    this.faults.push({ fault, operationId: options.operationId, remaining: options.times ?? 1 });
  }

  count(operationId?: string): number {
    return operationId ? this.requests.filter((request) => request.operationId === operationId).length : this.requests.length;
  }

  /** Stops the server; rejects when any response broke GitHub's schema, so the test fails. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.problems.length > 0) throw new Error(`the emulator sent bodies that do not match @octokit/openapi:\n${this.problems.join("\n")}`);
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const method = request.method ?? "GET";
    const match = this.match(method, url.pathname);
    const record: RecordedRequest = { method, path: url.pathname + url.search, operationId: match?.route.operationId, status: 0, authorization: request.headers.authorization };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (match && body !== undefined) {
        try {
          for (const problem of this.catalog.validate(match.route.operationId, status, body)) this.problems.push(`${method} ${url.pathname}: ${problem}`);
        } catch (error) {
          this.problems.push(`${method} ${url.pathname}: could not validate: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-github-api-version-selected": "2022-11-28", ...rateHeaders(5000), ...headers });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };

    const fault = this.takeFault(match?.route.operationId);
    if (fault?.kind === "timeout") return; // hold the socket open; close() destroys it
    const raw = await readBody(request);
    if (fault) return sendFault(fault, (status, body, headers) => { record.status = status; response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }); response.end(JSON.stringify(body)); });
    const grant = this.grants.fromHeader(request.headers.authorization);
    if (this.token !== undefined && !grant && !authorized(request.headers.authorization, this.token)) {
      return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" });
    }
    if (!match) return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
    if (grant) {
      const { operationId } = match.route;
      const repository = match.params.owner && match.params.repo ? `${match.params.owner}/${match.params.repo}` : undefined;
      const decision = this.grants.check(grant, requirementOf(operationId, method, this.catalog.category(operationId)), operationId, repository);
      if (!decision.allowed) return send(decision.status, { message: decision.message, documentation_url: "https://docs.github.com/rest", status: String(decision.status) }, decision.headers);
    }
    let body: unknown;
    try {
      const type = request.headers["content-type"];
      body = raw.length > 0 && (!type || /json/.test(type)) ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      return send(400, { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest", status: "400" });
    }
    const state = this.state;
    const context: RouteContext = {
      state,
      params: match.params,
      query: url.searchParams,
      body,
      rawBody: raw,
      headers: request.headers,
      baseUrl: this.url,
      repo() {
        const found = state.repo(match.params.owner ?? "", match.params.repo ?? "");
        if (!found) throw new HttpProblem(404, "Not Found");
        return found;
      },
    };
    try {
      const result = await match.route.handle(context);
      send(result.status, result.body, result.headers);
    } catch (error) {
      if (error instanceof HttpProblem) {
        const errors = error.errors ? { errors: error.errors } : {};
        return send(error.status, { message: error.message, ...errors, documentation_url: "https://docs.github.com/rest", status: String(error.status) }, error.headers);
      }
      send(500, { message: `emulator error: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const candidate of this.routes) {
      if (candidate.method !== method) continue;
      const found = candidate.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1] ?? "")));
      return { route: candidate.route, params };
    }
    return undefined;
  }

  private takeFault(operationId: string | undefined): Fault | undefined {
    const index = this.faults.findIndex((entry) => entry.operationId === undefined || entry.operationId === operationId);
    if (index < 0) return undefined;
    const entry = this.faults[index]!;
    if (--entry.remaining <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }
}

function compile(route: Route, catalog: OpenApiCatalog): CompiledRoute {
  const { method, path } = catalog.operation(route.operationId);
  const names: string[] = [];
  // {ref}, {path}, {name} and {branch} may hold slashes (refs/heads/x, a file path, feature/x);
  // other parameters hold none.
  const source = path
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{([^}]+)\}/g, (_whole, name: string) => {
      names.push(name);
      return name === "ref" || name === "name" || name === "branch" || name === "path" ? "(.+)" : "([^/]+)";
    })
    // Octokit asks for a repository's root contents as .../contents (no slash, empty path).
    .replace(/\/contents\/\(\.\+\)$/, "/contents(?:/(.*))?");
  return { route, method, pattern: new RegExp(`^${source}$`), names };
}

function authorized(header: string | undefined, token: string): boolean {
  return header === `token ${token}` || header === `Bearer ${token}`;
}

function rateHeaders(remaining: number): Record<string, string> {
  return { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": String(remaining), "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600), "x-ratelimit-resource": "core" };
}

function sendFault(fault: Exclude<Fault, { kind: "timeout" }>, send: (status: number, body: unknown, headers: Record<string, string>) => void): void {
  const docs = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
  if (fault.kind === "status") return send(fault.status, { message: fault.status >= 500 ? "Server Error" : "Injected fault" }, {});
  if (fault.kind === "rate-limit") {
    const after = fault.retryAfter ?? 0;
    return send(429, { message: "API rate limit exceeded for installation.", documentation_url: docs }, { ...rateHeaders(0), "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + after), "retry-after": String(after) });
  }
  return send(
    403,
    { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: docs },
    { "retry-after": String(fault.retryAfter ?? 0) },
  );
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Slices a list the way GitHub pages it (per_page, page) and writes the Link header. */
export function paginate<T>(context: RouteContext, path: string, items: readonly T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(context.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(context.query.get("page") ?? 1) || 1, 1);
  const pages = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (target: number, rel: string) => {
    const query = new URLSearchParams(context.query);
    query.set("page", String(target));
    query.set("per_page", String(perPage));
    return `<${context.baseUrl}${path}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < pages) links.push(link(page + 1, "next"), link(pages, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(", ") } : {} };
}
