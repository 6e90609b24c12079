import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import type { ArtifactStore } from "./artifact-store.js";
import { readZip, writeZip } from "./zip.js";

/**
 * GitHub's artifact service as @actions/artifact (v2 and later) reaches it: the Twirp JSON API
 * under ACTIONS_RESULTS_URL (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL, DeleteArtifact) and the "signed" blob URLs it hands out, which take the
 * Azure block-blob upload (staged blocks, then the block list) and serve downloads as a zip.
 * Finalized artifacts land in the run's ArtifactStore, beside those of the upload-artifact stand-in.
 */

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";

interface Upload {
  name: string;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
  mimeType: string;
}

export class ArtifactService {
  private readonly uploads = new Map<string, Upload>();
  private readonly signature = randomBytes(12).toString("hex");

  constructor(
    private readonly store: ArtifactStore,
    private readonly baseUrl: () => string,
  ) {}

  /** Answers a request of the service; false when the path is not the service's. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer, authorized: boolean): boolean {
    if (url.pathname.startsWith(SERVICE)) {
      if (!authorized) return twirp(response, 401, { code: "unauthenticated", msg: "invalid runtime token" });
      try {
        twirp(response, 200, this.call(url.pathname.slice(SERVICE.length), JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown>));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        twirp(response, /already exists/.test(message) ? 409 : /not found/i.test(message) ? 404 : 400, { code: /already exists/.test(message) ? "already_exists" : "invalid_argument", msg: message });
      }
      return true;
    }
    const blob = /^\/blob\/(upload|download)\/([^/]+)$/.exec(url.pathname);
    if (!blob) return false;
    if (url.searchParams.get("sig") !== this.signature) {
      response.writeHead(403, { "content-type": "application/xml" });
      response.end("<Error><Code>AuthenticationFailed</Code></Error>");
      return true;
    }
    const id = decodeURIComponent(blob[2]!);
    if (blob[1] === "download") {
      const entries = this.store.entries(id);
      response.writeHead(200, { "content-type": "application/zip" });
      response.end(writeZip(entries));
      return true;
    }
    const upload = this.uploads.get(id);
    if (!upload || request.method !== "PUT") {
      response.writeHead(404, { "content-type": "application/xml" });
      response.end("<Error><Code>BlobNotFound</Code></Error>");
      return true;
    }
    const comp = url.searchParams.get("comp");
    if (comp === "block") upload.blocks.set(url.searchParams.get("blockid") ?? "", body);
    else if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1]!);
      upload.blob = Buffer.concat(ids.map((blockId) => upload.blocks.get(blockId) ?? Buffer.alloc(0)));
    } else upload.blob = body;
    response.writeHead(201, {
      etag: `"0x${randomBytes(8).toString("hex")}"`,
      "last-modified": new Date().toUTCString(),
      "x-ms-request-id": randomBytes(8).toString("hex"),
      "x-ms-version": "2024-08-04",
      "x-ms-request-server-encrypted": "true",
    });
    response.end();
    return true;
  }

  private call(method: string, request: Record<string, unknown>): Record<string, unknown> {
    const name = String(request.name ?? "");
    switch (method) {
      case "CreateArtifact": {
        if (this.store.find(name)) throw new Error("an artifact with this name already exists on the workflow run");
        const id = randomBytes(8).toString("hex");
        this.uploads.set(id, { name, blocks: new Map(), mimeType: String(request.mime_type ?? "application/zip") });
        return { ok: true, signed_upload_url: `${this.baseUrl()}/blob/upload/${id}?sig=${this.signature}` };
      }
      case "FinalizeArtifact": {
        const [id, upload] = [...this.uploads].find(([, candidate]) => candidate.name === name && candidate.blob) ?? [];
        if (!id || !upload?.blob) throw new Error(`artifact ${name} not found: nothing was uploaded`);
        this.uploads.delete(id);
        const entries = upload.mimeType === "application/zip" ? readZip(upload.blob) : [{ path: name, data: upload.blob }];
        const record = this.store.add(name, entries);
        return { ok: true, artifact_id: String(record.id) };
      }
      case "ListArtifacts": {
        const nameFilter = request.name_filter as string | undefined;
        const idFilter = request.id_filter as string | undefined;
        const artifacts = this.store
          .list()
          .filter((record) => (nameFilter === undefined || record.name === nameFilter) && (idFilter === undefined || String(record.id) === String(idFilter)))
          .map((record) => ({
            workflow_run_backend_id: request.workflow_run_backend_id,
            workflow_job_run_backend_id: request.workflow_job_run_backend_id,
            database_id: String(record.id),
            name: record.name,
            size: String(record.size),
            created_at: record.createdAt,
            digest: `sha256:${record.digest}`,
          }));
        return { artifacts };
      }
      case "GetSignedArtifactURL":
        if (!this.store.find(name)) throw new Error(`artifact ${name} not found`);
        return { signed_url: `${this.baseUrl()}/blob/download/${encodeURIComponent(name)}?sig=${this.signature}` };
      case "DeleteArtifact": {
        const record = this.store.find(name);
        if (!record) throw new Error(`artifact ${name} not found`);
        this.store.remove(name);
        return { ok: true, artifact_id: String(record.id) };
      }
      default:
        throw new Error(`the local artifact service has no method ${method}`);
    }
  }
}

function twirp(response: ServerResponse, status: number, body: unknown): true {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
  return true;
}
