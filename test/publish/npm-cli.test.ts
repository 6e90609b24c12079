import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NpmCli } from "../../packages/core/src/registry/npm-cli.js";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  await registry?.stop();
});

function packageFolder(name: string, version: string, extra = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "cadence-npm-pkg-"));
  folders.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version, description: "test" }, null, 2));
  writeFileSync(join(dir, "index.js"), `module.exports = 1;${extra}\n`);
  return dir;
}

describe("the npm CLI registry adapter against Verdaccio", () => {
  it("packs without writing, publishes with a dist-tag, and views the published digest", async () => {
    const dir = packageFolder("@cadence-test/alpha", "1.0.0");
    const npm = new NpmCli({ registry: registry.url, token: registry.token, cwd: dir });
    expect(await npm.view("@cadence-test/alpha", "1.0.0")).toBeUndefined();
    const packed = await npm.pack(".");
    expect(packed).toMatchObject({ name: "@cadence-test/alpha", version: "1.0.0", private: false });
    await npm.publish(".", { distTag: "next", provenance: false, access: "public" });
    const published = await npm.view("@cadence-test/alpha", "1.0.0");
    expect(published?.shasum).toBe(packed.shasum);
    expect(await npm.view("@cadence-test/alpha", "1.0.1")).toBeUndefined();
    expect(await npm.distTags("@cadence-test/alpha")).toMatchObject({ next: "1.0.0" });
    rmSync(dir, { recursive: true, force: true });
  });

  it("says the credentials were refused, and never prints the token", async () => {
    const dir = packageFolder("refused-pkg", "1.0.0");
    const npm = new NpmCli({ registry: registry.url, token: "not-a-valid-token-123456", cwd: dir });
    const error = (await npm.publish(".", { distTag: "latest", provenance: false }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    ))!;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).not.toContain("not-a-valid-token-123456");
    expect(error.message).toMatch(/refused the credentials|forbids/);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toContain("refused-pkg");
  });
});
