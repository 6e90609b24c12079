import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LocalFiles } from "../adapters/files.js";
import { loadCapsuleConfig } from "../capsule/config.js";
import { ConfigurationError } from "../errors/index.js";
import { normalizeSbom, sbomFileName, summarizeSbom } from "./document.js";
import { describeSubject, keepShipped } from "./subject.js";

const NPM_BOM = {
  bomFormat: "CycloneDX",
  specVersion: "1.5",
  serialNumber: "urn:uuid:53c26d55-d750-46f3-9532-263e32f633c9",
  metadata: { timestamp: "2026-12-02T07:41:54.159Z", component: { "bom-ref": "monorepo@0.0.0", name: "checkout-folder", version: "0.0.0" } },
  components: [
    { "bom-ref": "@acme/app@1.2.3", name: "app", version: "1.2.3" },
    { "bom-ref": "dep@1.0.0", name: "dep", version: "1.0.0" },
    { "bom-ref": "devonly@1.0.0", name: "devonly", version: "1.0.0" },
  ],
  dependencies: [
    { ref: "monorepo@0.0.0", dependsOn: ["@acme/app@1.2.3", "devonly@1.0.0"] },
    { ref: "@acme/app@1.2.3", dependsOn: ["dep@1.0.0"] },
    { ref: "dep@1.0.0", dependsOn: [] },
    { ref: "devonly@1.0.0", dependsOn: ["dep@1.0.0"] },
  ],
};

describe("SBOM documents", () => {
  it("makes a workspace the subject, keeps what ships, and is reproducible", () => {
    const subject = { name: "@acme/app", version: "1.2.3" };
    const described = describeSubject("cyclonedx", NPM_BOM, subject);
    const { doc, missing } = keepShipped("cyclonedx", described, new Set(["dep@1.0.0"]));
    expect(missing).toEqual([]);
    expect(doc).toMatchObject({ metadata: { component: { "bom-ref": "@acme/app@1.2.3", name: "@acme/app" } }, components: [{ "bom-ref": "dep@1.0.0" }], dependencies: [{ ref: "@acme/app@1.2.3", dependsOn: ["dep@1.0.0"] }, { ref: "dep@1.0.0", dependsOn: [] }] });
    const when = new Date("2026-03-01T12:00:00Z");
    const first = normalizeSbom("cyclonedx", doc, subject, when);
    expect(first).toMatchObject({ metadata: { timestamp: "2026-03-01T12:00:00.000Z" } });
    expect(first.serialNumber).not.toBe(NPM_BOM.serialNumber);
    expect(normalizeSbom("cyclonedx", { ...doc, serialNumber: "urn:uuid:another" }, subject, when)).toEqual(first);
    expect(keepShipped("cyclonedx", described, new Set(["dep@1.0.0", "gone@2.0.0"])).missing).toEqual(["gone@2.0.0"]);
  });

  it("says what a document is, and what it is not", () => {
    expect(summarizeSbom(JSON.stringify(NPM_BOM))).toEqual({ format: "CycloneDX 1.5", subject: "checkout-folder@0.0.0", components: 3 });
    expect(summarizeSbom(JSON.stringify({ spdxVersion: "SPDX-2.3", documentDescribes: ["SPDXRef-a"], packages: [{ SPDXID: "SPDXRef-a", name: "a", versionInfo: "1.0.0" }, { SPDXID: "SPDXRef-b" }] }))).toEqual({ format: "SPDX-2.3", subject: "a@1.0.0", components: 1 });
    expect(summarizeSbom("{")).toEqual({ problem: "is not JSON" });
    expect(summarizeSbom("{}")).toEqual({ problem: "is neither CycloneDX JSON (bomFormat) nor SPDX JSON (spdxVersion)" });
    expect(sbomFileName("@acme/app", "1.2.3", "spdx")).toBe("acme-app-1.2.3.spdx.json");
  });
});

describe("capsule.sbom, capsule.recipients and capsule.encrypt in .github/cadence.yml", () => {
  it("are read with defaults, and a wrong format or section is reported at its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbom-config-"));
    try {
      mkdirSync(join(dir, ".github"));
      const write = (text: string) => writeFileSync(join(dir, ".github/cadence.yml"), text);
      write("capsule:\n  state-version: state-v2\n");
      expect((await loadCapsuleConfig(new LocalFiles(dir))).sbom).toEqual({ enabled: true, formats: ["cyclonedx"], files: [] });
      write("capsule:\n  sbom: false\n");
      expect((await loadCapsuleConfig(new LocalFiles(dir))).sbom.enabled).toBe(false);
      for (const [text, line] of [["capsule:\n  sbom:\n    formats: [cyclonedx, swid]\n", 3], ["capsule:\n  recipients:\n    a: age1x\n  encrypt:\n    chat: [a]\n", 5]] as const) {
        write(text);
        const error = await loadCapsuleConfig(new LocalFiles(dir)).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as ConfigurationError).location).toMatchObject({ file: ".github/cadence.yml", line });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
