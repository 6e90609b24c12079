// The yaml package is a third of the code a command loads, and most runs read no YAML at all (a
// repository without a configuration file, a dry-run that writes no evidence). It is loaded the
// first time there is YAML to read or write; the bundles keep it in a chunk of its own.

type Yaml = typeof import("yaml");
let loading: Promise<Yaml> | undefined;

/** The yaml package, loaded once. */
export function yamlModule(): Promise<Yaml> {
  loading ??= import("yaml");
  return loading;
}
