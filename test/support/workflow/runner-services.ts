import { createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ArtifactService } from "./artifact-service.js";
import type { ArtifactStore } from "./artifact-store.js";

/**
 * The runner-side services actions reach through ACTIONS_* variables, on 127.0.0.1: the OIDC
 * token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, only for jobs with `id-token: write`), which
 * answers `{ value: <JWT> }` with GitHub's claims signed by a key made for the run, and the
 * artifact service (ACTIONS_RESULTS_URL with ACTIONS_RUNTIME_TOKEN) that @actions/artifact uses.
 */
export class RunnerServices {
  private readonly requestTokens = new Map<string, Record<string, unknown>>();
  private readonly runtimeTokens = new Set<string>();
  private readonly key = generateKeyPairSync("rsa", { modulusLength: 2048 });
  private readonly artifacts: ArtifactService;
  readonly issued: Array<{ audience: string; claims: Record<string, unknown> }> = [];
  private readonly server = createServer((request, response) => void this.serve(request, response));

  private constructor(store: ArtifactStore) {
    this.artifacts = new ArtifactService(store, () => this.url);
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bearer = /^bearer (\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    if (this.artifacts.handle(request, response, url, Buffer.concat(chunks), bearer !== undefined && this.runtimeTokens.has(bearer))) return;
    const claims = bearer ? this.requestTokens.get(bearer) : undefined;
    if (url.pathname !== "/_services/oidc/token" || !claims) {
      response.writeHead(claims ? 404 : 401, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: claims ? "Not Found" : "Bad credentials" }));
      return;
    }
    const audience = url.searchParams.get("audience") ?? String(claims.repository_owner ? `https://github.com/${String(claims.repository_owner)}` : "");
    const value = this.jwt({ ...claims, aud: audience });
    this.issued.push({ audience, claims });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ count: 1, value }));
  }

  static async start(store: ArtifactStore): Promise<RunnerServices> {
    const services = new RunnerServices(store);
    await new Promise<void>((resolve) => services.server.listen(0, "127.0.0.1", resolve));
    return services;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The variables a job with `id-token: write` gives its actions. */
  oidcFor(claims: Record<string, unknown>): Record<string, string> {
    const token = randomBytes(24).toString("base64url");
    this.requestTokens.set(token, claims);
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/_services/oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: token };
  }

  /** The variables every action of a job gets: the runtime token and the results (artifact) service. */
  runtimeFor(runId: number, jobKey: string): Record<string, string> {
    const backend = (text: string) => Buffer.from(text).toString("hex").slice(0, 32).padEnd(32, "0");
    const token = this.jwt({ scp: `Actions.GenericRead:${backend(String(runId))} Actions.Results:${backend(String(runId))}:${backend(jobKey)}`, sub: jobKey });
    this.runtimeTokens.add(token);
    return { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RUNTIME_URL: `${this.url}/`, ACTIONS_RESULTS_URL: `${this.url}/` };
  }

  private jwt(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const body = `${encode({ alg: "RS256", typ: "JWT", kid: "local-runner" })}.${encode({ iss: "https://token.actions.githubusercontent.com", iat: now, nbf: now - 5, exp: now + 300, ...claims })}`;
    return `${body}.${createSign("RSA-SHA256").update(body).sign(this.key.privateKey).toString("base64url")}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
