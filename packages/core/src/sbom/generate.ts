import { posix } from "node:path";
import { ConfigurationError } from "../errors/index.js";
import type { CommandRunner } from "../gates/commands.js";
import { checkLockfile } from "../lockfile/consistency.js";
import { DEPENDENCY_FIELDS, hasLockfile, readManifest, readNpmProject, workspaceLocations, type Manifest, type NpmProject } from "../lockfile/read.js";
import type { Files } from "../ports/index.js";
import { normalizeSbom, sbomFileName, summarizeSbom, type SbomFormat } from "./document.js";
import { shippingClosure } from "../lockfile/tree.js";
import { describeSubject, keepShipped } from "./subject.js";

/**
 * SBOMs are made by `npm sbom` (npm 10 and later): npm reads the lockfile with the same code that
 * installs it (Arborist), so the SBOM lists exactly the tree `npm ci` would install; it writes both
 * CycloneDX 1.5 and SPDX 2.3; it works offline from the lockfile (`--package-lock-only`); and the
 * actions need the npm CLI anyway (publish), so no generator is bundled. `@cyclonedx/cyclonedx-npm`
 * runs npm underneath too and writes no SPDX.
 */

export interface SbomConfig {
  enabled: boolean;
  formats: SbomFormat[];
  /** Folders of the npm packages the release publishes; absent: worked out (see defaultPackages). */
  packages?: string[];
  /** SBOMs made by other tools (other ecosystems), signed and published as they are. */
  files: string[];
}

export interface SbomDocument {
  /** The file name in the capsule's folder and the release's assets. */
  name: string;
  format: string;
  /** What it describes: name@version, or "provided" for a file made by another tool. */
  package: string;
  components: number;
  text: string;
}

export type SbomOutcome = { status: "generated"; documents: SbomDocument[] } | { status: "not-applicable"; reason: string; documents: [] };

export interface SbomPorts {
  files: Files;
  commands: CommandRunner;
}

const notApplicable = (reason: string): SbomOutcome => ({ status: "not-applicable", reason, documents: [] });

/** Makes the release's SBOMs in memory (nothing is written here: the capsule's plan writes them). */
export async function makeSboms(ports: SbomPorts, config: SbomConfig, options: { packages?: string[]; createdAt: Date }): Promise<SbomOutcome> {
  if (!config.enabled) return notApplicable("turned off (capsule.sbom: false, or the sbom input)");
  const documents: SbomDocument[] = [];
  for (const path of config.files) documents.push(await providedSbom(ports.files, path));
  const explicit = options.packages ?? config.packages;
  const chosen = explicit ? { dirs: explicit } : await defaultPackages(ports.files);
  if ("reason" in chosen && documents.length === 0) return notApplicable(chosen.reason);
  for (const dir of "dirs" in chosen ? chosen.dirs : []) {
    const made = await packageSboms(ports, dir, config.formats, options.createdAt, explicit !== undefined);
    if ("reason" in made) {
      if (documents.length === 0) return notApplicable(made.reason);
      throw new ConfigurationError(made.reason);
    }
    documents.push(...made);
  }
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.name)) throw new ConfigurationError(`two SBOMs would be named ${document.name}; rename the file in capsule.sbom.files`);
    seen.add(document.name);
  }
  return { status: "generated", documents };
}

/** The root package, or, for a private workspace root, each workspace that is not private. */
async function defaultPackages(files: Files): Promise<{ dirs: string[] } | { reason: string }> {
  const project = await readNpmProject(files, ".");
  if (!project) return { reason: "no package.json: release-cadence makes SBOMs of npm packages; list SBOMs made by other tools (syft, cdxgen, …) in capsule.sbom.files" };
  if (!project.manifest.private || !hasLockfile(project)) return { dirs: ["."] };
  const locations = workspaceLocations(project);
  if (locations.length === 0) return { dirs: ["."] };
  const published: string[] = [];
  for (const location of locations) if (!(await readManifest(files, posix.join(location, "package.json")))?.private) published.push(location);
  return published.length > 0 ? { dirs: published } : { reason: "the root package.json and every workspace are private: no npm package is published; name the package folders in capsule.sbom.packages to describe them anyway" };
}

function shipsDependencies(manifest: Manifest): boolean {
  return DEPENDENCY_FIELDS.some((field) => field !== "devDependencies" && Object.keys(manifest[field] ?? {}).length > 0);
}

/** The project whose lockfile covers `dir`: its own, or the root's when `dir` is one of the root's workspaces. */
async function owningProject(files: Files, dir: string): Promise<{ project: NpmProject; workspace?: string } | { manifest: Manifest }> {
  const own = await readNpmProject(files, dir);
  if (!own) throw new ConfigurationError(`the SBOM package folder ${dir} has no package.json`);
  if (hasLockfile(own)) return { project: own };
  if (dir !== ".") {
    const root = await readNpmProject(files, ".");
    const location = posix.normalize(dir);
    if (root && hasLockfile(root) && root.packages[location]) return { project: root, workspace: location };
  }
  return { manifest: own.manifest };
}

async function packageSboms(ports: SbomPorts, dir: string, formats: readonly SbomFormat[], createdAt: Date, explicit: boolean): Promise<SbomDocument[] | { reason: string }> {
  const owner = await owningProject(ports.files, dir);
  let cwd = dir;
  // No --omit dev: see keepShipped; the shipping closure decides what stays.
  const args = ["--sbom-type", "library"];
  let manifest: Manifest;
  let keep: Set<string> | undefined;
  if ("project" in owner) {
    await checkLockfile(ports.files, owner.project);
    cwd = owner.project.dir;
    args.push("--package-lock-only");
    if (owner.workspace) args.push("--workspace", owner.workspace);
    manifest = owner.workspace ? ((await readManifest(ports.files, posix.join(owner.workspace, "package.json"))) ?? {}) : owner.project.manifest;
    keep = shippingClosure(owner.project, owner.workspace ?? "");
  } else {
    manifest = owner.manifest;
    if (shipsDependencies(manifest)) {
      const reason = `${posix.join(dir, "package.json")} declares dependencies but there is no package-lock.json to pin them, so no SBOM can say what ships: run npm install and commit the lockfile`;
      if (explicit) throw new ConfigurationError(reason);
      return { reason };
    }
  }
  const subject = { name: manifest.name ?? posix.basename(posix.resolve(ports.files.root, dir)), version: manifest.version ?? "0.0.0" };
  const documents: SbomDocument[] = [];
  for (const format of formats) {
    const result = await ports.commands.run("npm", ["sbom", "--sbom-format", format, ...args], { cwd: posix.join(ports.files.root, cwd) });
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(result.stdout) as Record<string, unknown>;
      if (result.exitCode !== 0) throw new Error("exit");
    } catch {
      throw new ConfigurationError(`npm sbom could not describe ${dir}: ${npmError(result.stderr || result.stdout, result.exitCode)}`);
    }
    let described = describeSubject(format, doc, subject);
    if (keep) {
      const shipped = keepShipped(format, described, keep);
      if (shipped.missing.length > 0) throw new ConfigurationError(`npm sbom left out ${shipped.missing.length} package(s) that ship with ${dir}: ${shipped.missing.join(", ")}; the SBOM would be incomplete`);
      described = shipped.doc;
    }
    const text = `${JSON.stringify(normalizeSbom(format, described, subject, createdAt), null, 2)}\n`;
    const summary = summarizeSbom(text);
    if ("problem" in summary) throw new ConfigurationError(`npm sbom wrote a document that ${summary.problem}`);
    documents.push({ name: sbomFileName(subject.name, subject.version, format), format: summary.format, package: `${subject.name}@${subject.version}`, components: summary.components, text });
  }
  return documents;
}

function npmError(output: string, exitCode: number): string {
  if (/Unknown command:? "?sbom/i.test(output)) return "this npm has no sbom command; SBOMs need npm 10 or later (npm install -g npm@latest, or actions/setup-node with a current Node)";
  const lines = output.split("\n").map((line) => line.replace(/^npm (error|ERR!)\s*/, "").trim()).filter((line) => line !== "" && !/^code /.test(line));
  return `${lines.slice(0, 3).join(" ") || "no output"} (exit code ${exitCode})`;
}

async function providedSbom(files: Files, path: string): Promise<SbomDocument> {
  const text = await files.read(path);
  if (text === undefined) throw new ConfigurationError(`the SBOM file ${path} (capsule.sbom.files) does not exist`);
  const summary = summarizeSbom(text);
  if ("problem" in summary) throw new ConfigurationError(`${summary.problem}; capsule.sbom.files takes CycloneDX or SPDX JSON`, { file: path });
  return { name: posix.basename(path), format: summary.format, package: "provided", components: summary.components, text };
}
