import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/index.js";
import { prepareManifestUpdates, updateLockfile, updateManifest } from "./update.js";

beforeAll(() => prepareManifestUpdates([{ path: "any.yaml", kind: "yaml", yamlPath: "version" }]));

const pkg = { path: "package.json", kind: "package-json" } as const;

describe("package.json", () => {
  it("changes the version and nothing else: indent, key order, inline arrays, escapes, trailing newline", () => {
    const text = '{\n    "name": "app",\n    "version": "1.4.2",\n    "files": ["dist", "lib"],\n    "description": "caf\\u00e9"\n}\n';
    expect(updateManifest(pkg, text, "1.5.0")).toBe(text.replace('"1.4.2"', '"1.5.0"'));
  });

  it("keeps tabs, CRLF and a missing final newline", () => {
    const text = '{\r\n\t"name": "app",\r\n\t"version": "1.0.0"\r\n}';
    expect(updateManifest(pkg, text, "2.0.0")).toBe('{\r\n\t"name": "app",\r\n\t"version": "2.0.0"\r\n}');
  });

  it("leaves a dependency's version alone even when it equals the package's", () => {
    const text = '{\n  "version": "1.0.0",\n  "dependencies": { "x": "1.0.0" }\n}\n';
    const output = JSON.parse(updateManifest(pkg, text, "1.1.0"));
    expect(output).toEqual({ version: "1.1.0", dependencies: { x: "1.0.0" } });
  });

  it("adds a version when there is none, in the file's indent", () => {
    expect(updateManifest(pkg, '{\n    "name": "app"\n}\n', "1.0.0")).toBe('{\n    "name": "app",\n    "version": "1.0.0"\n}\n');
  });

  it("says which file is not JSON", () => {
    let error: unknown;
    try {
      updateManifest(pkg, "{ nope", "1.0.0");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).location).toEqual({ file: "package.json" });
    expect((error as Error).message).toMatch(/^is not valid JSON/);
  });
});

describe("the lockfile's own version fields", () => {
  const lock = {
    name: "app",
    version: "1.4.2",
    lockfileVersion: 3,
    packages: {
      "": { name: "app", version: "1.4.2", dependencies: { dep: "^1.4.2" } },
      "packages/core": { name: "@app/core", version: "0.3.0" },
      "node_modules/dep": { version: "1.4.2" },
    },
  };
  const text = `${JSON.stringify(lock, null, 2)}\n`;

  it("for the root package: `version` and `packages[\"\"].version`, not the dependencies", () => {
    const output = JSON.parse(updateLockfile("package-lock.json", text, "1.5.0", "."));
    expect(output.version).toBe("1.5.0");
    expect(output.packages[""].version).toBe("1.5.0");
    expect(output.packages["node_modules/dep"].version).toBe("1.4.2");
    expect(output.packages[""].dependencies.dep).toBe("^1.4.2");
    expect(output.packages["packages/core"].version).toBe("0.3.0");
  });

  it("for a workspace package: only its entry", () => {
    const output = JSON.parse(updateLockfile("package-lock.json", text, "0.4.0", "packages/core"));
    expect(output.packages["packages/core"].version).toBe("0.4.0");
    expect(output.version).toBe("1.4.2");
    expect(output.packages[""].version).toBe("1.4.2");
  });
});

describe("configured files", () => {
  it("a JSON path", () => {
    const text = '{\n  "tool": { "meta": [ { "version": "1.0.0" } ] }\n}\n';
    expect(updateManifest({ path: "app.json", kind: "json", jsonPath: "$.tool.meta[0].version" }, text, "1.1.0")).toBe(text.replace("1.0.0", "1.1.0"));
    expect(() => updateManifest({ path: "app.json", kind: "json", jsonPath: "tool.missing.version" }, text, "1.1.0")).toThrow(/has no tool.missing/);
  });

  it("a YAML path, keeping comments, quotes and layout", () => {
    const long = "a long description ".repeat(6).trim();
    const text = `# chart\nname: app   # the name\ndescription: "${long}"\nversion: '1.2.3' # bumped by cadence\nappVersion: 1.2.3\nlist: [a, b]\n`;
    const output = updateManifest({ path: "Chart.yaml", kind: "yaml", yamlPath: "version" }, text, "1.3.0");
    expect(output).toBe(text.replace("'1.2.3'", "'1.3.0'"));
    const plain = updateManifest({ path: "Chart.yaml", kind: "yaml", yamlPath: "appVersion" }, text, "1.3.0+state-v2");
    expect(plain).toContain("appVersion: 1.3.0+state-v2\n");
    expect(() => updateManifest({ path: "Chart.yaml", kind: "yaml", yamlPath: "nope.version" }, text, "1.3.0")).toThrow(/has no value at nope.version/);
  });

  it("a marker comment, on every line that carries it, keeping a `v`", () => {
    const text = "# Install\n\nuses: org/app@v1.2.3 # cadence:version\nVERSION = '1.2.3'  # cadence:version\nother 1.2.3\n";
    expect(updateManifest({ path: "README.md", kind: "marker", marker: "cadence:version" }, text, "1.3.0")).toBe(
      "# Install\n\nuses: org/app@v1.3.0 # cadence:version\nVERSION = '1.3.0'  # cadence:version\nother 1.2.3\n",
    );
    expect(() => updateManifest({ path: "README.md", kind: "marker", marker: "cadence:nope" }, text, "1.3.0")).toThrow(/no line with the marker 'cadence:nope'/);
  });
});

describe("in-place JSON edits, for any document", () => {
  it("change the version string and leave every other character as it was", () => {
    const document = fc.record({ before: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), after: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }) });
    fc.assert(
      fc.property(document, fc.constantFrom(0, 2, 4, "\t"), ({ before, after }, indent) => {
        const { version: _one, ...head } = before;
        const { version: _two, ...tail } = after;
        const value = { ...head, version: "1.0.0", ...Object.fromEntries(Object.entries(tail).filter(([key]) => !(key in head))) };
        const text = JSON.stringify(value, null, indent);
        const output = updateManifest(pkg, text, "2.0.0-rc.1");
        expect(JSON.parse(output)).toEqual({ ...JSON.parse(text), version: "2.0.0-rc.1" });
        expect(output.length).toBe(text.length + "2.0.0-rc.1".length - "1.0.0".length);
      }),
      { numRuns: 200 },
    );
  });
});
