import { createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The runner-side services actions reach through ACTIONS_* variables, on 127.0.0.1: the OIDC
 * token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, only for jobs with `id-token: write`), which
 * answers `{ value: <JWT> }` with GitHub's claims, signed by a key made for the run.
 */
export class RunnerServices {
  private readonly requestTokens = new Map<string, Record<string, unknown>>();
  private readonly key = generateKeyPairSync("rsa", { modulusLength: 2048 });
  readonly issued: Array<{ audience: string; claims: Record<string, unknown> }> = [];

  private constructor(
    private readonly server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const bearer = /^bearer (\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
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
    }),
  ) {}

  static async start(): Promise<RunnerServices> {
    const services = new RunnerServices();
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
