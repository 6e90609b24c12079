import { posix } from "node:path";
import { packageNameAt, workspaceLocations, type LockEntry, type NpmProject } from "./read.js";

/** A package that ships with the project: reached from a root through non-dev dependencies. */
export interface ShippedPackage {
  /** The package's real name (an alias `foo: npm:bar@1` ships bar). */
  name: string;
  version: string;
  /** Where the lockfile puts it, e.g. node_modules/a/node_modules/b. */
  location: string;
  entry: LockEntry;
  /** The shortest chain that pulls it in: the root first, each as name@version, the package last. */
  path: string[];
  /** Reached only through optional dependencies (it may be absent on some platforms). */
  optional: boolean;
}

export interface ShippedTree {
  /** The root project and its workspaces, as name@version. */
  roots: string[];
  packages: ShippedPackage[];
  /** Dependencies that the lockfile cannot resolve: "a@1.0.0 needs b (^2.0.0)". */
  unresolved: string[];
}

/** Follows a workspace link (`node_modules/ws` → `packages/ws`) to the folder it points at. */
function follow(project: NpmProject, location: string): string {
  const entry = project.packages[location];
  // Locations and a link's `resolved` are both relative to the lockfile's folder.
  if (entry?.link && typeof entry.resolved === "string") return posix.normalize(entry.resolved);
  return location;
}

/**
 * Node's lookup, on the lockfile's locations: `<here>/node_modules/<name>`, then the same in every
 * folder above, up to the project's own node_modules.
 */
export function resolveDependency(project: NpmProject, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (project.packages[candidate]) return follow(project, candidate);
    if (dir === "") return undefined;
    const up = posix.dirname(dir);
    dir = up === "." ? "" : up;
  }
}

interface Edge {
  name: string;
  spec: string;
  optional: boolean;
}

/** The edges of a node that ship: dependencies, optional ones, and peers (npm 7+ installs them). Never devDependencies. */
function shippingEdges(entry: LockEntry): Edge[] {
  const edges: Edge[] = [];
  for (const [name, spec] of Object.entries(entry.dependencies ?? {})) edges.push({ name, spec, optional: false });
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) edges.push({ name, spec, optional: true });
  for (const [name, spec] of Object.entries(entry.peerDependencies ?? {})) {
    edges.push({ name, spec, optional: entry.peerDependenciesMeta?.[name]?.optional === true });
  }
  return edges;
}

function label(project: NpmProject, location: string): string {
  const entry = project.packages[location];
  // The root is what package.json says now (the release being checked), not what the lockfile last saw.
  if (location === "") return `${project.manifest.name ?? entry?.name ?? "(root)"}@${project.manifest.version ?? entry?.version ?? "0.0.0"}`;
  return `${packageNameAt(location, entry)}@${entry?.version ?? "0.0.0"}`;
}

/**
 * Every package that ships with the project's root and its workspaces, each with the shortest
 * dependency path that pulls it in (breadth first, so the path is the one a person checks first).
 * Workspaces are the project's own code, so they are roots, never shipped packages.
 */
export function shippedPackages(project: NpmProject): ShippedTree {
  const roots = ["", ...workspaceLocations(project)];
  const rootSet = new Set(roots);
  const found = new Map<string, ShippedPackage>();
  const unresolved: string[] = [];
  // A queue of (location, path, optional so far); a location is expanded once, when first reached.
  const queue: Array<{ location: string; path: string[]; optional: boolean }> = roots.map((location) => ({ location, path: [label(project, location)], optional: false }));
  const expanded = new Set<string>();
  // Optional-only reach can be upgraded when a required path turns up later.
  while (queue.length > 0) {
    const { location, path, optional } = queue.shift()!;
    const key = `${location}\u0000${optional}`;
    if (expanded.has(key) || (optional && expanded.has(`${location}\u0000false`))) continue;
    expanded.add(key);
    const entry = project.packages[location];
    if (!entry) continue;
    for (const edge of shippingEdges(entry)) {
      const target = resolveDependency(project, location, edge.name);
      if (target === undefined) {
        if (!edge.optional) unresolved.push(`${label(project, location)} needs ${edge.name} (${edge.spec})`);
        continue;
      }
      if (rootSet.has(target)) continue;
      const targetEntry = project.packages[target];
      if (!targetEntry) {
        if (!edge.optional) unresolved.push(`${label(project, location)} needs ${edge.name} (${edge.spec}), linked to ${target}, which the lockfile lacks`);
        continue;
      }
      const reachOptional = optional || edge.optional;
      const nextPath = [...path, label(project, target)];
      const known = found.get(target);
      if (!known) {
        found.set(target, { name: packageNameAt(target, targetEntry), version: targetEntry.version ?? "0.0.0", location: target, entry: targetEntry, path: nextPath, optional: reachOptional });
      } else if (known.optional && !reachOptional) {
        found.set(target, { ...known, path: nextPath, optional: false });
      }
      queue.push({ location: target, path: nextPath, optional: reachOptional });
    }
  }
  const packages = [...found.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || a.version.localeCompare(b.version, "en") || a.location.localeCompare(b.location, "en"));
  return { roots: roots.map((location) => label(project, location)), packages, unresolved };
}

/**
 * Everything that ships with one package of the project (the root, or a workspace): name@version
 * of each package its non-dev dependencies reach, other workspaces included (they ship with it).
 */
export function shippingClosure(project: NpmProject, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  const labels = new Set<string>();
  while (queue.length > 0) {
    const location = queue.shift()!;
    const entry = project.packages[location];
    if (!entry) continue;
    for (const edge of shippingEdges(entry)) {
      const target = resolveDependency(project, location, edge.name);
      if (target === undefined || seen.has(target) || !project.packages[target]) continue;
      seen.add(target);
      labels.add(label(project, target));
      queue.push(target);
    }
  }
  return labels;
}
