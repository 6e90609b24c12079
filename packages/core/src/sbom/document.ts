import { createHash } from "node:crypto";

export const SBOM_FORMATS = ["cyclonedx", "spdx"] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

export const SBOM_EXTENSIONS: Record<SbomFormat, string> = { cyclonedx: "cdx.json", spdx: "spdx.json" };

/** What a reader learns from an SBOM file: its format and version, what it describes, how many components. */
export interface SbomSummary {
  format: string;
  subject: string;
  components: number;
}

type Json = Record<string, unknown>;

/**
 * Reads a CycloneDX or SPDX JSON document far enough to know it is one: the format marker, the
 * spec version, the described package and the component list. Returns the problem otherwise.
 */
export function summarizeSbom(text: string): SbomSummary | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "is not JSON" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { problem: "is not a JSON object" };
  const doc = value as Json;
  if (doc.bomFormat === "CycloneDX") {
    if (typeof doc.specVersion !== "string") return { problem: "is CycloneDX without a specVersion" };
    if (doc.components !== undefined && !Array.isArray(doc.components)) return { problem: "is CycloneDX whose components are not a list" };
    const component = ((doc.metadata as Json | undefined)?.component ?? {}) as Json;
    return { format: `CycloneDX ${doc.specVersion}`, subject: `${String(component.name ?? "?")}@${String(component.version ?? "?")}`, components: ((doc.components as unknown[]) ?? []).length };
  }
  if (typeof doc.spdxVersion === "string") {
    if (!Array.isArray(doc.packages)) return { problem: "is SPDX without a packages list" };
    const described = Array.isArray(doc.documentDescribes) ? doc.documentDescribes[0] : undefined;
    const root = (doc.packages as Json[]).find((pkg) => pkg.SPDXID === described);
    return { format: doc.spdxVersion, subject: root ? `${String(root.name)}@${String(root.versionInfo)}` : String(doc.name ?? "?"), components: Math.max(0, doc.packages.length - (root ? 1 : 0)) };
  }
  return { problem: "is neither CycloneDX JSON (bomFormat) nor SPDX JSON (spdxVersion)" };
}

/** A UUID made from content (RFC 9562 version 8, name-based on SHA-256): the same document gets the same serial. */
function contentUuid(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex").slice(0, 32).split("");
  hex[12] = "8";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * Makes npm's SBOM reproducible and names its subject right: npm writes a random serial (or
 * namespace) and the time of the run, so the same release would get a new SBOM, and so a new
 * signature, each time it is signed; and it names the root component after its folder. The serial
 * becomes a UUID of the content, the time the release's, the name the package's.
 */
export function normalizeSbom(format: SbomFormat, doc: Json, subject: { name: string; version: string }, createdAt: Date): Json {
  const copy = structuredClone(doc);
  if (format === "cyclonedx") {
    const metadata = (copy.metadata ?? {}) as Json;
    metadata.timestamp = createdAt.toISOString();
    const component = metadata.component as Json | undefined;
    if (component && component.version === subject.version) component.name = subject.name;
    copy.metadata = metadata;
    copy.serialNumber = "";
    copy.serialNumber = `urn:uuid:${contentUuid(JSON.stringify(copy))}`;
    return copy;
  }
  const creation = (copy.creationInfo ?? {}) as Json;
  creation.created = createdAt.toISOString();
  copy.creationInfo = creation;
  const namespace = typeof copy.documentNamespace === "string" ? copy.documentNamespace : "http://spdx.org/spdxdocs/sbom";
  copy.documentNamespace = "";
  copy.documentNamespace = namespace.replace(/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "") + `-${contentUuid(JSON.stringify(copy))}`;
  return copy;
}

/** A file name for a package's SBOM: `@scope/name` 1.2.3 → `scope-name-1.2.3.cdx.json`. */
export function sbomFileName(name: string, version: string, format: SbomFormat): string {
  return `${name.replace(/^@/, "").replace(/\//g, "-")}-${version}.${SBOM_EXTENSIONS[format]}`;
}
