import type { SbomFormat } from "./document.js";

type Json = Record<string, unknown>;

/**
 * `npm sbom --workspace` describes the monorepo's root and lists the workspace as one of its
 * components. The SBOM of a published workspace package must describe that package: it becomes
 * the document's subject (CycloneDX metadata.component, SPDX documentDescribes) and the private
 * root, which is not published, leaves the document.
 */
export function describeSubject(format: SbomFormat, doc: Json, subject: { name: string; version: string }): Json {
  return format === "cyclonedx" ? cyclonedxSubject(doc, subject) : spdxSubject(doc, subject);
}

function cyclonedxSubject(doc: Json, subject: { name: string; version: string }): Json {
  const metadata = (doc.metadata ?? {}) as Json;
  const root = (metadata.component ?? {}) as Json;
  const wanted = `${subject.name}@${subject.version}`;
  const components = Array.isArray(doc.components) ? (doc.components as Json[]) : [];
  const workspace = components.find((component) => component["bom-ref"] === wanted);
  if (root["bom-ref"] === wanted || !workspace) return doc;
  const dependencies = Array.isArray(doc.dependencies) ? (doc.dependencies as Json[]) : [];
  return {
    ...doc,
    metadata: { ...metadata, component: { ...workspace, name: subject.name } },
    components: components.filter((component) => component !== workspace),
    dependencies: dependencies.filter((entry) => entry.ref !== root["bom-ref"]),
  };
}

function spdxSubject(doc: Json, subject: { name: string; version: string }): Json {
  const packages = Array.isArray(doc.packages) ? (doc.packages as Json[]) : [];
  const target = packages.find((pkg) => pkg.name === subject.name && pkg.versionInfo === subject.version);
  const described = Array.isArray(doc.documentDescribes) ? (doc.documentDescribes[0] as string | undefined) : undefined;
  if (!target || target.SPDXID === described) return doc;
  const relationships = Array.isArray(doc.relationships) ? (doc.relationships as Json[]) : [];
  return {
    ...doc,
    documentDescribes: [target.SPDXID],
    packages: packages.filter((pkg) => pkg.SPDXID !== described),
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relatedSpdxElement: target.SPDXID, relationshipType: "DESCRIBES" },
      ...relationships.filter((rel) => rel.spdxElementId !== described && rel.relatedSpdxElement !== described && rel.relationshipType !== "DESCRIBES"),
    ],
  };
}

/**
 * Keeps what ships: npm sbom's `--omit dev` drops a workspace's production dependency when a
 * dev dependency of the root needs it too (npm 11), so the SBOM is made with every package and cut
 * down here to the shipping closure the lockfile gives (lockfile/tree.ts, the same LIC-01 judges).
 * Returns the packages of the closure npm did not list, which the caller refuses.
 */
export function keepShipped(format: SbomFormat, doc: Json, keep: ReadonlySet<string>): { doc: Json; missing: string[] } {
  if (format === "cyclonedx") {
    const subject = String(((doc.metadata as Json | undefined)?.component as Json | undefined)?.["bom-ref"] ?? "");
    const components = (Array.isArray(doc.components) ? (doc.components as Json[]) : []).filter((component) => keep.has(String(component["bom-ref"])));
    const listed = new Set(components.map((component) => String(component["bom-ref"])));
    const kept = new Set([...listed, subject]);
    const dependencies = (Array.isArray(doc.dependencies) ? (doc.dependencies as Json[]) : [])
      .filter((entry) => kept.has(String(entry.ref)))
      .map((entry) => ({ ...entry, dependsOn: (Array.isArray(entry.dependsOn) ? (entry.dependsOn as string[]) : []).filter((ref) => kept.has(ref)) }));
    return { doc: { ...doc, components, dependencies }, missing: [...keep].filter((ref) => !listed.has(ref) && ref !== subject).sort() };
  }
  const described = Array.isArray(doc.documentDescribes) ? String(doc.documentDescribes[0]) : "";
  const packages = (Array.isArray(doc.packages) ? (doc.packages as Json[]) : []).filter((pkg) => pkg.SPDXID === described || keep.has(`${String(pkg.name)}@${String(pkg.versionInfo)}`));
  const ids = new Set(["SPDXRef-DOCUMENT", ...packages.map((pkg) => String(pkg.SPDXID))]);
  const listed = new Set(packages.map((pkg) => `${String(pkg.name)}@${String(pkg.versionInfo)}`));
  const relationships = (Array.isArray(doc.relationships) ? (doc.relationships as Json[]) : []).filter((rel) => ids.has(String(rel.spdxElementId)) && ids.has(String(rel.relatedSpdxElement)));
  return { doc: { ...doc, packages, relationships }, missing: [...keep].filter((ref) => !listed.has(ref)).sort() };
}
