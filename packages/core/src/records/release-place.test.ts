import { describe, expect, it } from "vitest";
import { defaultVersioning } from "../config/defaults.js";
import type { CadenceConfig, PackageConfig } from "../config/types.js";
import { recordDirFor, recordsRoot, releaseLabel, releasePackage, releasePath } from "./release-place.js";

const pkg = (name: string): PackageConfig => ({ name, path: `packages/${name}`, tagPrefix: `${name}@`, manifests: [] });
const withPackages = (...names: string[]): CadenceConfig => ({ versioning: { ...defaultVersioning(), packages: names.map(pkg) }, source: { kind: "defaults", files: [], notices: [] }, raw: {} });

describe("where a release is written and how it is named", () => {
  it("a single-package repository names releases by version alone, as before", () => {
    expect(releasePackage(withPackages(), undefined)).toBeUndefined();
    expect(releasePackage(withPackages("core"), pkg("core"))).toBeUndefined();
    expect(releaseLabel({ version: "1.5.0" })).toBe("1.5.0");
    expect(recordDirFor("docs/releases/{version}", { version: "1.5.0" })).toBe("docs/releases/1.5.0");
    expect(recordDirFor("records/", { version: "1.5.0" })).toBe("records/1.5.0");
    expect(releasePath("docs/releases/v{version}.md", { version: "1.5.0" })).toBe("docs/releases/v1.5.0.md");
    expect(recordDirFor("docs/releases/{package}/{version}", { version: "1.5.0" })).toBe("docs/releases/1.5.0");
  });

  it("a monorepo's releases carry the package in headings and folders", () => {
    const config = withPackages("core", "cli");
    expect(releasePackage(config, pkg("cli"))).toBe("cli");
    const core = { version: "1.5.0", package: "core" };
    const cli = { version: "1.5.0", package: "cli" };
    expect(releaseLabel(core)).toBe("core@1.5.0");
    expect(recordDirFor("docs/releases/{version}", core)).toBe("docs/releases/core/1.5.0");
    expect(recordDirFor("docs/releases/{version}", cli)).toBe("docs/releases/cli/1.5.0");
    expect(recordDirFor("records", core)).toBe("records/core/1.5.0");
    expect(recordDirFor("out/{package}-{version}", core)).toBe("out/core-1.5.0");
    expect(releasePath("docs/releases/{version}/release-notes.md", core)).toBe("docs/releases/core/1.5.0/release-notes.md");
    expect(releasePath("docs/releases/v{version}.md", core)).toBe("docs/releases/core/v1.5.0.md");
    expect(releasePath("v{version}.md", core)).toBe("core/v1.5.0.md");
    // A path without the version is shared by every package.
    expect(releasePath("RELEASE_NOTES.md", core)).toBe("RELEASE_NOTES.md");
    expect(recordDirFor("docs/releases/{version}", { version: "1.5.0", package: "@org/core" })).toBe("docs/releases/@org/core/1.5.0");
  });

  it("refuses a package name that would climb out of the records folder", () => {
    for (const name of ["..", "a/../b", "a b", "../x"]) {
      expect(() => recordDirFor("docs/releases/{version}", { version: "1.5.0", package: name }), name).toThrow(/cannot name a folder of release records/);
    }
  });

  it("the records root is the folder above the first placeholder", () => {
    expect(recordsRoot("docs/releases/{version}")).toBe("docs/releases");
    expect(recordsRoot("docs/releases/{package}/{version}")).toBe("docs/releases");
    expect(recordsRoot("records/v{version}")).toBe("records");
    expect(recordsRoot("records")).toBe("records");
    expect(recordsRoot("{version}")).toBe(".");
  });
});
