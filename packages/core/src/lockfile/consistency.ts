import { posix } from "node:path";
import semver from "semver";
import { ConfigurationError } from "../errors/index.js";
import type { Files } from "../ports/index.js";
import { DEPENDENCY_FIELDS, readManifest, workspaceLocations, type Manifest, type NpmProject } from "./read.js";
import { resolveDependency } from "./tree.js";

/**
 * Where package.json and the lockfile disagree, the way `npm ci` refuses them: every dependency
 * the root or a workspace declares must be recorded in the lockfile with the same spec, and a
 * registry range must be met by the version locked for it.
 */
export async function lockfileProblems(files: Files, project: NpmProject): Promise<string[]> {
  const problems: string[] = [];
  const lockName = posix.basename(project.lockfilePath);
  for (const location of ["", ...workspaceLocations(project)]) {
    const manifestPath = posix.join(project.dir, location, "package.json");
    const manifest = location === "" ? project.manifest : await readManifest(files, manifestPath);
    const entry = project.packages[location];
    if (!manifest) {
      problems.push(`${lockName} has the workspace ${location}, but ${manifestPath} does not exist`);
      continue;
    }
    if (!entry) {
      problems.push(`${lockName} has no entry for the project itself ("packages[\\"\\"]")`);
      continue;
    }
    for (const field of DEPENDENCY_FIELDS) {
      const declared = manifest[field] ?? {};
      const locked = entry[field] ?? {};
      for (const [name, spec] of Object.entries(declared)) {
        if (!(name in locked)) problems.push(`${manifestPath} declares ${field}.${name} (${spec}), which ${lockName} does not record`);
        else if (locked[name] !== spec) problems.push(`${manifestPath} asks ${field}.${name} for ${spec}, but ${lockName} was made for ${locked[name]}`);
      }
      for (const [name, spec] of Object.entries(locked)) {
        if (!(name in declared)) problems.push(`${lockName} records ${field}.${name} (${spec}), which ${manifestPath} no longer declares`);
      }
    }
    problems.push(...unmetRanges(project, location, manifest, manifestPath));
  }
  return problems;
}

function unmetRanges(project: NpmProject, location: string, manifest: Manifest, manifestPath: string): string[] {
  const problems: string[] = [];
  for (const field of ["dependencies", "optionalDependencies", "devDependencies"] as const) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
      const target = resolveDependency(project, location, name);
      const entry = target === undefined ? undefined : project.packages[target];
      if (!entry) {
        if (field !== "optionalDependencies") problems.push(`${manifestPath} needs ${name} (${spec}), but the lockfile has no package for it`);
        continue;
      }
      // Only plain registry ranges say which versions fit; git, file, alias and tag specs do not.
      if (entry.link || semver.validRange(spec) === null || entry.version === undefined) continue;
      if (!semver.satisfies(entry.version, spec, { includePrerelease: true })) {
        problems.push(`${manifestPath} asks ${field}.${name} for ${spec}, but the lockfile locks ${entry.version}`);
      }
    }
  }
  return problems;
}

/** Throws one error listing every disagreement, pointing at the lockfile. */
export async function checkLockfile(files: Files, project: NpmProject): Promise<void> {
  const problems = await lockfileProblems(files, project);
  if (problems.length === 0) return;
  throw new ConfigurationError(
    `does not match package.json: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}. Run npm install and commit the lockfile.`,
    { file: project.lockfilePath },
    problems,
  );
}
